/**
 * Which mention is under the pointer. Highlights are not DOM elements, so there is no event
 * target to read: we ask the browser for the caret position at the point, turn it into a text
 * offset, find the mention span there, and check the point is inside that mention's boxes.
 * Nothing is cached, so scrolling and reflow cost nothing.
 */
import { offsetAt, rangeForOffsets, type TextMap } from './text-map';

/** A mention's offsets in the text map's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Mention spans sorted by `start` (then by `end`). Spans may nest or overlap a little; the
 * lookup checks the few spans starting just before the offset.
 */
export type SortedSpans = readonly Span[];

/** How many spans starting at or before an offset are checked for containing it. */
const OVERLAP_LOOKBACK = 8;

/** A caret position: a DOM node and an offset in it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * The index in `mentions` of the mention under the viewport point (`x`, `y`), or null. The
 * caret can sit just after a mention's last character (pointer on its right half), so spans
 * ending at the offset are candidates too; the client-rect check settles which, and rejects
 * points in the margin beside a line.
 */
export function mentionAtPoint(
  x: number,
  y: number,
  map: TextMap,
  mentions: SortedSpans,
  doc: Document = document,
): number | null {
  const caret = caretAtPoint(x, y, doc);
  if (!caret) return null;
  const offset = offsetAt(map, caret.node, caret.offset);
  if (offset === null) return null;
  for (const index of spansAround(mentions, offset)) {
    const span = mentions[index] as Span;
    const range = rangeForOffsets(map, span.start, span.end);
    if (range && containsPoint(range, x, y)) return index;
  }
  return null;
}

/**
 * The caret position at a viewport point: `caretPositionFromPoint` (standard; Firefox, Chrome
 * 128+), else WebKit's `caretRangeFromPoint`, else null.
 */
export function caretAtPoint(x: number, y: number, doc: Document = document): CaretPoint | null {
  const standard = (doc as CaretDocument).caretPositionFromPoint;
  if (typeof standard === 'function') {
    const position = standard.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as CaretDocument).caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const range = legacy.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * Indices of spans that contain `offset` or end exactly at it, innermost (latest start) first.
 * Binary search for the last span starting at or before `offset`, then a bounded look back.
 */
export function spansAround(spans: SortedSpans, offset: number): number[] {
  let lo = 0;
  let hi = spans.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start <= offset) {
      last = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const inside: number[] = [];
  const touching: number[] = [];
  for (let i = last; i >= 0 && i > last - OVERLAP_LOOKBACK; i--) {
    const span = spans[i] as Span;
    if (offset < span.end) inside.push(i);
    else if (offset === span.end) touching.push(i);
  }
  const innermostFirst = (a: number, b: number) => {
    const sa = spans[a] as Span;
    const sb = spans[b] as Span;
    return sb.start - sa.start || sa.end - sb.end;
  };
  return [...inside.sort(innermostFirst), ...touching.sort(innermostFirst)];
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The caret APIs, typed loosely because not every DOM typing or engine has both. */
interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}
