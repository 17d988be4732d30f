import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { texts } from '../content/texts.js';
import type { LaunchUiStrings } from '../content/types.js';
import { baseStyles } from '../styles/base.js';
import { TextsController } from './texts-controller.js';

/** Each notice's text key in the interface strings; looked up when rendering, so in the language shown. */
const NOTICE_TEXT = {
  broken: 'brokenStateNotice',
  unavailable: 'storageUnavailableNotice',
  'lrs-unreachable': 'lrsUnreachableNotice',
  'save-failed': 'saveFailedNotice',
  'lms-failing': 'lmsFailingNotice',
  offline: 'offlineNotice',
  'lms-recovered': 'lmsRecoveredNotice',
  restored: 'restoredNotice',
  'other-tab': 'otherTabNotice',
  'took-over': 'tookOverNotice',
  'lms-missing': 'lmsMissingNotice',
  'launch-failed': 'launchFailedNotice',
  /** A completed attempt reopened read-only (review). */
  review: 'reviewNotice',
  /** Read-only without a completed attempt behind it (browse, preview, review of an unfinished attempt). */
  browse: 'browseNotice',
} as const satisfies Record<string, keyof LaunchUiStrings['app']>;

export type NoticeId = keyof typeof NOTICE_TEXT;

/** About saving now: shown in a bar that stays in view wherever the learner has scrolled. */
export const SAVING_NOTICES: ReadonlySet<NoticeId> = new Set<NoticeId>([
  'save-failed',
  'lms-failing',
  'offline',
  'lms-recovered',
  'restored',
  'other-tab',
  'took-over',
]);

/** Closing these would hide that saving is not happening (or where it happens); they go when their cause does. */
const LASTING: ReadonlySet<NoticeId> = new Set<NoticeId>(['save-failed', 'lms-failing', 'offline', 'other-tab']);

/** The one way on that a notice offers, as the key of its button text. */
const ACTION: Partial<Record<NoticeId, keyof LaunchUiStrings['app']>> = { 'other-tab': 'continueHere' };

/**
 * Non-blocking messages. The status region stays in the DOM so screen readers
 * hear additions. Asks the app to `dismiss` a notice or to `act` on it
 * (CustomEvents whose detail is the notice).
 */
@customElement('wed-notices')
export class WedNotices extends LitElement {
  static override styles = [
    baseStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--wed-space-2);
        margin: var(--wed-space-2) 0;
        padding: var(--wed-space-2) var(--wed-space-3);
        border-left: 4px solid var(--wed-color-attention);
        background: var(--wed-color-surface);
      }
      p {
        margin: 0;
        flex: 1 1 16rem;
      }
    `,
  ];

  @property({ attribute: false }) notices: NoticeId[] = [];

  constructor() {
    super();
    new TextsController(this);
  }

  override render() {
    const ui = texts.launchUi;
    return html`<div role="status">
      <ul>
        ${this.notices.map((notice) => {
          const action = ACTION[notice];
          return html`<li>
            <p>${ui.app[NOTICE_TEXT[notice]]}</p>
            ${action ? html`<button type="button" @click=${() => this.#ask('act', notice)}>${ui.app[action]}</button>` : nothing}
            ${LASTING.has(notice)
              ? nothing
              : html`<button type="button" @click=${() => this.#ask('dismiss', notice)}>${ui.app.dismissNotice}</button>`}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #ask(request: 'dismiss' | 'act', notice: NoticeId): void {
    this.dispatchEvent(new CustomEvent<NoticeId>(request, { detail: notice }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-notices': WedNotices;
  }
}
