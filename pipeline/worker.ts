import { parentPort } from 'node:worker_threads';
import { ArticleReadError } from '../stages/read.js';
import { createResources } from '../stages/resources.js';
import { extractToJson } from './extract-task.js';
import type { WorkerReply, WorkerTask } from './pool.js';

/** A worker thread of the pool: extracts the articles it is sent, one at a time, with resources loaded once. */
const res = createResources();
const port = parentPort;
if (port === null) throw new Error('pipeline/worker.js runs only as a worker thread');

/**
 * Loads what every stage loads at its first article of each language, before the first article comes: the pool starts
 * a worker as a run begins, so this happens while the run still reads its cache hits. Messages sent meanwhile wait.
 */
const WARM_UP: Record<string, string> = {
  nb: 'Bergen (NTB): – Vi er klare, sier ordfører Kari Nordmann til NTB. Ifølge Reuters møtte hun statsministeren i Oslo.',
  da: 'Aarhus (Ritzau): – Vi er klar, siger borgmester Anne Hansen til Ritzau. Ifølge Reuters mødtes hun med ministeren i København.',
  en: 'London: "We are ready," Mayor John Smith told Reuters on Monday, according to the BBC. He met the minister in Leeds.',
};
for (const [lang, text] of Object.entries(WARM_UP)) extractToJson(Buffer.from(text, 'utf8'), `warm-up.${lang}.txt`, res);

port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    reply = { id: task.id, ok: true, output: extractToJson(bytes, task.source, res) };
  } catch (error) {
    const read = error instanceof ArticleReadError;
    reply = {
      id: task.id,
      ok: false,
      reason: read ? error.reason : null,
      message: error instanceof Error ? (read ? error.message : `${error.name}: ${error.message}`) : String(error),
    };
  }
  port.postMessage(reply);
});
