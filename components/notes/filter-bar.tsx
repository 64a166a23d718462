/**
 * The search box and filters of the notes page: words to find, article, actor, tag, a range of
 * creation days and the order. The selects offer what the notes have (the query's facets).
 */
import type { NoteFacets, NoteSort } from '../../messaging/protocol';
import type { Translate } from '../page-ui/i18n';
import { sortOrders, type NoteFilters } from './filters';

export interface FilterBarProps {
  t: Translate;
  /** What the search box shows (the query follows it after a short pause). */
  searchText: string;
  filters: NoteFilters;
  /** Null until the background has sent them (after the first rows). */
  facets: NoteFacets | null;
  onSearchInput(text: string): void;
  onChange(filters: NoteFilters): void;
  onClear(): void;
  filtered: boolean;
}

/** The chosen value stays offered even when no note has it any more, so the select can show it. */
function withSelected<T extends { value: string; label: string }>(options: T[], selected: string, label: string): { value: string; label: string }[] {
  return selected && !options.some((option) => option.value === selected) ? [{ value: selected, label }, ...options] : options;
}

export function FilterBar({ t, searchText, filters, facets, onSearchInput, onChange, onClear, filtered }: FilterBarProps) {
  const set = <K extends keyof NoteFilters>(key: K, value: NoteFilters[K]) => onChange({ ...filters, [key]: value });
  const articles = withSelected(
    (facets?.articles ?? []).map((article) => ({ value: article.key, label: `${article.title ?? article.key} (${article.count})` })),
    filters.articleKey,
    filters.articleKey,
  );
  const actors = withSelected(
    (facets?.actors ?? []).map((actor) => ({ value: actor.id, label: `${actor.name} (${actor.count})` })),
    filters.actorId,
    filters.actorId,
  );
  const tags = withSelected(
    (facets?.tags ?? []).map((tag) => ({ value: tag.tag, label: `${tag.tag} (${tag.count})` })),
    filters.tag,
    filters.tag,
  );
  return (
    <form class="notes-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div class="notes-search">
        <label class="cx-label" for="notes-search">
          {t('notes_search_label')}
        </label>
        <input
          id="notes-search"
          class="cx-input"
          type="search"
          value={searchText}
          placeholder={t('notes_search_placeholder')}
          autoComplete="off"
          autoFocus
          data-testid="notes-search"
          onInput={(event) => onSearchInput(event.currentTarget.value)}
        />
      </div>
      <div class="notes-filter-row">
        <div>
          <label class="cx-label" for="notes-filter-article">
            {t('notes_filter_article')}
          </label>
          <select id="notes-filter-article" class="cx-select" value={filters.articleKey} onChange={(event) => set('articleKey', event.currentTarget.value)}>
            <option value="">{t('notes_filter_any_article')}</option>
            {articles.map((option) => (
              <option value={option.value}>{option.label}</option>
            ))}
          </select>
        </div>
        <div>
          <label class="cx-label" for="notes-filter-actor">
            {t('notes_filter_actor')}
          </label>
          <select id="notes-filter-actor" class="cx-select" value={filters.actorId} onChange={(event) => set('actorId', event.currentTarget.value)}>
            <option value="">{t('notes_filter_any_actor')}</option>
            {actors.map((option) => (
              <option value={option.value}>{option.label}</option>
            ))}
          </select>
        </div>
        <div>
          <label class="cx-label" for="notes-filter-tag">
            {t('notes_filter_tag')}
          </label>
          <select id="notes-filter-tag" class="cx-select" value={filters.tag} onChange={(event) => set('tag', event.currentTarget.value)}>
            <option value="">{t('notes_filter_any_tag')}</option>
            {tags.map((option) => (
              <option value={option.value}>{option.label}</option>
            ))}
          </select>
        </div>
        <div>
          <label class="cx-label" for="notes-filter-from">
            {t('notes_filter_from')}
          </label>
          <input id="notes-filter-from" class="cx-input" type="date" value={filters.from} max={filters.to || undefined} onChange={(event) => set('from', event.currentTarget.value)} />
        </div>
        <div>
          <label class="cx-label" for="notes-filter-to">
            {t('notes_filter_to')}
          </label>
          <input id="notes-filter-to" class="cx-input" type="date" value={filters.to} min={filters.from || undefined} onChange={(event) => set('to', event.currentTarget.value)} />
        </div>
        <div>
          <label class="cx-label" for="notes-sort">
            {t('notes_sort')}
          </label>
          <select id="notes-sort" class="cx-select" value={filters.sort} onChange={(event) => set('sort', event.currentTarget.value as NoteSort)}>
            {sortOrders.map((sort) => (
              <option value={sort}>{t(`notes_sort_${sort}`)}</option>
            ))}
          </select>
        </div>
        {filtered && (
          <div class="notes-clear">
            <button type="button" class="cx-button" onClick={onClear}>
              {t('notes_clear_filters')}
            </button>
          </div>
        )}
      </div>
    </form>
  );
}
