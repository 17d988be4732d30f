/**
 * Reads the package's statements from an LRS with @xapi/xapi, page by page
 * through the LRS's `more` links; each page is folded into XapiAttempts and
 * dropped, so thousands of learners fit in bounded memory.
 */
import XAPI, { type StatementsResponse } from '@xapi/xapi';
import { format, texts } from './texts.js';
import { ReportInputError, type SourceResult } from './types.js';
import { XapiAttempts } from './xapi-records.js';

export interface LrsOptions {
  endpoint: string;
  /** "user:password", or a complete "Basic …" header value. */
  auth: string;
  /** The package's activity id (activityIri; for cmi5 the AU id). */
  activity: string;
  /** Only statements stored after this date or time. */
  since?: string;
  /** Statements per page; 0 lets the LRS choose. */
  limit?: number;
  /** Called after each page with the number of statements read so far. */
  onPage?: (statements: number) => void;
}

export async function readLrs(options: LrsOptions): Promise<SourceResult> {
  const endpoint = options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`;
  const fail = (message: string) => new ReportInputError(format(texts.errors.lrs, { message }), endpoint);
  const xapi = new XAPI({ endpoint, auth: basicAuth(options.auth), adapter: 'fetch' });
  const attempts = new XapiAttempts(options.activity);
  const since = options.since === undefined ? undefined : isoSince(options.since);
  let page: StatementsResponse;
  try {
    page = (
      await xapi.getStatements({
        activity: options.activity,
        related_activities: true,
        ...(since && { since }),
        ...(options.limit && { limit: options.limit }),
      })
    ).data;
    for (;;) {
      for (const statement of page.statements) attempts.add(statement);
      options.onPage?.(attempts.statements);
      if (!page.more) break;
      page = (await xapi.getMoreStatements({ more: morePath(page.more, endpoint) })).data as StatementsResponse;
    }
  } catch (error) {
    if (error instanceof ReportInputError) throw error;
    throw fail(error instanceof Error ? error.message.slice(0, 300) : String(error));
  }
  if (attempts.statements === 0) {
    throw new ReportInputError(format(texts.errors.lrsNoStatements, { activity: options.activity }), endpoint);
  }
  return {
    label: format(texts.page.sourceLrs, { endpoint, activity: options.activity }),
    kind: 'lrs',
    rows: attempts.statements,
    hasAnswers: true,
    showsNotStarted: false,
    notes: [],
    records: attempts.records(),
  };
}

function basicAuth(auth: string): string {
  if (/^basic /i.test(auth)) return auth;
  const colon = auth.indexOf(':');
  if (colon < 0) throw new ReportInputError(texts.errors.lrsAuth, 'auth');
  return XAPI.toBasicAuth(auth.slice(0, colon), auth.slice(colon + 1));
}

/** "2026-01-31" or a full ISO time, as the ISO timestamp the LRS expects. */
export function isoSince(value: string): string {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) throw new ReportInputError(format(texts.errors.lrsSince, { value }), 'since');
  return new Date(time).toISOString();
}

/** xAPI's `more` is a path on the LRS's host; an absolute URL on that host is reduced to its path. */
function morePath(more: string, endpoint: string): string {
  const url = new URL(more, endpoint);
  if (url.origin !== new URL(endpoint).origin)
    throw new ReportInputError(format(texts.errors.lrsMoreElsewhere, { origin: url.origin }), endpoint);
  return `${url.pathname}${url.search}`;
}
