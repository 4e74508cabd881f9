/**
 * Writes eld's 'medium' n-gram database as gzipped JSON (data/lang/eld-medium.json.gz), which the language stage
 * parses in a fraction of the time and memory that compiling eld's own JavaScript module takes. Run after changing
 * eld's version: `npm run build && node dist/scripts/build-eld-ngrams.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dataPath } from '../stages/resources.js';
import { eldFile, ELD_NGRAMS_FILE } from '../stages/language-detector.js';

const source = eldFile(join('src', 'ngrams', 'medium.js'));
if (source === null) throw new Error('newsgraph: eld is not installed (npm ci)');
const { ngramsData } = (await import(pathToFileURL(source).href)) as { ngramsData: unknown };
const target = dataPath(...ELD_NGRAMS_FILE);
writeFileSync(target, gzipSync(JSON.stringify(ngramsData), { level: 9 }));
process.stderr.write(`eld n-grams from ${source} -> ${target}\n`);
