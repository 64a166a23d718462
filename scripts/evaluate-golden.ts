/**
 * Golden evaluation: runs the page pipeline on every served fixture article and compares what
 * it finds with the hand-marked truth (`<name>.expected.json`, written by `scripts/golden.ts`).
 *
 *   npx tsx scripts/evaluate-golden.ts              table per article and overall
 *   npx tsx scripts/evaluate-golden.ts --verbose    also every false positive and negative
 *   npx tsx scripts/evaluate-golden.ts --json       the figures as JSON
 *
 * Exits 1 when any overall precision or recall is below 0.95.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageAnnotations } from '../recognition/types';
import { parseHtml } from './lib/parse-html';
import { ARTICLES_DIR, markedArticleNames, type ExpectedArticle } from './golden';

/** The four things we score. */
export const METRICS = ['mentions', 'linking', 'dateSpans', 'dateValues'] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Record<Metric, string> = {
  mentions: 'actor mentions (span)',
  linking: 'actor linking (span + id)',
  dateSpans: 'date spans',
  dateValues: 'date values (span + value)',
};

/** Overall precision and recall every metric must reach. */
export const THRESHOLD = 0.95;

/** One scored item: a span with the label that must also agree for the metric. */
export interface ScoredItem {
  start: number;
  end: number;
  text: string;
  /** Actor id or date value; empty for span-only metrics. */
  label: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface MetricResult extends Counts {
  precision: number;
  recall: number;
  falsePositives: ScoredItem[];
  falseNegatives: ScoredItem[];
}

export type ArticleScore = Record<Metric, MetricResult>;

/**
 * Matches predicted items to expected ones: same start, same end and same label. Each expected
 * item is matched at most once, so a span predicted twice counts one false positive.
 */
export function scoreItems(expected: readonly ScoredItem[], predicted: readonly ScoredItem[]): MetricResult {
  const key = (item: ScoredItem) => `${item.start}:${item.end}:${item.label}`;
  const open = new Map<string, number>();
  for (const item of expected) open.set(key(item), (open.get(key(item)) ?? 0) + 1);
  const falsePositives: ScoredItem[] = [];
  let tp = 0;
  for (const item of predicted) {
    const left = open.get(key(item)) ?? 0;
    if (left > 0) {
      open.set(key(item), left - 1);
      tp += 1;
    } else {
      falsePositives.push(item);
    }
  }
  const falseNegatives: ScoredItem[] = [];
  for (const item of expected) {
    const left = open.get(key(item)) ?? 0;
    if (left > 0) {
      open.set(key(item), left - 1);
      falseNegatives.push(item);
    }
  }
  return withRates({ tp, fp: falsePositives.length, fn: falseNegatives.length }, falsePositives, falseNegatives);
}

/** Precision and recall of counts; an empty side (nothing predicted, nothing expected) scores 1. */
export function rates(counts: Counts): { precision: number; recall: number } {
  const predicted = counts.tp + counts.fp;
  const expected = counts.tp + counts.fn;
  return {
    precision: predicted === 0 ? 1 : counts.tp / predicted,
    recall: expected === 0 ? 1 : counts.tp / expected,
  };
}

function withRates(counts: Counts, falsePositives: ScoredItem[], falseNegatives: ScoredItem[]): MetricResult {
  return { ...counts, ...rates(counts), falsePositives, falseNegatives };
}

/** The predicted and expected annotations of one article, scored on every metric. */
export function scoreArticle(
  expected: Pick<ExpectedArticle, 'actors' | 'dates'>,
  predicted: Pick<PageAnnotations, 'actors' | 'dates'>,
): ArticleScore {
  const expectedMentions = expected.actors.flatMap((a) =>
    a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, label: a.id })),
  );
  const predictedMentions = predicted.actors.flatMap((a) =>
    a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, label: a.id })),
  );
  const expectedDates = expected.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, label: d.value }));
  const predictedDates = predicted.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, label: d.value }));
  const spanOnly = (items: ScoredItem[]) => items.map((item) => ({ ...item, label: '' }));
  return {
    mentions: scoreItems(spanOnly(expectedMentions), spanOnly(predictedMentions)),
    linking: scoreItems(expectedMentions, predictedMentions),
    dateSpans: scoreItems(spanOnly(expectedDates), spanOnly(predictedDates)),
    dateValues: scoreItems(expectedDates, predictedDates),
  };
}

