import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t, type MessageKey } from '../../i18n';
import type { ChecklistProblem } from '../../checklist/problems';
import { LocaleController } from '../shell/locale-controller';
import { problemMessage } from '../messages/problem-message';
import { sharedStyles } from '../styles/shared';
import { emit } from './emit';

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
        background: var(--color-danger-bg);
        color: var(--color-danger);
        border-color: var(--color-danger);
      }
      button:hover {
        background: var(--color-danger-200);
      }
      .warnings button {
        background: var(--color-warning-bg);
        color: var(--color-warning-ink);
        border-color: var(--color-warning-ink);
      }
      .warnings button:hover {
        background: var(--color-warning-300);
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
    emit(this, 'problem-select', { line: p.line, column: p.column });
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
  interface HTMLElementEventMap {
    'problem-select': CustomEvent<ProblemSelectDetail>;
  }
}
