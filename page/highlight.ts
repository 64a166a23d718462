/**
 * Painting mentions with the CSS Custom Highlight API: one named `Highlight` per group in
 * `CSS.highlights`, styled by `::highlight(contexte-…)` rules. Nothing is inserted into the
 * page's DOM, so the article's own scripts and layout are untouched.
 */
import type { ActorKind } from '../recognition/types';

/** The highlight groups: one per actor kind, one for dates, one for the mention in focus. */
export type HighlightGroup = ActorKind | 'date' | 'active';

export const HIGHLIGHT_PREFIX = 'contexte-';

/** The registered name of a group's highlight, e.g. `contexte-person`. */
export function highlightName(group: HighlightGroup): string {
  return `${HIGHLIGHT_PREFIX}${group}`;
}

/** Paints above the kind highlights wherever they overlap. */
const ACTIVE_PRIORITY = 1;
/**
 * Ranges passed to one `Highlight` constructor call; the rest are added one by one. Spreading
 * 100 000 ranges overflows Chromium's stack (65 536 did too when measured; 16 384 is as fast).
 */
const CONSTRUCTOR_CHUNK = 16_384;

/**
 * The highlight styles. Semi-transparent backgrounds keep the page's own text colour readable on
 * light and dark pages; the coloured underline carries the kind when the tint is faint.
 * (`::highlight` accepts only color, background-color, text-decoration*, text-shadow.)
 */
export const highlightCss = `
::highlight(contexte-person) {
  background-color: rgb(59 130 246 / 0.16);
  text-decoration: underline 2px rgb(59 130 246 / 0.9);
}
::highlight(contexte-organization) {
  background-color: rgb(245 158 11 / 0.18);
  text-decoration: underline 2px rgb(217 119 6 / 0.9);
}
::highlight(contexte-state) {
  background-color: rgb(16 185 129 / 0.16);
  text-decoration: underline 2px rgb(5 150 105 / 0.9);
}
::highlight(contexte-place) {
  background-color: rgb(139 92 246 / 0.08);
  text-decoration: underline dotted 2px rgb(139 92 246 / 0.75);
}
::highlight(contexte-date) {
  background-color: rgb(236 72 153 / 0.14);
  text-decoration: underline dashed 2px rgb(219 39 119 / 0.85);
}
::highlight(contexte-active) {
  background-color: rgb(250 204 21 / 0.42);
  text-decoration: underline 3px rgb(202 138 4);
}
`;

/** The two pieces of the API this module needs, so tests can pass a small fake. */
interface HighlightApi {
  registry: { set(name: string, h: Highlight): unknown; get(name: string): Highlight | undefined; delete(name: string): boolean };
  create: (ranges: Range[]) => Highlight;
}

/**
 * Registers one highlight per group and returns the cleanup that removes them. Keys are group
 * names (`person`, `date`, `active`…) or full names (`contexte-person`); each Highlight is built
 * from its array in one constructor call (past 16 384 ranges, the rest are added one by one).
 * A later call with the same group replaces the highlight; cleanup then leaves the newer one.
 * Without the API (old browsers) nothing is painted and cleanup does nothing.
 */
export function applyHighlights(groups: Record<string, Range[]>, win: Window = window): () => void {
  const api = highlightApi(win);
  if (!api) return () => {};
  const registered: [string, Highlight][] = [];
  for (const [group, ranges] of Object.entries(groups)) {
    const name = group.startsWith(HIGHLIGHT_PREFIX) ? group : `${HIGHLIGHT_PREFIX}${group}`;
    const highlight = api.create(ranges);
    if (name === highlightName('active')) highlight.priority = ACTIVE_PRIORITY;
    api.registry.set(name, highlight);
    registered.push([name, highlight]);
  }
  return () => {
    for (const [name, highlight] of registered) {
      if (api.registry.get(name) === highlight) api.registry.delete(name);
    }
    registered.length = 0;
  };
}

/** Whether `win` can paint highlights (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function supportsHighlights(win: Window = window): boolean {
  return highlightApi(win) !== null;
}

function highlightApi(win: Window): HighlightApi | null {
  const registry = (win as Window & { CSS?: { highlights?: HighlightApi['registry'] } }).CSS?.highlights;
  const Ctor = (win as Window & { Highlight?: typeof Highlight }).Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return {
    registry,
    create: (ranges) => {
      const highlight = new Ctor(...ranges.slice(0, CONSTRUCTOR_CHUNK));
      for (let i = CONSTRUCTOR_CHUNK; i < ranges.length; i++) highlight.add(ranges[i] as Range);
      return highlight;
    },
  };
}
