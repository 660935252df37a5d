import { LitElement, css, html, render, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  LOCALES,
  getLocale,
  languageTag,
  loadMessages,
  setLocale,
  t,
  type Locale,
} from '../../i18n';
import { whenIdle } from './idle';
import { LocaleController } from './locale-controller';
import { startUpChecked } from './open-database';
import { purgeOldTrash } from '../state/trash-purge';
import { hashParts, resolveRoute, type ResolvedRoute } from './routes';
import { ViewLoader } from './view-loader';
import './route-problem';
import { ViewSubjectEvent } from './view-subject';
import { sharedStyles } from '../styles/shared';
import '../controls/storage-notice';
import '../controls/update-notice';
import '../views/assessment-list';

/** The view's h1 once it has rendered one (views that read storage first show "loading"). */
async function renderedHeading(view: HTMLElement): Promise<HTMLElement | undefined> {
  if (view instanceof LitElement) await view.updateComplete;
  const root = view.shadowRoot;
  const find = () => root?.querySelector<HTMLElement>('h1') ?? undefined;
  if (!root || find()) return find();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const heading = find();
      if (heading || !view.isConnected) {
        observer.disconnect();
        resolve(heading);
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
const LOCALE_KEY = 'jy.locale';
/** The main landmark's id: the skip link's target, a fragment that is no route. */
const MAIN_ID = 'main';
const SKIP_HASH = `#${MAIN_ID}`;

/** The page's address with another hash (none when empty), for history.replaceState. */
const withHash = (hash: string) => `${location.pathname}${location.search}${hash}`;

/**
 * The application frame: skip link, header with the language choice, the routed view and the privacy note.
 * The view comes from the route table (`routes.ts`); views other than the list load on demand, with
 * their part of the message catalogue, so start-up stays small.
 *
 * The header, skip link and footer are in the shell's shadow root; the main landmark is the shell's
 * light-DOM child `<main id="main">`, shown through a slot, with the notices and the view rendered
 * into it. The skip link's target must be in the document itself: fragment navigation (and axe)
 * look targets up with `document.getElementById`, which does not see into shadow roots.
 */
@customElement('app-shell')
export class AppShell extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        min-height: 100vh;
        display: flex;
        flex-direction: column;
      }
      .skip {
        position: absolute;
        left: -9999px;
      }
      .skip:focus {
        left: 1rem;
        top: 1rem;
        z-index: 10;
        background: var(--color-surface);
        padding: 0.5rem 1rem;
      }
      header {
        background: var(--color-accent-strong);
        color: var(--color-surface);
        padding: 0.75rem 1.5rem;
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
        justify-content: space-between;
      }
      header a {
        color: var(--color-surface);
        font-weight: 700;
        font-size: 1.15rem;
        text-decoration: none;
      }
      header a:hover {
        text-decoration: underline;
      }
      header label {
        margin-right: 0.5em;
      }
      ::slotted(main) {
        flex: 1;
        width: 100%;
        max-width: 72rem;
        margin: 0 auto;
        padding: 1.5rem;
        box-sizing: border-box;
      }
      ::slotted(main.wide) {
        max-width: none;
      }
      /* Where the skip link's jump lands when the view's heading cannot take focus yet. */
      ::slotted(main:focus-visible) {
        outline: 3px solid var(--focus);
        outline-offset: -3px;
      }
      footer {
        padding: 1rem 1.5rem;
        color: var(--muted);
        font-size: 0.9rem;
        text-align: center;
      }
      /* A printed view is the view alone: no app header, language menu or footer. */
      @media print {
        header,
        footer,
        .skip {
          display: none;
        }
        ::slotted(main) {
          padding: 0;
          max-width: none;
        }
      }
    `,
  ];

  @state() private route: ResolvedRoute | undefined = resolveRoute(AppShell.initialHash());
  /** The hash of the shown route, restored when the skip link's jump replaces it. */
  private routedHash = location.hash;
  /** The main landmark, in light DOM (see the class comment); the view is rendered into it. */
  private readonly main = Object.assign(document.createElement('main'), {
    id: MAIN_ID,
    tabIndex: -1,
  });
  /** Each view's module (and strings), loaded on demand; the list is in the start-up bundle. */
  private readonly loader = new ViewLoader(['assessment-list']);
  /** What the shown view says it shows, for the document title. */
  @state() private subject = '';
  /** The routed view's element, kept while the route stays on the same element. */
  private view?: HTMLElement;

  private readonly locale = new LocaleController(this);
  /** Set by a route change: the new view's h1 takes focus once it is there. */
  private focusPending = false;
  private readonly onHashChange = () => {
    if (location.hash === SKIP_HASH) {
      // The skip link's own jump (the browser has focused main): not a route. The address goes
      // back to the route's, and the view stays as it is, edits and all.
      history.replaceState(history.state, '', withHash(this.routedHash));
      return;
    }
    this.routedHash = location.hash;
    this.route = resolveRoute(location.hash);
    this.focusPending = true;
  };

  /** The hash at start-up; an address ending in the skip link's `#main` opens the start page. */
  private static initialHash(): string {
    if (location.hash !== SKIP_HASH) return location.hash;
    history.replaceState(history.state, '', withHash(''));
    return '';
  }

  constructor() {
    super();
    this.main.addEventListener(ViewSubjectEvent.type, this.onViewSubject);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.main.parentNode !== this) this.append(this.main);
    window.addEventListener('hashchange', this.onHashChange);
    const saved = localStorage.getItem(LOCALE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved) && saved !== getLocale()) {
      void this.changeLocale(saved as Locale);
    }
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  /**
   * The first render waits for the answer whether the database exists (asked while the modules
   * evaluated), so that on a first visit the start page renders its empty list in the same task as
   * the frame: rendered before the answer, the list showed "loading" first and cost a second render
   * and layout (about a third more main-thread time to the list interactive). Evaluating the
   * modules and this render are separate tasks anyway, split by that wait.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await startUpChecked();
    super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    void this.tidyStorage();
  }

  /**
   * Housekeeping of the stored data, once per start, in idle time after the first render, so that
   * none of it delays the first view: on a first visit this creates the database (so the first
   * write need not wait for that); the trash drops what it keeps no longer; and edits a page wrote
   * as it closed are merged into their records (a view that opens a record merges its own first).
   */
  private async tidyStorage(): Promise<void> {
    await whenIdle();
    await purgeOldTrash();
    await import('../state/pending-edits')
      .then((m) => m.settlePendingEdits())
      .catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('route')) void this.ensureLoaded(this.route);
    this.syncView();
  }

  /** Makes the routed view's element once its module is in, or hands the new props to the one shown. */
  private syncView(): void {
    const route = this.route;
    if (!route || !this.loader.isReady(route.def.element)) {
      this.view = undefined;
      return;
    }
    if (this.view?.localName !== route.def.element) {
      this.view = document.createElement(route.def.element);
      this.subject = '';
    }
    Object.assign(this.view, route.props);
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.main.className = this.route?.def.layout === 'wide' ? 'wide' : '';
    render(this.renderMain(), this.main, { host: this });
  }

  protected override updated(): void {
    document.documentElement.lang = languageTag();
    document.title = this.documentTitle();
    if (this.focusPending) void this.focusView();
  }

  /** The view's own title, with what it shows when it says, in the UI language (WCAG 2.4.2). */
  private documentTitle(): string {
    const route = this.route;
    const app = t('app.title');
    if (!route) return t('title.plain', { view: t('title.notFound'), app });
    if (!this.view) return app;
    const view = route.def.title(route.props);
    return this.subject
      ? t('title.withSubject', { view, subject: this.subject, app })
      : t('title.plain', { view, app });
  }

  /**
   * Moves focus to the view's h1 (WCAG 2.4.3), so keyboard and screen-reader users land on what
   * opened; a view still loading its module or its data gets it when its heading appears.
   */
  private async focusView(): Promise<void> {
    // No view and no problem to report: the view's module is still loading.
    const shown = this.view ?? this.main.querySelector('route-problem');
    if (!shown) return;
    this.focusPending = false;
    const heading = await renderedHeading(shown);
    if (heading && shown.isConnected) heading.focus();
  }

  private async ensureLoaded(route: ResolvedRoute | undefined): Promise<void> {
    const { element, load } = route?.def ?? {};
    if (!element || !load || this.loader.isReady(element)) return;
    // The view's strings come with it: only the start page's are in the start-up bundle.
    const loading = this.loader.load(element, () => Promise.all([load(), loadMessages('views')]));
    this.requestUpdate();
    await loading;
    this.requestUpdate();
  }

  /** Tries the failed view's module again (the network may be back). */
  private retryLoad(): void {
    void this.ensureLoaded(this.route);
  }

  private async changeLocale(locale: Locale): Promise<void> {
    await setLocale(locale);
    localStorage.setItem(LOCALE_KEY, locale);
  }

  private renderView(): TemplateResult | HTMLElement {
    const route = this.route;
    if (!route) {
      const malformed = hashParts(location.hash) === undefined;
      return html`<route-problem kind="not-found" ?malformed=${malformed}></route-problem>`;
    }
    const load = this.loader.state(route.def.element);
    if (load.status === 'failed') {
      return html`<route-problem
        kind="load-failed"
        .message=${load.message}
        @retry-load=${this.retryLoad}
      ></route-problem>`;
    }
    return this.view ?? html`<p>${t('app.loading')}</p>`;
  }

  /** What goes into the light-DOM main: the notices and the view. */
  private renderMain(): TemplateResult {
    // The projector is a room display: the view alone, full screen.
    if (this.route?.def.layout === 'bare') {
      return html`<storage-notice></storage-notice>${this.renderView()}`;
    }
    return html`<storage-notice></storage-notice>
      <update-notice></update-notice>
      ${this.renderView()}`;
  }

  override render() {
    if (this.route?.def.layout === 'bare') return html`<slot></slot>`;
    return html`
      <a class="skip" href=${SKIP_HASH} @click=${this.skipToMain}>${t('app.skipToContent')}</a>
      <header>
        <a href="#/">${t('app.title')}</a>
        <div>
          <label for="locale">${t('app.language')}</label>
          <select
            id="locale"
            @change=${(e: Event) =>
              void this.changeLocale((e.target as HTMLSelectElement).value as Locale)}
          >
            ${LOCALES.map(
              (l) =>
                html`<option value=${l} lang=${languageTag(l)} ?selected=${l === getLocale()}>
                  ${LANGUAGE_NAMES[l]}
                </option>`,
            )}
          </select>
        </div>
      </header>
      <slot></slot>
      <footer>${t('app.privacy')}</footer>
    `;
  }

  private readonly onViewSubject = (e: ViewSubjectEvent) => {
    if (e.target === this.view) this.subject = e.subject;
  };

  /**
   * The link works by itself (the browser focuses main, and the hash is restored); with script it
   * does better: the address is left alone and focus goes on to the view's h1.
   */
  private skipToMain(e: Event): void {
    e.preventDefault();
    this.main.focus();
    void this.focusView();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'app-shell': AppShell;
  }
}
