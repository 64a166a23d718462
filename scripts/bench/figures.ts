/**
 * From raw runs to figures: which numbers are reported, against which baseline and target.
 * The targets of the issue live here, in one place.
 */
import { makeFigure, type Figure } from './results';
import { growth, median, type Target } from './stats';
import type { ArticleRun, NonArticleRun } from './measure-pages';
import type { NotesSamples } from './notes';
import type { DeliveryFloor } from './minimal-extension';
import type { AnnotationTimings } from '../../messaging/protocol';

const atMost = (value: number): Target => ({ of: 'median', op: '<=', value });
const ratioAtLeast = (value: number): Target => ({ of: 'ratio', op: '>=', value });

export const TARGETS = {
  detectorScriptMs: atMost(1),
  detectorKB: atMost(16),
  demoArticleMs: atMost(15),
  oneMegabyteMs: atMost(250),
  /** 10× the text in at most 12× the time. */
  growth: atMost(1.2),
  markJsOverContexte: ratioAtLeast(10),
  hoverMs: atMost(16),
  notesFirstRowMs: atMost(100),
  notesSearchMs: atMost(30),
  notesExportMs: atMost(1000),
} as const;

/** 1 KB = 1000 bytes, as WXT prints its build. */
export const BYTES_PER_KB = 1000;

export interface ArticleCase {
  id: string;
  label: string;
  path: string;
  /** Target on the time from the detector's start to every highlight registered. */
  totalTarget: Target | null;
  markJsTarget: Target | null;
  /** Run mark.js on this page (it takes minutes on the largest one). */
  markJs: boolean;
  heap: boolean;
  hover: boolean;
  timeoutMs: number;
}

/**
 * `minimalScriptMs`: per run, the script time a minimal content script adds to the same page
 * (see minimal-extension.ts), the baseline of the detector's script time.
 */
export function nonArticleFigures(id: string, label: string, runs: readonly NonArticleRun[], minimalScriptMs: readonly number[]): Figure[] {
  const floor = { name: 'floor: text pass', values: runs.map((run) => run.floorMs) };
  return [
    makeFigure({
      id: `nonarticle.${id}.detect`,
      label: `${label}: detector check`,
      values: runs.map((run) => run.detectMs),
      unit: 'ms',
      target: TARGETS.detectorScriptMs,
      baseline: floor,
      notes: 'wall clock in the page (performance.now around detectArticle)',
    }),
    makeFigure({
      id: `nonarticle.${id}.script`,
      label: `${label}: all Contexte script`,
      values: runs.map((run) => run.scriptWithMs - run.scriptWithoutMs),
      unit: 'ms',
      target: TARGETS.detectorScriptMs,
      baseline: { name: 'floor: minimal content script', values: minimalScriptMs },
      notes:
        'ScriptDuration (thread time) with the extension minus without, same page: loading detector.js, ' +
        `WXT's content-script context, plus the check; page's own script time ${median(runs.map((run) => run.scriptWithoutMs)).toFixed(2)} ms; ` +
        'floor: an extension whose content script only reads the document and listens for messages',
    }),
  ];
}

export function bytesFigures(detectorBytes: number, annotatorBytes: number, highlightCssBytes: number): Figure[] {
  return [
    makeFigure({
      id: 'bytes.detector',
      label: 'injected on every page (detector.js)',
      values: [detectorBytes / BYTES_PER_KB],
      unit: 'KB',
      target: TARGETS.detectorKB,
      notes: `${detectorBytes} bytes; no CSS is injected on pages that are not articles`,
    }),
    makeFigure({
      id: 'bytes.article',
      label: 'injected on an article (detector + annotator + CSS)',
      values: [(detectorBytes + annotatorBytes + highlightCssBytes) / BYTES_PER_KB],
      unit: 'KB',
      notes: `annotator.js ${annotatorBytes} bytes, highlight CSS ${highlightCssBytes} bytes (the in-page UI, overlay.js, is injected after the highlights)`,
    }),
  ];
}

/** Time between the detector's check and the annotator's start: messaging, injection, metadata. */
export function otherMs(run: ArticleRun): number {
  const t = run.timings;
  return t.total - t.detect - t.extract - t.recognize - t.highlight;
}

