// A document worker that starts, then dies on the first file it is given: a parser crash.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => process.exit(70));
parentPort.postMessage({ type: 'ready' });
