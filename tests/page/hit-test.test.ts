import { describe, expect, it } from 'vitest';
import { caretAtPoint, mentionAtPoint, spansAround, type SortedSpans } from '../../page/hit-test';
import { buildTextMap, offsetAt, rangeForOffsets } from '../../page/text-map';
import { makeDocument } from './fixtures/dom';

/**
 * happy-dom has no layout and no caret APIs, so these tests inject small fakes: one line of
 * text where character i spans x ∈ [10i, 10i + 10) and y ∈ [0, 20]; `caretPositionFromPoint`
 * returns the boundary nearest to x (as browsers do, snapping to the line end when the point is
 * in the margin), and `Range.getClientRects` returns the box of the range's characters. The real
 * APIs are exercised end to end in Chromium.
 */
const CHAR = 10;
const LINE = 20;

function setup(api: 'standard' | 'legacy' | 'none' = 'standard') {
  const doc = makeDocument('<!doctype html><html><body><p id="p">Hier, <b>Téhéran</b> et Washington ont parlé.</p><div id="other">Ailleurs</div></body></html>');
  const map = buildTextMap(doc.getElementById('p') as Element);
  const win = doc.defaultView as unknown as { Range: { prototype: Range } };
  const caretOffset = (x: number) => Math.max(0, Math.min(map.text.length, Math.round(x / CHAR)));
  const domPoint = (x: number) => {
    const range = rangeForOffsets(map, caretOffset(x), caretOffset(x)) as Range;
    return { node: range.startContainer, offset: range.startOffset };
  };
  if (api === 'standard') {
    Object.assign(doc, {
      caretPositionFromPoint: (x: number) => {
        const p = domPoint(x);
        return { offsetNode: p.node, offset: p.offset };
      },
    });
  } else if (api === 'legacy') {
    Object.assign(doc, {
      caretRangeFromPoint: (x: number) => rangeForOffsets(map, caretOffset(x), caretOffset(x)),
    });
  }
  Object.defineProperty(win.Range.prototype, 'getClientRects', {
    configurable: true,
    value(this: Range) {
      const start = offsetAt(map, this.startContainer, this.startOffset) ?? 0;
      const end = offsetAt(map, this.endContainer, this.endOffset) ?? 0;
      return [{ left: start * CHAR, right: end * CHAR, top: 0, bottom: LINE }];
    },
  });
  const span = (word: string) => {
    const start = map.text.indexOf(word);
    return { start, end: start + word.length };
  };
  const mentions: SortedSpans = [span('Hier'), span('Téhéran'), span('Washington'), span('parlé')];
  /** x in the middle of character `i` of `word`. */
  const xOf = (word: string, i: number) => (map.text.indexOf(word) + i) * CHAR + CHAR / 2;
  return { doc, map, mentions, xOf };
}

describe('mentionAtPoint', () => {
  it('finds the mention under the pointer', () => {
    const { doc, map, mentions, xOf } = setup();
    expect(mentionAtPoint(xOf('Téhéran', 2), 10, map, mentions, doc)).toBe(1);
    expect(mentionAtPoint(xOf('Washington', 0) - 3, 10, map, mentions, doc)).toBe(2);
  });

  it('finds it on the right half of its last character, where the caret sits after it', () => {
    const { doc, map, mentions, xOf } = setup();
    expect(mentionAtPoint(xOf('Téhéran', 6) + 3, 10, map, mentions, doc)).toBe(1);
  });

  it('finds nothing between mentions', () => {
    const { doc, map, mentions, xOf } = setup();
    expect(mentionAtPoint(xOf(' et ', 1), 10, map, mentions, doc)).toBeNull();
    expect(mentionAtPoint(xOf('Hier,', 4), 10, map, mentions, doc)).toBeNull();
  });

  it('finds nothing in the margin beside a line that ends with a mention', () => {
    const { doc, map } = setup();
    const last = [{ start: map.text.length - 6, end: map.text.length }];
    expect(mentionAtPoint(map.text.length * CHAR - 5, 10, map, last, doc)).toBe(0);
    expect(mentionAtPoint(map.text.length * CHAR + 80, 10, map, last, doc)).toBeNull();
  });

  it('finds nothing above or below the line', () => {
    const { doc, map, mentions, xOf } = setup();
    expect(mentionAtPoint(xOf('Téhéran', 2), LINE + 15, map, mentions, doc)).toBeNull();
  });

  it('falls back to caretRangeFromPoint, and gives null without any caret API', () => {
    const legacy = setup('legacy');
    expect(mentionAtPoint(legacy.xOf('Washington', 4), 10, legacy.map, legacy.mentions, legacy.doc)).toBe(2);
    const none = setup('none');
    expect(caretAtPoint(5, 5, none.doc)).toBeNull();
    expect(mentionAtPoint(none.xOf('Washington', 4), 10, none.map, none.mentions, none.doc)).toBeNull();
  });

  it('prefers the inner of nested mentions', () => {
    const { doc, map, xOf } = setup();
    const outerStart = map.text.indexOf('Téhéran');
    const nested: SortedSpans = [
      { start: outerStart, end: map.text.indexOf(' ont') },
      { start: map.text.indexOf('Washington'), end: map.text.indexOf(' ont') },
    ];
    expect(mentionAtPoint(xOf('Washington', 3), 10, map, nested, doc)).toBe(1);
    expect(mentionAtPoint(xOf('Téhéran', 3), 10, map, nested, doc)).toBe(0);
  });

  it('ignores caret positions outside the text map', () => {
    const { doc, map, mentions } = setup();
    const elsewhere = doc.getElementById('other')!.firstChild!;
    Object.assign(doc, { caretPositionFromPoint: () => ({ offsetNode: elsewhere, offset: 2 }) });
    expect(mentionAtPoint(25, 10, map, mentions, doc)).toBeNull();
  });
});

describe('spansAround', () => {
  const spans: SortedSpans = [{ start: 0, end: 4 }, { start: 6, end: 13 }, { start: 6, end: 20 }, { start: 17, end: 27 }];

  it('lists spans containing the offset, innermost first, then spans ending there', () => {
    expect(spansAround(spans, 2)).toEqual([0]);
    expect(spansAround(spans, 4)).toEqual([0]);
    expect(spansAround(spans, 5)).toEqual([]);
    expect(spansAround(spans, 8)).toEqual([1, 2]);
    expect(spansAround(spans, 13)).toEqual([2, 1]);
    expect(spansAround(spans, 18)).toEqual([3, 2]);
    expect(spansAround(spans, 30)).toEqual([]);
    expect(spansAround([], 3)).toEqual([]);
  });
});
