import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
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
import { nextTask } from './idle';
import { LocaleController } from './locale-controller';
import { purgeOldTrash } from '../state/trash-purge';
import { resolveRoute, type ResolvedRoute } from './routes';
import type { ViewSubjectEvent } from './view-subject';
import { sharedStyles } from '../styles/shared';
import '../controls/storage-notice';
import '../views/assessment-list';

const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
const LOCALE_KEY = 'jy.locale';

/**
 * The application frame: skip link, header with the language choice, the routed view and the privacy note.
 * The view comes from the route table (`routes.ts`); views other than the list load on demand, with
 * their part of the message catalogue, so start-up stays small.
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
        background: #fff;
        padding: 0.5rem 1rem;
      }
      header {
        background: #0b3d6e;
        color: #fff;
        padding: 0.75rem 1.5rem;
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
        justify-content: space-between;
      }
      header a {
        color: #fff;
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
      main {
        flex: 1;
        width: 100%;
        max-width: 72rem;
        margin: 0 auto;
        padding: 1.5rem;
        box-sizing: border-box;
      }
      main.wide {
        max-width: none;
      }
      main:focus {
        outline: none;
      }
      footer {
        padding: 1rem 1.5rem;
        color: var(--muted);
        font-size: 0.9rem;
        text-align: center;
      }
    `,
  ];

  @state() private route: ResolvedRoute | undefined = resolveRoute(location.hash);
  @state() private loadError = '';
  /** Tags of the views whose module (and strings) are ready; the list is in the start-up bundle. */
  @state() private loaded = new Set<string>(['assessment-list']);
  /** What the shown view says it shows, for the document title. */
  @state() private subject = '';
  /** The routed view's element, kept while the route stays on the same element. */
  private view?: HTMLElement;

  private readonly locale = new LocaleController(this);
  private routeChanged = false;
  private readonly onHashChange = () => {
    this.route = resolveRoute(location.hash);
    this.routeChanged = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void purgeOldTrash();
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
   * The first render waits for the next task, so that evaluating the start-up modules and rendering
   * the frame with the first view are two shorter tasks instead of one long one.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextTask();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('route')) void this.ensureLoaded(this.route);
    this.syncView();
  }

  /** Makes the routed view's element once its module is in, or hands the new props to the one shown. */
  private syncView(): void {
    const route = this.route;
    if (!route || this.loadError || !this.loaded.has(route.def.element)) {
      this.view = undefined;
      return;
    }
    if (this.view?.localName !== route.def.element) {
      this.view = document.createElement(route.def.element);
      this.subject = '';
    }
    Object.assign(this.view, route.props);
  }

  protected override updated(): void {
    document.documentElement.lang = languageTag();
    document.title = this.documentTitle();
    if (this.routeChanged) {
      this.routeChanged = false;
      void this.focusView();
    }
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

  /** Moves focus to the new view's main heading, so screen-reader and keyboard users land on it. */
  private async focusView(): Promise<void> {
    const view = this.renderRoot.querySelector('main > :not(storage-notice)');
    if (view instanceof LitElement) await view.updateComplete;
    const heading = view?.shadowRoot?.querySelector<HTMLElement>('h1');
    (heading ?? this.renderRoot.querySelector<HTMLElement>('main'))?.focus();
  }

  private async ensureLoaded(route: ResolvedRoute | undefined): Promise<void> {
    const { element, load } = route?.def ?? {};
    if (!element || !load || this.loaded.has(element)) return;
    try {
      // The view's strings come with it: only the start page's are in the start-up bundle.
      await Promise.all([load(), loadMessages('views')]);
      this.loaded = new Set([...this.loaded, element]);
      this.loadError = '';
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  private async changeLocale(locale: Locale): Promise<void> {
    await setLocale(locale);
    localStorage.setItem(LOCALE_KEY, locale);
  }

  private renderView(): TemplateResult | HTMLElement {
    const route = this.route;
    if (this.loadError) {
      return html`<p class="error" role="alert">
        ${t('app.loadFailed', { message: this.loadError })}
      </p>`;
    }
    if (!route) {
      return html`<h1 tabindex="-1">${t('app.notFound')}</h1>
        <p><a href="#/">${t('app.backToList')}</a></p>`;
    }
    return this.view ?? html`<p>${t('app.loading')}</p>`;
  }

  override render() {
    // The projector is a room display: the view alone, full screen.
    const layout = this.route?.def.layout;
    if (layout === 'bare') {
      return html`<main id="main" @view-subject=${this.onViewSubject}>
        <storage-notice></storage-notice>${this.renderView()}
      </main>`;
    }
    return html`
      <a class="skip" href="#main" @click=${this.skipToMain}>${t('app.skipToContent')}</a>
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
      <main
        id="main"
        tabindex="-1"
        class=${layout === 'wide' ? 'wide' : ''}
        @view-subject=${this.onViewSubject}
      >
        <storage-notice></storage-notice>
        ${this.renderView()}
      </main>
      <footer>${t('app.privacy')}</footer>
    `;
  }

  private readonly onViewSubject = (e: ViewSubjectEvent) => {
    if (e.target === this.view) this.subject = e.subject;
  };

  private skipToMain(e: Event): void {
    // The hash is the router's; move focus without changing it.
    e.preventDefault();
    void this.focusView();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'app-shell': AppShell;
  }
}
