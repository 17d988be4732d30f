import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import type { PlanAction } from '../model/state.js';
import type { StoreAction } from '../store/actions.js';
import { baseStyles } from '../styles/base.js';
import { StoreActionEvent } from './events.js';
import { TextsController } from './texts-controller.js';

/** What to do with focus once the store has applied an add or a remove. */
type PendingFocus = { kind: 'add'; knownIds: Set<string> } | { kind: 'remove'; id: string; index: number };

/** What the live region says, kept as its text's key so that it follows the language. */
interface Announcement {
  text: 'actionAdded' | 'actionRemoved';
  number: number;
}

/**
 * Q2's list of feasible steps: a text and a date per step. The list only
 * emits store actions; focus follows once the new `actions` arrive.
 */
@customElement('wed-action-list')
export class WedActionList extends LitElement {
  static override styles = [
    baseStyles,
    css`
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        gap: var(--wed-space-1) var(--wed-space-3);
        grid-template-columns: minmax(0, 1fr);
        margin: 0 0 var(--wed-space-3);
        padding: var(--wed-space-3);
        border: 1px solid var(--wed-color-border);
        border-radius: var(--wed-radius);
        max-width: none;
      }
      label {
        font-weight: 600;
      }
      input {
        font: inherit;
        width: 100%;
        min-height: 2.75rem;
        padding: var(--wed-space-1) var(--wed-space-2);
        border: 1px solid var(--wed-color-border);
        border-radius: var(--wed-radius);
      }
      input[type='date'] {
        max-width: 14rem;
      }
      li button {
        justify-self: start;
        margin-top: var(--wed-space-2);
      }
      .empty {
        color: var(--wed-color-muted);
      }
    `,
  ];

  @property({ attribute: false }) actions: PlanAction[] = [];
  /** Review mode: the steps are shown, not changed. */
  @property({ attribute: false }) readOnly = false;
  /** Saved state is full: texts may shrink but not grow, and no step can be added. */
  @property({ attribute: false }) full = false;

  /** What the polite live region says. */
  @state() private announcement: Announcement | null = null;
  /** Counts announcements, so that the same text twice in a row is a new node and is read again. */
  #announcements = 0;

  #pending: PendingFocus | null = null;
  /** Selector of the element to focus after the next render. */
  #focusTarget: string | null = null;

  constructor() {
    super();
    new TextsController(this);
  }

  override render() {
    const { ui } = texts;
    const { announcement } = this;
    return html`
      ${
        this.actions.length === 0
          ? html`<p class="empty">${this.readOnly ? ui.plan.noActionsReadOnly : ui.plan.noActions}</p>`
          : html`<ol aria-label=${ui.plan.actionsLabel}>
              ${repeat(
                this.actions,
                (action) => action.id,
                (action, index) => this.#renderAction(action, index + 1),
              )}
            </ol>`
      }
      ${this.readOnly || this.full ? nothing : html`<button type="button" class="add" @click=${this.#add}>${ui.plan.addAction}</button>`}
      <p class="visually-hidden" role="status">
        ${keyed(
          this.#announcements,
          html`<span>${announcement && format(ui.plan[announcement.text], { number: announcement.number })}</span>`,
        )}
      </p>
    `;
  }

  #renderAction(action: PlanAction, number: number) {
    const { ui } = texts;
    return html`<li>
      <label for="text-${action.id}">${format(ui.plan.action, { number })}</label>
      <input
        id="text-${action.id}"
        type="text"
        ?readonly=${this.readOnly}
        maxlength=${ifDefined(this.full ? action.text.length : undefined)}
        .value=${action.text}
        @input=${(event: InputEvent) => this.#update(action.id, { text: inputValue(event) })}
      />
      <label for="date-${action.id}">${format(ui.plan.actionDate, { number })}</label>
      <input
        id="date-${action.id}"
        type="date"
        ?readonly=${this.readOnly}
        .value=${action.date}
        @input=${(event: InputEvent) => this.#update(action.id, { date: inputValue(event) })}
      />
      ${
        this.readOnly
          ? nothing
          : html`<button type="button" @click=${() => this.#remove(action.id, number - 1)}>
              ${format(ui.plan.removeAction, { number })}
            </button>`
      }
    </li>`;
  }

  /** Once the store's new actions arrive: what to announce, and (after render) where focus goes. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('actions') || this.#pending === null) return;
    const pending = this.#pending;
    this.#pending = null;
    if (pending.kind === 'add') {
      const index = this.actions.findIndex((action) => !pending.knownIds.has(action.id));
      if (index === -1) return;
      this.#focusTarget = `#text-${CSS.escape(this.actions[index].id)}`;
      this.#announce({ text: 'actionAdded', number: index + 1 });
    } else {
      if (this.actions.some((action) => action.id === pending.id)) return;
      const next = this.actions[pending.index];
      this.#focusTarget = next ? `#text-${CSS.escape(next.id)}` : '.add';
      this.#announce({ text: 'actionRemoved', number: pending.index + 1 });
    }
  }

  #announce(announcement: Announcement): void {
    this.announcement = announcement;
    this.#announcements++;
  }

  protected override updated(): void {
    if (this.#focusTarget === null) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focusTarget)?.focus();
    this.#focusTarget = null;
  }

  #add = (): void => {
    this.#pending = { kind: 'add', knownIds: new Set(this.actions.map((action) => action.id)) };
    this.#emit({ type: 'add-action' });
  };

  #remove(id: string, index: number): void {
    this.#pending = { kind: 'remove', id, index };
    this.#emit({ type: 'remove-action', id });
  }

  #update(id: string, changes: { text?: string; date?: string }): void {
    this.#emit({ type: 'update-action', id, changes });
  }

  #emit(action: StoreAction): void {
    this.dispatchEvent(new StoreActionEvent(action));
  }
}

function inputValue(event: Event): string {
  return (event.target as HTMLInputElement).value;
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-action-list': WedActionList;
  }
}
