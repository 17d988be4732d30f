/**
 * The browser's own word on its connection. While it is offline, an LMS that
 * answers "saved" cannot have saved (Moodle's commit reports success for a
 * request that failed), so offline always counts as not saving.
 */
export class Connectivity {
  constructor(private readonly win: Window | null = globalThis.window ?? null) {}

  get online(): boolean {
    return this.win?.navigator.onLine !== false;
  }

  /** Calls back with the new state on every `online` and `offline` event; returns the unsubscribe. */
  onChange(listener: (online: boolean) => void): () => void {
    const win = this.win;
    if (!win) return () => {};
    const onOnline = () => listener(true);
    const onOffline = () => listener(false);
    win.addEventListener('online', onOnline);
    win.addEventListener('offline', onOffline);
    return () => {
      win.removeEventListener('online', onOnline);
      win.removeEventListener('offline', onOffline);
    };
  }
}
