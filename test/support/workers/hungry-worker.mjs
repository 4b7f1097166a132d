// A document worker that starts, then takes memory until it is stopped: a decompression bomb.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => {
  const hoard = [];
  for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
});
parentPort.postMessage({ type: 'ready' });
