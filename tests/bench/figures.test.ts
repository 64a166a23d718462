import { describe, expect, it } from 'vitest';
import { TARGETS, articleFigures, coldArticleFigures, deliveryFloorFigures, growthFigure, hoverFigures, memoryFigure, otherMs, type ArticleCase } from '../../scripts/bench/figures';
import type { ArticleRun } from '../../scripts/bench/measure-pages';

const page = (id: string, extra: Partial<ArticleCase> = {}): ArticleCase => ({
  id,
  label: id,
  path: `/${id}.html`,
  totalTarget: null,
  markJsTarget: null,
  markJs: true,
  heap: false,
  hover: false,
  timeoutMs: 1000,
  ...extra,
});

const run = (total: number, textLength: number, extra: Partial<ArticleRun> = {}): ArticleRun => ({
  timings: { detect: 1, extract: 2, recognize: total / 2, highlight: 3, total, textLength, ranges: 10 },
  scriptWithMs: total / 2,
  scriptWithoutMs: 0,
  facts: { terms: ['Iran', 'Gaza'], hoverText: 'Iran' },
  floorMs: 1,
  floorChars: textLength,
  markJsMs: null,
  markJsMarks: null,
  heapWithBytes: null,
  heapWithoutBytes: null,
  hover: null,
  hoverFloorMs: null,
  ...extra,
});

describe('articleFigures', () => {
  it('reports the total against the floor, its parts, and mark.js against the total', () => {
    const runs = [100, 120, 110].map((total) => run(total, 1000, { markJsMs: total * 12, markJsMarks: 40 }));
    const figures = articleFigures(page('1mb', { totalTarget: TARGETS.oneMegabyteMs, markJsTarget: TARGETS.markJsOverContexte }), runs);
    const byId = new Map(figures.map((figure) => [figure.id, figure]));
    expect(byId.get('article.1mb.total')).toMatchObject({ median: 110, ratio: 110, met: true });
    expect(byId.get('article.1mb.recognize')?.median).toBe(55);
    expect(byId.get('article.1mb.markjs')).toMatchObject({ median: 1320, ratio: 12, met: true });
  });

  it('splits messaging and injection into its delivery parts when every run has them', () => {
    const delivered = (total: number) => {
      const base = run(total, 1000);
      return { ...base, timings: { ...base.timings, delivery: { toBackground: 4, checks: 6, inject: 20 } } };
    };
    const ids = (runs: ArticleRun[]) => articleFigures(page('demo'), runs).map((figure) => figure.id);
    const withDelivery = articleFigures(page('demo'), [delivered(100), delivered(120)]);
    expect(withDelivery.find((figure) => figure.id === 'article.demo.inject')?.median).toBe(20);
    expect(ids([delivered(100), delivered(120)])).toEqual(expect.arrayContaining(['article.demo.to-background', 'article.demo.checks']));
    expect(ids([delivered(100), run(120, 1000)])).not.toContain('article.demo.inject');
  });

  it('shows how much of recognising the recogniser took, when the background said', () => {
    const timed = (total: number, recognizer: number) => {
      const base = run(total, 1000);
      return { ...base, timings: { ...base.timings, recognizer } };
    };
    const figures = articleFigures(page('1mb'), [timed(100, 30), timed(120, 40), timed(110, 35)]);
    expect(figures.find((figure) => figure.id === 'article.1mb.recognizer')?.median).toBe(35);
    expect(articleFigures(page('1mb'), [run(100, 1000)]).map((figure) => figure.id)).not.toContain('article.1mb.recognizer');
  });

  it('counts what the parts leave out of the total as messaging and injection', () => {
    expect(otherMs(run(100, 10))).toBe(100 - 1 - 2 - 50 - 3);
  });
});

