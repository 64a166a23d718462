/**
 * The keyboard list of an article's actors (grouped by kind) and dates, with a filter box. Focus
 * stays in the filter; the arrow keys move the active option (`aria-activedescendant`), Enter
 * chooses it and Escape closes the list.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ActorAnnotation, ActorKind, DateAnnotation } from '../../recognition/types';
import { plural, type Translate, type UiLang } from './i18n';
import { capitalized, formatDateValue } from './format-date';

/** What the reader chose in the list. */
export type ListChoice = { kind: 'actor'; actor: ActorAnnotation } | { kind: 'date'; date: DateAnnotation };

export interface EntityListProps {
  actors: readonly ActorAnnotation[];
  dates: readonly DateAnnotation[];
  t: Translate;
  uiLang: UiLang;
  onChoose(choice: ListChoice): void;
  onClose(): void;
}

interface Option {
  key: string;
  label: string;
  detail: string;
  /** Folded text the filter matches against. */
  haystack: string;
  choice: ListChoice;
}

interface Group {
  key: string;
  label: string;
  options: Option[];
}

const kindOrder: ActorKind[] = ['person', 'organization', 'state', 'place'];

/** Lower case without accents, so "iran" finds "Iran" and "etats" finds "États-Unis". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The groups of the list, before filtering: actors by kind (most mentioned first), then dates in time order. */
export function buildGroups(props: Pick<EntityListProps, 'actors' | 'dates' | 't' | 'uiLang'>): Group[] {
  const { t, uiLang } = props;
  const groups: Group[] = kindOrder.map((kind) => ({
    key: kind,
    label: t(`list_group_${kind}`),
    options: props.actors
      .filter((actor) => actor.kind === kind && actor.mentions.length > 0)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, uiLang))
      .map((actor) => ({
        key: `actor:${actor.id}`,
        label: actor.name,
        detail: String(actor.mentions.length),
        haystack: fold([actor.name, ...(actor.aliases ?? []), ...actor.mentions.map((mention) => mention.text)].join(' ')),
        choice: { kind: 'actor' as const, actor },
      })),
  }));
  // One option per date value: "hier" and "10 décembre" may name the same day.
  const byValue = new Map<string, DateAnnotation[]>();
  for (const date of props.dates) byValue.set(date.value, [...(byValue.get(date.value) ?? []), date]);
  const dateOptions = [...byValue.values()]
    .sort((a, b) => a[0]!.first.localeCompare(b[0]!.first) || a[0]!.start - b[0]!.start)
    .map((same) => {
      const first = same.reduce((earliest, date) => (date.start < earliest.start ? date : earliest));
      const label = capitalized(formatDateValue(first, uiLang), uiLang);
      const written = [...new Set(same.map((date) => date.text))];
      return {
        key: `date:${first.value}`,
        label,
        detail: written.join(' · '),
        haystack: fold([label, first.value, ...written].join(' ')),
        choice: { kind: 'date' as const, date: first },
      };
    });
  groups.push({ key: 'dates', label: t('list_group_dates'), options: dateOptions });
  return groups.filter((group) => group.options.length > 0);
}

/** The list dialog. */
export function EntityList(props: EntityListProps) {
  const { t, uiLang, onChoose, onClose } = props;
  const [filter, setFilter] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listbox = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const listboxId = `${baseId}-listbox`;

  const allGroups = useMemo(() => buildGroups(props), [props.actors, props.dates, t, uiLang]);
  const groups = useMemo(() => {
    const needle = fold(filter.trim());
    if (!needle) return allGroups;
    return allGroups
      .map((group) => ({ ...group, options: group.options.filter((option) => option.haystack.includes(needle)) }))
      .filter((group) => group.options.length > 0);
  }, [allGroups, filter]);
  const flat = groups.flatMap((group) => group.options);
  const active = flat[Math.min(activeIndex, flat.length - 1)];
  const optionId = (option: Option) => `${baseId}-${flat.indexOf(option)}`;

  useEffect(() => {
    input.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (!active) return;
    const element = listbox.current?.querySelector(`[id="${optionId(active)}"]`);
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [active?.key]);

  const move = (delta: number) => {
    if (flat.length === 0) return;
    const current = Math.min(activeIndex, flat.length - 1);
    setActiveIndex((current + delta + flat.length) % flat.length);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'PageDown':
        event.preventDefault();
        move(Math.min(8, flat.length - 1 - Math.min(activeIndex, flat.length - 1)));
        break;
      case 'PageUp':
        event.preventDefault();
        move(-Math.min(8, Math.min(activeIndex, flat.length - 1)));
        break;
      case 'Enter':
        event.preventDefault();
        if (active) onChoose(active.choice);
        break;
      case 'Escape':
        event.preventDefault();
        onClose();
        break;
    }
  };

  return (
    <div class="cx-list" role="dialog" aria-modal="false" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div class="cx-head">
        <h2 class="cx-title" id={titleId}>
          {t('list_title')}
        </h2>
        <button type="button" class="cx-button cx-icon-button" aria-label={t('list_close')} title={t('list_close')} onClick={onClose}>
          {'×'}
        </button>
      </div>
      <input
        ref={input}
        class="cx-input"
        type="text"
        role="combobox"
        aria-label={t('list_filter')}
        placeholder={t('list_filter')}
        aria-expanded="true"
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active) : undefined}
        autoComplete="off"
        spellcheck={false}
        value={filter}
        onInput={(event) => {
          setFilter(event.currentTarget.value);
          setActiveIndex(0);
        }}
      />
      <p class="cx-hint cx-p">{t('list_help')}</p>
      <div ref={listbox} class="cx-list-options" id={listboxId} role="listbox" aria-labelledby={titleId}>
        {groups.map((group) => (
          <div key={group.key} role="group" aria-labelledby={`${baseId}-group-${group.key}`}>
            <span class="cx-group-label" id={`${baseId}-group-${group.key}`} role="presentation">
              {group.label}
            </span>
            {group.options.map((option) => (
              <div
                key={option.key}
                id={optionId(option)}
                class="cx-option"
                role="option"
                aria-selected={option === active ? 'true' : 'false'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onChoose(option.choice)}
              >
                <span>{option.label}</span>
                <span class="cx-muted">
                  {option.choice.kind === 'actor' ? plural(t, uiLang, 'list_mentions', option.choice.actor.mentions.length) : option.detail}
                </span>
              </div>
            ))}
          </div>
        ))}
      </div>
      {flat.length === 0 ? <p class="cx-p cx-muted">{t('list_empty')}</p> : null}
    </div>
  );
}
