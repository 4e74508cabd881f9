import { entityAt, entityType, firstPhrase, type Ctx } from './context.js';
import type { SpeechLexicon } from './lexicon.js';

/** The organizations and people named in tokens [a, b), in order: who passes a statement on. Places only locate. */
export function relayEntities(ctx: Ctx, a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) {
    const e = entityAt(ctx, k);
    if (e >= 0 && entityType(ctx, e) !== 'place' && !out.includes(e)) out.push(e);
  }
  return out;
}

/** Where a relay phrase ends: before ", som siterer ..." or the end of the sentence. */
function relayPhraseEnd(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): number {
  for (let k = from; k < end; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'quote' || t.text === '.' || t.text === ';') return k;
    if (t.text === ',' && firstPhrase(ctx, k + 1, lex.quoting, end)) return k;
  }
  return end;
}

/**
 * The relay chain after a speaker: ", ifølge BBC, som siterer nyhetsbyrået TASS" → [BBC, TASS]; "ifølge Financial
 * Times' korrespondent i Moskva, Max Seddon" → [Financial Times, Max Seddon].
 */
export function parseRelay(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): { via: number[]; end: number } {
  const via: number[] = [];
  let k = from;
  for (let round = 0; round < 3; round++) {
    let j = k;
    if (ctx.tokens[j]?.text === ',') j++;
    const phrase = firstPhrase(ctx, j, lex.according, end) ?? firstPhrase(ctx, j, lex.quoting, end);
    if (!phrase) break;
    const stop = relayPhraseEnd(ctx, j + phrase.length, end, lex);
    const found = relayEntities(ctx, j + phrase.length, stop);
    if (found.length === 0) break;
    for (const e of found) if (!via.includes(e)) via.push(e);
    k = stop;
  }
  return { via, end: k };
}
