/**
 * The reader's text selection as a quoted passage of the article: the selection must lie in the
 * mapped article text, not in a form field or editable region; its edges are trimmed of
 * whitespace.
 */
import { describeQuote } from '../anchor';
import { offsetAt, rangeForOffsets, type TextMap } from '../text-map';
import type { QuoteSelector } from '../../storage/schema';

export interface SelectedPassage {
  quote: QuoteSelector;
  /** The passage's Range in the page, for placing the button and the editor. */
  range: Range;
}

/** Longest passage kept as a quote; longer selections are cut (the note still anchors). */
export const MAX_QUOTE_LENGTH = 2000;

/** Whether `node` sits in a field or editable region, where the page owns the selection. */
export function isEditable(node: Node | null): boolean {
  const element = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  if (!element) return false;
  return element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/** The article passage the reader selected in `win`, or null. */
export function selectedPassage(win: Window, map: TextMap): SelectedPassage | null {
  const selection = win.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (isEditable(range.startContainer) || isEditable(range.endContainer)) return null;
  let start = offsetAt(map, range.startContainer, range.startOffset);
  let end = offsetAt(map, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(map.text[start] as string)) start++;
  while (end > start && /\s/.test(map.text[end - 1] as string)) end--;
  if (end <= start) return null;
  end = Math.min(end, start + MAX_QUOTE_LENGTH);
  const passage = rangeForOffsets(map, start, end);
  if (!passage) return null;
  return { quote: describeQuote(map.text, start, end), range: passage };
}
