/** Worker thread entry (dist/count-worker.js): counts the jobs it was given and posts the counts. */
import { parentPort, workerData } from 'node:worker_threads';
import { countHere, type CountJob } from '../tokenize/tiktoken/batch.js';

parentPort!.postMessage(await countHere(workerData as CountJob[]));
