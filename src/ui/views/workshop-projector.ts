import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { RoomItem, RoomSummary, RoomView } from '../../model/room';
import { band, roundScore } from '../../model/scoring';
import { draftBadge } from '../controls/draft-badge';
import { markdown } from '../controls/markdown';
import { LocaleController } from '../shell/locale-controller';
import { ViewSubjectController } from '../shell/view-subject';
import { WorkshopChannel } from '../state/workshop-channel';

function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * What the room sees on the projector: the current item, the votes once revealed, the chart at the end.
 * It shows only a RoomView, which never holds private notes. In a second window it follows the
 * facilitator over a BroadcastChannel (set `assessmentId`); in the facilitator's own window it is given
 * the `view` directly.
 */
@customElement('workshop-projector')
export class WorkshopProjector extends LitElement {
  static override styles = css`
    .draft {
      background: #fff1c2;
      color: #3d2c00;
      border-radius: 0.2em;
      padding: 0 0.3em;
      margin-left: 0.4em;
      font-size: 0.6em;
      font-weight: 700;
      vertical-align: middle;
    }
    :host {
      display: block;
      position: fixed;
      inset: 0;
      z-index: 100;
      overflow: auto;
      background: #000;
      color: #fff;
      /* At least 32 px body text on a 1920 × 1080 projector, readable from the back of the room. */
      font-size: clamp(22px, 1.9vw, 60px);
      line-height: 1.4;
      font-family:
        system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        sans-serif;
    }
    .wrap {
      padding: 2.5vh 4vw;
      min-height: 100%;
      box-sizing: border-box;
    }
    header {
      display: flex;
      justify-content: space-between;
      gap: 1em;
      color: #ffd400;
      font-weight: 700;
    }
    .heading {
      text-transform: uppercase;
      letter-spacing: 0.05em;
      color: #d9d9d9;
      margin: 0.6em 0 0.2em;
      font-size: 0.8em;
    }
    h1 {
      font-size: 1.75em;
      line-height: 1.2;
      margin: 0 0 0.5em;
      outline: none;
    }
    .explanation p {
      margin: 0 0 0.5em;
    }
    h2 {
      font-size: 1em;
      color: #ffd400;
      margin: 0.8em 0 0.2em;
    }
    ul {
      margin: 0;
      padding-left: 1.2em;
    }
    .levels {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      list-style: none;
      padding: 0;
      margin: 0.8em 0;
    }
    .levels li {
      border: 3px solid #fff;
      border-radius: 0.3em;
      padding: 0.15em 0.5em;
    }
    .levels li.agreed {
      background: #ffd400;
      color: #000;
      border-color: #ffd400;
      font-weight: 700;
    }
    .bars {
      display: grid;
      grid-template-columns: max-content 1fr max-content;
      gap: 0.3em 0.6em;
      align-items: center;
    }
    .bar {
      height: 0.9em;
      background: #4da3ff;
      min-width: 3px;
    }
    .warning {
      border: 3px solid #ffd400;
      color: #ffd400;
      padding: 0.2em 0.5em;
      font-weight: 700;
    }
    .poor {
      color: #ff8a80;
    }
    .improve {
      color: #ffd400;
    }
    .good {
      color: #69f0ae;
    }
    .columns {
      display: grid;
      gap: 0 3vw;
    }
    @media (min-width: 1200px) {
      .columns.split {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      }
    }
    .waiting {
      display: grid;
      place-items: center;
      min-height: 80vh;
      text-align: center;
    }
    a {
      color: #9cd2ff;
    }
  `;

  /** Follow this assessment's facilitator over the channel. */
  @property() assessmentId = '';
  /** Or show this view directly (single-screen presenting). */
  @property({ attribute: false }) view?: RoomView;

  @state() private received?: RoomView;
  @state() private now = Date.now();

