export interface ContentStrings {
  texts: string[];
  hrefs: string[];
}

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every text and link target of a content file, found by walking its JSON (ids and language tags are not text). */
export function contentStrings(value: unknown, key = ''): ContentStrings {
  const out: ContentStrings = { texts: [], hrefs: [] };
  if (typeof value === 'string') {
    if (key === 'href') out.hrefs.push(value);
    else if (!['id', 'hreflang', 'lang'].includes(key)) out.texts.push(normalise(value));
  } else if (Array.isArray(value)) {
    for (const item of value) merge(out, contentStrings(item, key));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) merge(out, contentStrings(v, k));
  }
  return out;
}

function merge(into: ContentStrings, from: ContentStrings): void {
  into.texts.push(...from.texts);
  into.hrefs.push(...from.hrefs);
}
