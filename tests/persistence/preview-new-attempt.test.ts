import { expect } from '@open-wc/testing';
import { clearStandaloneState } from '../../preview/standalone-state.js';
import { DurableStore } from '../../src/persistence/durable-store.js';
import { memoryStorage } from '../helpers/memory-storage.js';

describe("The preview's New attempt without an LMS", () => {
  const name = `preview-new-attempt-test-${crypto.randomUUID()}`;
  after(
    () =>
      new Promise((resolve) => {
        indexedDB.deleteDatabase(name).onsuccess = resolve;
      }),
  );

  it('removes the standalone state from IndexedDB and the localStorage mirror, and keeps the history', async () => {
    const storage = memoryStorage();
    const before = await DurableStore.open(name, { localStorage: storage });
    before.set('state', 'W1.finished');
    before.set('state:unreadable', 'broken');
    before.set('history:https://example.org/package:standalone', '{"version":1,"attempts":[]}');
    await before.settled();
    storage.setItem(name, 'W1.older-version');

    expect(await clearStandaloneState(storage, name)).to.equal(3);

    // IndexedDB alone, then the mirror alone: the state is in neither, the history in both.
    for (const options of [{ localStorage: null }, { localStorage: storage, indexedDB: null }]) {
      const after = await DurableStore.open(name, options);
      expect(after.keys()).to.deep.equal(['history:https://example.org/package:standalone']);
    }
    expect(storage.getItem(name)).to.equal(null);
  });
});
