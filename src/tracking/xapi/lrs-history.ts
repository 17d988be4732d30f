import type { Actor } from '@xapi/xapi';
import { config } from '../../content/config.js';
import { attemptsOf, withProfile, withProfiles, type CompletedProfile, type LearnerHistory } from '../../model/history.js';
import type { KeyValueStore } from '../../persistence/browser-storage.js';
import { DEFAULT_TIMINGS, SaveScheduler } from '../save-scheduler.js';
import type { SyncStatus } from '../tracker.js';
import type { LrsClient, SendResult } from './lrs-client.js';

/** The agent profile document of the package's history: one per learner (agent), shared by every registration and installation. */
export const HISTORY_PROFILE_ID = `${config.activityIri}/profiles/history`;
/** Writes that lost a race (412) are read and merged again this many times before the next retry. */
const MERGE_TRIES = 5;

export interface LrsHistoryOptions {
  client: LrsClient;
  /** The launch's actor (cmi5: the actor the LMS launched with). */
  agent: Actor;
  /** Where profiles not yet in the LRS wait (the DurableStore): a page closed before the LRS answered loses none. */
  outbox: KeyValueStore | null;
  /** Waits between failed appends, the last one repeating. */
  retryMs?: readonly number[];
}

/**
 * A learner's completed profiles in the LRS (xAPI, cmi5): the Agent Profile
 * API document HISTORY_PROFILE_ID, `{ version: 1, attempts: [...] }`. Read
 * at launch; a completed attempt is appended by reading the document, adding
 * it and writing it back only if nobody wrote meanwhile (If-Match, else
 * If-None-Match *; a 412 reads again). Until the LRS has it, the profile waits
 * in the browser and is retried like statements, also at the next launch.
 */
export class LrsHistory implements LearnerHistory {
  readonly source = 'lrs';
  readonly #options: LrsHistoryOptions;
  readonly #scheduler: SaveScheduler;
  readonly #outboxKey: string;
  #pending: CompletedProfile[];

  constructor(options: LrsHistoryOptions) {
    this.#options = options;
    this.#outboxKey = `history-outbox:${JSON.stringify(options.agent)}`;
    this.#scheduler = new SaveScheduler(() => this.#append(), {
      soonMs: 0,
      typingMs: 0,
      retryMs: options.retryMs ?? DEFAULT_TIMINGS.retryMs,
    });
    this.#pending = this.#readOutbox();
    // Left over from an earlier page: deliver it now.
    if (this.#pending.length > 0) this.#scheduler.request('now');
  }

  get status(): SyncStatus {
    return this.#scheduler.status;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    return this.#scheduler.onStatus(listener);
  }

  /** What the LRS holds, with what still waits to go there; null when the LRS could not be read. */
  async read(): Promise<CompletedProfile[] | null> {
    // What waits now: a profile delivered while the document is on its way here is in neither otherwise.
    const waiting = this.#pending;
    const read = await this.#options.client.getAgentProfile(this.#options.agent, HISTORY_PROFILE_ID);
    if (!read.ok) return null;
    return [...waiting, ...this.#pending].reduce((history, profile) => withProfile(history, profile), attemptsOf(read.value.document));
  }

  record(profile: CompletedProfile): void {
    this.#pending = withProfile(this.#pending, profile);
    this.#writeOutbox();
    this.#scheduler.request('now');
  }

  /** The connection is back: try at once instead of waiting for the next retry. */
  retryNow(): void {
    if (this.#pending.length > 0) this.#scheduler.retryNow();
  }

  async #append(): Promise<boolean> {
    const { client, agent } = this.#options;
    for (let tries = 0; tries < MERGE_TRIES && this.#pending.length > 0; tries++) {
      const sent = this.#pending;
      const read = await client.getAgentProfile(agent, HISTORY_PROFILE_ID);
      if (!read.ok) return false;
      const document = withProfiles(read.value.document, sent);
      const written: SendResult =
        document === null ? { ok: true } : await client.setAgentProfile(agent, HISTORY_PROFILE_ID, document, read.value);
      if (!written.ok && written.status === 412) continue;
      if (!written.ok) return false;
      // A profile changed while this one was on its way goes next.
      this.#pending = this.#pending.filter((profile) => !sent.includes(profile));
      this.#writeOutbox();
    }
    return this.#pending.length === 0;
  }

  #readOutbox(): CompletedProfile[] {
    try {
      return attemptsOf(JSON.parse(this.#options.outbox?.getItem(this.#outboxKey) ?? 'null'));
    } catch {
      return [];
    }
  }

  /** Storage may be full or blocked: the outbox then lives on in memory for this page. */
  #writeOutbox(): void {
    const { outbox } = this.#options;
    try {
      if (this.#pending.length === 0) outbox?.removeItem(this.#outboxKey);
      else outbox?.setItem(this.#outboxKey, JSON.stringify({ version: 1, attempts: this.#pending }));
    } catch {
      // Kept in memory; the next change tries again.
    }
  }
}
