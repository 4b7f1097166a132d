/** Timing helpers and the report every benchmark prints. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The comparison measured in the same run, when there is one. */
  baseline?: number;
  ratio?: number;
  note?: string;
}

/** Median of `runs` timed calls after one warm-up, in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * Medians of two things timed turn about, after a warm-up of each: drift on a busy machine (GC,
 * other work, CPU clocks) then falls on both alike instead of on whichever ran second.
 */
export async function interleavedMediansMs(
  subject: () => unknown,
  baseline: () => unknown,
  runs = 15,
): Promise<{ subject: number; baseline: number }> {
  await subject();
  await baseline();
  const times = { subject: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const [key, fn] of [
      ['subject', subject],
      ['baseline', baseline],
    ] as const) {
      const start = performance.now();
      await fn();
      times[key].push(performance.now() - start);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
  return { subject: median(times.subject), baseline: median(times.baseline) };
}

export function compared(name: string, value: number, baseline: number, unit: string, note?: string): BenchResult {
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline, 3), note };
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));

export function printTable(results: BenchResult[]): void {
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.baseline === undefined ? '' : `${r.baseline} ${r.unit}`,
    r.ratio === undefined ? '' : `${r.ratio}×`,
    r.note ?? '',
  ]);
  const header = ['benchmark', 'value', 'baseline', 'ratio', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}
