import { parentPort } from 'node:worker_threads';
import { ArticleReadError } from '../stages/read.js';
import { createResources } from '../stages/resources.js';
import { extractToJson } from './extract-task.js';
import type { WorkerReply, WorkerTask } from './pool.js';

/** A worker thread of the pool: extracts the articles it is sent, one at a time, with resources loaded once. */
const res = createResources();
const port = parentPort;
if (port === null) throw new Error('pipeline/worker.js runs only as a worker thread');

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
