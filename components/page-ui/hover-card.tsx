/**
 * The card shown over an actor or a date mention. It takes everything as props; the overlay
 * decides when it opens, where it sits and what its buttons do. Page text and knowledge-base
 * fields are rendered as text nodes only.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { ActorAnnotation, DateAnnotation } from '../../recognition/types';
import { plural, translateOr, type Translate, type UiLang } from './i18n';
import { capitalized, formatDateValue, formatNarrowedDays } from './format-date';

/** What a card is about: an actor (at one of its mentions) or one date. */
export type CardSubject =
  | { kind: 'actor'; actor: ActorAnnotation; mentionIndex: number }
  | { kind: 'date'; date: DateAnnotation; sentence: string | null };

export interface HoverCardProps {
  subject: CardSubject;
  t: Translate;
  uiLang: UiLang;
  /** The page gave no publication date, so relative dates were resolved against today. */
  referenceIsToday?: boolean;
  /** Move focus into the card when it opens (keyboard paths); hover never steals focus. */
  autoFocus?: boolean;
  /** Go to another mention of the actor, by index into `actor.mentions`. */
  onMention?(index: number): void;
  onAddNote(): void;
  /** Escape or the close button. */
  onClose(): void;
  /** The note editor, when open, shown at the bottom of the card. */
  children?: ComponentChildren;
}

/** The localised name of a knowledge-base type ('armed-group' → "Armed group"), or the type made readable. */
export function typeLabel(t: Translate, type: string): string {
  const words = type.replace(/[-_]+/g, ' ');
  const readable = words.charAt(0).toUpperCase() + words.slice(1);
  return translateOr(t, `card_type_${type.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`, readable);
}

export interface CardDialogProps {
  t: Translate;
  /** What the card is about (`actor`, `date`, `passage`), as `data-card-kind`. */
  kind: string;
  title: ComponentChildren;
  /** Move focus into the card when it opens, and again whenever `focusKey` changes. */
  autoFocus?: boolean;
  focusKey?: string;
  /** Escape or the close button. */
  onClose(): void;
  children?: ComponentChildren;
}

/**
 * The frame every card shares: a non-modal dialog named by its title, with a close button, that
 * Escape closes. The hover card and the passage card fill it.
 */
export function CardDialog({ t, kind, title, autoFocus, focusKey, onClose, children }: CardDialogProps) {
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) root.current?.focus({ preventScroll: true });
  }, [autoFocus, focusKey]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };

  return (
    <div ref={root} class="cx-card" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} data-card-kind={kind} onKeyDown={onKeyDown}>
      <div class="cx-head">
        <h2 class="cx-title" id={titleId}>
          {title}
        </h2>
        <button type="button" class="cx-button cx-icon-button" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
          {'×'}
        </button>
      </div>
      {children}
    </div>
  );
}

/** A non-modal dialog describing an actor or a date. */
export function HoverCard(props: HoverCardProps) {
  const { subject, t, autoFocus, onClose } = props;
  // Focus follows the card when it moves to another mention or date while open.
  const subjectKey = subject.kind === 'actor' ? `${subject.actor.id}#${subject.mentionIndex}` : `${subject.date.start}`;
  const title = subject.kind === 'actor' ? subject.actor.name : capitalized(formatDateValue(subject.date, props.uiLang), props.uiLang);
  return (
    <CardDialog t={t} kind={subject.kind} title={title} autoFocus={autoFocus} focusKey={subjectKey} onClose={onClose}>
      {subject.kind === 'actor' ? <ActorBody {...props} actor={subject.actor} mentionIndex={subject.mentionIndex} /> : <DateBody {...props} date={subject.date} sentence={subject.sentence} />}
      {props.children}
    </CardDialog>
  );
}

function ActorBody(props: HoverCardProps & { actor: ActorAnnotation; mentionIndex: number }) {
  const { actor, t, uiLang, mentionIndex, onMention } = props;
  const count = actor.mentions.length;
  const kind = translateOr(t, `card_kind_${actor.kind}`, actor.kind);
  const affiliations = actor.affiliations ?? [];
  const aliases = (actor.aliases ?? []).filter((alias) => alias !== actor.name);
  return (
    <>
      <div class="cx-badges">
        <span class="cx-badge" data-kind={actor.kind}>
          {kind}
        </span>
        {actor.type ? <span class="cx-badge">{typeLabel(t, actor.type)}</span> : null}
      </div>
      {actor.known ? null : <p class="cx-notice">{t('card_unknown')}</p>}
      {actor.description ? <p class="cx-p">{actor.description}</p> : null}
      {affiliations.length > 0 ? (
        <div class="cx-section">
          <span class="cx-label">{t('card_affiliations')}</span>
          <span>{affiliations.map((affiliation) => affiliation.name).join(', ')}</span>
        </div>
      ) : null}
      {aliases.length > 0 ? (
        <div class="cx-section">
          <span class="cx-label">{t('card_aliases')}</span>
          <span>{aliases.join(', ')}</span>
        </div>
      ) : null}
      <div class="cx-mentions">
        <span class="cx-mentions-text">{plural(t, uiLang, 'card_mentions', count)}</span>
        {count > 1 && onMention ? (
          <>
            <button
              type="button"
              class="cx-button cx-icon-button"
              aria-label={t('card_previous_mention')}
              title={t('card_previous_mention')}
              onClick={() => onMention((mentionIndex - 1 + count) % count)}
            >
              {'‹'}
            </button>
            <span aria-live="polite">{t('card_mention_position', [String(mentionIndex + 1), String(count)])}</span>
            <button
              type="button"
              class="cx-button cx-icon-button"
              aria-label={t('card_next_mention')}
              title={t('card_next_mention')}
              onClick={() => onMention((mentionIndex + 1) % count)}
            >
              {'›'}
            </button>
          </>
        ) : null}
      </div>
      {actor.articleSays ? (
        <div class="cx-section">
          <span class="cx-label">{t('card_article_says')}</span>
          <blockquote class="cx-quote">{actor.articleSays}</blockquote>
        </div>
      ) : null}
      <div class="cx-actions">
        <button type="button" class="cx-button cx-primary" onClick={props.onAddNote}>
          {t('card_add_note')}
        </button>
        {actor.wikipedia && isWebUrl(actor.wikipedia) ? (
          <a class="cx-link" href={actor.wikipedia} target="_blank" rel="noopener noreferrer">
            {t('card_wikipedia')}
          </a>
        ) : null}
      </div>
    </>
  );
}

function DateBody(props: HoverCardProps & { date: DateAnnotation; sentence: string | null }) {
  const { date, sentence, t, uiLang } = props;
  const narrowed = formatNarrowedDays(date, uiLang);
  return (
    <>
      <div class="cx-badges">
        <span class="cx-badge" data-kind="date">
          {t('card_kind_date')}
        </span>
      </div>
      {date.phrase ? <p class="cx-p">{date.phrase}</p> : null}
      {narrowed ? <p class="cx-p cx-muted">{t('card_date_days', narrowed)}</p> : null}
      {sentence ? (
        <div class="cx-section">
          <span class="cx-label">{t('card_date_sentence')}</span>
          <blockquote class="cx-quote">{sentence}</blockquote>
        </div>
      ) : null}
      {props.referenceIsToday ? <p class="cx-notice">{t('card_reference_today')}</p> : null}
      <div class="cx-actions">
        <button type="button" class="cx-button cx-primary" onClick={props.onAddNote}>
          {t('card_add_note')}
        </button>
      </div>
    </>
  );
}

/** Only http(s) links leave the card: a knowledge base is data, and data can be wrong. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
