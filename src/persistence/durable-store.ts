/** One saved value; `at` (ms epoch) and then `seq` tell which of two copies is newer. */
interface Entry {
  value: string;
  at: number;
  seq: number;
}

export interface DurableStoreOptions {
  /** The IndexedDB to use; null for none. Defaults to the window's, where it can be reached. */
  indexedDB?: IDBFactory | null;
  /** The localStorage to use; null for none. Defaults to the window's, where it can be reached. */
  localStorage?: Storage | null;
  now?: () => number;
}

const OBJECT_STORE = 'entries';
/** Safari has had an `indexedDB.open` that never calls back. */
const OPEN_TIMEOUT_MS = 1500;

function isEntry(data: unknown): data is Entry {
  const entry = data as Partial<Entry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.value === 'string' &&
    Number.isFinite(entry.at) &&
    Number.isFinite(entry.seq)
  );
}

/** Positive when `a` is newer than `b`; a missing entry is oldest. */
function compare(a: Entry | undefined, b: Entry | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  return a.at - b.at || a.seq - b.seq;
}

/** Sandboxed (opaque-origin) frames and blocked cookies throw on mere access. */
function reach<T>(get: () => T | undefined): T | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

/** Null where the storage refuses to be read. */
function readLocal(storage: Storage, prefix: string): Map<string, Entry> | null {
  const entries = new Map<string, Entry>();
  try {
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (!name?.startsWith(prefix)) continue;
      try {
        const entry: unknown = JSON.parse(storage.getItem(name) ?? '');
        if (isEntry(entry)) entries.set(name.slice(prefix.length), entry);
      } catch {
        // Not ours: other code shares localStorage.
      }
    }
  } catch {
    return null;
  }
  return entries;
}

/** The open database and its entries, or null where IndexedDB is blocked, broken or silent. */
function openDatabase(factory: IDBFactory, name: string): Promise<{ db: IDBDatabase; entries: Map<string, Entry> } | null> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: { db: IDBDatabase; entries: Map<string, Entry> } | null) => {
      if (done) return result?.db.close();
      done = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => finish(null), OPEN_TIMEOUT_MS);
    try {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(OBJECT_STORE);
      request.onblocked = request.onerror = () => finish(null);
      request.onsuccess = () => {
        const db = request.result;
        if (done) return db.close();
        const entries = new Map<string, Entry>();
        try {
          const tx = db.transaction(OBJECT_STORE, 'readonly');
          const cursor = tx.objectStore(OBJECT_STORE).openCursor();
          cursor.onsuccess = () => {
            if (!cursor.result) return;
            if (typeof cursor.result.key === 'string' && isEntry(cursor.result.value)) entries.set(cursor.result.key, cursor.result.value);
            cursor.result.continue();
          };
          tx.oncomplete = () => finish({ db, entries });
          tx.onabort = () => {
            db.close();
            finish(null);
          };
        } catch {
          db.close();
          finish(null);
        }
      };
    } catch {
      finish(null);
    }
  });
}

/**
 * Strings kept in localStorage (written synchronously, but wiped by Moodle at
 * every login) and in IndexedDB (left alone, but written asynchronously);
 * at open, the newer copy of each key wins.
 */
export class DurableStore {
  readonly persistent: boolean;
  readonly #memory = new Map<string, Entry>();
  /** IndexedDB writes waiting for the one in flight; null stands for a removal. */
  #pending = new Map<string, Entry | null>();
  #writing = false;
  #waiters: (() => void)[] = [];
  #db: IDBDatabase | null;
  #lastAt = 0;
  #seq = 0;

  private constructor(
    private readonly prefix: string,
    private readonly storage: Storage | null,
    db: IDBDatabase | null,
    private readonly now: () => number,
  ) {
    this.#db = db;
    this.persistent = storage !== null || db !== null;
    if (db) {
      // Let another tab upgrade or delete the database; go on with localStorage alone.
      db.onversionchange = () => {
        db.close();
        this.#db = null;
      };
      db.onclose = () => {
        this.#db = null;
      };
    }
  }

