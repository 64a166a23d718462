/**
 * CPU profile of the pure recogniser in Node, the way the background runs it: the actor
 * matcher's construction (timed alone, unprofiled), the first `recognize` (which warms the date
 * parsers) on a demo article,
 * `recognize` again on the same article repeated to a given length, then the same call warm
 * (after a few unprofiled runs, as when the background has already read several pages).
 *
 *   npx tsx scripts/bench/profile-recognizer.ts [chars=1000000] [--lang fr|en]
 *
 * Writes `bench/out/profiles/recognizer-*.cpuprofile` (open them in Chrome DevTools) and prints
 * the functions with the most self and total time, with their source files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundledMatcher, recognize } from '../../recognition/pipeline';
import { findArticleRoot } from '../../page/article-root';
import { buildTextMap } from '../../page/text-map';
import { parseHtml } from '../lib/parse-html';
import { repeatedArticle } from './pages';
import { summarizeProfile, topFunctions, type CpuProfile } from './profile';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string', default: 'en' } } });
const chars = Number(positionals[0] ?? 1_000_000);
const lang: 'fr' | 'en' = values.lang === 'fr' ? 'fr' : 'en';
const demo = readFileSync(`tests/fixtures/articles/demo-${lang}.html`, 'utf8');
const ctx = { lang, referenceDate: new Date(Date.UTC(2024, 0, 18, 12)), uiLang: lang };
/** Unprofiled runs before the warm profile, and profiled runs summed in it. */
const WARM_UP = 4;
const WARM_RUNS = 3;

/** The text the annotator would extract from `html`. */
async function articleText(html: string): Promise<string> {
  const { document, close } = parseHtml(html, 'http://127.0.0.1/article.html');
  const text = buildTextMap(findArticleRoot(document)).text;
  await close();
  return text;
}

// The matcher is built once per background start: what a reader waits for on the first page.
const buildStart = performance.now();
bundledMatcher();
console.log(`actor matcher built in ${(performance.now() - buildStart).toFixed(1)} ms`);

const small = await articleText(demo);
const large = await articleText(repeatedArticle(demo, chars).html);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
mkdirSync('bench/out/profiles', { recursive: true });
const root = pathToFileURL(process.cwd()).href;

const phases = [
  { name: 'first-call', text: small, runs: 1 },
  { name: `${chars}-chars`, text: large, runs: 1 },
  { name: `${chars}-chars-warm`, text: large, runs: WARM_RUNS },
];
for (const { name, text, runs } of phases) {
  if (runs > 1) for (let i = 0; i < WARM_UP; i++) recognize(text, ctx);
  await session.post('Profiler.start');
  const start = performance.now();
  let found = recognize(text, ctx);
  for (let i = 1; i < runs; i++) found = recognize(text, ctx);
  const ms = (performance.now() - start) / runs;
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  const file = `bench/out/profiles/recognizer-${name}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  // tsx runs transpiled code: line numbers do not match the sources, the file names do.
  const times = summarizeProfile(profile).map((time) => ({ ...time, name: time.name.replace(/ \(.*\)$/, '') }));
  const each = runs > 1 ? ` per run; profile sums ${runs} runs` : '';
  console.log(`\nrecognize, ${name} (${lang}, ${text.length} chars): ${ms.toFixed(1)} ms${each}, ${found.actors.length} actors, ${found.dates.length} dates → ${file}`);
  for (const by of ['selfMs', 'totalMs'] as const) {
    console.log(`  ${by === 'selfMs' ? 'self' : 'total'} time`);
    for (const time of topFunctions(times, root, by, 14)) {
      console.log(`    ${time[by].toFixed(1).padStart(8)} ms  ${time.name}  ${time.url.replace(`${root}/`, '')}`);
    }
  }
}
session.disconnect();
