/**
 * The events of the learner's earlier profile, in the style of events.ts. A
 * module of their own: only the later screens and the connection use them, so
 * the first screen's chunk does not carry them.
 */
const OUT_OF_SHADOW_ROOTS: EventInit = { bubbles: true, composed: true };

/** The learner removes the earlier profiles kept in this browser: handled by start.ts. */
export class ForgetHistoryEvent extends Event {
  static readonly eventName = 'wed-forget-history';

  constructor() {
    super(ForgetHistoryEvent.eventName, OUT_OF_SHADOW_ROOTS);
  }
}

/** Standalone, after completing: the learner starts the assessment again (a new attempt): handled by start.ts. */
export class NewAttemptEvent extends Event {
  static readonly eventName = 'wed-new-attempt';

  constructor() {
    super(NewAttemptEvent.eventName, OUT_OF_SHADOW_ROOTS);
  }
}

declare global {
  interface HTMLElementEventMap {
    [ForgetHistoryEvent.eventName]: ForgetHistoryEvent;
    [NewAttemptEvent.eventName]: NewAttemptEvent;
  }
}
