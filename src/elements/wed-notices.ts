import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { launchUi as ui } from '../content/ui-launch.js';
import { baseStyles } from '../styles/base.js';

/** Each notice's text key in the interface strings; looked up when rendering, so in the language shown. */
const NOTICE_TEXT = {
  broken: 'brokenStateNotice',
  unavailable: 'storageUnavailableNotice',
  'save-failed': 'saveFailedNotice',
  'lms-failing': 'lmsFailingNotice',
  'lms-recovered': 'lmsRecoveredNotice',
  'lms-missing': 'lmsMissingNotice',
  'launch-failed': 'launchFailedNotice',
  review: 'reviewNotice',
} as const satisfies Record<string, keyof typeof ui.app>;

export type NoticeId = keyof typeof NOTICE_TEXT;

/** Non-blocking messages about saving. The status region stays in the DOM so screen readers hear additions. */
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

  override render() {
    return html`<div role="status">
      <ul>
        ${this.notices.map(
          (notice) =>
            html`<li>
              <p>${ui.app[NOTICE_TEXT[notice]]}</p>
              <button type="button" @click=${() => this.#dismiss(notice)}>${ui.app.dismissNotice}</button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #dismiss(notice: NoticeId): void {
    this.dispatchEvent(new CustomEvent<NoticeId>('dismiss', { detail: notice }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-notices': WedNotices;
  }
}
