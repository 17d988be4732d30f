/**
 * Removes what the package keeps in this browser when it runs without an LMS:
 * every localStorage key under its identifier (`<identifier>:…`). The package
 * and the preview share an origin, so they share localStorage.
 * Returns how many keys were removed.
 */
export function clearStandaloneState(storage: Storage | null, identifier: string): number {
  if (!storage) return 0;
  const prefix = `${identifier}:`;
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return keys.length;
  } catch {
    return 0;
  }
}
