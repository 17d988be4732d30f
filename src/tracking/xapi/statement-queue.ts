import type { Statement } from '@xapi/xapi';
import { DEFAULT_TIMINGS, SaveScheduler } from '../save-scheduler.js';
import { uuid } from './uuid.js';
import type { SyncStatus } from '../tracker.js';
import type { SendResult } from './lrs-client.js';

export interface StatementQueueOptions {
  /** Where the queue is kept between launches (the DurableStore, which outlives an LMS clearing localStorage); null: memory only. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  key: string;
  send: (batch: Statement[]) => Promise<SendResult>;
  /** Hands a batch to the browser as the page goes (keepalive); false when it did not take it. */
  sendOnUnload: (batch: Statement[]) => boolean;
  batchSize?: number;
  /** Waits between failed attempts, the last one repeating. */
  retryMs?: readonly number[];
}

/** A batch the LRS refused (4xx), kept under `${key}:rejected` for whoever investigates. */
export interface RejectedBatch {
  message: string;
  statements: Statement[];
}

/**
 * Delivers statements to the LRS in order, losing none: each is persisted when
 * queued and removed only once the LRS confirmed it. Ids are fixed when queued,
 * so a resend after a lost response (or after a reload) is recognised by the LRS.
 * Sending runs in a SaveScheduler, which never runs two sends at once and retries
 * with backoff while the LRS is unreachable or failing (status 'failing').
 */
export class StatementQueue {
  readonly #options: StatementQueueOptions;
  readonly #batchSize: number;
  readonly #scheduler: SaveScheduler;
  readonly #rejectedListeners = new Set<(message: string, statements: Statement[]) => void>();
  #items: Statement[];
  /** After a refused batch: how many statements at the head go one by one, to find the bad one. */
  #isolate = 0;

  constructor(options: StatementQueueOptions) {
    this.#options = options;
    this.#batchSize = Math.max(1, options.batchSize ?? 50);
    const retryMs = options.retryMs ?? DEFAULT_TIMINGS.retryMs;
    this.#scheduler = new SaveScheduler(() => this.#drain(), { soonMs: 0, typingMs: 0, retryMs });
    this.#items = this.#read(options.key).filter(isStatement);
    // Left over from an earlier page (reload, crash, offline end): deliver it now.
    if (this.#items.length > 0) this.#scheduler.request('now');
  }

  get size(): number {
    return this.#items.length;
  }

  get status(): SyncStatus {
    return this.#scheduler.status;
  }

  enqueue(statements: Statement[]): void {
    if (statements.length === 0) return;
    this.#items.push(...statements.map(withFixedId));
    this.#persist();
    this.#scheduler.request('now');
  }

  /** The connection is back: try at once instead of waiting for the next retry. */
  retryNow(): void {
    if (this.#items.length > 0) this.#scheduler.retryNow();
  }

  /**
   * The page is going away: hands the head of the queue to sendOnUnload, halving
   * it until it fits. The statements stay queued: only a confirmed send removes
   * them, and the next launch resends them (the LRS knows their ids).
   */
  flushOnUnload(): void {
    let count = Math.min(this.#batchSize, this.#items.length);
    while (count > 0 && !this.#unloadSafely(this.#items.slice(0, count))) count = Math.floor(count / 2);
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    return this.#scheduler.onStatus(listener);
  }

  onRejected(listener: (message: string, statements: Statement[]) => void): () => void {
    this.#rejectedListeners.add(listener);
    return () => this.#rejectedListeners.delete(listener);
  }

  /** Sends batch after batch; false (retry later) when the LRS could not take one. */
  async #drain(): Promise<boolean> {
    while (this.#items.length > 0) {
      const batch = this.#items.slice(0, this.#isolate > 0 ? 1 : this.#batchSize);
      const result = await this.#sendSafely(batch);
      if (!result.ok && result.retry) return false;
      if (!result.ok && batch.length > 1 && result.status !== 401 && result.status !== 403) {
        // An LRS refuses a batch whole for one bad statement: send these one by one to set aside only that one.
        this.#isolate = batch.length;
        continue;
      }
      // Statements are only ever added at the end, and drains never overlap: the head is still this batch.
      this.#items.splice(0, batch.length);
      this.#isolate = Math.max(0, this.#isolate - batch.length);
      this.#persist();
      if (!result.ok) this.#setAside(batch, result.message);
    }
    return true;
  }

  async #sendSafely(batch: Statement[]): Promise<SendResult> {
    try {
      return await this.#options.send(batch);
    } catch (error) {
      return { ok: false, retry: true, status: null, message: error instanceof Error ? error.message : 'send failed' };
    }
  }

  #unloadSafely(batch: Statement[]): boolean {
    try {
      return this.#options.sendOnUnload(batch);
    } catch {
      return false;
    }
  }

  #setAside(statements: Statement[], message: string): void {
    const key = `${this.#options.key}:rejected`;
    const rejected = this.#read(key) as RejectedBatch[];
    this.#write(key, JSON.stringify([...rejected, { message, statements }]));
    for (const listener of this.#rejectedListeners) listener(message, statements);
  }

  #persist(): void {
    this.#write(this.#options.key, this.#items.length > 0 ? JSON.stringify(this.#items) : null);
  }

  #read(key: string): unknown[] {
    try {
      const parsed: unknown = JSON.parse(this.#options.storage?.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }

  /**
   * Storage may be full or blocked: the queue then lives on in memory. A stale
   * stored copy is harmless: it can only hold statements the LRS already knows.
   */
  #write(key: string, value: string | null): void {
    const storage = this.#options.storage;
    try {
      if (value === null) storage?.removeItem(key);
      else storage?.setItem(key, value);
    } catch {
      // Kept in memory; the next write tries again.
    }
  }
}

function isStatement(value: unknown): value is Statement {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/** A copy, so later changes by the caller do not reach the queue, with its id fixed for every resend. */
function withFixedId(statement: Statement): Statement {
  const copy = structuredClone(statement);
  copy.id ??= uuid();
  return copy;
}
