import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t, type MessageKey } from '../../i18n';
import type { ChecklistProblem } from '../../checklist/problems';
import { LocaleController } from '../shell/locale-controller';
import { problemMessage } from '../messages/problem-message';
import { sharedStyles } from '../styles/shared';

/** Detail of the `problem-select` event: where in the file the problem is. */
export interface ProblemSelectDetail {
  line: number;
  column: number;
}

/**
 * The errors and warnings of a checklist file, each a button that leads to its line and column,
 * with the counts announced in a live region.
 *
 * @fires problem-select - {ProblemSelectDetail} when a problem is chosen.
 */
@customElement('checklist-problems')
export class ChecklistProblems extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h3 {
        font-size: 1rem;
        margin: 0.75rem 0 0.25rem;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.3rem;
      }
      button {
        width: 100%;
        text-align: left;
        justify-content: flex-start;
        min-height: 40px;
        padding: 0.35em 0.75em;
        background: #fde2e1;
        color: #8c1d18;
        border-color: #8c1d18;
      }
      button:hover {
        background: #f9c9c7;
      }
      .warnings button {
        background: #fff1c2;
        color: #5c4300;
        border-color: #5c4300;
      }
      .warnings button:hover {
        background: #ffe58a;
      }
      .counts {
        font-weight: 600;
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) errors: ChecklistProblem[] = [];
  @property({ attribute: false }) warnings: ChecklistProblem[] = [];

  private readonly locale = new LocaleController(this);

  private select(p: ChecklistProblem): void {
    this.dispatchEvent(
      new CustomEvent<ProblemSelectDetail>('problem-select', {
        detail: { line: p.line, column: p.column },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private group(kind: 'errors' | 'warnings', titleKey: MessageKey, problems: ChecklistProblem[]) {
    if (problems.length === 0) return nothing;
    return html`<h3 id=${`${kind}-title`}>${t(titleKey)}</h3>
      <ul class=${kind} aria-labelledby=${`${kind}-title`}>
        ${problems.map(
          (p) =>
            html`<li>
              <button type="button" @click=${() => this.select(p)}>${problemMessage(p)}</button>
            </li>`,
        )}
      </ul>`;
  }

  override render() {
    return html`
      <p class="counts" role="status">
        ${t('editor.counts', { errors: this.errors.length, warnings: this.warnings.length })}
      </p>
      ${this.group('errors', 'editor.errors', this.errors)}
      ${this.group('warnings', 'editor.warnings', this.warnings)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'checklist-problems': ChecklistProblems;
  }
}
