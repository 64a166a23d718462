/**
 * Benchmarks the notes search index and the exports on 10 000 generated notes.
 *
 *   npx tsx scripts/bench-notes.ts [count]
 *
 * Prints index build time, search times (median and worst of 25 runs per query), incremental
 * update time, and JSON/Markdown export and import-parse times. The notes come from the seeded
 * generator used by the tests, so runs are comparable. Times are wall-clock; on a busy machine
 * the build and export lines also show CPU time, which other processes disturb less.
 */
import { exportNotesJson, exportNotesMarkdown } from '../storage/export';
import { parseImport } from '../storage/import';
import { buildNoteIndex } from '../storage/query';
import type { NoteQuery } from '../storage/query';
import { generateNotes } from '../tests/storage/generate-notes';

function time<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const fmt = (ms: number) => `${ms.toFixed(2).padStart(8)} ms`;

/** A fixed workload, printed first, so figures from a busy machine can be read in proportion. */
function machineCheck(): number {
  const set = new Set<number>();
  for (let i = 0; i < 100_000; i += 2) set.add(i);
  const run = time(() => {
    let hits = 0;
    for (let round = 0; round < 10; round += 1) for (let i = 0; i < 100_000; i += 1) if (set.has(i)) hits += 1;
    return hits;
  });
  return run.ms;
}

const count = Number(process.argv[2] ?? 10_000);
console.log(`machine check: 1 000 000 Set lookups in ${machineCheck().toFixed(1)} ms (compare runs by this first)`);
const { notes, articles } = generateNotes(count, 1);
console.log(`${notes.length} notes on ${articles.length} articles`);

const builds = Array.from({ length: 5 }, () => time(() => buildNoteIndex(notes, articles)));
const index = builds[builds.length - 1]!.result;
console.log(`index build            ${fmt(median(builds.map((b) => b.ms)))}  (median of 5; CPU ${median(builds.map((b) => b.cpuMs)).toFixed(0)} ms)`);

const queries: [string, NoteQuery][] = [
  ['one letter "v"', { text: 'v' }],
  ['prefix "milic"', { text: 'milic' }],
  ['word "kataib"', { text: 'kataib ' }],
  ['three words', { text: 'compare with the' }],
  ['word + tag filter', { text: 'source', tags: ['chronologie'] }],
  ['actor filter, edited', { actorId: 'hadi-al-amiri', sort: 'edited' }],
  ['date range, oldest', { createdFrom: Date.UTC(2022, 0, 1), createdTo: Date.UTC(2022, 11, 31), sort: 'oldest' }],
  ['everything by article', { sort: 'article' }],
  ['everything, newest', {}],
  ['no match', { text: 'zzzzzz' }],
];
console.log('search (limit 50; 25 runs)       median      worst   CPU mean   matches');
for (const [label, query] of queries) {
  // A first run after a change sorts the whole list once; that cost is in "worst".
  const runs = Array.from({ length: 25 }, () => time(() => index.search({ ...query, limit: 50 })));
  const worst = Math.max(...runs.map((r) => r.ms));
  const cpuMean = runs.reduce((sum, r) => sum + r.cpuMs, 0) / runs.length;
  console.log(
    `  ${label.padEnd(26)} ${fmt(median(runs.map((r) => r.ms)))} ${fmt(worst)} ${fmt(cpuMean)}  ${String(runs[0]!.result.total).padStart(7)}`,
  );
}

const edits = time(() => {
  for (let i = 0; i < 1000; i += 1) {
    const note = notes[(i * 7919) % notes.length]!;
    index.upsert({ ...note, body: `${note.body} edited ${i}` });
  }
});
console.log(`upsert (per note)      ${fmt(edits.ms / 1000)}  (1000 edits)`);

const json = time(() => exportNotesJson(notes, articles, Date.UTC(2025, 0, 1)));
console.log(`export JSON            ${fmt(json.ms)}  (${(json.result.length / 1e6).toFixed(1)} MB; CPU ${json.cpuMs.toFixed(0)} ms)`);
const markdown = time(() => exportNotesMarkdown(notes, articles, { exportedAt: Date.UTC(2025, 0, 1) }));
console.log(`export Markdown        ${fmt(markdown.ms)}  (${(markdown.result.length / 1e6).toFixed(1)} MB; CPU ${markdown.cpuMs.toFixed(0)} ms)`);
const parsed = time(() => parseImport(json.result));
const parsedCount = parsed.result.ok ? parsed.result.notes.length : 0;
console.log(`import parse + check   ${fmt(parsed.ms)}  (${parsedCount} notes; CPU ${parsed.cpuMs.toFixed(0)} ms)`);
