/** Entry point of the `faxdesk` binary (built to out/cli/faxdesk.js). */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { CliIo } from './io';
import { runCli } from './run';

/** Asks on the terminal with echo off; null when stdin is not a terminal (scripts, pipes). */
function promptSecret(question: string): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/** Asks on stderr, so that --json output on stdout stays clean; null without a terminal. */
function promptLine(question: string): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    });
  });
}

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  promptSecret,
  promptLine,
  // Built beside this file (vite.cli.config.ts).
  documentReader: pathToFileURL(join(import.meta.dirname, 'document-reader.js')),
};

const stop = new Promise<void>((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});

// No top-level await: lazily loaded chunks import from this module, and would wait forever
// for it to finish evaluating.
void runCli(process.argv.slice(2), io, stop).then((code) => {
  process.exitCode = code;
});
