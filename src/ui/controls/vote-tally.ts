import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Tally } from '../../model/assessment';
import type { Scale } from '../../model/checklist';
import { addVote, summariseTally } from '../../model/votes';
import { LocaleController } from '../shell/locale-controller';
import { fieldsetStyles, sharedStyles } from '../styles/shared';
import { levelLabel } from '../../model/scales';
import { emit } from './emit';

/**
 * Records a show of hands as a count per level and shows the distribution, median and spread,
 * with a prompt to discuss when the room is split.
 *
 * @fires tally-change - detail `{ tally: Tally }` on every count change.
 * @fires use-median - detail `{ level: number }` when the facilitator takes the median as the agreed level.
 */
@customElement('vote-tally')
export class VoteTally extends LitElement {
  static override styles = [
    sharedStyles,
    fieldsetStyles,
    css`
      .row {
        display: grid;
        grid-template-columns: minmax(8rem, 1fr) 5rem 2fr;
        gap: 0.5rem;
        align-items: center;
        margin: 0.25rem 0;
      }
      .row label {
        font-weight: normal;
      }
      input {
        width: 5rem;
      }
      .bar {
        height: 1.2rem;
        background: var(--accent);
        border-radius: 3px;
        min-width: 2px;
      }
      .warning {
        background: var(--color-warning-bg);
        color: var(--color-warning-ink);
        border: 2px solid currentColor;
        border-radius: 6px;
        padding: 0.4rem 0.6rem;
        font-weight: 600;
      }
      .stats {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
        margin: 0.5rem 0;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) scale!: Scale;
  @property({ attribute: false }) tally: Tally = {};

  /** What the last + or − did, for screen readers. */
  @state() private announcement = '';

  private readonly locale = new LocaleController(this);

  /** Puts focus on the first level's count (the workshop's C key). */
  focusCounts(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  /** + and − count one vote up or down; the up and down arrows move between levels. */
  private onCountKey(e: KeyboardEvent, index: number): void {
    const levels = this.scale.levels;
    const level = levels[index]!;
    if (e.key === '+' || e.key === '-' || e.key === '−') {
      e.preventDefault();
      const tally = addVote(this.tally, level.value, e.key === '+' ? 1 : -1);
      this.emitTally(tally);
      this.announcement = t('votes.announce', {
        level: `${level.value} – ${level.label}`,
        count: tally[String(level.value)] ?? 0,
        total: summariseTally(this.scale, tally).total,
      });
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.min(
        levels.length - 1,
        Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)),
      );
      this.renderRoot.querySelectorAll<HTMLInputElement>('input')[next]?.focus();
    }
  }

  private setCount(value: number, raw: string): void {
    const count = Math.max(0, Math.floor(Number(raw) || 0));
    const tally = { ...this.tally };
    if (count === 0) delete tally[String(value)];
    else tally[String(value)] = count;
    this.emitTally(tally);
  }

  private emitTally(tally: Tally): void {
    emit(this, 'tally-change', { tally });
  }

  private levelName(value: number | null): string {
    return levelLabel(this.scale, value) ?? '';
  }

  override render() {
    const summary = summariseTally(this.scale, this.tally);
    const most = Math.max(1, ...summary.distribution.map((d) => d.count));
    return html`<fieldset>
      <legend>${t('votes.heading')}</legend>
      <p class="hint">${t('votes.intro')}</p>
      ${this.scale.levels.map((l, index) => {
        const count = this.tally[String(l.value)] ?? 0;
        const id = `votes-${l.value}`;
        return html`<div class="row">
          <label for=${id}
            >${t('votes.countFor', { level: levelLabel(this.scale, l.value) ?? '' })}</label
          >
          <input
            id=${id}
            type="number"
            inputmode="numeric"
            min="0"
            step="1"
            .value=${String(count)}
            @keydown=${(e: KeyboardEvent) => this.onCountKey(e, index)}
            @input=${(e: Event) => this.setCount(l.value, (e.target as HTMLInputElement).value)}
          />
          <div class="bar" style="width:${(count / most) * 100}%" aria-hidden="true"></div>
        </div>`;
      })}
      <div class="stats" role="status">
        ${
          summary.total === 0
            ? html`<span>${t('votes.none')}</span>`
            : html`<span>${t('votes.total', { total: summary.total })}</span>
                <span>${t('votes.median', { level: this.levelName(summary.median) })}</span>
                <span
                  >${t('votes.spread', {
                    min: summary.min ?? '',
                    max: summary.max ?? '',
                    iqr: summary.iqr,
                  })}</span
                >`
        }
      </div>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${summary.disagreement ? html`<p class="warning">${t('votes.disagreement')}</p>` : nothing}
      <div class="buttons">
        <button
          type="button"
          class="secondary"
          ?disabled=${summary.median === null}
          @click=${() => emit(this, 'use-median', { level: summary.median })}
        >
          ${t('votes.useMedian')}
        </button>
        <button
          type="button"
          class="secondary"
          ?disabled=${summary.total === 0}
          @click=${() => this.emitTally({})}
        >
          ${t('votes.clear')}
        </button>
      </div>
    </fieldset>`;
  }
}

/** Detail of `tally-change`: the new counts per level. */
export interface TallyChangeDetail {
  tally: Tally;
}

/** Detail of `use-median`: the level to take as the agreed one. */
export interface UseMedianDetail {
  level: number | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'vote-tally': VoteTally;
  }
  interface HTMLElementEventMap {
    'tally-change': CustomEvent<TallyChangeDetail>;
    'use-median': CustomEvent<UseMedianDetail>;
  }
}
