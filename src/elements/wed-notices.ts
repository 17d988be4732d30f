import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { texts } from '../content/texts.js';
import { baseStyles } from '../styles/base.js';
import { DismissNoticeEvent, NoticeActionEvent } from './events.js';
import { ACTION, LASTING, NOTICE_TEXT, type NoticeId } from './notices.js';
import { TextsController } from './texts-controller.js';

/**
 * Non-blocking messages. The status region stays in the DOM so screen readers
 * hear additions. Asks the app to dismiss a notice (DismissNoticeEvent) or to
 * act on it (NoticeActionEvent).
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
            ${
              action
                ? html`<button type="button" @click=${() => this.dispatchEvent(new NoticeActionEvent(notice))}>${ui.app[action]}</button>`
                : nothing
            }
            ${
              LASTING.has(notice)
                ? nothing
                : html`<button type="button" @click=${() => this.dispatchEvent(new DismissNoticeEvent(notice))}>
                    ${ui.app.dismissNotice}
                  </button>`
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-notices': WedNotices;
  }
}
