// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyHighlights, highlightCss, highlightName, supportsHighlights } from '../../page/highlight';

/**
 * happy-dom has no CSS Custom Highlight API, so these tests inject a small fake of the two
 * pieces used: a `Highlight` class (a Set of ranges with a priority) and `CSS.highlights` (a
 * Map). The real API is exercised end to end in Chromium.
 */
class FakeHighlight extends Set<Range> {
  priority = 0;
  static constructed = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
    FakeHighlight.constructed += 1;
  }
}

function fakeWindow() {
  const highlights = new Map<string, FakeHighlight>();
  const win = { CSS: { highlights }, Highlight: FakeHighlight } as unknown as Window;
  return { win, highlights };
}

function rangesOf(count: number): Range[] {
  document.body.innerHTML = '<p>Bagdad et Téhéran</p>';
  const text = document.querySelector('p')!.firstChild!;
  return Array.from({ length: count }, (_, i) => {
    const r = document.createRange();
    r.setStart(text, i % 5);
    r.setEnd(text, (i % 5) + 1);
    return r;
  });
}

describe('applyHighlights', () => {
  it('registers one named highlight per group and removes them on cleanup', () => {
    const { win, highlights } = fakeWindow();
    const [a, b, c] = rangesOf(3) as [Range, Range, Range];
    const cleanup = applyHighlights({ person: [a, b], 'contexte-date': [c] }, win);
    expect([...highlights.keys()].sort()).toEqual(['contexte-date', 'contexte-person']);
    expect([...highlights.get('contexte-person')!]).toEqual([a, b]);
    expect([...highlights.get('contexte-date')!]).toEqual([c]);
    cleanup();
    expect(highlights.size).toBe(0);
  });

  it('gives the active highlight a higher priority', () => {
    const { win, highlights } = fakeWindow();
    const [a] = rangesOf(1) as [Range];
    applyHighlights({ person: [a], active: [a] }, win);
    expect(highlights.get('contexte-active')!.priority).toBeGreaterThan(highlights.get('contexte-person')!.priority);
  });

  it('leaves a newer registration of the same group in place on cleanup', () => {
    const { win, highlights } = fakeWindow();
    const [a, b] = rangesOf(2) as [Range, Range];
    const first = applyHighlights({ active: [a] }, win);
    applyHighlights({ active: [b] }, win);
    first();
    expect([...highlights.get('contexte-active')!]).toEqual([b]);
  });

  it('builds each highlight in one constructor call, even for 100 000 ranges', () => {
    const { win, highlights } = fakeWindow();
    const ranges = rangesOf(100_000);
    FakeHighlight.constructed = 0;
    applyHighlights({ person: ranges.slice(0, 60_000), place: ranges.slice(60_000) }, win);
    expect(FakeHighlight.constructed).toBe(2);
    expect(highlights.get('contexte-person')!.size + highlights.get('contexte-place')!.size).toBe(100_000);
  });

  it('does nothing, safely, without the API', () => {
    const win = {} as Window;
    expect(supportsHighlights(win)).toBe(false);
    const cleanup = applyHighlights({ person: rangesOf(1) }, win);
    expect(() => cleanup()).not.toThrow();
    expect(supportsHighlights(fakeWindow().win)).toBe(true);
  });
});

describe('highlightCss', () => {
  it('styles every group with properties ::highlight accepts', () => {
    for (const group of ['person', 'organization', 'state', 'place', 'date', 'active'] as const) {
      expect(highlightCss).toContain(`::highlight(${highlightName(group)})`);
    }
    const properties = [...highlightCss.matchAll(/^\s*([a-z-]+)\s*:/gm)].map((m) => m[1]);
    expect(properties.length).toBeGreaterThan(10);
    for (const property of properties) {
      expect(property).toMatch(/^(color|background-color|text-decoration(-[a-z]+)?|text-shadow)$/);
    }
  });
});
