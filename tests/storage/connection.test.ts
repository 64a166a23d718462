import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createConnection } from '../../storage/connection';
import { listAllNotes, saveNote } from '../../storage/notes';
import { openDatabaseWith } from '../../storage/open';
import { DB_NAME, DB_VERSION } from '../../storage/schema';
import { freshFactory, T0 } from './helpers';

const ARTICLE = 'https://news.example.org/a';

describe('createConnection', () => {
  it('opens once and shares the connection', async () => {
    const connection = createConnection(freshFactory());
    const [a, b] = await Promise.all([connection.get(), connection.get()]);
    expect(a).toBe(b);
    expect(await connection.get()).toBe(a);
    connection.close();
  });

  it('opens a new connection after close', async () => {
    const connection = createConnection(freshFactory());
    const first = await connection.get();
    await saveNote(first, { articleKey: ARTICLE, body: 'kept' }, T0);
    connection.close();
    const second = await connection.get();
    expect(second).not.toBe(first);
    expect((await listAllNotes(second)).map((n) => n.body)).toEqual(['kept']);
    connection.close();
  });

  it('steps aside when another context deletes the database, then reopens a fresh one', async () => {
    const factory = freshFactory();
    const closed: string[] = [];
    const connection = createConnection(factory, { onClosed: (reason) => closed.push(reason) });
    const first = await connection.get();
    await saveNote(first, { articleKey: ARTICLE, body: 'gone with the database' }, T0);

    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('the deletion was blocked'));
    });
    expect(closed).toEqual(['versionchange']);

    const second = await connection.get();
    expect(second).not.toBe(first);
    expect(await listAllNotes(second)).toEqual([]);
    connection.close();
  });

  it('reports a failed open as a StorageError and tries again on the next call', async () => {
    const factory = freshFactory();
    const newer = await openDatabaseWith(factory, DB_NAME, DB_VERSION + 1);
    newer.close();
    const connection = createConnection(factory);
    await expect(connection.get()).rejects.toMatchObject({ name: 'StorageError', message: expect.stringMatching(/newer version of Contexte/) });
    await expect(connection.get()).rejects.toMatchObject({ name: 'StorageError' });
  });
});
