/**
 * Speed and memory of the built extension in real Chromium, against baselines measured in the
 * same run on the same pages.
 *
 *   npm run bench                 # every figure, 5 runs each (7 on the small pages)
 *   npm run bench -- --quick      # 3 runs (5 on the small pages), no 5 MB article
 *   npm run bench -- --build      # rebuild the extension first even if it looks current
 *   npm run bench -- --only notes # some groups only: bytes, nonarticle, articles, notes
 *   npm run bench -- --profile    # CPU profiles (unminified build) of a few pages instead
 *   npm run bench -- --extension DIR --only nonarticle   # measure another build (A/B a change)
 *
 * Prints the machine and a table of medians, and writes them to `bench/results.json` (one
 * object per figure: id, median, unit, target, baseline, ratio, met, runs, notes). Targets are
 * reported, never enforced: the test suite does not depend on timing.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { highlightCss } from '../page/highlight';
import { launchWithExtension } from './lib/launch-chromium';
import { startStaticServer, type StaticServer } from './lib/static-server';
import { ensureBuild } from './bench/build';
import { closePage, launchBenchBrowsers, type BenchBrowsers } from './bench/browsers';
import {
  TARGETS,
  articleFigures,
  bytesFigures,
  coldArticleFigures,
  deliveryFloorFigures,
  growthFigure,
  hoverFigures,
  memoryFigure,
  nonArticleFigures,
  notesFigures,
  type ArticleCase,
} from './bench/figures';
import { currentLoad, describeMachine, machineCheckNode, machineCheckPage } from './bench/machine';
import { SETTLE_MS, measureArticleRun, measureNonArticleRun, profileLoad, type ArticleRun, type NonArticleRun, type PageFacts } from './bench/measure-pages';
import { deliveryFloor, pageScriptMs, writeDeliveryFloorExtension, writeMinimalExtension, type DeliveryFloor } from './bench/minimal-extension';
import { measureNotes } from './bench/notes';
import { measureAfterBackgroundStop, measureFirstArticle } from './bench/first-article';
import { repeatedArticle, webAppPage } from './bench/pages';
import { summarizeProfile, topFunctions } from './bench/profile';
import { makeFigure, validateResults, type BenchResults, type Figure } from './bench/results';
import { formatMachine, formatNotes, formatTable } from './bench/table';

const GROUPS = ['bytes', 'nonarticle', 'articles', 'notes'] as const;
type Group = (typeof GROUPS)[number];

const { values: args } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    extension: { type: 'string' },
  },
});
const quick = args.quick === true;
const runs = quick ? 3 : 5;
/** Small pages are cheap to load and their figures are small and noisy: more runs. */
const smallPageRuns = runs + 2;
const groups = new Set<Group>((args.only as Group[] | undefined) ?? GROUPS);
for (const group of groups) if (!GROUPS.includes(group)) throw new Error(`--only ${group}: not one of ${GROUPS.join(', ')}`);

const log = (line: string) => process.stderr.write(`${line}\n`);

const NON_ARTICLES = [
  // Decided by its address before the document is looked at: the fixed cost of the detector.
  { id: 'site-root', label: 'site root (address check only)', path: '/' },
  { id: 'section-front', label: 'section front', path: '/pages/section-front.html' },
  { id: 'webapp-3000', label: 'web app, 3000 controls', path: '/generated/webapp.html' },
];

const articleCase = (id: string, label: string, path: string, extra: Partial<ArticleCase> = {}): ArticleCase => ({
  id,
  label,
  path,
  totalTarget: null,
  markJsTarget: null,
  markJs: true,
  heap: false,
  hover: false,
  timeoutMs: 60_000,
  ...extra,
});

const ARTICLES: ArticleCase[] = [
  articleCase('demo-en', 'demo article (en)', '/articles/demo-en.html', { totalTarget: TARGETS.demoArticleMs, hover: true }),
  articleCase('demo-fr', 'demo article (fr)', '/articles/demo-fr.html', { totalTarget: TARGETS.demoArticleMs, hover: true }),
  articleCase('100kb', 'article repeated to 100 KB', '/generated/article-100kb.html'),
  articleCase('1mb', 'article repeated to 1 MB', '/generated/article-1mb.html', {
    totalTarget: TARGETS.oneMegabyteMs,
    markJsTarget: TARGETS.markJsOverContexte,
    heap: true,
    timeoutMs: 180_000,
  }),
  ...(quick ? [] : [articleCase('5mb', 'article repeated to 5 MB', '/generated/article-5mb.html', { markJs: false, timeoutMs: 600_000 })]),
];

/** Generated pages, served from memory. */
function routeGeneratedPages(server: StaticServer): void {
  server.route('/', '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Home</title></head><body><h1>Home</h1><p>Welcome.</p></body></html>');
  server.route('/generated/webapp.html', webAppPage(3000));
  const demo = readFileSync('tests/fixtures/articles/demo-en.html', 'utf8');
  for (const [name, chars] of [['100kb', 100_000], ['1mb', 1_000_000], ['5mb', 5_000_000]] as const) {
    server.route(`/generated/article-${name}.html`, repeatedArticle(demo, chars).html);
  }
}

