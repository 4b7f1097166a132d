// A document worker that starts, then never answers: what a parser caught in a loop looks like.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => {
  for (;;) {
    // spin
  }
});
parentPort.postMessage({ type: 'ready' });
