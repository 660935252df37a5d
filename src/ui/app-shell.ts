import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LOCALES, getLocale, languageTag, loadMessages, setLocale, t, type Locale } from '../i18n';
import { LocaleController } from './locale-controller';
import { purgeOldTrash } from './trash-purge';
import { parseRoute, type Route } from './route';
import { sharedStyles } from './styles/shared';
import './controls/storage-notice';
import './views/assessment-list';

/** The element each route shows; all but the list load on demand. */
const VIEW_TAGS: Partial<Record<Route['name'], string>> = {
  new: 'assessment-create',
  assessment: 'assessment-view',
  workshop: 'assessment-workshop',
  projector: 'workshop-projector',
  region: 'region-overview',
  checklists: 'checklist-library',
  checklistEditor: 'checklist-editor',
  trash: 'trash-view',
};
const VIEW_LOADERS: Record<string, () => Promise<unknown>> = {
  'assessment-create': () => import('./views/assessment-create'),
  'assessment-view': () => import('./views/assessment-view'),
  'assessment-workshop': () => import('./views/assessment-workshop'),
  'workshop-projector': () => import('./views/workshop-projector'),
  'region-overview': () => import('./views/region-overview'),
  'checklist-library': () => import('./views/checklist-library'),
  'checklist-editor': () => import('./views/checklist-editor'),
  'trash-view': () => import('./views/trash-view'),
};

const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
const LOCALE_KEY = 'jy.locale';

/**
 * The application frame: skip link, header with the language choice, the routed view and the privacy note.
 * Views other than the list load on demand, with their part of the message catalogue, so start-up
 * stays small.
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

  @state() private route: Route = parseRoute(location.hash);
  @state() private loadError = '';
  /** Tags of the lazily loaded views that are ready. */
  @state() private loaded = new Set<string>(['assessment-list']);

  private readonly locale = new LocaleController(this);
  private routeChanged = false;
  private readonly onHashChange = () => {
    this.route = parseRoute(location.hash);
    this.routeChanged = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void purgeOldTrash();
    // Edits a page wrote as it closed are merged into their records now, not only when opened.
    void import('./pending-edits').then((m) => m.settlePendingEdits()).catch(() => undefined);
    const saved = localStorage.getItem(LOCALE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved) && saved !== getLocale()) {
      void this.changeLocale(saved as Locale);
    }
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('route')) void this.ensureLoaded(this.route);
  }

  protected override updated(): void {
    document.documentElement.lang = languageTag();
    document.title = t('app.title');
    if (this.routeChanged) {
      this.routeChanged = false;
      void this.focusView();
    }
  }

  /** Moves focus to the new view's main heading, so screen-reader and keyboard users land on it. */
  private async focusView(): Promise<void> {
    const view = this.renderRoot.querySelector('main > :not(storage-notice)');
    if (view instanceof LitElement) await view.updateComplete;
    const heading = view?.shadowRoot?.querySelector<HTMLElement>('h1');
    (heading ?? this.renderRoot.querySelector<HTMLElement>('main'))?.focus();
  }

  private async ensureLoaded(route: Route): Promise<void> {
    const tag = VIEW_TAGS[route.name];
    if (!tag || this.loaded.has(tag)) return;
    try {
      // The view's strings come with it: only the start page's are in the start-up bundle.
      await Promise.all([VIEW_LOADERS[tag]?.(), loadMessages('views')]);
      this.loaded = new Set([...this.loaded, tag]);
      this.loadError = '';
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  private async changeLocale(locale: Locale): Promise<void> {
    await setLocale(locale);
    localStorage.setItem(LOCALE_KEY, locale);
  }

  private renderView(): TemplateResult | typeof nothing {
    const route = this.route;
    if (this.loadError) {
      return html`<p class="error" role="alert">
        ${t('app.loadFailed', { message: this.loadError })}
      </p>`;
    }
    switch (route.name) {
      case 'list':
        return html`<assessment-list></assessment-list>`;
      case 'new':
        return this.loaded.has('assessment-create')
          ? html`<assessment-create></assessment-create>`
          : html`<p>${t('app.loading')}</p>`;
      case 'assessment':
        return this.loaded.has('assessment-view')
          ? html`<assessment-view .assessmentId=${route.id} .tab=${route.tab}></assessment-view>`
          : html`<p>${t('app.loading')}</p>`;
      case 'workshop':
        return this.loaded.has('assessment-workshop')
          ? html`<assessment-workshop
              .assessmentId=${route.id}
              .itemNumber=${route.item}
            ></assessment-workshop>`
          : html`<p>${t('app.loading')}</p>`;
      case 'region':
        return this.loaded.has('region-overview')
          ? html`<region-overview></region-overview>`
          : html`<p>${t('app.loading')}</p>`;
      case 'checklists':
        return this.loaded.has('checklist-library')
          ? html`<checklist-library></checklist-library>`
          : html`<p>${t('app.loading')}</p>`;
      case 'checklistEditor':
        return this.loaded.has('checklist-editor')
          ? html`<checklist-editor .checklistKey=${route.key}></checklist-editor>`
          : html`<p>${t('app.loading')}</p>`;
      case 'trash':
        return this.loaded.has('trash-view')
          ? html`<trash-view></trash-view>`
          : html`<p>${t('app.loading')}</p>`;
      case 'projector':
        return this.loaded.has('workshop-projector')
          ? html`<workshop-projector .assessmentId=${route.id}></workshop-projector>`
          : html`<p>${t('app.loading')}</p>`;
      default:
        return html`<h1 tabindex="-1">${t('app.notFound')}</h1>
          <p><a href="#/">${t('app.backToList')}</a></p>`;
    }
  }

  override render() {
    // The projector is a room display: the view alone, full screen.
    if (this.route.name === 'projector') {
      return html`<main id="main"><storage-notice></storage-notice>${this.renderView()}</main>`;
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
        class=${this.route.name === 'workshop' || this.route.name === 'checklistEditor' ? 'wide' : ''}
      >
        <storage-notice></storage-notice>
        ${this.renderView()}
      </main>
      <footer>${t('app.privacy')}</footer>
    `;
  }

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