export function articleFigures(page: ArticleCase, runs: readonly ArticleRun[]): Figure[] {
  const totals = runs.map((run) => run.timings.total);
  const text = median(runs.map((run) => run.timings.textLength));
  const figures = [
    makeFigure({
      id: `article.${page.id}.total`,
      label: `${page.label}: detector start → highlights`,
      values: totals,
      unit: 'ms',
      target: page.totalTarget,
      baseline: { name: 'floor: text pass', values: runs.map((run) => run.floorMs) },
      notes: `${text} characters of article text, ${median(runs.map((run) => run.timings.ranges))} ranges`,
    }),
    ...(
      [
        ['detect', 'detect', (run: ArticleRun) => run.timings.detect],
        ['other', 'messaging + injection', otherMs],
        ['to-background', '    of which: detector → background', (run: ArticleRun) => run.timings.delivery?.toBackground ?? Number.NaN],
        ['checks', '    of which: background checks', (run: ArticleRun) => run.timings.delivery?.checks ?? Number.NaN],
        ['inject', '    of which: injection → annotator running', (run: ArticleRun) => run.timings.delivery?.inject ?? Number.NaN],
        ['extract', 'extract text', (run: ArticleRun) => run.timings.extract],
        ['recognize', 'recognise', (run: ArticleRun) => run.timings.recognize],
        ['recognizer', '    of which: the recogniser, in the background', (run: ArticleRun) => run.timings.recognizer ?? Number.NaN],
        ['highlight', 'highlight', (run: ArticleRun) => run.timings.highlight],
        ['cpu', 'Contexte script, thread CPU', (run: ArticleRun) => run.scriptWithMs - run.scriptWithoutMs],
      ] as const
    )
      // The delivery parts exist only when the background stamped its side (not on a reload of an annotated page).
      .filter(([, , value]) => runs.every((run) => Number.isFinite(value(run))))
      .map(([part, name, value]) => makeFigure({ id: `article.${page.id}.${part}`, label: `  ${name}`, values: runs.map(value), unit: 'ms' })),
  ];
  const markRuns = runs.filter((run) => run.markJsMs !== null);
  if (markRuns.length > 0) {
    figures.push(
      makeFigure({
        id: `article.${page.id}.markjs`,
        label: `  mark.js, same terms, same page`,
        values: markRuns.map((run) => run.markJsMs as number),
        unit: 'ms',
        target: page.markJsTarget,
        baseline: { name: 'Contexte total', values: markRuns.map((run) => run.timings.total) },
        notes: `${runs[0]?.facts.terms.length ?? 0} distinct surface forms, ${median(markRuns.map((run) => run.markJsMarks as number))} <mark> elements`,
      }),
    );
  }
  return figures;
}

/** Where a cold background comes from (see first-article.ts). */
export type ColdStart = 'first-article' | 'stopped-background';

const COLD_STARTS: Record<ColdStart, { label: string; notes: string }> = {
  'first-article': {
    label: 'first page of a fresh browser',
    notes: 'a new browser and profile per run: the background starts with the browser and has never run',
  },
  'stopped-background': {
    label: 'after the background was stopped',
    notes: 'one browser, its background stopped through DevTools before each run, as Chrome stops it after about 30 s idle: what most articles meet in real reading',
  },
};

/**
 * An article met by a cold background: its total and the parts a cold background makes longer.
 * No target: the targets are for the pages in a running browser with a warm background.
 */
export function coldArticleFigures(cold: ColdStart, id: string, label: string, samples: readonly AnnotationTimings[]): Figure[] {
  if (samples.length === 0) return [];
  const part = (name: string, partLabel: string, value: (timings: AnnotationTimings) => number) =>
    makeFigure({ id: `${cold}.${id}.${name}`, label: `  ${partLabel}`, values: samples.map(value), unit: 'ms' });
  return [
    makeFigure({
      id: `${cold}.${id}.total`,
      label: `${label}, ${COLD_STARTS[cold].label}: detector start → highlights`,
      values: samples.map((timings) => timings.total),
      unit: 'ms',
      notes: COLD_STARTS[cold].notes,
    }),
    part('to-background', 'detector → background (waits for the background to start)', (timings) => timings.delivery?.toBackground ?? Number.NaN),
    part('inject', 'injection → annotator running', (timings) => timings.delivery?.inject ?? Number.NaN),
    part('recognize', 'recognise (waits for the recogniser to be built)', (timings) => timings.recognize),
    part('recognizer', '  of which: the recogniser, in the background', (timings) => timings.recognizer ?? Number.NaN),
  ].filter((figure) => Number.isFinite(figure.median));
}

/**
 * The delivery floor beside an article's total: what an extension doing no work pays to go from
 * "this is an article" to an answer about its text (see `writeDeliveryFloorExtension`).
 */
export function deliveryFloorFigures(page: ArticleCase, floors: readonly DeliveryFloor[]): Figure[] {
  if (floors.length === 0) return [];
  return [
    makeFigure({
      id: `article.${page.id}.delivery-floor`,
      label: '  floor: the same delivery with no work',
      values: floors.map((floor) => floor.totalMs),
      unit: 'ms',
      notes:
        'an extension whose content script messages its background, which injects a script that reads the text (one TreeWalker pass), ' +
        `sends it to the background and gets an empty answer; same page, same run; of which content script → injected script running ${Math.round(median(floors.map((floor) => floor.injectMs)) * 10) / 10} ms`,
    }),
  ];
}

