/**
 * The figures the benchmark reports and `bench/results.json`, the file they are written to: one
 * object per figure, so a reader and a script see at once which targets hold.
 */
import { meets, median, ratio, spread, type Target } from './stats';

export type Unit = 'ms' | 'KB' | 'MB' | 'x';

export interface Figure {
  /** Stable identifier, e.g. `article.1mb.total`. */
  id: string;
  /** What was measured, for the table. */
  label: string;
  median: number;
  unit: Unit;
  target: Target | null;
  /** The baseline measured in the same run on the same page, in the same unit. */
  baseline?: { name: string; median: number };
  /** `median / baseline.median`. */
  ratio?: number;
  /** Whether the target holds; null for figures without a target (or not measurable). */
  met: boolean | null;
  /** How many runs the median is of. */
  runs: number;
  notes?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  /** 1-minute load average when the run started and ended: other work disturbs wall-clock figures. */
  loadAverage: { start: number; end: number };
  chromium: string;
  node: string;
  platform: string;
}

export interface BenchResults {
  /** ISO time the run started. */
  startedAt: string;
  quick: boolean;
  machine: Machine;
  figures: Figure[];
}

export interface FigureInput {
  id: string;
  label: string;
  values: readonly number[];
  unit: Unit;
  target?: Target | null;
  baseline?: { name: string; values: readonly number[] };
  notes?: string;
}

/** Builds a figure from raw per-run values: medians, ratio of medians, target check, run count. */
export function makeFigure(input: FigureInput): Figure {
  const value = median(input.values);
  const base = input.baseline ? median(input.baseline.values) : undefined;
  const rel = base === undefined ? null : ratio(value, base);
  const target = input.target ?? null;
  const runs = input.values.length;
  const range = runs > 1 ? spread(input.values) : null;
  const rangeNote = range ? `range ${round(range.min)}–${round(range.max)}` : '';
  const notes = [input.notes, rangeNote].filter(Boolean).join('; ');
  return {
    id: input.id,
    label: input.label,
    median: round(value),
    unit: input.unit,
    target,
    ...(input.baseline && base !== undefined ? { baseline: { name: input.baseline.name, median: round(base) } } : {}),
    ...(rel === null ? {} : { ratio: round(rel) }),
    met: meets(target, { median: value, ratio: rel }),
    runs,
    ...(notes ? { notes } : {}),
  };
}

/** Rounds to 3 significant decimals, enough for milliseconds and kilobytes. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
  return Number(value.toFixed(digits));
}

const UNITS: ReadonlySet<string> = new Set(['ms', 'KB', 'MB', 'x']);

/** Problems with `data` as a results file (empty when it is well-formed). */
export function validateResults(data: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(data)) return ['results: not an object'];
  if (typeof data.startedAt !== 'string' || Number.isNaN(Date.parse(data.startedAt))) problems.push('startedAt: not an ISO date');
  if (typeof data.quick !== 'boolean') problems.push('quick: not a boolean');
  if (!isObject(data.machine)) problems.push('machine: missing');
  else {
    for (const key of ['cpu', 'chromium', 'node', 'platform'] as const) {
      if (typeof data.machine[key] !== 'string') problems.push(`machine.${key}: not a string`);
    }
    if (typeof data.machine.cores !== 'number') problems.push('machine.cores: not a number');
  }
  if (!Array.isArray(data.figures)) return [...problems, 'figures: not an array'];
  const seen = new Set<string>();
  data.figures.forEach((figure: unknown, index: number) => {
    const at = `figures[${index}]`;
    if (!isObject(figure)) return void problems.push(`${at}: not an object`);
    if (typeof figure.id !== 'string' || figure.id === '') problems.push(`${at}.id: missing`);
    else if (seen.has(figure.id)) problems.push(`${at}.id: duplicate ${figure.id}`);
    else seen.add(figure.id);
    if (typeof figure.median !== 'number') problems.push(`${at}.median: not a number`);
    if (typeof figure.unit !== 'string' || !UNITS.has(figure.unit)) problems.push(`${at}.unit: not one of ${[...UNITS].join(', ')}`);
    if (figure.target !== null && !isTarget(figure.target)) problems.push(`${at}.target: not a target or null`);
    if (figure.met !== null && typeof figure.met !== 'boolean') problems.push(`${at}.met: not a boolean or null`);
    if (figure.target === null && figure.met !== null) problems.push(`${at}.met: set without a target`);
    if (figure.baseline !== undefined && !(isObject(figure.baseline) && typeof figure.baseline.median === 'number')) {
      problems.push(`${at}.baseline: not { name, median }`);
    }
    if (figure.ratio !== undefined && typeof figure.ratio !== 'number') problems.push(`${at}.ratio: not a number`);
    if (figure.ratio !== undefined && figure.baseline === undefined) problems.push(`${at}.ratio: without a baseline`);
    if (typeof figure.runs !== 'number' || figure.runs < 1) problems.push(`${at}.runs: not a positive number`);
  });
  return problems;
}

function isTarget(value: unknown): boolean {
  return (
    isObject(value) &&
    (value.of === 'median' || value.of === 'ratio') &&
    (value.op === '<=' || value.op === '>=') &&
    typeof value.value === 'number'
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