  private readonly locale = new LocaleController(this);
  private readonly subject = new ViewSubjectController(this, () => this.shown?.organisation);
  private channel?: WorkshopChannel;
  private ticker?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => {
      if (this.shown?.cursor.timer.running) this.now = Date.now();
    }, 500);
  }

  override disconnectedCallback(): void {
    clearInterval(this.ticker);
    this.channel?.close();
    this.channel = undefined;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assessmentId') && this.assessmentId && !this.view) {
      this.channel?.close();
      this.channel = new WorkshopChannel(this.assessmentId, (message) => {
        if (message.type === 'view') {
          this.received = message.view;
          this.now = Date.now();
        }
      });
      this.channel.post({ type: 'hello' });
    }
  }

  private get shown(): RoomView | undefined {
    return this.view ?? this.received;
  }

  override render() {
    const view = this.shown;
    if (!view) {
      return html`<div class="wrap waiting">
        <div>
          <h1 tabindex="-1">${t('projector.waitingTitle')}</h1>
          <p role="status">${t('projector.waiting')}</p>
        </div>
      </div>`;
    }
    const timer = view.cursor.timer;
    const seconds = timer.seconds + (timer.running ? (this.now - timer.at) / 1000 : 0);
    return html`<div class="wrap" lang=${document.documentElement.lang}>
      <header>
        <span>${view.organisation}</span>
        ${
          view.item
            ? html`<span
                >${t('projector.item', { n: view.item.index + 1, total: view.item.total })}</span
              >`
            : nothing
        }
        <span aria-label=${t('workshop.timer')}>${clock(seconds)}</span>
      </header>
      ${view.item ? this.renderItem(view.item) : nothing}
      ${view.summary ? this.renderSummary(view.summary) : nothing}
    </div>`;
  }

  private renderItem(item: RoomItem) {
    const agreed = item.levels.find((l) => l.value === item.level);
    const side = item.votes !== undefined || item.perspectives.length > 0;
    return html`<div class="columns ${side ? 'split' : ''}">
      <div>
        <p class="heading">${item.headingTitle} ${draftBadge(item.headingDraft)}</p>
        <h1 tabindex="-1">${item.statement} ${draftBadge(item.draft)}</h1>
        ${item.explanation ? html`<div class="explanation">${markdown(item.explanation)}</div>` : nothing}
        ${
          item.questions.length > 0
            ? html`<h2>${t('item.questions')}</h2>
                <ul>
                  ${item.questions.map((q) => html`<li>${q}</li>`)}
                </ul>`
            : nothing
        }
      </div>
      <div>
        ${
          item.votes
            ? nothing // the vote chart lists every level
            : html`<ul class="levels" aria-label=${t('item.rating')}>
                ${item.levels.map(
                  (l) =>
                    html`<li class=${l.value === item.level ? 'agreed' : ''}>
                      ${l.value} – ${l.label}
                    </li>`,
                )}
              </ul>`
        }
        <p role="status">
          ${
            item.level === null
              ? t('projector.agreed', { level: t('item.dontKnow') })
              : agreed
                ? t('projector.agreed', { level: `${agreed.value} – ${agreed.label}` })
                : t('projector.open')
          }
        </p>
        ${
          item.perspectives.length > 0
            ? html`<h2>${t('perspectives.heading')}</h2>
                <ul>
                  ${item.perspectives.map((p) => {
                    const level = item.levels.find((l) => l.value === p.level);
                    const text =
                      p.level === null
                        ? t('item.dontKnow')
                        : level
                          ? `${level.value} – ${level.label}`
                          : t('perspectives.notRated');
                    return html`<li>${p.name}: ${text}</li>`;
                  })}
                </ul>`
            : nothing
        }
        ${item.votes ? this.renderVotes(item) : nothing}
      </div>
    </div>`;
  }

  private renderVotes(item: RoomItem) {
    const votes = item.votes!;
    const most = Math.max(1, ...votes.distribution.map((d) => d.count));
    const median = item.levels.find((l) => l.value === votes.median);
    return html`<h2>${t('votes.chart')}</h2>
      <div class="bars">
        ${votes.distribution.map((d) => {
          const label = item.levels.find((l) => l.value === d.value)?.label ?? '';
          return html`<span>${d.value} – ${label}</span>
            <div class="bar" style="width:${(d.count / most) * 100}%" aria-hidden="true"></div>
            <span>${d.count}</span>`;
        })}
      </div>
      <p>
        ${t('votes.total', { total: votes.total })} ·
        ${t('votes.median', { level: median ? `${median.value} – ${median.label}` : '' })}
      </p>
      ${votes.disagreement ? html`<p class="warning">${t('votes.disagreement')}</p>` : nothing}`;
  }

  private renderSummary(summary: RoomSummary) {
    const row = (title: string, score: number | null) => {
      const b = score === null ? null : band(score);
      return html`<span>${title}</span>
        <div class="bar" style="width:${score ?? 0}%" aria-hidden="true"></div>
        <span class=${b ?? ''}
          >${
            score === null
              ? t('band.none')
              : `${t('results.scoreOf', { score: roundScore(score) })} · ${t(`band.${b!}`)}`
          }</span
        >`;
    };
    return html`<h1 tabindex="-1">${t('projector.summary')}</h1>
      <div class="bars">
        ${summary.headings.map((h) => row(h.title, h.score))}
        ${row(t('projector.overall'), summary.overall)}
      </div>
      <p>${t('results.rated', { rated: summary.rated, total: summary.total })}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'workshop-projector': WorkshopProjector;
  }
}
