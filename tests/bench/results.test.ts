import { describe, expect, it } from 'vitest';
import { makeFigure, round, validateResults, type BenchResults } from '../../scripts/bench/results';

const machine = {
  cpu: 'Test CPU',
  cores: 2,
  memoryGB: 8,
  loadAverage: { start: 0.5, end: 0.7 },
  chromium: '156.0.0.0',
  node: 'v20.0.0',
  platform: 'Linux test x64',
};

describe('makeFigure', () => {
  it('reports the median of the runs, the ratio of medians and whether the target holds', () => {
    const figure = makeFigure({
      id: 'article.demo.total',
      label: 'demo',
      values: [12, 40, 10, 11, 14],
      unit: 'ms',
      target: { of: 'median', op: '<=', value: 15 },
      baseline: { name: 'floor', values: [1, 2, 2] },
    });
    expect(figure).toMatchObject({ id: 'article.demo.total', median: 12, unit: 'ms', runs: 5, ratio: 6, met: true });
    expect(figure.baseline).toEqual({ name: 'floor', median: 2 });
    expect(figure.notes).toBe('range 10–40');
  });

  it('puts a ratio target on the ratio, not on the median', () => {
    const figure = makeFigure({
      id: 'article.1mb.markjs',
      label: 'mark.js',
      values: [900, 1000, 1100],
      unit: 'ms',
      target: { of: 'ratio', op: '>=', value: 10 },
      baseline: { name: 'Contexte', values: [200, 200, 200] },
    });
    expect(figure.ratio).toBe(5);
    expect(figure.met).toBe(false);
  });

  it('leaves `met` null without a target, and the ratio out without a baseline', () => {
    const figure = makeFigure({ id: 'info', label: 'info', values: [3], unit: 'KB' });
    expect(figure.met).toBeNull();
    expect(figure.target).toBeNull();
    expect('ratio' in figure).toBe(false);
    expect('baseline' in figure).toBe(false);
    expect(figure.runs).toBe(1);
  });
});

describe('round', () => {
  it('keeps three decimals below 1, two below 100, one above', () => {
    expect(round(0.123456)).toBe(0.123);
    expect(round(12.3456)).toBe(12.35);
    expect(round(1234.567)).toBe(1234.6);
  });
});

describe('validateResults', () => {
  const results = (figures: unknown[]): BenchResults =>
    ({ startedAt: '2026-01-01T00:00:00.000Z', quick: false, machine, figures }) as BenchResults;

  it('accepts results made of figures', () => {
    const figures = [
      makeFigure({ id: 'a', label: 'a', values: [1, 2, 3], unit: 'ms', target: { of: 'median', op: '<=', value: 1 } }),
      makeFigure({ id: 'b', label: 'b', values: [5], unit: 'x', baseline: { name: 'base', values: [2] } }),
    ];
    expect(validateResults(results(figures))).toEqual([]);
    expect(validateResults(JSON.parse(JSON.stringify(results(figures))))).toEqual([]);
  });

  it('names every problem', () => {
    const problems = validateResults(
      results([
        { id: 'a', median: 1, unit: 'ms', target: null, met: true, runs: 1 },
        { id: 'a', median: '1', unit: 'seconds', target: { of: 'median', op: '<', value: 1 }, met: 'yes', runs: 0 },
        { id: 'c', median: 1, unit: 'ms', target: null, met: null, runs: 1, ratio: 2 },
      ]),
    );
    expect(problems).toEqual([
      'figures[0].met: set without a target',
      'figures[1].id: duplicate a',
      'figures[1].median: not a number',
      'figures[1].unit: not one of ms, KB, MB, x',
      'figures[1].target: not a target or null',
      'figures[1].met: not a boolean or null',
      'figures[1].runs: not a positive number',
      'figures[2].ratio: without a baseline',
    ]);
  });

  it('rejects a file without machine or figures', () => {
    expect(validateResults({ startedAt: 'yesterday', quick: 'no' })).toEqual([
      'startedAt: not an ISO date',
      'quick: not a boolean',
      'machine: missing',
      'figures: not an array',
    ]);
    expect(validateResults([])).toEqual(['results: not an object']);
  });
});