describe('hoverFigures', () => {
  it('reports the card against the floor of showing a prepared box, from the runs that have both', () => {
    const runs = [
      run(100, 1000, { hover: { toDomMs: 2, toPaintMs: 20 }, hoverFloorMs: 16 }),
      run(100, 1000, { hover: { toDomMs: 3, toPaintMs: 24 }, hoverFloorMs: 12 }),
      run(100, 1000, { hover: { toDomMs: 2, toPaintMs: 22 }, hoverFloorMs: 20 }),
    ];
    const paint = hoverFigures(page('demo', { hover: true }), runs).find((figure) => figure.id === 'hover.demo.paint');
    expect(paint).toMatchObject({ median: 22, baseline: { median: 16 }, met: false });
    expect(paint?.ratio).toBeCloseTo(22 / 16);
  });

  it('reports no floor when none was measured', () => {
    const runs = [run(100, 1000, { hover: { toDomMs: 2, toPaintMs: 10 } })];
    const paint = hoverFigures(page('demo', { hover: true }), runs).find((figure) => figure.id === 'hover.demo.paint');
    expect(paint).toMatchObject({ median: 10, met: true });
    expect(paint?.baseline).toBeUndefined();
  });
});

describe('deliveryFloorFigures', () => {
  it('reports the delivery with no work, and how long its injection took, without a target', () => {
    const figures = deliveryFloorFigures(page('demo-en'), [
      { totalMs: 30, injectMs: 12 },
      { totalMs: 20, injectMs: 9 },
      { totalMs: 25, injectMs: 10 },
    ]);
    expect(figures.map((figure) => [figure.id, figure.median, figure.met])).toEqual([['article.demo-en.delivery-floor', 25, null]]);
    expect(figures[0]!.notes).toContain('injected script running 10 ms');
  });

  it('reports nothing when the floor was not measured', () => {
    expect(deliveryFloorFigures(page('1mb'), [])).toEqual([]);
  });
});

describe('coldArticleFigures', () => {
  const timings = (total: number, recognize: number, inject?: number) => ({
    detect: 2,
    extract: 5,
    recognize,
    highlight: 4,
    total,
    textLength: 4000,
    ranges: 70,
    ...(inject === undefined ? {} : { delivery: { toBackground: 3, checks: 1, inject } }),
  });

  it('reports the total and the parts a cold background makes longer, with no target', () => {
    const figures = coldArticleFigures('first-article', 'demo', 'demo', [timings(500, 200, 90), timings(400, 150, 80), timings(600, 250, 100)]);
    expect(figures.map((figure) => [figure.id, figure.median, figure.met])).toEqual([
      ['first-article.demo.total', 500, null],
      ['first-article.demo.to-background', 3, null],
      ['first-article.demo.inject', 90, null],
      ['first-article.demo.recognize', 200, null],
    ]);
  });

  it('leaves out the injection when the background did not stamp it, and reports nothing without runs', () => {
    expect(coldArticleFigures('first-article', 'demo', 'demo', [timings(500, 200)]).map((figure) => figure.id)).toEqual([
      'first-article.demo.total',
      'first-article.demo.recognize',
    ]);
    expect(coldArticleFigures('first-article', 'demo', 'demo', [])).toEqual([]);
  });

  it('names the figures after where the cold background comes from, with the recogniser part when stamped', () => {
    const stamped = { ...timings(300, 150, 20), recognizer: 45 };
    const figures = coldArticleFigures('stopped-background', 'demo', 'demo', [stamped]);
    expect(figures.map((figure) => figure.id)).toEqual([
      'stopped-background.demo.total',
      'stopped-background.demo.to-background',
      'stopped-background.demo.inject',
      'stopped-background.demo.recognize',
      'stopped-background.demo.recognizer',
    ]);
    expect(figures[0]!.label).toContain('after the background was stopped');
  });
});

describe('growthFigure', () => {
  it('compares the time ratio with the text ratio', () => {
    const figure = growthFigure(page('100kb'), [run(100, 100_000)], page('1mb'), [run(1300, 1_000_000)]);
    expect(figure.median).toBe(1.3);
    expect(figure.met).toBe(false);
    expect(figure.notes).toContain('text ×10.00, time ×13.00');
  });
});

describe('memoryFigure', () => {
  it('reports the heap the extension adds over the page alone, in MB', () => {
    const runs = [run(1, 1, { heapWithBytes: 3 * 2 ** 20, heapWithoutBytes: 2 ** 20 })];
    expect(memoryFigure(page('1mb', { heap: true }), runs)).toMatchObject({ median: 2, unit: 'MB', baseline: { median: 1 }, ratio: 2 });
    expect(memoryFigure(page('demo'), [run(1, 1)])).toBeNull();
  });
});
