/**
 * The article's text as one string, mapped exactly to the DOM text nodes it came from, so a
 * recognised span `[start, end)` becomes a DOM `Range` and a caret position becomes an offset.
 *
 * Whitespace decision: the text is what a reader sees, and every character still maps to one
 * character of one node.
 * - Inside and across inline content, each run of HTML whitespace (space, tab, newline, CR,
 *   form feed) becomes one space, mapped to the run's first character; whitespace at the start
 *   or end of a block is dropped. No-break spaces are text, not collapsed.
 * - One "\n" (belonging to no node) separates blocks (p, h1–h6, li, div, br, td…), so words
 *   never glue across blocks and the only newlines in the text are block separators.
 * - Soft hyphens, zero-width spaces, word joiners and BOMs are left out ("Hez\u00adbollah"
 *   reads "Hezbollah").
 * - Inside `<pre>` node text is kept verbatim.
 * A node whose contribution differs from its data keeps its per-character source offsets in
 * `sources`; nodes taken verbatim (the usual case inside clean paragraphs) store nothing.
 */
import { isChrome } from './chrome';

export interface TextMap {
  /** The article text: node texts in document order with "\n" between blocks. */
  text: string;
  /** The text nodes that make up `text`, in document order. */
  nodes: Text[];
  /** Offset in `text` of the first character of each node, parallel to `nodes`. */
  starts: number[];
  /**
   * Parallel to `nodes`: for a node whose whitespace was collapsed or trimmed, the offset in
   * the node's data of each character it contributes to `text`; null (or the whole field
   * absent) when the node contributes its data verbatim.
   */
  sources?: (Uint32Array | null)[];
  /**
   * Parallel to `nodes`: how many characters each node contributes to `text`. Optional (maps
   * written by hand leave it out); without it the length is worked out from the node's data,
   * which costs a string copy out of the DOM on every call.
   */
  lengths?: number[];
}

/** Elements that start a new line for a reader. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const SHOW_TEXT = 0x4;

/** Data that needs rewriting: invisible characters, whitespace other than single spaces. */
const NEEDS_REWRITE = /[\t\n\r\f\u00ad\u200b\u2060\ufeff]| {2}/;

function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** Soft hyphen, zero-width space, word joiner, BOM: invisible, and they split words for matching. */
function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x2060 || code === 0xfeff;
}

/**
 * Builds the text map of `root` in one linear depth-first walk; chrome subtrees (see
 * `isChrome`) are skipped whole, and `root` itself is always walked. The walk follows
 * `firstChild`/`nextSibling` links itself rather than using a TreeWalker with a JavaScript
 * filter: measured in Chromium, the filter callback alone costs about 5 µs a node (25 ms on a
 * long Wikipedia page), ten times the whole plain walk.
 */
export function buildTextMap(root: Element): TextMap {
  const builder = new TextMapBuilder();
  let preDepth = 0;
  /** Leaves an element whose subtree is done. */
  const leave = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag)) builder.breakLine();
    if (tag === 'PRE') preDepth -= 1;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      builder.add(node as Text, preDepth > 0);
    } else if (node.nodeType === 1 && !isChrome(node as Element)) {
      const tag = (node as Element).tagName.toUpperCase();
      if (BLOCK_TAGS.has(tag)) builder.breakLine();
      if (tag === 'PRE') preDepth += 1;
      if (node.firstChild) descend = true;
      else leave(node as Element);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, leaving each finished element on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return builder.finish();
}

/**
 * Accumulates node pieces. The last piece stays open until the next one arrives, so a space
 * it ends with can still be dropped when a block boundary follows.
 */
class TextMapBuilder {
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly sources: (Uint32Array | null)[] = [];
  private readonly lengths: number[] = [];
  private length = 0;
  /** Last character of the flushed text ('' at the start). */
  private flushedLast = '';
  private pendingBreak = false;
  private open: { node: Text; piece: string; src: number[] | null } | null = null;

  breakLine(): void {
    this.pendingBreak = true;
  }