  static async open(name: string, options: DurableStoreOptions = {}): Promise<DurableStore> {
    const storage = options.localStorage !== undefined ? options.localStorage : reach(() => globalThis.localStorage);
    const factory = options.indexedDB !== undefined ? options.indexedDB : reach(() => globalThis.indexedDB);
    const prefix = `${name}:`;
    const local = storage ? readLocal(storage, prefix) : null;
    const opened = factory ? await openDatabase(factory, name) : null;
    const store = new DurableStore(prefix, local ? storage : null, opened?.db ?? null, options.now ?? Date.now);
    const saved = opened?.entries ?? new Map<string, Entry>();
    for (const key of new Set([...(local?.keys() ?? []), ...saved.keys()])) {
      const [inLocal, inDb] = [local?.get(key), saved.get(key)];
      const order = compare(inLocal, inDb);
      const entry = order >= 0 ? inLocal : inDb;
      if (!entry) continue;
      store.#memory.set(key, entry);
      store.#seq = Math.max(store.#seq, entry.seq);
      if (order < 0) store.#writeLocal(key, entry);
      if (order > 0 && store.#db) store.#schedule(key, entry);
    }
    return store;
  }

  get(key: string): string | null {
    return this.#memory.get(key)?.value ?? null;
  }

  savedAt(key: string): number | null {
    return this.#memory.get(key)?.at ?? null;
  }

  /** False when neither backend took the value (the IndexedDB write may still fail later). */
  set(key: string, value: string): boolean {
    this.#lastAt = Math.max(this.now(), this.#lastAt);
    const entry: Entry = { value, at: this.#lastAt, seq: ++this.#seq };
    this.#memory.set(key, entry);
    const local = this.#writeLocal(key, entry);
    if (this.#db) this.#schedule(key, entry);
    return local || this.#db !== null;
  }

  /** A removal that has not reached IndexedDB when the page goes away lets the old value come back at the next open. */
  remove(key: string): void {
    this.#memory.delete(key);
    try {
      this.storage?.removeItem(this.prefix + key);
    } catch {
      // Blocked storage holds nothing to remove.
    }
    if (this.#db) this.#schedule(key, null);
  }

  keys(prefix = ''): string[] {
    return [...this.#memory.keys()].filter((key) => key.startsWith(prefix));
  }

  settled(): Promise<void> {
    return this.#writing ? new Promise((resolve) => this.#waiters.push(resolve)) : Promise.resolve();
  }

  #writeLocal(key: string, entry: Entry): boolean {
    try {
      this.storage?.setItem(this.prefix + key, JSON.stringify(entry));
      return this.storage !== null;
    } catch {
      return false; // Quota or privacy mode.
    }
  }

  #schedule(key: string, entry: Entry | null): void {
    this.#pending.set(key, entry);
    if (this.#writing) return;
    this.#writing = true;
    // A microtask still runs within a pagehide handler's task, and gathers a burst of writes into one transaction.
    queueMicrotask(() => this.#write());
  }

  /** One transaction at a time, with the latest change of each key made meanwhile. */
  #write(): void {
    const [db, batch] = [this.#db, this.#pending];
    this.#pending = new Map();
    if (!db || batch.size === 0) {
      this.#writing = false;
      for (const resolve of this.#waiters.splice(0)) resolve();
      return;
    }
    let finished = false;
    const next = () => {
      if (finished) return;
      finished = true;
      this.#write();
    };
    try {
      const tx = db.transaction(OBJECT_STORE, 'readwrite');
      tx.oncomplete = tx.onabort = next; // A failed put (quota) aborts the transaction.
      const objects = tx.objectStore(OBJECT_STORE);
      for (const [key, entry] of batch) {
        if (entry) objects.put(entry, key);
        else objects.delete(key);
      }
    } catch {
      this.#db = null; // Closed under us.
      next();
    }
  }
}
