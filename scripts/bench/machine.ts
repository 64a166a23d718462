/**
 * The machine a run happened on, and a fixed workload timed in Node and in a page, so figures
 * from different runs (or a busy machine) can be read in proportion.
 */
import { cpus, loadavg, release, totalmem, type as osType, arch } from 'node:os';
import type { Page } from 'playwright-core';
import type { Machine } from './results';

/** Everything but the end load average, which is read when the run finishes. */
export function describeMachine(chromium: string, loadAtStart: number): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    chromium,
    node: process.version,
    platform: `${osType()} ${release()} ${arch()}`,
  };
}

/** The 1-minute load average now. */
export function currentLoad(): number {
  return loadavg()[0] ?? 0;
}

/** One million `Set.has` probes over 50 000 integers: the same work in Node and in a page. */
export function machineCheckNode(): number {
  const set = new Set<number>();
  for (let i = 0; i < 100_000; i += 2) set.add(i);
  const start = performance.now();
  let hits = 0;
  for (let round = 0; round < 10; round++) for (let i = 0; i < 100_000; i++) if (set.has(i)) hits++;
  const ms = performance.now() - start;
  if (hits !== 500_000) throw new Error('machine check miscounted');
  return ms;
}

/** The same workload as `machineCheckNode`, in `page`. */
export function machineCheckPage(page: Page): Promise<number> {
  return page.evaluate(() => {
    const set = new Set<number>();
    for (let i = 0; i < 100_000; i += 2) set.add(i);
    const start = performance.now();
    let hits = 0;
    for (let round = 0; round < 10; round++) for (let i = 0; i < 100_000; i++) if (set.has(i)) hits++;
    return hits === 500_000 ? performance.now() - start : Number.NaN;
  });
}
