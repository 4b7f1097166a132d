/** Runs the built `faxdesk` binary (out/cli/faxdesk.js) as a person or a script would. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const cliPath = resolve(import.meta.dirname, '../../out/cli/faxdesk.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runFaxdesk(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<CliResult> {
  if (!existsSync(cliPath)) throw new Error('out/cli/faxdesk.js is missing: run `npm run build` first.');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliPath, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`faxdesk ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}
