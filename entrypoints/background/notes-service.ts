/**
 * The background's hold on the notes database: one connection, reopened after the browser or a
 * newer version closes it, and the in-memory search index built on first query and kept in step
 * with every write made through here.
 */
import { openContexteDB } from '../../storage/db';
import { buildNoteIndex, type NoteIndex } from '../../storage/query';
import { readEverything } from '../../storage/export';
import type { ContexteDB } from '../../storage/schema';

export interface NotesService {
  database(): Promise<ContexteDB>;
  /** The search index, or null when it has not been built yet (writes then need no update). */
  builtIndex(): Promise<NoteIndex> | null;
  index(): Promise<NoteIndex>;
  /** Drops the index so the next query rebuilds it (after writes made by another context). */
  invalidateIndex(): void;
}

/** Creates the service over `factory` (fake-indexeddb in tests). */
export function createNotesService(factory: IDBFactory = indexedDB): NotesService {
  let connection: Promise<ContexteDB> | null = null;
  let index: Promise<NoteIndex> | null = null;

  const database = (): Promise<ContexteDB> => {
    connection ??= openContexteDB(factory, {
      onClosed: () => {
        connection = null;
        index = null;
      },
    }).catch((error: unknown) => {
      connection = null;
      throw error;
    });
    return connection;
  };

  return {
    database,
    builtIndex: () => index,
    index() {
      index ??= database()
        .then(readEverything)
        .then(({ notes, articles }) => buildNoteIndex(notes, articles))
        .catch((error: unknown) => {
          index = null;
          throw error;
        });
      return index;
    },
    invalidateIndex() {
      index = null;
    },
  };
}
