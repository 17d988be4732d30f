/**
 * Waits until `ready` holds for what `read` returns (by default: until it is
 * truthy), polling every 10 ms; fails after the timeout with what was last
 * seen. The one way the browser tests wait for something to happen: a fixed
 * sleep is only for proving that something does not happen.
 */
export async function eventually<T>(read: () => Promise<T> | T, ready: (value: T) => boolean = Boolean, timeoutMs = 6000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ready(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
