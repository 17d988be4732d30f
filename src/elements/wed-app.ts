import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { config } from '../content/config.js';
import { otherLanguage } from '../content/languages.js';
import { setLanguage, texts } from '../content/texts.js';
import type { Language } from '../content/types.js';
import type { EarlierProfile } from '../model/history.js';
import type { AssessmentState, ScreenId } from '../model/state.js';
import type { AssessmentStore } from '../store/assessment-store.js';
import { ProvisionalStore } from '../store/provisional-store.js';
import type { SyncStatus, TrackingMode } from '../tracking/tracker.js';
import { baseStyles } from '../styles/base.js';
import { ContinueHereEvent, DismissNoticeEvent, NoticeActionEvent, StoreActionEvent } from './events.js';
import type { NoticeId } from './notices.js';
import { SAVING_NOTICES } from './saving-notices.js';
import type { ScreenElement } from './screen-element.js';
import './wed-stepper.js';
import './wed-intro-screen.js';
import { SCREEN_TAGS, isScreenDefined, loadLaterScreens, loadLaterScreensFor } from './screen-loading.js';
import { TextsController } from './texts-controller.js';

/** The assessment: the language switch, stepper, the current screen, notices, and the print document. */
@customElement('wed-app')
export class WedApp extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .page {
        max-width: 52rem;
        margin: 0 auto;
        padding: var(--wed-space-3);
      }
      header {
        margin-bottom: var(--wed-space-4);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--wed-space-2);
        margin: 0 0 var(--wed-space-2);
      }
      header p {
        margin: 0;
        flex: 1 1 16rem;
        font-weight: 700;
        color: var(--wed-color-accent);
      }
      .language {
        min-height: 2.75rem;
        padding: var(--wed-space-1) var(--wed-space-2);
        border-width: 1px;
        font-size: 0.95rem;
      }
      footer {
        margin-top: var(--wed-space-5);
        padding-top: var(--wed-space-3);
        border-top: 1px solid var(--wed-color-border);
        color: var(--wed-color-muted);
        font-size: 0.95rem;
      }
      /* In view wherever the learner has scrolled in the LMS's frame. */
      .saving {
        position: sticky;
        bottom: 0;
        z-index: 1;
        background: var(--wed-color-bg);
      }
      wed-print-report {
        display: none;
      }
      @media print {
        .page,
        .language {
          display: none;
        }
        wed-print-report {
          display: block;
        }
      }
    `,
  ];

  /** Until the tracker has connected, a fresh attempt's: the introduction shows at once (see ProvisionalStore). */
  @property({ attribute: false }) store: AssessmentStore = new ProvisionalStore();
  @property({ attribute: false }) notices: NoticeId[] = [];
  /** Null until the tracker has connected: then it says where the answers go (the footer). */
  @property() mode: TrackingMode | null = null;
  /** Where "exit" takes the learner (cmi5 returnURL); null: no exit button. */
  @property({ attribute: false }) exitUrl: string | null = null;
  /** Characters of saved state left where the standard limits it (SCORM 1.2); null elsewhere. */
  @property({ attribute: false }) textSpace: number | null = null;

  /**
   * A resumed attempt opens on the introduction, its button saying "continue":
   * the learner's place is kept (nothing is written) until they press it or
   * choose a step.
   */
  @property({ attribute: false }) welcomeBack = false;

  /** The learner's latest earlier completed profile, shown beside this attempt's; null: none available. */
  @property({ attribute: false }) earlier: EarlierProfile | null = null;

  @state() private appState!: AssessmentState;
  /**
   * The screen on show: the learner's screen once its element is defined. Until
   * then the previous one stays, so a step never shows an empty page while the
   * later screens load.
   */
  @state() private shownScreen: ScreenId | null = null;
  /** The language the page was last marked as being in. */
  #markedLanguage: Language | null = null;
  #unsubscribe?: () => void;
  #laterScreensLoading = false;

  constructor() {
    super();
    new TextsController(this);
    this.addEventListener(StoreActionEvent.eventName, this.#onAction);
    this.addEventListener(DismissNoticeEvent.eventName, this.#onDismiss);
    this.addEventListener(NoticeActionEvent.eventName, this.#onNoticeAction);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  showNotice(notice: NoticeId): void {
    if (!this.notices.includes(notice)) this.notices = [...this.notices, notice];
  }

  hideNotice(...notices: NoticeId[]): void {
    this.notices = this.notices.filter((notice) => !notices.includes(notice));
  }

  /** Saving trouble is shown while it lasts, offline told apart from an LMS that does not save; its end is announced once. */
  setSyncStatus(status: SyncStatus): void {
    const failing: NoticeId = this.mode === 'standalone' ? 'save-failed' : 'lms-failing';
    if (status === 'failing' || status === 'offline') {
      this.hideNotice('lms-recovered', failing, 'offline');
      this.showNotice(status === 'offline' ? 'offline' : failing);
    } else if (status === 'saved' && (this.notices.includes(failing) || this.notices.includes('offline'))) {
      this.hideNotice(failing, 'offline');
      if (failing === 'lms-failing') this.showNotice('lms-recovered');
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store')) {
      this.#unsubscribe?.();
      this.appState = this.store.state;
      this.#unsubscribe = this.store.subscribe((next) => (this.appState = next));
    }
    if (this.appState && this.#displayed.screen !== this.shownScreen) this.#show(this.#displayed.screen);
  }

  #show(screen: ScreenId): void {
    if (isScreenDefined(screen) || this.shownScreen === null) {
      this.shownScreen = screen;
      return;
    }
    void loadLaterScreens();
    void customElements.whenDefined(SCREEN_TAGS[screen]).then(() => {
      if (this.#displayed.screen === screen) this.shownScreen = screen;
    });
  }

  protected override updated(changed: PropertyValues): void {
    if (this.appState && !this.#laterScreensLoading) {
      this.#laterScreensLoading = true;
      loadLaterScreensFor(this, this.appState.screen);
    }
    const { language } = texts;
    if (this.#markedLanguage !== language) {
      // Screen readers read the page, the print document included, in the language it is in.
      this.#markedLanguage = language;
      this.lang = language;
      document.documentElement.lang = language;
      document.title = texts.launchUi.app.documentTitle;
    }
    if (changed.get('shownScreen')) void this.#focusScreenHeading();
  }

  /** The screen shown is always defined (see #show), except a later one the learner resumed on. */
  async #focusScreenHeading(): Promise<void> {
    const tag = this.renderRoot.querySelector('[data-screen]')?.localName;
    if (!tag) return;
    await customElements.whenDefined(tag);
    // An app taken out of the page meanwhile has nothing to focus, and its screens were never upgraded.
    if (!this.isConnected) return;
    const screen = this.renderRoot.querySelector<ScreenElement>('[data-screen]');
    if (screen?.localName === tag) await screen.focusHeading();
  }

  override render() {
    if (!this.appState) return nothing;
    return html`<div class="page">
        <header>
          <div class="bar">
            <p>${texts.intro.title}</p>
            ${this.#renderLanguageSwitch()}
          </div>
          <wed-stepper .state=${this.#displayed} .readOnly=${this.store.readOnly}></wed-stepper>
        </header>
        <wed-notices .notices=${this.notices.filter((notice) => !SAVING_NOTICES.has(notice))}></wed-notices>
        <main>${this.#renderScreen(this.shownScreen ?? this.#displayed.screen)}</main>
        ${this.mode === null ? nothing : html`<footer>${this.#footerNote()}</footer>`}
        <wed-notices class="saving" .notices=${this.notices.filter((notice) => SAVING_NOTICES.has(notice))}></wed-notices>
      </div>
      ${this.mode === null ? nothing : html`<wed-print-report .state=${this.appState} .earlier=${this.earlier}></wed-print-report>`}`;
  }

  /** Where the learner's answers go; read-only, that nothing changes or goes anywhere. */
  #footerNote(): string {
    const { app } = texts.launchUi;
    if (this.store.readOnly) return app.readOnlyNote;
    return this.mode === 'standalone' ? app.standaloneNote : app.lmsNote;
  }

  /** Offers the other language, named in that language and read out in it. */
  #renderLanguageSwitch() {
    const target = otherLanguage(texts.language);
    const { name, switchTo } = config.languages[target];
    return html`<button type="button" class="language" lang=${target} aria-label=${switchTo} @click=${() => this.#switchLanguage(target)}>
      ${name}
    </button>`;
  }

  /** The new language's texts first; only once they are shown is the choice kept (and reported). */
  async #switchLanguage(language: Language): Promise<void> {
    if (await setLanguage(language)) this.store.dispatch({ type: 'set-language', language });
  }

  #renderScreen(screen: ScreenId) {
    const s = this.#displayed;
    const readOnly = this.store.readOnly;
    switch (screen) {
      case 'intro':
        return html`<wed-intro-screen data-screen .state=${s} .readOnly=${readOnly}></wed-intro-screen>`;
      case 'video':
        return html`<wed-video-screen data-screen .state=${s} .readOnly=${readOnly}></wed-video-screen>`;
      case 'statements':
        return html`<wed-statements-screen data-screen .state=${s} .readOnly=${readOnly}></wed-statements-screen>`;
      case 'analysis':
        return html`<wed-analysis-screen data-screen .state=${s} .readOnly=${readOnly} .earlier=${this.earlier}></wed-analysis-screen>`;
      case 'plan':
        return html`<wed-plan-screen
          data-screen
          .state=${s}
          .readOnly=${readOnly}
          .textSpace=${this.mode === 'scorm12' ? this.textSpace : null}
        ></wed-plan-screen>`;
      case 'done':
        return html`<wed-done-screen
          data-screen
          .state=${s}
          .readOnly=${readOnly}
          .canExit=${this.exitUrl !== null}
          .canStartAgain=${this.mode === 'standalone' && !readOnly}
        ></wed-done-screen>`;
    }
  }

  /** The state as the learner sees it: on the introduction while welcomed back. */
  get #displayed(): AssessmentState {
    return this.welcomeBack ? { ...this.appState, screen: 'intro' } : this.appState;
  }

  #onAction = (event: StoreActionEvent): void => {
    event.stopPropagation();
    if (this.welcomeBack) {
      this.welcomeBack = false;
      // "Continue": back to where the learner was, which the state still says.
      if (event.action.type === 'begin') return;
    }
    this.store.dispatch(event.action);
  };

  #onDismiss = (event: DismissNoticeEvent): void => {
    event.stopPropagation();
    this.hideNotice(event.notice);
  };

  /** The one notice with an action: "continue here" in a tab whose attempt went on in another. */
  #onNoticeAction = (event: NoticeActionEvent): void => {
    event.stopPropagation();
    if (event.notice === 'other-tab') this.dispatchEvent(new ContinueHereEvent());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-app': WedApp;
  }
}
