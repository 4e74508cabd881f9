import { readNerFile, spansToEntities } from '../stages/ner/corpus.js';
import { loadTagger } from '../stages/ner/tagger.js';
import { createResources } from '../stages/resources.js';
import type { Lang } from '../stages/types.js';
import { writeFileAtomic } from './atomic.js';

/**
 * `newsgraph ner`: tags the given tokens of sentences in the shared NER format and writes the same sentences with the
 * predicted entities (person, place, organization), so that any labelled data can be scored with score-ner.mjs.
 */
export async function runNerCommand(opts: { lang: Lang; input: string; output: string }): Promise<void> {
  const tagger = loadTagger(createResources(), opts.lang);
  const lines = readNerFile(opts.input).map((s) =>
    JSON.stringify({ id: s.id, text: s.text, tokens: s.tokens, entities: spansToEntities(s, tagger.tag(s.tokens)) }),
  );
  writeFileAtomic(opts.output, lines.join('\n') + (lines.length ? '\n' : ''));
  process.stderr.write(`newsgraph: ${lines.length} sentences tagged (${opts.lang}) -> ${opts.output}\n`);
}
