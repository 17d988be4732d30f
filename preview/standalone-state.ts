import { DurableStore } from '../src/persistence/durable-store.js';
import { PACKAGE_STORE_NAME } from '../src/persistence/package-store.js';

/**
 * A new attempt without an LMS: removes the package's standalone state (`state`
 * and a kept unreadable one) from its DurableStore, IndexedDB and the
 * localStorage mirror alike, and the localStorage key older versions used. The learner's history stays, as an LMS keeps earlier
 * attempts: the new attempt shows the one before as its earlier profile.
 * The package and the preview share an origin, so they share the storage.
 * Returns how many entries were removed.
 */
export async function clearStandaloneState(storage: Storage | null, name = PACKAGE_STORE_NAME): Promise<number> {
  const durable = await DurableStore.open(name, { localStorage: storage });
  const keys = durable.keys('state');
  for (const key of keys) durable.remove(key);
  await durable.settled();
  let legacy = 0;
  try {
    if (storage && storage.getItem(name) !== null) legacy = 1;
    storage?.removeItem(name);
  } catch {
    // No localStorage: nothing of older versions to remove.
  }
  return keys.length + legacy;
}
