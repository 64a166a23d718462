/**
 * The arithmetic of the benchmark: medians of repeated runs, ratios to a baseline, and whether a
 * figure meets its target. Pure, so the tests can pin it down.
 */

/** A target on a figure's median (`of: 'median'`) or on its ratio to the baseline (`of: 'ratio'`). */
export interface Target {
  of: 'median' | 'ratio';
  op: '<=' | '>=';
  value: number;
}

/** Median of `values` (mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `value / baseline`, or null when the baseline is zero, negative or not a number. */
export function ratio(value: number, baseline: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return null;
  return value / baseline;
}

/**
 * Whether the target holds: null when there is no target or the measured quantity is missing
 * (a ratio without a baseline), so "not measured" never reads as "met".
 */
export function meets(target: Target | null, figure: { median: number; ratio?: number | null }): boolean | null {
  if (!target) return null;
  const measured = target.of === 'median' ? figure.median : figure.ratio;
  if (measured === null || measured === undefined || !Number.isFinite(measured)) return null;
  return target.op === '<=' ? measured <= target.value : measured >= target.value;
}

/**
 * How much faster than linear the time grows: (time ratio) / (size ratio). 1 is linear; the
 * "10× text in at most 12× time" target is ≤ 1.2.
 */
export function growth(small: { size: number; time: number }, large: { size: number; time: number }): number | null {
  const time = ratio(large.time, small.time);
  const size = ratio(large.size, small.size);
  return time === null || size === null ? null : time / size;
}

/** Smallest and largest of `values`, for the spread printed next to a median. */
export function spread(values: readonly number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) };
}
