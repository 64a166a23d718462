/**
 * What the popup knows of the page: the article's actors grouped by kind (most mentioned first,
 * with their mention counts) and its dates, each written as in the text and as a resolved date.
 */
import type { ActorAnnotation, ActorKind, DateAnnotation } from '../../recognition/types';
import { plural, type Translate, type UiLang } from '../page-ui/i18n';
import { formatDateValue, formatNarrowedDays } from '../page-ui/format-date';

const kindOrder: ActorKind[] = ['person', 'organization', 'state', 'place'];

export interface ActorGroupsProps {
  actors: readonly ActorAnnotation[];
  t: Translate;
  uiLang: UiLang;
}

/** Actors by kind; kinds without actors are left out. */
export function ActorGroups({ actors, t, uiLang }: ActorGroupsProps) {
  const groups = kindOrder
    .map((kind) => ({
      kind,
      actors: actors
        .filter((actor) => actor.kind === kind && actor.mentions.length > 0)
        .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, uiLang)),
    }))
    .filter((group) => group.actors.length > 0);
  if (groups.length === 0) return <p class="cx-muted">{t('popup_no_actors')}</p>;
  return (
    <div class="popup-groups">
      {groups.map((group) => (
        <section class="popup-group" data-kind={group.kind} aria-labelledby={`popup-group-${group.kind}`}>
          <h3 id={`popup-group-${group.kind}`}>{t(`list_group_${group.kind}`)}</h3>
          <ul class="popup-entities">
            {group.actors.map((actor) => (
              <li data-actor-id={actor.id}>
                <span class="popup-entity-name">{actor.name}</span>
                <span class="popup-count">{plural(t, uiLang, 'list_mentions', actor.mentions.length)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export interface DateListProps {
  dates: readonly DateAnnotation[];
  t: Translate;
  uiLang: UiLang;
}

/** "(21 – 31 August 2023)" when the words narrow the date ("fin août"), else nothing. */
function narrowed(date: DateAnnotation, uiLang: UiLang) {
  const days = formatNarrowedDays(date, uiLang);
  return days ? <span class="popup-date-days cx-muted"> ({days})</span> : null;
}

/** Each way a date is written once, in the order of the text: "vendredi dernier → Friday 8 December 2023". */
export function DateList({ dates, t, uiLang }: DateListProps) {
  const seen = new Set<string>();
  const unique = [...dates]
    .sort((a, b) => a.start - b.start)
    .filter((date) => {
      const key = `${date.text}\u0000${date.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (unique.length === 0) return <p class="cx-muted">{t('popup_no_dates')}</p>;
  return (
    <ul class="popup-dates">
      {unique.map((date) => (
        <li data-value={date.value}>
          <span class="popup-date-text">{date.text}</span>
          <span aria-hidden="true"> → </span>
          <span class="cx-visually-hidden">{t('popup_date_means')}</span>
          <span class="popup-date-value">{formatDateValue(date, uiLang)}</span>
          {narrowed(date, uiLang)}
        </li>
      ))}
    </ul>
  );
}
