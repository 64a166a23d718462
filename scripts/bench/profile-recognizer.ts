/**
 * CPU profile of the pure recogniser in Node, the way the annotator runs it on a fresh page:
 * the first `recognize` (which builds the actor matcher and warms the date parsers) on a demo
 * article, then `recognize` again on the same article repeated to a given length.
 *
 *   npx tsx scripts/bench/profile-recognizer.ts [chars=1000000]
 *
 * Writes `bench/out/profiles/recognizer-*.cpuprofile` (open them in Chrome DevTools) and prints
 * the functions with the most self and total time, with their source files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { recognize } from '../../recognition/pipeline';
import { findArticleRoot } from '../../page/article-root';
import { buildTextMap } from '../../page/text-map';
import { parseHtml } from '../lib/parse-html';
import { repeatedArticle } from './pages';
import { summarizeProfile, topFunctions, type CpuProfile } from './profile';

const chars = Number(process.argv[2] ?? 1_000_000);
const demo = readFileSync('tests/fixtures/articles/demo-en.html', 'utf8');
const ctx = { lang: 'en' as const, referenceDate: new Date(Date.UTC(2024, 0, 18, 12)), uiLang: 'en' as const };

/** The text the annotator would extract from `html`. */
async function articleText(html: string): Promise<string> {
  const { document, close } = parseHtml(html, 'http://127.0.0.1/article.html');
  const text = buildTextMap(findArticleRoot(document)).text;
  await close();
  return text;
}

const small = await articleText(demo);
const large = await articleText(repeatedArticle(demo, chars).html);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
mkdirSync('bench/out/profiles', { recursive: true });
const root = pathToFileURL(process.cwd()).href;

for (const [name, text] of [['first-call', small], [`${chars}-chars`, large]] as const) {
  await session.post('Profiler.start');
  const start = performance.now();
  const found = recognize(text, ctx);
  const ms = performance.now() - start;
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  const file = `bench/out/profiles/recognizer-${name}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  // tsx runs transpiled code: line numbers do not match the sources, the file names do.
  const times = summarizeProfile(profile).map((time) => ({ ...time, name: time.name.replace(/ \(.*\)$/, '') }));
  console.log(`\nrecognize, ${name} (${text.length} chars): ${ms.toFixed(1)} ms, ${found.actors.length} actors, ${found.dates.length} dates → ${file}`);
  for (const by of ['selfMs', 'totalMs'] as const) {
    console.log(`  ${by === 'selfMs' ? 'self' : 'total'} time`);
    for (const time of topFunctions(times, root, by, 14)) {
      console.log(`    ${time[by].toFixed(1).padStart(8)} ms  ${time.name}  ${time.url.replace(`${root}/`, '')}`);
    }
  }
}
session.disconnect();
