/**
 * `npm run bench`: runs every benchmark and prints a table; `npm run bench -- --json` prints one
 * JSON object per line (name, value, unit, and baseline and ratio where there is a baseline).
 * Every ratio compares two things measured in this same run, on this machine.
 */
import { contactsBench } from './contacts.bench';
import { coverSendBench } from './cover-send.bench';
import { documentsBench } from './documents.bench';
import { historyBench } from './history.bench';
import { ipcFloodBench } from './ipc-flood.bench';
import { printTable, type BenchResult } from './measure';
import { ocrBacklogBench } from './ocr-backlog.bench';
import { ocrBench } from './ocr.bench';
import { pollingBench } from './polling.bench';
import { privacyBench } from './privacy.bench';

const json = process.argv.includes('--json');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

const suites: Array<[string, () => Promise<BenchResult[]>]> = [
  ['documents', documentsBench],
  ['cover-send', coverSendBench],
  ['history', historyBench],
  ['polling', pollingBench],
  ['privacy', privacyBench],
  ['ipc-flood', ipcFloodBench],
  ['ocr', ocrBench],
  ['ocr-backlog', ocrBacklogBench],
  ['contacts', contactsBench],
];

// No top-level await: lazily loaded chunks (the engine imports the PDF code on first use)
// import from this module and would wait forever for it to finish evaluating.
async function main(): Promise<void> {
  const results: BenchResult[] = [];
  for (const [name, run] of suites) {
    if (only && only !== name) continue;
    if (!json) console.error(`running ${name}…`);
    for (const result of await run()) {
      results.push(result);
      if (json) console.log(JSON.stringify(result));
    }
  }
  if (!json) printTable(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
