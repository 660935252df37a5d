import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate, t } from '../../i18n';
import type { PreviousItem } from '../../model/assessment';
import type { Scale } from '../../model/checklist';
import { roundScore } from '../../model/scoring';
import { levelLabel } from '../../model/scales';
import { parseTargetBy } from '../../model/target-by';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import { emit } from './emit';

/**
 * How an item stood last round (its level, target and notes) beside this round's answer, which
 * starts empty; "Copy last time" takes them over.
 *
 * @fires last-time-copy - the user asked to copy last time into this round's answer.
 */
@customElement('last-time')
export class LastTime extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .box {
        border-left: 4px solid var(--muted);
        background: var(--color-surface-muted);
        padding: 0.5rem 0.75rem;
        margin: 0.75rem 0;
      }
      .title {
        font-weight: 700;
      }
      p {
        margin: 0.2rem 0;
      }
      .notes {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) previous?: PreviousItem;
  /** The previous round's date (yyyy-mm-dd). */
  @property({ attribute: false }) date = '';
  /** This round's scale, to name last round's target. */
  @property({ attribute: false }) scale?: Scale;
  /** BCP 47 tag of the notes' language, when it differs from the UI's. */
  @property() contentLang = '';

  private readonly locale = new LocaleController(this);

  override render() {
    const last = this.previous;
    if (!last) return nothing;
    const level =
      last.level === null
        ? t('item.dontKnow')
        : last.level === undefined
          ? t('item.unanswered')
          : (last.levelLabel ?? String(last.level));
    const score =
      last.score === null ? '' : ` · ${t('results.scoreOf', { score: roundScore(last.score) })}`;
    const target = last.target
      ? t('lastTime.target', {
          level:
            (this.scale && levelLabel(this.scale, last.target.level)) ?? String(last.target.level),
        }) + (last.target.by ? ` ${t('lastTime.by', { by: targetBy(last.target.by) })}` : '')
      : '';
    const empty = last.level === undefined && !last.target && !last.notes.trim();
    return html`<div class="box" role="group" aria-labelledby="last-title">
      <p class="title" id="last-title">${t('lastTime.heading', { date: formatDate(this.date) })}</p>
      <p>${t('lastTime.level', { level })}${score}</p>
      ${target ? html`<p>${target}</p>` : nothing}
      ${
        last.notes.trim()
          ? html`<p class="notes" lang=${this.contentLang || nothing}>${last.notes}</p>`
          : nothing
      }
      ${
        empty
          ? nothing
          : html`<button
              type="button"
              class="secondary"
              @click=${() => emit(this, 'last-time-copy', {})}
            >
              ${t('lastTime.copy')}
            </button>`
      }
    </div>`;
  }
}

/** A target's "by": a year as it is, a date the locale's way. */
function targetBy(by: string): string {
  const parsed = parseTargetBy(by);
  return parsed?.kind === 'year' ? String(parsed.year) : formatDate(by);
}

declare global {
  interface HTMLElementTagNameMap {
    'last-time': LastTime;
  }
  interface HTMLElementEventMap {
    'last-time-copy': CustomEvent<Record<string, never>>;
  }
}