/** How the total grows from a smaller to a larger page (1 = linear in the text length). */
export function growthFigure(small: ArticleCase, smallRuns: readonly ArticleRun[], large: ArticleCase, largeRuns: readonly ArticleRun[]): Figure {
  const measure = (runs: readonly ArticleRun[]) => ({
    size: median(runs.map((run) => run.timings.textLength)),
    time: median(runs.map((run) => run.timings.total)),
  });
  const a = measure(smallRuns);
  const b = measure(largeRuns);
  const value = growth(a, b) ?? Number.NaN;
  return {
    ...makeFigure({
      id: `growth.${small.id}-${large.id}`,
      label: `growth ${small.id} → ${large.id} (time × / text ×)`,
      values: [value],
      unit: 'x',
      target: TARGETS.growth,
      notes: `text ×${(b.size / a.size).toFixed(2)}, time ×${(b.time / a.time).toFixed(2)} (medians)`,
    }),
    runs: Math.min(smallRuns.length, largeRuns.length),
  };
}

export function hoverFigures(page: ArticleCase, runs: readonly ArticleRun[]): Figure[] {
  const samples = runs.flatMap((run) => (run.hover ? [run.hover] : []));
  if (samples.length === 0) return [];
  const rejected = runs.length - samples.length;
  const rejectedNote = rejected > 0 ? `; ${rejected} sample(s) rejected (timer order)` : '';
  const floors = runs.flatMap((run) => (run.hoverFloorMs !== null ? [run.hoverFloorMs] : []));
  return [
    makeFigure({
      id: `hover.${page.id}.paint`,
      label: `hover on ${page.id}: delay fired → card painted`,
      values: samples.map((sample) => sample.toPaintMs),
      unit: 'ms',
      target: TARGETS.hoverMs,
      ...(floors.length > 0 ? { baseline: { name: 'floor: show a prepared box', values: floors } } : {}),
      notes:
        `sentinel timer → requestAnimationFrame + task after the card appeared${rejectedNote}; ` +
        'floor: the same timers on the same page without the extension, unhiding a card-sized box prepared in a shadow root',
    }),
    makeFigure({
      id: `hover.${page.id}.dom`,
      label: `  delay fired → card in the shadow root`,
      values: samples.map((sample) => sample.toDomMs),
      unit: 'ms',
    }),
  ];
}

export function memoryFigure(page: ArticleCase, runs: readonly ArticleRun[]): Figure | null {
  const pairs = runs.filter((run) => run.heapWithBytes !== null && run.heapWithoutBytes !== null);
  if (pairs.length === 0) return null;
  const mb = (bytes: number) => bytes / 2 ** 20;
  return makeFigure({
    id: `memory.${page.id}.added-heap`,
    label: `heap added by Contexte on ${page.id}`,
    values: pairs.map((run) => mb((run.heapWithBytes as number) - (run.heapWithoutBytes as number))),
    unit: 'MB',
    baseline: { name: "page's own heap", values: pairs.map((run) => mb(run.heapWithoutBytes as number)) },
    notes: 'Runtime.getHeapUsage after two forced GCs, with the extension minus without, same page (1 MB = 2^20 bytes)',
  });
}

export function notesFigures(samples: NotesSamples): Figure[] {
  const ping = { name: 'message round trip', values: samples.pingMs };
  return [
    makeFigure({
      id: 'notes.import',
      label: `notes: import ${samples.count} (plan + apply)`,
      values: [samples.importMs],
      unit: 'ms',
      notes: `${(samples.exportBytes / 1e6).toFixed(1)} MB JSON file, one notes:plan-import + notes:apply-import`,
    }),
    makeFigure({
      id: 'notes.page.first-row-cold',
      label: 'notes page: first row, first open',
      values: [samples.coldFirstRowMs],
      unit: 'ms',
      target: TARGETS.notesFirstRowMs,
      notes: 'navigation start → first note row in the DOM, first open after the import of 10 000 notes: the background is still rebuilding its search index (the service worker is not restarted)',
    }),
    makeFigure({
      id: 'notes.page.first-row',
      label: 'notes page: first row, index built',
      values: samples.firstRowMs,
      unit: 'ms',
      target: TARGETS.notesFirstRowMs,
      baseline: { name: 'floor: page whose script adds a row', values: samples.floorFirstRowMs },
      notes:
        'navigation start → first note row in the DOM (fresh page load each run); floor: the same measure on an extension page with one stylesheet and one module script that adds a row at once',
    }),
    makeFigure({
      id: 'notes.search',
      label: `notes: full-text search (${samples.count})`,
      values: samples.searchMs,
      unit: 'ms',
      target: TARGETS.notesSearchMs,
      baseline: ping,
      notes: 'notes:query with a text, limit 50, timed in the notes page; runs × 3 searches',
    }),
    makeFigure({
      id: 'notes.export',
      label: `notes: export JSON of all`,
      values: samples.exportMs,
      unit: 'ms',
      target: TARGETS.notesExportMs,
      baseline: ping,
      notes: 'notes:export format json, timed in the notes page (answer included)',
    }),
  ];
}