  add(node: Text, verbatim: boolean): void {
    const data = node.data;
    if (data.length === 0) return;
    const last = this.lastChar();
    const dropLeading = this.pendingBreak || last === '' || last === '\n' || last === ' ';
    let piece: string;
    let src: number[] | null = null;
    if (verbatim || (!NEEDS_REWRITE.test(data) && !(dropLeading && data[0] === ' '))) {
      piece = data;
    } else {
      [piece, src] = collapse(data, dropLeading);
      if (piece.length === 0) return;
    }
    if (this.pendingBreak) {
      this.trimOpenEnd();
      this.flush();
      if (this.flushedLast !== '' && this.flushedLast !== '\n') this.push('\n');
      this.pendingBreak = false;
    } else {
      this.flush();
    }
    this.open = { node, piece, src };
  }

  finish(): TextMap {
    this.trimOpenEnd();
    this.flush();
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts, sources: this.sources, lengths: this.lengths };
  }

  private lastChar(): string {
    return this.open ? (this.open.piece[this.open.piece.length - 1] ?? '') : this.flushedLast;
  }

  /** Drops a space at the end of a block. */
  private trimOpenEnd(): void {
    const open = this.open;
    if (!open || !open.piece.endsWith(' ')) return;
    open.src ??= Array.from({ length: open.piece.length }, (_, i) => i);
    open.piece = open.piece.slice(0, -1);
    open.src.pop();
  }

  private flush(): void {
    const open = this.open;
    this.open = null;
    if (!open || open.piece.length === 0) return;
    this.nodes.push(open.node);
    this.starts.push(this.length);
    this.lengths.push(open.piece.length);
    this.sources.push(open.src && !isIdentity(open.src, open.node.data.length) ? Uint32Array.from(open.src) : null);
    this.push(open.piece);
  }

  private push(piece: string): void {
    this.parts.push(piece);
    this.length += piece.length;
    this.flushedLast = piece[piece.length - 1] ?? this.flushedLast;
  }
}

/**
 * `data` with each whitespace run as one space (dropped at the start when `dropLeading`) and
 * invisible characters removed, and the data offset of every kept character.
 */
function collapse(data: string, dropLeading: boolean): [string, number[]] {
  let piece = '';
  const src: number[] = [];
  let inSpace = dropLeading;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isInvisible(code)) continue;
    if (isHtmlSpace(code)) {
      if (!inSpace) {
        piece += ' ';
        src.push(i);
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    piece += data[i];
    src.push(i);
  }
  return [piece, src];
}

function isIdentity(src: readonly number[], dataLength: number): boolean {
  if (src.length !== dataLength) return false;
  for (let i = 0; i < src.length; i++) if (src[i] !== i) return false;
  return true;
}

/**
 * A DOM Range over `text.slice(start, end)`, or null when the offsets are out of bounds or the
 * nodes have left the document. A span starting or ending on a block separator is shrunk to
 * the node text it covers. With collapsed whitespace, `range.toString()` shows the DOM's own
 * whitespace where `text` has a single space.
 */
export function rangeForOffsets(map: TextMap, start: number, end: number): Range | null {
  if (!(start >= 0 && end >= start && end <= map.text.length) || map.nodes.length === 0) return null;
  let first = Math.max(0, lastNodeStartingAtOrBefore(map, start));
  let startInPiece = start - (map.starts[first] ?? 0);
  let last: number;
  let endInPiece: number;
  if (start === end) {
    startInPiece = Math.min(startInPiece, pieceLength(map, first));
    last = first;
    endInPiece = startInPiece;
  } else {
    if (startInPiece >= pieceLength(map, first)) {
      // The first character is a separator: start at the next node.
      first += 1;
      startInPiece = 0;
    }
    last = lastNodeStartingAtOrBefore(map, end - 1);
    endInPiece = Math.min(end - (map.starts[last] ?? 0), pieceLength(map, last));
    // A span made only of separators has no node text to cover.
    if (last < first) return null;
  }
  const startNode = map.nodes[first];
  const endNode = map.nodes[last];
  if (!startNode || !endNode || !startNode.isConnected || !endNode.isConnected) return null;
  try {
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, dataOffsetOfStart(map, first, startInPiece));
    range.setEnd(endNode, dataOffsetOfEnd(map, last, endInPiece));
    return range;
  } catch {
    // The node changed length since the map was built.
    return null;
  }
}

