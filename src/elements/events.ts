/**
 * Every event of the package's own, in one style: an Event subclass whose
 * name is its static `eventName` and whose data are typed fields, listed in
 * HTMLElementEventMap so that addEventListener(X.eventName, …) hands the
 * listener the type. Those dispatched inside a shadow root bubble out of it
 * (composed) to the element that handles them.
 */
import type { StoreAction } from '../store/actions.js';
import type { NoticeId } from './notices.js';

const OUT_OF_SHADOW_ROOTS: EventInit = { bubbles: true, composed: true };

/** Something the learner did, for the store: dispatched by the elements, applied by the app. */
export class StoreActionEvent extends Event {
  static readonly eventName = 'wed-action';

  constructor(readonly action: StoreAction) {
    super(StoreActionEvent.eventName, OUT_OF_SHADOW_ROOTS);
  }
}

/** The learner leaves the package (the exit button when the LMS gave a place to return to): handled by start.ts. */
export class ExitEvent extends Event {
  static readonly eventName = 'wed-exit';

  constructor() {
    super(ExitEvent.eventName, OUT_OF_SHADOW_ROOTS);
  }
}

/** The learner closes a notice: the app hides it. */
export class DismissNoticeEvent extends Event {
  static readonly eventName = 'wed-dismiss-notice';

  constructor(readonly notice: NoticeId) {
    super(DismissNoticeEvent.eventName, OUT_OF_SHADOW_ROOTS);
  }
}

/** The learner takes the one way on that a notice offers. */
export class NoticeActionEvent extends Event {
  static readonly eventName = 'wed-notice-action';

  constructor(readonly notice: NoticeId) {
    super(NoticeActionEvent.eventName, OUT_OF_SHADOW_ROOTS);
  }
}

/** "Continue here" in a tab whose attempt went on in another: dispatched on the app, for one-active-tab.ts to take the attempt back. */
export class ContinueHereEvent extends Event {
  static readonly eventName = 'wed-continue-here';

  constructor() {
    super(ContinueHereEvent.eventName);
  }
}

/** A link of an error summary was followed: the summary's owner moves focus to the field `id` names. */
export class GoToErrorEvent extends Event {
  static readonly eventName = 'wed-go-to-error';

  constructor(readonly id: string) {
    super(GoToErrorEvent.eventName, OUT_OF_SHADOW_ROOTS);
  }
}

declare global {
  interface HTMLElementEventMap {
    [StoreActionEvent.eventName]: StoreActionEvent;
    [ExitEvent.eventName]: ExitEvent;
    [DismissNoticeEvent.eventName]: DismissNoticeEvent;
    [NoticeActionEvent.eventName]: NoticeActionEvent;
    [ContinueHereEvent.eventName]: ContinueHereEvent;
    [GoToErrorEvent.eventName]: GoToErrorEvent;
  }
}
