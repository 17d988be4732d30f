import { expect } from '@open-wc/testing';
import { DurableStore } from '../../src/persistence/durable-store.js';
import { memoryStorage } from '../helpers/memory-storage.js';

const PREFIX = 'durable-store-test-';

/** Databases and localStorage keys made by a test, removed after it. */
const names: string[] = [];

function uniqueName(): string {
  const name = `${PREFIX}${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function refusingStorage(): Storage {
  const refuse = () => {
    throw new DOMException('refused', 'QuotaExceededError');
  };
  return { ...memoryStorage(), setItem: refuse };
}

const entry = (value: string, at: number, seq = 1) => JSON.stringify({ value, at, seq });

describe('DurableStore', () => {
  afterEach(async () => {
    for (const name of names.splice(0)) {
      for (const key of Object.keys(localStorage)) if (key.includes(name)) localStorage.removeItem(key);
      await deleteDatabase(name);
    }
  });

  after(async () => {
    expect((await indexedDB.databases()).filter((db) => db.name?.startsWith(PREFIX))).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((key) => key.includes(PREFIX))).to.deep.equal([]);
  });

  it('keeps a value across a re-open', async () => {
    const name = uniqueName();
    const store = await DurableStore.open(name, { now: () => 1000 });
    expect(store.persistent).to.equal(true);
    expect(store.set('answer', 'Ja, want')).to.equal(true);
    expect(store.get('answer')).to.equal('Ja, want');
    await store.settled();

    const again = await DurableStore.open(name);
    expect(again.get('answer')).to.equal('Ja, want');
    expect(again.savedAt('answer')).to.equal(1000);
    expect(again.get('other')).to.equal(null);
    expect(again.savedAt('other')).to.equal(null);
    expect(JSON.parse(localStorage.getItem(`${name}:answer`)!)).to.include({ value: 'Ja, want', at: 1000 });
  });

  it('brings values back after localStorage is cleared, and restores the localStorage copy', async () => {
    const name = uniqueName();
    const storage = memoryStorage();
    const store = await DurableStore.open(name, { localStorage: storage });
    store.set('answer', 'typed before the new login');
    await store.settled();

    storage.clear();
    const again = await DurableStore.open(name, { localStorage: storage });
    expect(again.get('answer')).to.equal('typed before the new login');
    expect(JSON.parse(storage.getItem(`${name}:answer`)!)).to.include({ value: 'typed before the new login' });
  });

  it('takes a newer localStorage entry over the IndexedDB one, and updates IndexedDB', async () => {
    const name = uniqueName();
    const store = await DurableStore.open(name, { now: () => 1000 });
    store.set('answer', 'old');
    await store.settled();

    // As left by a pagehide whose IndexedDB write did not finish.
    localStorage.setItem(`${name}:answer`, entry('new', 2000));
    const again = await DurableStore.open(name);
    expect(again.get('answer')).to.equal('new');
    await again.settled();
    const dbOnly = await DurableStore.open(name, { localStorage: null });
    expect(dbOnly.get('answer')).to.equal('new');
  });

  it('takes a newer IndexedDB entry over the localStorage one, and updates localStorage', async () => {
    const name = uniqueName();
    const dbOnly = await DurableStore.open(name, { localStorage: null, now: () => 2000 });
    dbOnly.set('answer', 'new');
    await dbOnly.settled();

    localStorage.setItem(`${name}:answer`, entry('old', 1000));
    const again = await DurableStore.open(name);
    expect(again.get('answer')).to.equal('new');
    expect(again.savedAt('answer')).to.equal(2000);
    expect(JSON.parse(localStorage.getItem(`${name}:answer`)!)).to.include({ value: 'new', at: 2000 });
  });

  it('tells apart two writes made in the same millisecond', async () => {
    const name = uniqueName();
    (await DurableStore.open(name, { now: () => 1000 })).set('answer', 'first');
    // The second write reaches IndexedDB only: localStorage is full.
    const full = await DurableStore.open(name, { localStorage: refusingStorage(), now: () => 1000 });
    full.set('answer', 'second');
    await full.settled();

    const again = await DurableStore.open(name, { now: () => 1000 });
    expect(again.get('answer')).to.equal('second');
    expect(JSON.parse(localStorage.getItem(`${name}:answer`)!)).to.include({ value: 'second' });
  });

  it('writes only the latest of rapid changes to IndexedDB', async () => {
    const name = uniqueName();
    const store = await DurableStore.open(name);
    const put = IDBObjectStore.prototype.put;
    const values: unknown[] = [];
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      values.push(value);
      return put.call(this, value, key);
    };
    try {
      store.set('answer', 'k');
      await Promise.resolve(); // The first put is under way; the next ones wait for it.
      for (let i = 1; i < 100; i++) {
        store.set('answer', `k${i}`);
        await Promise.resolve();
      }
      await store.settled();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(values.map((value) => (value as { value: string }).value)).to.deep.equal(['k', 'k99']);
    expect((await DurableStore.open(name, { localStorage: null })).get('answer')).to.equal('k99');
  });

  it('removes from memory and both backends', async () => {
    const name = uniqueName();
    const store = await DurableStore.open(name);
    store.set('answer', 'gone soon');
    store.set('kept', 'stays');
    await store.settled();
    store.remove('answer');
    expect(store.get('answer')).to.equal(null);
    expect(store.keys()).to.deep.equal(['kept']);
    expect(localStorage.getItem(`${name}:answer`)).to.equal(null);
    await store.settled();

    const dbOnly = await DurableStore.open(name, { localStorage: null });
    expect(dbOnly.keys()).to.deep.equal(['kept']);
    expect((await DurableStore.open(name)).get('answer')).to.equal(null);
  });

  it('lists keys, optionally under a prefix', async () => {
    const store = await DurableStore.open(uniqueName(), { indexedDB: null, localStorage: null });
    store.set('answers:1', 'a');
    store.set('answers:2', 'b');
    store.set('plan', 'c');
    expect(store.keys().sort()).to.deep.equal(['answers:1', 'answers:2', 'plan']);
    expect(store.keys('answers:').sort()).to.deep.equal(['answers:1', 'answers:2']);
  });

  it('works on localStorage alone without IndexedDB', async () => {
    const name = uniqueName();
    const store = await DurableStore.open(name, { indexedDB: null });
    expect(store.persistent).to.equal(true);
    expect(store.set('answer', 'local only')).to.equal(true);
    await store.settled();
    expect((await DurableStore.open(name, { indexedDB: null })).get('answer')).to.equal('local only');
    expect((await DurableStore.open(name, { localStorage: null })).get('answer')).to.equal(null);
  });

  it('keeps values in memory only where neither backend is available', async () => {
    const store = await DurableStore.open(uniqueName(), { indexedDB: null, localStorage: null });
    expect(store.persistent).to.equal(false);
    expect(store.set('answer', 'fleeting')).to.equal(false);
    expect(store.get('answer')).to.equal('fleeting');
    await store.settled();
    store.remove('answer');
    expect(store.keys()).to.deep.equal([]);
  });

  it('never fails where the browser refuses every access', async () => {
    const refused = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const storage = {
      get length(): number {
        return refused();
      },
      key: refused,
      getItem: refused,
      setItem: refused,
      removeItem: refused,
      clear: refused,
    } as Storage;
    const factory = { open: refused } as unknown as IDBFactory;
    const store = await DurableStore.open(uniqueName(), { indexedDB: factory, localStorage: storage });
    expect(store.persistent).to.equal(false);
    expect(store.set('answer', 'x')).to.equal(false);
    expect(store.get('answer')).to.equal('x');
    store.remove('answer');
    await store.settled();
  });

  it('reports a value localStorage refused (quota) as kept when IndexedDB takes it', async () => {
    const name = uniqueName();
    expect((await DurableStore.open(name, { indexedDB: null, localStorage: refusingStorage() })).set('answer', 'x')).to.equal(false);

    const store = await DurableStore.open(name, { localStorage: refusingStorage() });
    expect(store.set('answer', 'kept in IndexedDB')).to.equal(true);
    await store.settled();
    expect((await DurableStore.open(name, { localStorage: null })).get('answer')).to.equal('kept in IndexedDB');
  });

  it('works on localStorage alone when indexedDB.open never answers', async () => {
    const name = uniqueName();
    (await DurableStore.open(name, { indexedDB: null })).set('answer', 'in localStorage');
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;

    const started = performance.now();
    const store = await DurableStore.open(name, { indexedDB: silent });
    expect(performance.now() - started).to.be.within(1400, 3000);
    expect(store.get('answer')).to.equal('in localStorage');
    store.set('answer', 'still saved');
    await store.settled();
    expect((await DurableStore.open(name, { indexedDB: null })).get('answer')).to.equal('still saved');
  });

  it('works on localStorage alone when the database cannot be opened', async () => {
    const name = uniqueName();
    // A database of a later version: opening version 1 fails with a VersionError.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 2);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const store = await DurableStore.open(name);
    expect(store.persistent).to.equal(true);
    expect(store.set('answer', 'x')).to.equal(true);
    await store.settled();
    expect((await DurableStore.open(name)).get('answer')).to.equal('x');
  });

  it('ignores foreign and malformed localStorage entries', async () => {
    const name = uniqueName();
    localStorage.setItem(`${name}:text`, 'not json');
    localStorage.setItem(`${name}:number`, '42');
    localStorage.setItem(`${name}:shape`, JSON.stringify({ value: 1, at: 1, seq: 1 }));
    localStorage.setItem(`${name}:no-stamp`, JSON.stringify({ value: 'x' }));
    localStorage.setItem(`${name}:ok`, entry('fine', 1000));
    localStorage.setItem(`${name}-other:ok`, entry('foreign', 1000));

    const store = await DurableStore.open(name);
    expect(store.keys()).to.deep.equal(['ok']);
    expect(store.get('ok')).to.equal('fine');
    expect(localStorage.getItem(`${name}:text`)).to.equal('not json');
  });
});
