/**
 * Times `findDates` on news text repeated to 100 KB and 1 MB, per language, and prints ms/MB.
 * Growth must be linear: the 1 MB figure should not be much above the 100 KB one. Both the wall
 * time and the process CPU time are shown: on a busy machine the wall time mostly measures the
 * other processes, the CPU time much less so.
 *
 *   npx tsx scripts/bench-dates.ts
 */
import type { SupportedLang } from '../recognition/types';
import { findDates } from '../recognition/dates/index';
import { ENGLISH_ARTICLE, FRENCH_ARTICLE } from '../tests/recognition/dates/newsText';

const ARTICLES: Record<SupportedLang, string> = { fr: FRENCH_ARTICLE, en: ENGLISH_ARTICLE };
const SIZES = [100_000, 1_000_000];
const RUNS = 5;

function repeatTo(text: string, size: number): string {
  return `${text}\n\n`.repeat(Math.ceil(size / (text.length + 2))).slice(0, size);
}

for (const lang of ['fr', 'en'] as const) {
  const ctx = { lang, referenceDate: new Date('2023-12-11T12:00:00Z'), uiLang: lang };
  findDates(repeatTo(ARTICLES[lang], 50_000), ctx); // warm up the JIT
  for (const size of SIZES) {
    const text = repeatTo(ARTICLES[lang], size);
    let wall = Infinity;
    let cpu = Infinity;
    let found = 0;
    for (let run = 0; run < RUNS; run++) {
      const startedCpu = process.cpuUsage();
      const started = performance.now();
      found = findDates(text, ctx).length;
      wall = Math.min(wall, performance.now() - started);
      const used = process.cpuUsage(startedCpu);
      cpu = Math.min(cpu, (used.user + used.system) / 1000);
    }
    const perMegabyte = (ms: number) => ((ms * 1_000_000) / size).toFixed(1).padStart(6);
    console.log(
      `${lang} ${String(size / 1000).padStart(5)} KB: ${perMegabyte(cpu)} ms/MB CPU, ${perMegabyte(wall)} ms/MB wall ` +
        `(best of ${RUNS}; ${found} dates)`,
    );
  }
}
