/**
 * The terminal table of the figures: one line each, with the target and whether it holds.
 */
import type { Figure, Machine } from './results';
import type { Target } from './stats';

/** "≤ 15 ms", "ratio ≥ 10", or "—". */
export function formatTarget(target: Target | null, unit: string): string {
  if (!target) return '—';
  const op = target.op === '<=' ? '≤' : '≥';
  return target.of === 'ratio' ? `ratio ${op} ${target.value}` : `${op} ${target.value} ${unit}`;
}

function formatNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return String(value);
}

function verdict(met: boolean | null): string {
  return met === null ? '' : met ? 'met' : 'MISSED';
}

/** The figures as aligned columns. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = [
    ['FIGURE', 'MEDIAN', 'UNIT', 'RUNS', 'TARGET', 'BASELINE', 'RATIO', ''],
    ...figures.map((figure) => [
      figure.label,
      formatNumber(figure.median),
      figure.unit,
      String(figure.runs),
      formatTarget(figure.target, figure.unit),
      figure.baseline ? `${figure.baseline.median} (${figure.baseline.name})` : '—',
      figure.ratio === undefined ? '—' : `${figure.ratio}×`,
      verdict(figure.met),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const right = new Set([1, 3, 6]);
  return rows
    .map((row) => row.map((cell, column) => (right.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd())
    .join('\n');
}

/** One paragraph describing the machine. */
export function formatMachine(machine: Machine): string {
  return [
    `CPU:       ${machine.cpu} × ${machine.cores} cores, ${machine.memoryGB} GB`,
    `Load avg:  ${machine.loadAverage.start.toFixed(2)} at start, ${machine.loadAverage.end.toFixed(2)} at end (1 min)`,
    `Chromium:  ${machine.chromium}`,
    `Node:      ${machine.node} (${machine.platform})`,
  ].join('\n');
}

/** The notes of the figures that have any, as "id: note" lines. */
export function formatNotes(figures: readonly Figure[]): string {
  return figures
    .filter((figure) => figure.notes)
    .map((figure) => `  ${figure.id}: ${figure.notes}`)
    .join('\n');
}
