import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Tally } from '../../model/assessment';
import type { Scale } from '../../model/checklist';
import { summariseTally } from '../../model/votes';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

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
    css`
      fieldset {
        border: 2px solid #d0d4da;
        border-radius: 8px;
        margin: 1rem 0;
        padding: 0.75rem 1rem;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3em;
      }
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
        background: #fff1c2;
        color: #5c4300;
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

  private readonly locale = new LocaleController(this);

  private setCount(value: number, raw: string): void {
    const count = Math.max(0, Math.floor(Number(raw) || 0));
    const tally = { ...this.tally };
    if (count === 0) delete tally[String(value)];
    else tally[String(value)] = count;
    this.emitTally(tally);
  }

  private emitTally(tally: Tally): void {
    this.tally = tally;
    this.dispatchEvent(
      new CustomEvent('tally-change', { detail: { tally }, bubbles: true, composed: true }),
    );
  }

  private levelName(value: number | null): string {
    const level = this.scale.levels.find((l) => l.value === value);
    return level ? `${level.value} – ${level.label}` : '';
  }

  override render() {
    const summary = summariseTally(this.scale, this.tally);
    const most = Math.max(1, ...summary.distribution.map((d) => d.count));
    return html`<fieldset>
      <legend>${t('votes.heading')}</legend>
      <p class="hint">${t('votes.intro')}</p>
      ${this.scale.levels.map((l) => {
        const count = this.tally[String(l.value)] ?? 0;
        const id = `votes-${l.value}`;
        return html`<div class="row">
          <label for=${id}>${t('votes.countFor', { level: `${l.value} – ${l.label}` })}</label>
          <input
            id=${id}
            type="number"
            inputmode="numeric"
            min="0"
            step="1"
            .value=${String(count)}
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
      ${summary.disagreement ? html`<p class="warning">${t('votes.disagreement')}</p>` : nothing}
      <div class="buttons">
        <button
          type="button"
          class="secondary"
          ?disabled=${summary.median === null}
          @click=${() =>
            this.dispatchEvent(
              new CustomEvent('use-median', {
                detail: { level: summary.median },
                bubbles: true,
                composed: true,
              }),
            )}
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

declare global {
  interface HTMLElementTagNameMap {
    'vote-tally': VoteTally;
  }
}