/** Sums the counts of several articles per metric and recomputes the rates. */
export function overall(scores: readonly ArticleScore[]): Record<Metric, Counts & { precision: number; recall: number }> {
  const out = {} as Record<Metric, Counts & { precision: number; recall: number }>;
  for (const metric of METRICS) {
    const counts = scores.reduce<Counts>(
      (sum, s) => ({ tp: sum.tp + s[metric].tp, fp: sum.fp + s[metric].fp, fn: sum.fn + s[metric].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    out[metric] = { ...counts, ...rates(counts) };
  }
  return out;
}

/** Metrics whose overall precision or recall is below the threshold. */
export function failingMetrics(total: ReturnType<typeof overall>, threshold = THRESHOLD): Metric[] {
  return METRICS.filter((m) => total[m].precision < threshold || total[m].recall < threshold);
}

export interface EvaluatedArticle {
  name: string;
  score: ArticleScore;
  /** The article text the pipeline saw, for showing errors in context. */
  text: string;
}

/** A fixed "today": every fixture states its publication date, so it is never the reference. */
const TODAY = new Date(Date.UTC(2025, 0, 15, 12));

/**
 * Runs the page pipeline on one served fixture and scores it. The pipeline (and its knowledge
 * base) is loaded on first use only, so the scoring above can be used and tested without it.
 */
export async function evaluateArticle(name: string, dir = ARTICLES_DIR): Promise<EvaluatedArticle> {
  const { annotateDocument } = await import('../page/annotate-document');
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ExpectedArticle;
  const { document, close } = parseHtml(readFileSync(join(dir, `${name}.html`), 'utf8'), expected.url);
  try {
    const result = annotateDocument(document, { url: expected.url, uiLang: 'en', today: TODAY });
    return { name, score: scoreArticle(expected, result.annotations), text: result.map?.text ?? '' };
  } finally {
    void close();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function tableRow(label: string, score: Record<Metric, Counts & { precision: number; recall: number }>): string {
  const cells = METRICS.map((m) => {
    const s = score[m];
    return `${String(s.tp).padStart(4)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ${pct(s.precision)} ${pct(s.recall)}`;
  });
  return `${label.padEnd(20)} │ ${cells.join(' │ ')}`;
}

/** The readable table: one row per article and the overall row. */
export function formatTable(articles: readonly EvaluatedArticle[]): string {
  const head = METRICS.map((m) => m.padEnd(30)).join(' │ ');
  const sub = METRICS.map(() => '  TP  FP  FN      P      R').join(' │ ');
  const lines = [`${'article'.padEnd(20)} │ ${head}`, `${''.padEnd(20)} │ ${sub}`];
  for (const a of articles) lines.push(tableRow(a.name, a.score));
  lines.push('─'.repeat(lines[1]?.length ?? 80));
  lines.push(tableRow('OVERALL', overall(articles.map((a) => a.score))));
  lines.push('', ...METRICS.map((m) => `${m.padEnd(11)} ${METRIC_LABELS[m]}`));
  return lines.join('\n');
}

/** Every false positive and negative, with the text around it. */
export function formatErrors(articles: readonly EvaluatedArticle[]): string {
  const lines: string[] = [];
  for (const a of articles) {
    for (const metric of METRICS) {
      const r = a.score[metric];
      if (r.falsePositives.length + r.falseNegatives.length === 0) continue;
      lines.push(`\n## ${a.name} — ${METRIC_LABELS[metric]}`);
      for (const item of r.falsePositives) lines.push(`  FP ${describe(item, a.text)}`);
      for (const item of r.falseNegatives) lines.push(`  FN ${describe(item, a.text)}`);
    }
  }
  return lines.join('\n');
}

function describe(item: ScoredItem, text: string): string {
  const before = text.slice(Math.max(0, item.start - 40), item.start).replace(/\n/g, ' ⏎ ');
  const after = text.slice(item.end, item.end + 40).replace(/\n/g, ' ⏎ ');
  const label = item.label ? ` → ${item.label}` : '';
  return `[${item.start},${item.end}] "${item.text}"${label}   …${before}⟦${item.text}⟧${after}…`;
}

async function main(args: string[]): Promise<number> {
  const articles: EvaluatedArticle[] = [];
  for (const name of markedArticleNames()) articles.push(await evaluateArticle(name));
  const total = overall(articles.map((a) => a.score));
  const failing = failingMetrics(total);
  if (args.includes('--json')) {
    const perArticle = Object.fromEntries(
      articles.map((a) => [
        a.name,
        Object.fromEntries(METRICS.map((m) => [m, { tp: a.score[m].tp, fp: a.score[m].fp, fn: a.score[m].fn, precision: a.score[m].precision, recall: a.score[m].recall }])),
      ]),
    );
    console.log(JSON.stringify({ threshold: THRESHOLD, overall: total, articles: perArticle, failing }, null, 2));
  } else {
    console.log(formatTable(articles));
    if (args.includes('--verbose')) console.log(formatErrors(articles));
    console.log(
      failing.length === 0
        ? `\nAll overall figures ≥ ${THRESHOLD}.`
        : `\nBelow ${THRESHOLD}: ${failing.map((m) => METRIC_LABELS[m]).join(', ')}.`,
    );
  }
  return failing.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
