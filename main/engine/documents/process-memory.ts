/**
 * Another process's resident memory, as Linux counts it: /proc/<pid>/status gives VmRSS
 * (now) and VmHWM (the high-water mark since it started), cheaply and without its help —
 * which matters when it is the process that has gone wrong. Elsewhere the answer is null and
 * the reader's own reports, and its own guard, stand in.
 */
import { readFileSync } from 'node:fs';
import type { ReaderMemory } from './reader-port';

export function processMemory(pid: number | undefined): ReaderMemory | null {
  if (pid === undefined || process.platform !== 'linux') return null;
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return null;
  }
  const kilobytes = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : null;
  };
  const rssBytes = kilobytes('VmRSS');
  const peakBytes = kilobytes('VmHWM');
  return rssBytes === null || peakBytes === null ? null : { rssBytes, peakBytes };
}