/**
 * The text offset of a DOM position (`node`, `offset`) such as a caret or selection end, or
 * null when the position is outside the mapped text (chrome, dropped whitespace, another root).
 */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const index = nodeIndex(map).get(node as Text);
    return index === undefined ? null : textOffsetOf(map, index, offset);
  }
  // An element position points between its children: use the first mapped text after it,
  // or the end of the last mapped text before it.
  const children = node.childNodes;
  const after = children[offset] ?? null;
  if (after) {
    const text = firstMappedText(map, after);
    if (text !== null) return text;
  }
  const before = children[Math.min(offset, children.length) - 1] ?? null;
  return before ? lastMappedTextEnd(map, before) : null;
}

/** Index of the last node whose start is ≤ `offset` (binary search), or -1. */
function lastNodeStartingAtOrBefore(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((map.starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** How many characters node `index` contributes to the text. */
function pieceLength(map: TextMap, index: number): number {
  const known = map.lengths?.[index];
  if (known !== undefined) return known;
  const src = map.sources?.[index];
  if (src) return src.length;
  const start = map.starts[index] ?? 0;
  const limit = (map.starts[index + 1] ?? map.text.length) - start;
  return Math.min(map.nodes[index]?.data.length ?? 0, limit);
}

/** Data offset in node `index` where its `k`-th contributed character starts. */
function dataOffsetOfStart(map: TextMap, index: number, k: number): number {
  const src = map.sources?.[index];
  if (!src) return k;
  return k < src.length ? (src[k] as number) : dataOffsetOfEnd(map, index, k);
}

/** Data offset in node `index` just after its first `k` contributed characters. */
function dataOffsetOfEnd(map: TextMap, index: number, k: number): number {
  const src = map.sources?.[index];
  if (!src) return k;
  return k === 0 ? (src[0] ?? 0) : (src[k - 1] as number) + 1;
}

/** Text offset of data offset `offset` in node `index` (inside a collapsed run: after its space). */
function textOffsetOf(map: TextMap, index: number, offset: number): number {
  const start = map.starts[index] ?? 0;
  const src = map.sources?.[index];
  if (!src) return start + Math.max(0, Math.min(offset, pieceLength(map, index)));
  // Contributed characters before `offset`: the first k with src[k] ≥ offset (binary search).
  let lo = 0;
  let hi = src.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((src[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return start + lo;
}

/**
 * Node → index lookups, built once per map on first use. A WeakMap keyed by the map keeps the
 * public TextMap shape plain data while the index dies with the map.
 */
const indexes = new WeakMap<TextMap, Map<Text, number>>();

function nodeIndex(map: TextMap): Map<Text, number> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (let i = 0; i < map.nodes.length; i++) index.set(map.nodes[i] as Text, i);
    indexes.set(map, index);
  }
  return index;
}

function firstMappedText(map: TextMap, from: Node): number | null {
  const index = nodeIndex(map);
  const walker = from.ownerDocument!.createTreeWalker(from, SHOW_TEXT);
  for (let n: Node | null = from.nodeType === 3 ? from : walker.nextNode(); n; n = walker.nextNode()) {
    const i = index.get(n as Text);
    if (i !== undefined) return map.starts[i] ?? null;
  }
  return null;
}

function lastMappedTextEnd(map: TextMap, from: Node): number | null {
  const index = nodeIndex(map);
  if (from.nodeType === 3) {
    const i = index.get(from as Text);
    return i === undefined ? null : (map.starts[i] ?? 0) + pieceLength(map, i);
  }
  const walker = from.ownerDocument!.createTreeWalker(from, SHOW_TEXT);
  let best: number | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = index.get(n as Text);
    if (i !== undefined) best = (map.starts[i] ?? 0) + pieceLength(map, i);
  }
  return best;
}
