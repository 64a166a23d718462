/**
 * Finding what a saved note is about in the page as it is now: a quoted passage re-anchored in
 * the current text, an actor's or a date's first mention, or the top of the article.
 */
import type { StoredNote } from '../../messaging/protocol';
import type { PageAnnotations } from '../../recognition/types';
import type { NoteTarget, QuoteSelector } from '../../storage/schema';
import { anchorQuote } from '../anchor';
import { rangeForOffsets, type TextMap } from '../text-map';
import { targetSpan, type MentionTarget } from './mentions';

export interface LocatedNote {
  range: Range;
  /** The mention whose card shows the note (actor and date notes). */
  mention: MentionTarget | null;
  /** The passage as found now (quote notes). */
  quote: QuoteSelector | null;
}

/** Where `note` points in the page, or null when its passage, actor or date is gone. */
export function locateNote(note: StoredNote, annotations: PageAnnotations, map: TextMap): LocatedNote | null {
  const target = note.target;
  switch (target.kind) {
    case 'quote': {
      const match = anchorQuote(map.text, target.quote);
      const range = match ? rangeForOffsets(map, match.start, match.end) : null;
      if (!match || !range) return null;
      const quote = { ...target.quote, start: match.start, end: match.end, exact: map.text.slice(match.start, match.end) };
      return { range, mention: null, quote };
    }
    case 'article': {
      // The first block of the article: its headline, usually.
      const firstBreak = map.text.indexOf('\n');
      const range = rangeForOffsets(map, 0, firstBreak > 0 ? firstBreak : Math.min(map.text.length, 200));
      return range ? { range, mention: null, quote: null } : null;
    }
    case 'actor':
    case 'date': {
      const mention = firstMention(annotations, target);
      const span = mention ? targetSpan(mention) : null;
      const range = span ? rangeForOffsets(map, span.start, span.end) : null;
      return mention && range ? { range, mention, quote: null } : null;
    }
  }
}

function firstMention(annotations: PageAnnotations, target: NoteTarget & { kind: 'actor' | 'date' }): MentionTarget | null {
  if (target.kind === 'actor') {
    const actor = annotations.actors.find((candidate) => candidate.id === target.actorId && candidate.mentions.length > 0);
    return actor ? { kind: 'actor', actor, mentionIndex: 0 } : null;
  }
  const date = annotations.dates.filter((candidate) => candidate.value === target.value).sort((a, b) => a.start - b.start)[0];
  return date ? { kind: 'date', date } : null;
}

/** What a note written in a mention's card is about. */
export function noteTargetOf(target: MentionTarget): NoteTarget {
  return target.kind === 'actor'
    ? { kind: 'actor', actorId: target.actor.id, name: target.actor.name, actorKind: target.actor.kind }
    : { kind: 'date', value: target.date.value, text: target.date.text };
}
