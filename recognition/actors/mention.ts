import type { ActorKind } from '../types';

/**
 * One mention found by a stage of the actor pipeline, before mentions are grouped into
 * actors. `rule` says which rule made it (e.g. `gazetteer:alias`, `proper-noun:title`,
 * `coreference:surname`), so that a wrong result can be traced to its rule.
 */
export interface ActorMention {
  /** Knowledge-base id, or `unknown:<folded name>`. */
  id: string;
  start: number;
  end: number;
  kind: ActorKind;
  known: boolean;
  rule: string;
  /** Finer type guessed from the context, for actors outside the knowledge base. */
  type?: string;
}

/** An acronym the article defines: "Mouvement de la jeunesse libre (MJL)". */
export interface AcronymDefinition {
  acronym: string;
  id: string;
  kind: ActorKind;
  known: boolean;
}

/**
 * The id of an actor outside the knowledge base: `unknown:` and the name lowercased, accents
 * stripped, apostrophes written `'`, hyphens as spaces (the team's convention, lighter than the
 * comparison fold: it keeps "el", "œ" and the dotless ı as written).
 */
export function unknownId(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `unknown:${folded}`;
}

/** Sorts mentions by start, longest first for equal starts. */
function byPosition(a: ActorMention, b: ActorMention): number {
  return a.start - b.start || b.end - a.end;
}

/** Keeps the leftmost, then longest, of overlapping mentions; input need not be sorted. */
export function removeOverlaps(mentions: readonly ActorMention[]): ActorMention[] {
  const sorted = [...mentions].sort(byPosition);
  const kept: ActorMention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start >= lastEnd) {
      kept.push(m);
      lastEnd = m.end;
    }
  }
  return kept;
}

/** Index structure answering "does [start, end) overlap a mention?" in O(log n). */
export class MentionIndex {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** `mentions` must be sorted by start and must not overlap each other. */
  constructor(readonly mentions: readonly ActorMention[]) {
    this.starts = new Int32Array(mentions.length);
    this.ends = new Int32Array(mentions.length);
    for (let i = 0; i < mentions.length; i++) {
      this.starts[i] = mentions[i]!.start;
      this.ends[i] = mentions[i]!.end;
    }
  }
  /** Index of the first mention that overlaps [start, end), or -1. */
  firstOverlap(start: number, end: number): number {
    let lo = 0;
    let hi = this.ends.length;
    // First mention whose end is after `start`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.starts[lo]! < end ? lo : -1;
  }
  overlaps(start: number, end: number): boolean {
    return this.firstOverlap(start, end) >= 0;
  }
}