async function measureBytes(extensionDir: string): Promise<Figure[]> {
  const size = (file: string) => statSync(join(extensionDir, 'content-scripts', file)).size;
  return bytesFigures(size('detector.js'), size('annotator.js'), Buffer.byteLength(highlightCss));
}

async function measureMachine(browsers: BenchBrowsers): Promise<Figure[]> {
  const page = await browsers.plain.context.newPage();
  const pageChecks: number[] = [];
  const nodeChecks: number[] = [];
  for (let run = 0; run < runs; run++) {
    nodeChecks.push(machineCheckNode());
    pageChecks.push(await machineCheckPage(page));
  }
  await closePage(page);
  const notes = 'a fixed workload (10^6 Set probes): compare runs by this first';
  return [
    makeFigure({ id: 'machine.check-node', label: 'machine check in Node', values: nodeChecks, unit: 'ms', notes }),
    makeFigure({ id: 'machine.check-page', label: 'machine check in a page', values: pageChecks, unit: 'ms', notes }),
  ];
}

async function measureNonArticles(browsers: BenchBrowsers, origin: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const minimal = await launchWithExtension({ extensionDir: writeMinimalExtension('bench/out/minimal-extension') });
  try {
    for (const page of NON_ARTICLES) {
      const samples: NonArticleRun[] = [];
      const minimalScriptMs: number[] = [];
      for (let run = 0; run < smallPageRuns; run++) {
        const url = `${origin}${page.path}?run=${run}`;
        const sample = await measureNonArticleRun(browsers, url);
        samples.push(sample);
        minimalScriptMs.push((await pageScriptMs(minimal.context, url, SETTLE_MS)) - sample.scriptWithoutMs);
        log(
          `  ${page.id} ${run + 1}/${smallPageRuns}: detect ${sample.detectMs.toFixed(2)} ms, script +${(sample.scriptWithMs - sample.scriptWithoutMs).toFixed(2)} ms ` +
            `(minimal content script +${minimalScriptMs.at(-1)!.toFixed(2)} ms)`,
        );
      }
      figures.push(...nonArticleFigures(page.id, page.label, samples, minimalScriptMs));
    }
  } finally {
    await minimal.close().catch(() => undefined);
  }
  return figures;
}

async function measureArticles(browsers: BenchBrowsers, origin: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const byCase = new Map<string, ArticleRun[]>();
  // The delivery floor runs beside the demo articles, where delivery is most of the total.
  const delivery = await launchWithExtension({ extensionDir: writeDeliveryFloorExtension('bench/out/delivery-floor-extension') });
  try {
    for (const page of ARTICLES) {
      const isDemo = page.id.startsWith('demo');
      const count = isDemo ? smallPageRuns : runs;
      const samples: ArticleRun[] = [];
      const floors: DeliveryFloor[] = [];
      let known: PageFacts | null = null;
      for (let run = 0; run < count; run++) {
        const url = `${origin}${page.path}?run=${run}`;
        const sample = await measureArticleRun(browsers, url, {
          timeoutMs: page.timeoutMs,
          markJs: page.markJs,
          heap: page.heap,
          hover: page.hover,
          known,
        });
        known = sample.facts;
        samples.push(sample);
        if (isDemo) floors.push(await deliveryFloor(delivery.context, url, page.timeoutMs));
        const t = sample.timings;
        log(
          `  ${page.id} ${run + 1}/${count}: total ${t.total.toFixed(1)} ms (recognise ${t.recognize.toFixed(1)}), ` +
            `floor ${sample.floorMs.toFixed(1)} ms, mark.js ${sample.markJsMs?.toFixed(1) ?? '—'} ms` +
            (floors.length > run ? `, delivery floor ${floors[run]!.totalMs.toFixed(1)} ms` : '') +
            (sample.hover ? `, hover ${sample.hover.toPaintMs.toFixed(1)} ms` : ''),
        );
      }
      byCase.set(page.id, samples);
      figures.push(...articleFigures(page, samples), ...deliveryFloorFigures(page, floors), ...hoverFigures(page, samples));
      const memory = memoryFigure(page, samples);
      if (memory) figures.push(memory);
    }
  } finally {
    await delivery.close().catch(() => undefined);
  }
  const pairs: [string, string][] = [['100kb', '1mb'], ['1mb', '5mb']];
  for (const [small, large] of pairs) {
    const smallRuns = byCase.get(small);
    const largeRuns = byCase.get(large);
    const smallCase = ARTICLES.find((page) => page.id === small);
    const largeCase = ARTICLES.find((page) => page.id === large);
    if (smallRuns && largeRuns && smallCase && largeCase) figures.push(growthFigure(smallCase, smallRuns, largeCase, largeRuns));
  }
  return figures;
}

