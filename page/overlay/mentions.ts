/**
 * The mentions of a page's annotations as one list sorted by position, in the shape the hit test
 * (`mentionAtPoint`) reads, each with what its card is about.
 */
import type { ActorAnnotation, DateAnnotation, PageAnnotations } from '../../recognition/types';
import type { Span } from '../hit-test';

/** What hovering, focusing or choosing a mention opens: an actor at one mention, or a date. */
export type MentionTarget =
  | { kind: 'actor'; actor: ActorAnnotation; mentionIndex: number }
  | { kind: 'date'; date: DateAnnotation };

export interface MentionIndex {
  /** Sorted by start, then end, as `mentionAtPoint` expects. */
  spans: Span[];
  /** Parallel to `spans`. */
  targets: MentionTarget[];
}

/** Builds the sorted mention list of `annotations`. */
export function indexMentions(annotations: PageAnnotations): MentionIndex {
  const entries: { span: Span; target: MentionTarget }[] = [];
  for (const actor of annotations.actors) {
    actor.mentions.forEach((mention, mentionIndex) => {
      entries.push({ span: { start: mention.start, end: mention.end }, target: { kind: 'actor', actor, mentionIndex } });
    });
  }
  for (const date of annotations.dates) {
    entries.push({ span: { start: date.start, end: date.end }, target: { kind: 'date', date } });
  }
  entries.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { spans: entries.map((entry) => entry.span), targets: entries.map((entry) => entry.target) };
}

/** The text offsets of a target's mention. */
export function targetSpan(target: MentionTarget): Span {
  if (target.kind === 'date') return { start: target.date.start, end: target.date.end };
  const mention = target.actor.mentions[target.mentionIndex] ?? target.actor.mentions[0];
  return mention ? { start: mention.start, end: mention.end } : { start: 0, end: 0 };
}

/** Whether two targets are the same mention. */
export function sameTarget(a: MentionTarget, b: MentionTarget): boolean {
  if (a.kind === 'actor' && b.kind === 'actor') return a.actor.id === b.actor.id && a.mentionIndex === b.mentionIndex;
  if (a.kind === 'date' && b.kind === 'date') return a.date.start === b.date.start && a.date.value === b.date.value;
  return false;
}

/** The first mention (in text order) lying in `[start, end)`, e.g. inside a focused link. */
export function firstTargetWithin(index: MentionIndex, start: number, end: number): MentionTarget | null {
  let lo = 0;
  let hi = index.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.spans[mid] as Span).start < start) lo = mid + 1;
    else hi = mid;
  }
  const span = index.spans[lo];
  return span && span.end <= end ? (index.targets[lo] ?? null) : null;
}

/**
 * The same target in fresh annotations (after the page changed): the actor by id at the nearest
 * mention, the date by value at the nearest position; null when it is gone.
 */
export function findTargetAgain(annotations: PageAnnotations, target: MentionTarget): MentionTarget | null {
  const near = targetSpan(target).start;
  if (target.kind === 'actor') {
    const actor = annotations.actors.find((candidate) => candidate.id === target.actor.id);
    if (!actor || actor.mentions.length === 0) return null;
    return { kind: 'actor', actor, mentionIndex: nearest(actor.mentions.map((mention) => mention.start), near) };
  }
  const dates = annotations.dates.filter((candidate) => candidate.value === target.date.value);
  if (dates.length === 0) return null;
  return { kind: 'date', date: dates[nearest(dates.map((date) => date.start), near)] as DateAnnotation };
}

function nearest(positions: number[], to: number): number {
  let best = 0;
  positions.forEach((position, index) => {
    if (Math.abs(position - to) < Math.abs((positions[best] as number) - to)) best = index;
  });
  return best;
}
