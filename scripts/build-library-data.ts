/**
 * Compiles what the stages need of two libraries into data/, read there at a fraction of the time and memory that
 * loading the libraries takes in every worker:
 * - eld's 'medium' n-gram database in a compact form (data/lang/eld-medium.json.gz), instead of compiling eld's 2 MB
 *   module;
 * - compromise's English lexicon, reduced to the tags the tagger uses (data/lang/en/compromise-lexicon.json.gz);
 * - wink-nlp's English lexicon with each word's part of speech read alone (data/lang/en/wink-word-tags.json.gz).
 * Run after changing any of these libraries' versions: `npm run build && npm run build:library-data`. Tests check that
 * the files still agree with the installed libraries.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dataPath } from '../stages/resources.js';
import { compactNgrams, type EldNgrams, eldFile, ELD_NGRAMS_FILE } from '../stages/language-detector.js';
import { COMPROMISE_LEXICON_FILE, compactWordTags, compromiseLexicon, lexiconClasses, WINK_WORD_TAGS_FILE, winkWordTags } from '../stages/ner/knowledge.js';

function write(parts: readonly string[], value: unknown, from: string): void {
  const target = dataPath(...parts);
  writeFileSync(target, gzipSync(JSON.stringify(value), { level: 9 }));
  process.stderr.write(`${from} -> ${target}\n`);
}

const ngrams = eldFile(join('src', 'ngrams', 'medium.js'));
if (ngrams === null) throw new Error('newsgraph: eld is not installed (npm ci)');
write(ELD_NGRAMS_FILE, compactNgrams(((await import(pathToFileURL(ngrams).href)) as { ngramsData: EldNgrams }).ngramsData), ngrams);
write(COMPROMISE_LEXICON_FILE, lexiconClasses(compromiseLexicon()), 'compromise lexicon');
write(WINK_WORD_TAGS_FILE, compactWordTags(winkWordTags()), 'wink lexicon');
