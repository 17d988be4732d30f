/**
 * Finds the LMS's SCORM API object the way the standards prescribe: in this
 * window and up its parent chain, then in the opener's window and its chain.
 */

/** Frames deeper than this are not searched; LMSs nest the SCO a few levels at most. */
const MAX_DEPTH = 10;

export type ApiName = 'API' | 'API_1484_11';

export function findApi<T>(start: Window, name: ApiName): T | null {
  return searchChain<T>(start, name) ?? (start.opener ? searchChain<T>(start.opener as Window, name) : null);
}

function searchChain<T>(start: Window, name: ApiName): T | null {
  let win: Window = start;
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const api = readApi<T>(win, name);
    if (api) return api;
    let parent: Window;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

function readApi<T>(win: Window, name: ApiName): T | null {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    return api && typeof api === 'object' ? (api as T) : null;
  } catch {
    // A cross-origin frame in the chain: its properties cannot be read.
    return null;
  }
}
