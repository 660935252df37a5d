import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import '../styles/tokens';
import { customElement, property, state } from 'lit/decorators.js';
import { getLocale, languageTag, t } from '../../i18n';
import type { RoomItem, RoomSummary, RoomSurvey, RoomView } from '../../model/room';
import { band, roundScore } from '../../model/scoring';
import { draftBadge } from '../controls/draft-badge';
import { markdown } from '../controls/markdown';
import { LocaleController } from '../shell/locale-controller';
import { ViewSubjectController } from '../shell/view-subject';
import { WorkshopChannel } from '../state/workshop-channel';
import { levelLabel } from '../../model/scales';
import { elapsedSeconds, formatClock } from '../../model/timer';

/** Layouts of an item from roomy to compact: text in two columns, the side at half width, both. */
const LAYOUTS = ['', 'dense', 'wide', 'dense wide', 'dense wide tight'];

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
      background: var(--color-warning-bg);
      color: var(--color-warning-ink-strong);
      border-radius: 0.2em;
      padding: 0 0.3em;
      margin-left: 0.4em;
      font-size: max(0.6em, var(--min-text, 0px));
      font-weight: 700;
      vertical-align: middle;
    }
    :host {
      display: block;
      position: fixed;
      inset: 0;
      z-index: 100;
      overflow: auto;
      background: var(--color-ink-strong);
      color: var(--color-surface);
      /* fit() sets --fit-size: as large as fits the screen, never under 28 px at 1080 px high. */
      font-size: var(--fit-size, clamp(22px, 1.9vw, 60px));
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
      color: var(--color-focus);
      font-weight: 700;
    }
    .heading {
      text-transform: uppercase;
      letter-spacing: 0.05em;
      color: var(--color-neutral-300);
      margin: 0.6em 0 0.2em;
      font-size: max(0.8em, var(--min-text, 0px));
    }
    h1 {
      font-size: 1.75em;
      line-height: 1.2;
      margin: 0 0 0.5em;
    }
    .explanation p {
      margin: 0 0 0.5em;
    }
    h2 {
      font-size: 1em;
      color: var(--color-focus);
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
      border: 3px solid var(--color-surface);
      border-radius: 0.3em;
      padding: 0.15em 0.5em;
    }
    .levels li.agreed {
      background: var(--color-focus);
      color: var(--color-ink-strong);
      border-color: var(--color-focus);
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
      background: var(--color-projector-link);
      min-width: 3px;
    }
    .warning {
      border: 3px solid var(--color-focus);
      color: var(--color-focus);
      padding: 0.2em 0.5em;
      font-weight: 700;
    }
    .poor {
      color: var(--color-projector-danger-strong);
    }
    .improve {
      color: var(--color-focus);
    }
    .good {
      color: var(--color-projector-success-strong);
    }
    /* An item: its title, its text (explanation and questions) and the side (levels, votes). When the
       text does not fit in large type, fit() sets .dense and the text runs in two columns. */
    .columns {
      display: grid;
      gap: 0 3vw;
      grid-template-areas: 'title' 'text' 'side';
      grid-template-rows: auto auto 1fr;
    }
    .title {
      grid-area: title;
    }
    .text {
      grid-area: text;
    }
    .side {
      grid-area: side;
    }
    .dense:not(.wide) .text,
    .dense.wide:not(.split) .text,
    .dense.wide.split .text {
      columns: 2;
      column-gap: 3vw;
    }
    /* The last resort: closer lines and smaller gaps, the type itself stays at its floor or above. */
    .tight {
      line-height: 1.22;
    }
    .tight h1 {
      font-size: 1.5em;
      line-height: 1.15;
      margin-bottom: 0.3em;
    }
    .tight .heading {
      margin-top: 0.2em;
    }
    .tight h2 {
      margin-top: 0.4em;
    }
    .tight .explanation p {
      margin-bottom: 0.3em;
    }
    .tight .levels,
    .tight table.survey {
      margin: 0.4em 0;
    }
    .text h2 {
      break-after: avoid;
    }
    .text li {
      break-inside: avoid;
    }
    @media (min-width: 1000px) {
      .columns.split {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        grid-template-areas: 'title side' 'text side';
        grid-template-rows: auto 1fr;
      }
      .columns.split.dense {
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        grid-template-areas: 'title title' 'text side';
      }
      /* Much to show beside the item (votes, survey, perspectives): half the width, full height. */
      .columns.split.wide {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        grid-template-areas: 'title side' 'text side';
      }
    }
    table.survey {
      border-collapse: collapse;
      margin: 0.8em 0 0;
    }
    .survey caption {
      text-align: left;
      color: var(--color-focus);
      font-weight: 700;
      padding-bottom: 0.2em;
    }
    .survey th,
    .survey td {
      border-bottom: 2px solid var(--color-neutral-700);
      padding: 0.1em 0.4em 0.1em 0;
      text-align: left;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    .survey td {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .waiting {
      display: grid;
      place-items: center;
      min-height: 80vh;
      text-align: center;
    }
    a {
      color: var(--color-projector-accent);
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
  /** The layout fit() chose: '' (roomy), then ever more compact ones. */
  private layout = '';
  /** What the type was last fitted to, so the timer's ticks do not refit. */
  private fitted = '';
  private readonly resizer = new ResizeObserver(() => this.fit(true));

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer.observe(this);
    this.ticker = setInterval(() => {
      if (this.shown?.cursor.timer.running) this.now = Date.now();
    }, 500);
  }

  override disconnectedCallback(): void {
    this.resizer.disconnect();
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

  protected override updated(): void {
    this.fit(false);
  }

  /**
   * Sets the largest type at which the view fits the screen without scrolling: first with the item's
   * text in one column, then in two. Text never goes below 28 px on a 1080 px high screen (the same
   * share of any other height), the least that reads from the back of a room.
   */
  private fit(force: boolean): void {
    const view = this.shown;
    const width = this.clientWidth;
    const height = this.clientHeight;
    const columns = this.renderRoot.querySelector('.columns');
    if (!view || height === 0) return;
    const { timer: _timer, ...cursor } = view.cursor;
    const key = JSON.stringify([
      view.item,
      view.summary,
      view.organisation,
      cursor,
      getLocale(),
      width,
      height,
    ]);
    const apply = (layout: string) => {
      this.layout = layout;
      columns?.classList.remove('dense', 'wide', 'tight');
      if (layout) columns?.classList.add(...layout.split(' '));
    };
    if (!force && key === this.fitted) {
      apply(this.layout);
      return;
    }
    this.fitted = key;
    const floor = (28 * height) / 1080;
    const ceiling = Math.max(floor, Math.min(60, 0.019 * width, 0.034 * height));
    this.style.setProperty('--min-text', `${floor}px`);
    const fits = (size: number) => {
      this.style.setProperty('--fit-size', `${size}px`);
      return this.scrollHeight <= this.clientHeight && this.scrollWidth <= this.clientWidth;
    };
    for (const layout of columns ? LAYOUTS : ['']) {
      apply(layout);
      if (!fits(floor)) continue;
      if (fits(ceiling)) return;
      let lo = floor;
      let hi = ceiling;
      for (let i = 0; i < 7; i++) {
        const mid = (lo + hi) / 2;
        if (fits(mid)) lo = mid;
        else hi = mid;
      }
      fits(lo);
      return;
    }
    // Nothing fits even in the most compact layout at the floor: keep the floor, and the view scrolls.
    fits(floor);
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
    const seconds = elapsedSeconds(view.cursor.timer, this.now);
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
        <span role="timer" aria-label=${t('workshop.timer')}>${formatClock(seconds)}</span>
      </header>
      ${view.item ? this.renderItem(view.item, languageTag(view.language)) : nothing}
      ${view.summary ? this.renderSummary(view.summary, languageTag(view.language)) : nothing}
    </div>`;
  }

  /** `lang`: the checklist's language, on its texts (WCAG 3.1.2); labels are in the UI's. */
  private renderItem(item: RoomItem, lang: string) {
    const agreed = item.levels.find((l) => l.value === item.level);
    const side =
      item.votes !== undefined || item.survey !== undefined || item.perspectives.length > 0;
    return html`<div class="columns ${side ? 'split' : ''}">
      <div class="title">
        <p class="heading">
          <span lang=${lang}>${item.headingTitle}</span> ${draftBadge(item.headingDraft)}
        </p>
        <h1 tabindex="-1"><span lang=${lang}>${item.statement}</span> ${draftBadge(item.draft)}</h1>
      </div>
      <div class="text">
        ${item.explanation ? html`<div class="explanation" lang=${lang}>${markdown(item.explanation)}</div>` : nothing}
        ${
          item.questions.length > 0
            ? html`<h2>${t('item.questions')}</h2>
                <ul lang=${lang}>
                  ${item.questions.map((q) => html`<li>${q}</li>`)}
                </ul>`
            : nothing
        }
      </div>
      <div class="side">
        ${
          item.votes
            ? nothing // the vote chart lists every level
            : html`<ul class="levels" aria-label=${t('item.rating')}>
                ${item.levels.map(
                  (l) =>
                    html`<li class=${l.value === item.level ? 'agreed' : ''}>
                      ${levelLabel(item, l.value)}
                    </li>`,
                )}
              </ul>`
        }
        <p role="status">
          ${
            item.level === null
              ? t('projector.agreed', { level: t('item.dontKnow') })
              : agreed
                ? t('projector.agreed', { level: levelLabel(item, agreed.value) ?? '' })
                : t('projector.open')
          }
        </p>
        ${
          item.perspectives.length > 0
            ? html`<h2>${t('perspectives.heading')}</h2>
                <ul>
                  ${item.perspectives.map((p) => {
                    const text =
                      p.level === null
                        ? t('item.dontKnow')
                        : (levelLabel(item, p.level) ?? t('perspectives.notRated'));
                    return html`<li>${p.name}: ${text}</li>`;
                  })}
                </ul>`
            : nothing
        }
        ${
          item.survey
            ? this.renderSurvey(item, item.survey)
            : item.votes
              ? this.renderVotes(item)
              : nothing
        }
      </div>
    </div>`;
  }

  /** The survey's answers per level (total, and per group), beside the room's own votes when there are some. */
  private renderSurvey(item: RoomItem, survey: RoomSurvey) {
    const votes = item.votes;
    const room = (value: number | null) =>
      value === null ? '–' : (votes?.distribution.find((d) => d.value === value)?.count ?? 0);
    return html`<table class="survey">
        <caption>
          ${t('projector.survey', { total: survey.total })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('survey.level')}</th>
            ${votes ? html`<th scope="col">${t('survey.room')}</th>` : nothing}
            <th scope="col">${t('survey.all')}: ${survey.groups.join(' · ')}</th>
          </tr>
        </thead>
        <tbody>
          ${survey.rows.map(
            (r) =>
              html`<tr>
                <th scope="row">
                  ${r.value === null ? t('item.dontKnow') : `${r.value} – ${item.levels.find((l) => l.value === r.value)?.label ?? ''}`}
                </th>
                ${votes ? html`<td>${room(r.value)}</td>` : nothing}
                <td>${r.count} (${r.byGroup.join(' · ')})</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        votes
          ? html`<p>${t('votes.total', { total: votes.total })} · ${this.medianText(item)}</p>
              ${votes.disagreement ? html`<p class="warning">${t('votes.disagreement')}</p>` : nothing}`
          : nothing
      }`;
  }

  private medianText(item: RoomItem): string {
    const median = item.levels.find((l) => l.value === item.votes?.median);
    return t('votes.median', { level: median ? `${median.value} – ${median.label}` : '' });
  }

  private renderVotes(item: RoomItem) {
    const votes = item.votes!;
    const most = Math.max(1, ...votes.distribution.map((d) => d.count));
    return html`<h2>${t('votes.chart')}</h2>
      <div class="bars">
        ${votes.distribution.map((d) => {
          return html`<span>${levelLabel(item, d.value) ?? d.value}</span>
            <div class="bar" style="width:${(d.count / most) * 100}%" aria-hidden="true"></div>
            <span>${d.count}</span>`;
        })}
      </div>
      <p>
        ${t('votes.total', { total: votes.total })} ·
        ${t('votes.median', { level: levelLabel(item, votes.median) ?? '' })}
      </p>
      ${votes.disagreement ? html`<p class="warning">${t('votes.disagreement')}</p>` : nothing}`;
  }

  private renderSummary(summary: RoomSummary, lang: string) {
    const row = (title: string, score: number | null, titleLang?: string) => {
      const b = score === null ? null : band(score);
      return html`<span lang=${titleLang ?? nothing}>${title}</span>
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
        ${summary.headings.map((h) => row(h.title, h.score, lang))}
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
