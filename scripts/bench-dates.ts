/**
 * Times `findDates` on news text repeated to 100 KB and 1 MB, per language, and prints ms/MB.
 * Growth must be linear: the 1 MB figure should not be much above the 100 KB one.
 *
 * Both the wall time and the process CPU time are shown: on a busy machine the wall time mostly
 * measures the other processes, the CPU time much less so. The first call, before the JIT has
 * warmed up (as on a page's first recognition), is shown apart; then the best of several runs.
 *
 *   npx tsx scripts/bench-dates.ts
 */
import type { SupportedLang } from '../recognition/types';
import { findDates } from '../recognition/dates/index';
import { ENGLISH_ARTICLE, FRENCH_ARTICLE } from '../tests/recognition/dates/newsText';

const ARTICLES: Record<SupportedLang, string> = { fr: FRENCH_ARTICLE, en: ENGLISH_ARTICLE };
const SIZES = [
  { bytes: 100_000, runs: 20 },
  { bytes: 1_000_000, runs: 8 },
];

function repeatTo(text: string, size: number): string {
  return `${text}\n\n`.repeat(Math.ceil(size / (text.length + 2))).slice(0, size);
}

interface Timing {
  cpu: number;
  wall: number;
  found: number;
}

function time(run: () => number): Timing {
  const startedCpu = process.cpuUsage();
  const started = performance.now();
  const found = run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(startedCpu);
  return { cpu: (used.user + used.system) / 1000, wall, found };
}

function perMegabyte(ms: number, bytes: number): string {
  return ((ms * 1_000_000) / bytes).toFixed(1).padStart(6);
}

for (const lang of ['fr', 'en'] as const) {
  const ctx = { lang, referenceDate: new Date('2023-12-11T12:00:00Z'), uiLang: lang };
  const cold = time(() => findDates(repeatTo(ARTICLES[lang], 100_000), ctx).length);
  console.log(`${lang}   100 KB, first call: ${perMegabyte(cold.cpu, 100_000)} ms/MB CPU, ${perMegabyte(cold.wall, 100_000)} ms/MB wall`);
  for (const { bytes, runs } of SIZES) {
    const text = repeatTo(ARTICLES[lang], bytes);
    const timings = Array.from({ length: runs }, () => time(() => findDates(text, ctx).length));
    const cpu = Math.min(...timings.map((timing) => timing.cpu));
    const wall = Math.min(...timings.map((timing) => timing.wall));
    console.log(
      `${lang} ${String(bytes / 1000).padStart(5)} KB, best of ${String(runs).padStart(2)}: ` +
        `${perMegabyte(cpu, bytes)} ms/MB CPU, ${perMegabyte(wall, bytes)} ms/MB wall (${timings[0]?.found} dates)`,
    );
  }
}
