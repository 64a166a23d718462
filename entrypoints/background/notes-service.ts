/**
 * The background's hold on the notes database: one connection, reopened after the browser or a
 * newer version closes it, and the in-memory search index. The index is built when the
 * background starts (a batch of notes at a time, so messages are still answered meanwhile) and
 * kept in step with every write made through here, including those made during the build;
 * until it is ready, the first rows of the notes page come straight from the database.
 */
import { openContexteDB } from '../../storage/db';
import type { NoteIndex, NoteQuery } from '../../storage/query';
import { buildNoteIndexInSlices, nextTask, readNotesInBatches, type SliceOptions } from '../../storage/build-index';
import { readFirstRows, type NotesPage } from '../../storage/first-page';
import { withStorageErrors } from '../../storage/errors';
import type { ContexteDB } from '../../storage/schema';

export interface NotesService {
  database(): Promise<ContexteDB>;
  /** The search index, or null when no build has started (writes then need no update). */
  builtIndex(): Promise<NoteIndex> | null;
  /** The search index if it is ready now; null while it is being built or before. */
  readyIndex(): NoteIndex | null;
  /** The search index, built first if needed. */
  index(): Promise<NoteIndex>;
  /** Drops the index and builds it again from the database (after writes it cannot follow). */
  rebuildIndex(): void;
  /**
   * The page `query` asks for, read from the database when it is one of the notes page's first
   * rows (see `readFirstRows`); null otherwise. The index build waits while it reads.
   */
  readFirstRows(query: NoteQuery): Promise<NotesPage | null>;
}

/** Creates the service over `factory` (fake-indexeddb in tests). */
export function createNotesService(factory: IDBFactory = indexedDB, slices: SliceOptions = {}): NotesService {
  let connection: Promise<ContexteDB> | null = null;
  let index: Promise<NoteIndex> | null = null;
  let ready: NoteIndex | null = null;
  /** Reads for a page's first rows in progress: the index build gives way to them. */
  const firstReads = new Set<Promise<unknown>>();
  const { pause = nextTask, sliceSize, batchSize } = slices;

  const database = (): Promise<ContexteDB> => {
    connection ??= openContexteDB(factory, {
      onClosed: () => {
        connection = null;
        index = null;
        ready = null;
      },
    }).catch((error: unknown) => {
      connection = null;
      throw error;
    });
    return connection;
  };

  const build = (): Promise<NoteIndex> => {
    const building: Promise<NoteIndex> = database()
      .then(async (db) => {
        const articles = await withStorageErrors(() => db.getAll('articles'));
        return buildNoteIndexInSlices(readNotesInBatches(db, batchSize), articles, () => giveWay(pause, firstReads), sliceSize);
      })
      .then((built) => {
        // A rebuild asked for meanwhile replaces this one.
        if (index === building) ready = built;
        return built;
      })
      .catch((error: unknown) => {
        if (index === building) index = null;
        throw error;
      });
    return building;
  };

  return {
    database,
    builtIndex: () => index,
    readyIndex: () => ready,
    index() {
      index ??= build();
      return index;
    },
    rebuildIndex() {
      ready = null;
      index = build();
      // Nobody may be waiting for this build; its failure is met again by the next query.
      index.catch(() => undefined);
    },
    async readFirstRows(query) {
      const reading = database().then((db) => readFirstRows(db, query));
      firstReads.add(reading);
      try {
        return await reading;
      } finally {
        firstReads.delete(reading);
      }
    },
  };
}

/**
 * Pauses between two slices of the index build, and for as long as first rows are being read:
 * each step of their cursor needs the thread, and would otherwise wait for a whole slice.
 */
async function giveWay(pause: () => Promise<void>, reads: Set<Promise<unknown>>): Promise<void> {
  await pause();
  while (reads.size > 0) await Promise.allSettled([...reads]);
}
