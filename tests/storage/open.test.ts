import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabaseWith } from '../../storage/open';
import { freshFactory } from './helpers';

describe('openDatabaseWith', () => {
  it('aborts the whole upgrade when an asynchronous step fails, keeping the old version and data', async () => {
    const factory = freshFactory();
    const v1 = await openDatabaseWith(factory, 'db', 1, {
      upgrade(db) {
        db.createObjectStore('items', { keyPath: 'id' });
      },
    });
    await v1.put('items', { id: 'a', text: 'before' });
    v1.close();

    const failure = new Error('conversion failed');
    await expect(
      openDatabaseWith(factory, 'db', 2, {
        async upgrade(db, _old, _new, tx) {
          db.createObjectStore('other');
          await tx.objectStore('items').put({ id: 'a', text: 'half-converted' });
          throw failure;
        },
      }),
    ).rejects.toBe(failure);

    const reopened = await openDatabaseWith(factory, 'db');
    expect(reopened.version).toBe(1);
    expect([...reopened.objectStoreNames]).toEqual(['items']);
    expect(await reopened.get('items', 'a')).toEqual({ id: 'a', text: 'before' });
    reopened.close();
  });
});
