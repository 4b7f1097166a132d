/**
 * The document worker: reads or prepares files, one task at a time, for as long as the engine
 * keeps it. Built as its own file next to the app's and the CLI's entry (document-worker.js);
 * see processor.ts.
 */
import { parentPort } from 'node:worker_threads';
import { DocumentError } from './document-error';
import { inspectFile, prepareDocument } from './prepare';
import type { TaskMessage, WorkerAnswer } from './task';

const port = parentPort;
const answer = (message: WorkerAnswer) => port?.postMessage(message);

async function handle({ id, task }: TaskMessage): Promise<void> {
  try {
    const value =
      task.op === 'inspect' ? await inspectFile(task.file) : await prepareDocument(task.files, task.options);
    answer({ type: 'done', id, value });
  } catch (error) {
    answer({
      type: 'failed',
      id,
      error:
        error instanceof DocumentError ? { code: error.code, message: error.message, fileName: error.fileName } : null,
      text: error instanceof Error ? error.message : String(error),
    });
  }
}

port?.on('message', (message: TaskMessage) => void handle(message));
answer({ type: 'ready' });
