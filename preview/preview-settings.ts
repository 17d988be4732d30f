/** The preview's own choices: which standard to launch with and how wide the frame is. */

export type PreviewMode = 'scorm12' | 'scorm2004' | 'xapi' | 'standalone';
export type FrameWidth = '460' | '650' | 'full';

export interface PreviewSettings {
  mode: PreviewMode;
  width: FrameWidth;
}

export const MODES: readonly PreviewMode[] = ['scorm12', 'scorm2004', 'xapi', 'standalone'];
export const WIDTHS: readonly FrameWidth[] = ['460', '650', 'full'];

const DEFAULTS: PreviewSettings = { mode: 'scorm12', width: '650' };
const STORAGE_KEY = 'wed-preview:settings';

export function isMode(value: unknown): value is PreviewMode {
  return MODES.some((mode) => mode === value);
}

export function isWidth(value: unknown): value is FrameWidth {
  return WIDTHS.some((width) => width === value);
}

/** The URL's `?mode=` wins over what was kept from last time, which wins over the defaults. */
export function readSettings(search: string, storage: Storage | null): PreviewSettings {
  const kept = readKept(storage);
  const fromUrl = new URLSearchParams(search).get('mode');
  return {
    mode: isMode(fromUrl) ? fromUrl : (kept.mode ?? DEFAULTS.mode),
    width: kept.width ?? DEFAULTS.width,
  };
}

export function keepSettings(settings: PreviewSettings, storage: Storage | null): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Not kept: the URL still carries the mode.
  }
}

/** The page's URL with `?mode=` set, other parameters untouched. */
export function urlWithMode(href: string, mode: PreviewMode): string {
  const url = new URL(href);
  url.searchParams.set('mode', mode);
  return url.href;
}

function readKept(storage: Storage | null): Partial<PreviewSettings> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { mode, width } = parsed as Record<string, unknown>;
    return { ...(isMode(mode) ? { mode } : {}), ...(isWidth(width) ? { width } : {}) };
  } catch {
    return {};
  }
}

/** Moodle's keep-alive showed its login page ~29 s after the session was lost; the preview waits this long. */
const LOGIN_AFTER_MS = 20_000;

/** How long "Session lost" waits before the login page: `?loginAfterMs=` (for tests) or 20 s. */
export function loginDelay(search: string): number {
  const fromUrl = new URLSearchParams(search).get('loginAfterMs');
  const value = fromUrl === null || fromUrl.trim() === '' ? NaN : Number(fromUrl);
  return Number.isFinite(value) && value >= 0 ? value : LOGIN_AFTER_MS;
}
