/**
 * Runs `faxdesk` in this process, as the CLI tests that answer its questions need: a terminal
 * that gives one answer to every question (or no terminal at all), and what was printed.
 */
import type { CliIo } from '../../main/cli/io';
import { runCli } from '../../main/cli/run';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  questions: string[];
}

/** `terminal` answers each question; null is no terminal (a script). */
export async function runCliInProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  terminal: string | null = null,
): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  const questions: string[] = [];
  const io: CliIo = {
    out: (line) => void out.push(line),
    err: (line) => void err.push(line),
    env,
    promptSecret: () => Promise.resolve(null),
    promptLine: (question) => {
      questions.push(question);
      return Promise.resolve(terminal);
    },
  };
  const code = await runCli(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), questions };
}

/** A date-time tomorrow, so faxes are scheduled and nothing is dialled. */
export function tomorrow(): string {
  const at = new Date(Date.now() + 24 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T09:30`;
}
