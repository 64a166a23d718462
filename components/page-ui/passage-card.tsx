/**
 * The card of a passage rather than an actor or a date: a quoted selection being noted, or a
 * note being shown again (`reveal`). Same dialog behaviour as the hover card.
 */
import type { ComponentChildren } from 'preact';
import { CardDialog } from './hover-card';
import type { Translate } from './i18n';

export interface PassageCardProps {
  t: Translate;
  title: string;
  /** The passage quoted, shown as text. */
  quote?: string;
  autoFocus?: boolean;
  onClose(): void;
  children?: ComponentChildren;
}

/** Longest quote shown in full; the rest is elided (the note keeps all of it). */
const SHOWN_QUOTE = 280;

/** Shortens `text` to `max` characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A non-modal dialog about a passage of the article. */
export function PassageCard({ t, title, quote, autoFocus, onClose, children }: PassageCardProps) {
  return (
    <CardDialog t={t} kind="passage" title={title} autoFocus={autoFocus} onClose={onClose}>
      {quote ? (
        <div class="cx-section">
          <blockquote class="cx-quote">{excerpt(quote, SHOWN_QUOTE)}</blockquote>
        </div>
      ) : null}
      {children}
    </CardDialog>
  );
}

export interface SavedNoteProps {
  t: Translate;
  body: string;
  tags: readonly string[];
}

/** A saved note, read-only: its text (line breaks kept) and its tags. */
export function SavedNote({ t, body, tags }: SavedNoteProps) {
  return (
    <div class="cx-section cx-saved-note">
      <span class="cx-label">{t('note_yours')}</span>
      <p class="cx-p cx-note-body">{body}</p>
      {tags.length > 0 ? <p class="cx-p cx-muted">{tags.map((tag) => `#${tag}`).join(' ')}</p> : null}
    </div>
  );
}
