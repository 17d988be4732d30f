import type { ReactiveController } from 'lit';
import { ContinueHereEvent } from './elements/events.js';
import type { WedApp } from './elements/wed-app.js';
import { decodeSuspendData } from './model/suspend-data.js';
import type { AssessmentStore } from './store/assessment-store.js';
import type { Handover, Tracker } from './tracking/tracker.js';

type Write = readonly [string, string];

/** Claims carry when the claim was made, so two tabs opened at once agree on which one is newer. */
interface Claim {
  tab: string;
  at: number;
}

type TabMessage =
  | { type: 'claim'; claim: Claim }
  | { type: 'handover'; to: string; handover: Handover }
  /** The active tab's latest state, with its save stamp. */
  | { type: 'state'; data: string }
  | { type: 'committed'; writes: Write[] };

/**
 * One attempt, one tab that writes. When the same attempt opens in another
 * tab or window (a newer claim), this tab saves everything, hands its state
 * to the new tab, turns read-only and follows what the new tab does, so that
 * neither the learner's view nor this tab's own LMS session falls behind.
 * "Continue here" claims the attempt back.
 */
export class OneActiveTab implements ReactiveController {
  readonly #tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  readonly #channel: BroadcastChannel | null;
  #claim: Claim | null = null;
  /** While stepped back: the active tab's latest state, where this tab continues should the learner take the attempt back. */
  #lastSeen = '';
  readonly #stop: Array<() => void> = [];

  constructor(
    name: string,
    private readonly app: WedApp,
    private readonly store: AssessmentStore,
    private readonly tracker: Tracker,
  ) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  }

  /** Takes the attempt: any other tab of it steps back. */
  hostConnected(): void {
    if (!this.#channel || this.#stop.length > 0) return;
    this.#channel.onmessage = (event: MessageEvent<TabMessage>) => void this.#receive(event.data);
    this.#stop.push(
      this.store.subscribe(() => {
        if (this.#active) this.#post({ type: 'state', data: this.tracker.snapshot() });
      }),
      this.tracker.onCommitted?.((writes) => this.#post({ type: 'committed', writes: [...writes] })) ?? (() => {}),
    );
    const continueHere = () => void this.#takeBack();
    this.app.addEventListener(ContinueHereEvent.eventName, continueHere);
    this.#stop.push(() => this.app.removeEventListener(ContinueHereEvent.eventName, continueHere));
    this.#claimNow();
  }

  hostDisconnected(): void {
    for (const stop of this.#stop.splice(0)) stop();
    this.#channel?.close();
  }

  get #active(): boolean {
    return this.#claim !== null;
  }

  #claimNow(): void {
    this.#claim = { tab: this.#tab, at: Date.now() };
    this.#post({ type: 'claim', claim: this.#claim });
  }

  async #receive(message: TabMessage): Promise<void> {
    switch (message.type) {
      case 'claim':
        if (this.#claim && isNewer(message.claim, this.#claim)) this.#stepBack(message.claim.tab);
        return;
      case 'handover': {
        if (message.to !== this.#tab || !this.#active || !(await this.#sameAttempt(message.handover.data))) return;
        const state = await this.tracker.takeOver(message.handover);
        if (state) this.store.replace(state);
        this.app.showNotice('took-over');
        return;
      }
      case 'state': {
        if (this.#active) return;
        this.#lastSeen = message.data;
        const decoded = await decodeSuspendData(message.data);
        if (decoded.ok) this.store.replace(decoded.state);
        return;
      }
      case 'committed':
        if (!this.#active) this.tracker.follow?.(message.writes);
    }
  }

  #stepBack(to: string): void {
    const handover = this.tracker.handOver();
    this.#claim = null;
    this.store.setReadOnly(true);
    this.app.hideNotice('took-over');
    this.app.showNotice('other-tab');
    this.app.requestUpdate();
    this.#post({ type: 'handover', to, handover });
  }

  /** Should the other tab be gone, nobody hands over: this tab goes on from the last state it saw. */
  async #takeBack(): Promise<void> {
    this.#claimNow();
    const state = await this.tracker.takeOver({ data: this.#lastSeen, interactions: 0 });
    if (state) this.store.replace(state);
    this.store.setReadOnly(false);
    this.app.hideNotice('other-tab');
    this.app.requestUpdate();
  }

  async #sameAttempt(data: string): Promise<boolean> {
    const [theirs, ours] = await Promise.all([decodeSuspendData(data), decodeSuspendData(this.tracker.snapshot())]);
    return theirs.ok && ours.ok && theirs.attempt === ours.attempt;
  }

  #post(message: TabMessage): void {
    this.#channel?.postMessage(message);
  }
}

function isNewer(claim: Claim, than: Claim): boolean {
  return claim.at > than.at || (claim.at === than.at && claim.tab > than.tab);
}
