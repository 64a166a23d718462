/** Moving passage and window edges onto word boundaries, so that no word is cut in two. */

/** Is the UTF-16 code unit white space (including the no-break spaces of French typography)? */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** `index`, or the nearest earlier position just after white space, at most `slack` characters back. */
export function alignStart(text: string, index: number, slack: number): number {
  let start = Math.max(0, index);
  const limit = Math.max(0, start - slack);
  while (start > limit && !isSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

/** `index`, or the nearest later position on white space, at most `slack` characters on. */
export function alignEnd(text: string, index: number, slack: number): number {
  let end = Math.min(text.length, index);
  const limit = Math.min(text.length, end + slack);
  while (end < limit && !isSpace(text.charCodeAt(end))) end++;
  return end;
}
