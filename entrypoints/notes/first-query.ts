/**
 * The notes page's first query, sent as soon as the page's script starts: `main.tsx` imports
 * this module first, so the request is on its way while Preact and the components load and the
 * page renders its frame. It asks for what the list asks for first (see `NotesApp`).
 */
import { callBackground } from '../../messaging/client';
import { noFilters, toQuery } from '../../components/notes/filters';
import { DEFAULT_PAGE_SIZE } from '../../components/notes/paged-notes';
import { prefetchFirstQuery } from '../../components/notes/prefetch';

/** `?q=` in the address pre-fills the search. */
export const initialText = new URLSearchParams(location.search).get('q') ?? '';

/** The notes query for the page: its first call is answered by the request already sent. */
export const queryNotes = prefetchFirstQuery((query) => callBackground({ type: 'notes:query', query }), {
  ...toQuery({ ...noFilters, text: initialText }),
  offset: 0,
  limit: DEFAULT_PAGE_SIZE,
});