/** `--profile`: CPU profiles of the extension's work on a few pages, summarised. */
async function profilePages(): Promise<void> {
  const { extensionDir } = await ensureBuild({ outDir: 'bench/out/profile-build', force: args.build === true, unminified: true });
  const server = await startStaticServer('tests/fixtures');
  routeGeneratedPages(server);
  const browsers = await launchBenchBrowsers(extensionDir);
  mkdirSync('bench/out/profiles', { recursive: true });
  try {
    const pages = [...NON_ARTICLES, ...ARTICLES.filter((page) => page.id === 'demo-en' || page.id === '1mb')];
    for (const page of pages) {
      const { profile, timings } = await profileLoad(browsers, `${server.origin}${page.path}?profile`, 180_000);
      const file = `bench/out/profiles/${page.id}.cpuprofile`;
      writeFileSync(file, JSON.stringify(profile));
      const times = summarizeProfile(profile);
      const inExtension = topFunctions(times, 'chrome-extension://', 'selfMs', Number.MAX_SAFE_INTEGER);
      const extensionMs = inExtension.reduce((sum, time) => sum + time.selfMs, 0);
      console.log(`\n${page.label} (${file}): total ${timings.total.toFixed(1)} ms, ${extensionMs.toFixed(1)} ms sampled in extension scripts`);
      console.log('  self time');
      for (const time of topFunctions(times, 'chrome-extension://', 'selfMs', 12)) console.log(`    ${time.selfMs.toFixed(1).padStart(8)} ms  ${time.name}`);
      console.log('  total time');
      for (const time of topFunctions(times, 'chrome-extension://', 'totalMs', 12)) console.log(`    ${time.totalMs.toFixed(1).padStart(8)} ms  ${time.name}`);
    }
  } finally {
    await browsers.close();
    await server.close();
  }
}

async function benchmark(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAtStart = currentLoad();
  const { extensionDir, built } = args.extension
    ? { extensionDir: args.extension, built: false }
    : await ensureBuild({ outDir: 'bench/out/build', force: args.build === true });
  log(`${built ? 'Built' : 'Using the build in'} ${extensionDir}`);
  const server = await startStaticServer('tests/fixtures');
  routeGeneratedPages(server);
  const browsers = await launchBenchBrowsers(extensionDir);
  const figures: Figure[] = [];
  let chromium = 'unknown';
  try {
    chromium = browsers.plain.browser.version();
    log('machine check');
    figures.push(...(await measureMachine(browsers)));
    if (groups.has('bytes')) figures.push(...(await measureBytes(extensionDir)));
    if (groups.has('nonarticle')) {
      log(`pages that are not articles (${smallPageRuns} runs each)`);
      figures.push(...(await measureNonArticles(browsers, server.origin)));
    }
    if (groups.has('articles')) {
      log(`articles (${smallPageRuns} runs on the demo articles, ${runs} on the generated ones)`);
      figures.push(...(await measureArticles(browsers, server.origin)));
      log(`first article of a fresh browser (${runs} runs)`);
      const firstRuns = await measureFirstArticle(extensionDir, `${server.origin}/articles/demo-en.html`, runs);
      log(`  totals: ${firstRuns.map((timings) => timings.total.toFixed(1)).join(', ')} ms`);
      figures.push(...coldArticleFigures('first-article', 'demo-en', 'demo article (en)', firstRuns));
      log(`article after the background was stopped (${runs} runs)`);
      const stoppedRuns = await measureAfterBackgroundStop(extensionDir, `${server.origin}/articles/demo-en.html`, runs);
      log(`  totals: ${stoppedRuns.map((timings) => timings.total.toFixed(1)).join(', ')} ms`);
      figures.push(...coldArticleFigures('stopped-background', 'demo-en', 'demo article (en)', stoppedRuns));
    }
    if (groups.has('notes')) {
      log(`notes (${runs} runs)`);
      const minimal = await launchWithExtension({ extensionDir: writeMinimalExtension('bench/out/minimal-extension') });
      try {
        figures.push(...notesFigures(await measureNotes(browsers.extension, minimal, runs)));
      } finally {
        await minimal.close().catch(() => undefined);
      }
    }
  } finally {
    await browsers.close();
    await server.close();
  }

  const results: BenchResults = { startedAt, quick, machine: describeMachine(chromium, loadAtStart), figures };
  const problems = validateResults(results);
  if (problems.length > 0) throw new Error(`Malformed results:\n${problems.join('\n')}`);
  console.log(formatMachine(results.machine));
  console.log(`Runs: ${runs} per figure (${smallPageRuns} on the small pages); medians; ratio = median / baseline median\n`);
  console.log(formatTable(figures));
  console.log(`\nNotes:\n${formatNotes(figures)}`);
  const missed = figures.filter((figure) => figure.met === false).map((figure) => figure.id);
  console.log(`\nTargets met: ${figures.filter((figure) => figure.met === true).length}, missed: ${missed.length}${missed.length ? ` (${missed.join(', ')})` : ''}`);
  const partial = args.only !== undefined || args.extension !== undefined;
  const file = partial ? 'bench/out/results-partial.json' : 'bench/results.json';
  mkdirSync('bench/out', { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Written to ${file}${partial ? ' (partial run: the committed bench/results.json is left alone)' : ''}`);
}

await (args.profile ? profilePages() : benchmark());
