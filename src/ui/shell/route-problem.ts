import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import { LocaleController } from './locale-controller';
import { sharedStyles } from '../styles/shared';

/**
 * What the shell shows in place of a view when there is none: an address no route matches (and
 * whether the link itself is malformed), or a view whose module failed to load. It has its own h1,
 * which takes focus like a view's. An element of its own, since the shell's main is in light DOM
 * (the skip link's target), where the shell's styles do not reach.
 *
 * @fires retry-load - the user asks to load the failed view again
 */
@customElement('route-problem')
export class RouteProblem extends LitElement {
  static override styles = sharedStyles;

  /** `not-found`: no route matches; `load-failed`: the view's module did not load. */
  @property() kind: 'not-found' | 'load-failed' = 'not-found';
  /** The address is not valid percent-encoding (`#/a/%`), not merely unknown. */
  @property({ type: Boolean }) malformed = false;
  /** Why the module did not load. */
  @property() message = '';

  private readonly locale = new LocaleController(this);

  override render() {
    if (this.kind === 'not-found') {
      return html`<h1 tabindex="-1">${t('app.notFound')}</h1>
        ${this.malformed ? html`<p>${t('app.malformedLink')}</p>` : nothing}
        <p><a href="#/">${t('app.backToList')}</a></p>`;
    }
    // This view alone failed: the header's links and every other view still work.
    return html`<h1 tabindex="-1">${t('app.loadFailedTitle')}</h1>
      <p class="error" role="alert">${t('app.loadFailed', { message: this.message })}</p>
      <p>
        <button type="button" @click=${this.retry}>${t('app.retryLoad')}</button>
        <a href="#/">${t('app.backToList')}</a>
      </p>`;
  }

  private retry(): void {
    this.dispatchEvent(new Event('retry-load', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'route-problem': RouteProblem;
  }
  interface HTMLElementEventMap {
    'retry-load': Event;
  }
}
