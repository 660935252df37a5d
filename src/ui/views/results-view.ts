import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { formatDate, formatNumber, languageTag, t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import { hasDrafts, type Checklist } from '../../model/checklist';
import { slug } from '../../model/slug';
import { assessmentTable } from '../../model/csv-tables';
import { comparePerspectives, NOTABLE_GAP } from '../../model/perspectives';
import { itemsByGap, scoreAssessment, type ItemScore } from '../../model/scoring';
import { draftBadge } from '../controls/draft-badge';
import '../controls/score-chart';
import { chartRows } from '../controls/chart-marks';
import { formatChange, roundChange, type ChangeRow } from '../../model/round-change';
import { allItems } from '../../model/checklist';
import { scoreBadge } from '../controls/score-badge';
import { assessmentLabels, downloadCsv } from '../files/csv-download';
import { LocaleController } from '../shell/locale-controller';
import { respondentCounts } from '../../model/survey';
import { sharedStyles } from '../styles/shared';
import { levelLabel } from '../../model/scales';
import {
  organisationTrend,
  sameOrganisation,
  type TrendRound,
} from '../../model/organisation-trend';
import type { MatrixEntry } from '../../model/region-matrix';
import { getSnapshots, listAssessments } from '../../storage/assessments';
import { appDb } from '../../storage/connection';
import { storageMessage } from '../messages/storage-message';
import { assessmentHref } from '../shell/route';
import { tableHead } from '../controls/table-head';

/** Scores per heading and overall, and the items ordered by how much they need work. */
@customElement('results-view')
export class ResultsView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .overall {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
        font-size: 1.25rem;
      }
      .bar {
        height: 0.8rem;
        background: var(--color-surface-sunken);
        border-radius: 4px;
        min-width: 6rem;
        overflow: hidden;
      }
      .bar span {
        display: block;
        height: 100%;
        background: var(--accent);
      }
      section {
        margin: 2rem 0;
      }
      tr.notable {
        background: var(--color-warning-bg);
      }
      .csv {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
      }
      .trend .current {
        font-weight: 700;
      }
      .trend .up {
        color: var(--color-success-700);
      }
      .trend .down {
        color: var(--color-danger-700);
      }
      .gap-notable {
        font-weight: 700;
        color: var(--color-warning-ink);
      }
    `,
  ];

  @property({ attribute: false }) checklist!: Checklist;
  @property({ attribute: false }) assessment!: Assessment;

  @state() private message = '';
  /** The organisation's other stored rounds on this checklist id, read once the tab is shown. */
  @state() private rounds: MatrixEntry[] | null = null;
  @state() private roundsError = '';
  private roundsFor = '';

  private readonly locale = new LocaleController(this);

  private async downloadCsv(): Promise<void> {
    const table = assessmentTable(this.checklist, this.assessment, assessmentLabels());
    const base = `${t('csv.assessmentFile')}-${slug(this.assessment.organisation)}-${this.assessment.date}`;
    this.message = t('region.csvDone', { file: await downloadCsv(base, table) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assessment') && this.assessment && this.assessment.id !== this.roundsFor) {
      this.roundsFor = this.assessment.id;
      this.rounds = null;
      this.roundsError = '';
      void this.loadRounds(this.assessment);
    }
  }

  /** Reads the same organisation's assessments on this checklist id and their checklists. */
  private async loadRounds(current: Assessment): Promise<void> {
    try {
      const db = await appDb();
      const own = (await listAssessments(db)).filter((a) => sameOrganisation(current, a));
      const snapshots = await getSnapshots(
        db,
        own.map((a) => a.checklist.hash),
      );
      if (this.roundsFor !== current.id) return;
      const entries: MatrixEntry[] = [];
      for (const assessment of own) {
        const snapshot = snapshots.get(assessment.checklist.hash);
        if (snapshot) entries.push({ assessment, checklist: snapshot.checklist });
      }
      this.rounds = entries;
    } catch (error) {
      if (this.roundsFor === current.id) this.roundsError = storageMessage(error);
    }
  }

  /** The trend over the stored rounds, with this assessment as it is now (unsaved edits included). */
  private trend(): TrendRound[] {
    const others = (this.rounds ?? []).filter((e) => e.assessment.id !== this.assessment.id);
    return organisationTrend(
      [...others, { assessment: this.assessment, checklist: this.checklist }],
      this.assessment.id,
    );
  }

  private changeText(round: TrendRound) {
    if (round.first) return t('results.trendFirst');
    if (round.change === null) return t('results.trendNoScore');
    const n = Math.round(round.change);
    if (n === 0) return t('results.trendSame');
    return n > 0
      ? t('results.trendUp', { change: formatNumber(n) })
      : t('results.trendDown', { change: formatNumber(-n) });
  }

  private renderTrend() {
    if (this.roundsError) return html`<p class="error" role="alert">${this.roundsError}</p>`;
    if (!this.rounds) return html`<p class="hint">${t('results.trendLoading')}</p>`;
    const trend = this.trend();
    const organisation = this.assessment.organisation;
    return html`<p class="hint">
        ${t('results.trendIntro', { count: trend.length, organisation })}
      </p>
      <div class="table-scroll">
        <table class="trend">
          ${tableHead(t('results.trendCaption', { organisation }), [t('results.trendDate'), t('results.trendVersion'), t('results.columnScore'), t('results.trendChange')])}
          <tbody>
            ${trend.map((round) => {
              const n = round.change === null ? 0 : Math.round(round.change);
              return html`<tr class=${round.current ? 'current' : ''}>
                <th scope="row">
                  <a
                    href=${assessmentHref(round.assessmentId, 'results')}
                    aria-current=${round.current ? 'page' : nothing}
                    >${formatDate(round.date)}</a
                  >
                  ${round.current ? html`<span>${t('results.trendCurrent')}</span>` : nothing}
                </th>
                <td>${round.version} (${round.language})</td>
                <td>${scoreBadge(round.overall)}</td>
                <td class=${n > 0 ? 'up' : n < 0 ? 'down' : ''}>${this.changeText(round)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  override render() {
    const score = scoreAssessment(this.checklist, this.assessment.answers);
    const change = roundChange(this.assessment, this.checklist);
    return html`
      ${
        hasDrafts(this.checklist)
          ? html`<p class="incomplete">${t('workshop.incomplete')}</p>`
          : nothing
      }
      <h2>${t('results.overall')}</h2>
      <div class="overall card">
        ${scoreBadge(score.overall)}
        <span>${t('results.rated', { rated: score.rated, total: score.total })}</span>
      </div>
      <p class="hint">${t('results.scaleNote', { levels: scaleScores(this.checklist) })}</p>
      <score-chart
        .rows=${chartRows(change, this.checklist, t('results.overall'))}
        caption=${t('chart.caption')}
        previousDate=${this.assessment.previousRound?.date ?? ''}
        contentLang=${languageTag(this.checklist.language)}
      ></score-chart>
      ${
        this.assessment.survey && this.assessment.survey.responses.length > 0
          ? html`<p class="survey-count">
              ${t('results.survey', {
                total: this.assessment.survey.responses.length,
                groups: respondentCounts(this.assessment.survey),
              })}
            </p>`
          : nothing
      }
      <div class="csv">
        <button type="button" class="secondary" @click=${this.downloadCsv}>
          ${t('csv.download')}
        </button>
        <p role="status">${this.message}</p>
      </div>

      ${this.renderChange(change)}

      <section aria-labelledby="trend">
        <h2 id="trend">${t('results.trendHeading')}</h2>
        ${this.renderTrend()}
      </section>

      <section aria-labelledby="by-heading">
        <h2 id="by-heading">${t('results.byHeading')}</h2>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">${t('results.columnHeading')}</th>
                <th scope="col">${t('results.columnScore')}</th>
                <th scope="col">
                  <span class="visually-hidden">${t('results.columnScore')}</span>
                </th>
                <th scope="col">${t('list.columnProgress')}</th>
              </tr>
            </thead>
            <tbody>
              ${score.headings.map(
                (h) =>
                  html`<tr>
                    <th scope="row">
                      <span lang=${languageTag(this.checklist.language)}>${h.heading.title}</span>
                      ${draftBadge(h.heading.draft)}
                    </th>
                    <td>${scoreBadge(h.score)}</td>
                    <td aria-hidden="true">
                      <div class="bar"><span style="width:${h.score ?? 0}%"></span></div>
                    </td>
                    <td>${t('results.rated', { rated: h.rated, total: h.total })}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>

      ${this.renderPerspectives()}

      <section aria-labelledby="by-gap">
        <h2 id="by-gap">${t('results.byGap')}</h2>
        <p class="hint">${t('results.byGapIntro')}</p>
        <div class="table-scroll">
          <table>
            ${tableHead(undefined, [t('results.columnItem'), t('results.columnLevel'), t('results.columnScore')])}
            <tbody>
              ${itemsByGap(score).map((i) => this.renderItemRow(i))}
            </tbody>
          </table>
        </div>
      </section>
    `;
  }

  /** Previous round, today, target and the signed change, per heading and per item. */
  private renderChange(change: ReturnType<typeof roundChange>) {
    const last = this.assessment.previousRound;
    if (!last) return nothing;
    const date = formatDate(last.date);
    const lang = languageTag(this.checklist.language);
    const headings = new Map(this.checklist.headings.map((h) => [h.id, h.title]));
    const items = new Map(allItems(this.checklist).map((item, i) => [item.id, { item, n: i + 1 }]));
    const cells = (row: ChangeRow, previousLevel?: string, todayLevel?: string) =>
      html` <td>
          ${previousLevel ? html`${previousLevel}<br />` : nothing}${scoreBadge(row.previous)}
        </td>
        <td>${todayLevel ? html`${todayLevel}<br />` : nothing}${scoreBadge(row.today)}</td>
        <td>${row.target === null ? '–' : scoreBadge(row.target)}</td>
        <td
          class=${row.change === null ? '' : row.change > 0 ? 'up' : row.change < 0 ? 'down' : ''}
        >
          ${formatChange(row.change) || '–'}
        </td>`;
    const head = (first: string) =>
      tableHead(undefined, [
        first,
        t('chart.columnPrevious'),
        t('chart.columnToday'),
        t('chart.columnTarget'),
        t('chart.columnChange'),
      ]);
    return html`<section aria-labelledby="change">
      <h2 id="change">${t('change.heading')}</h2>
      <p class="hint">${t('change.intro', { date })}</p>
      <div class="table-scroll">
        <table class="trend">
          <caption class="visually-hidden">
            ${t('change.byHeadingCaption', { date })}
          </caption>
          ${head(t('results.columnHeading'))}
          <tbody>
            <tr>
              <th scope="row">${t('results.overall')}</th>
              ${cells(change.overall)}
            </tr>
            ${change.headings.map(
              (h) =>
                html`<tr>
                  <th scope="row" lang=${lang}>${headings.get(h.id)}</th>
                  ${cells(h)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="table-scroll">
        <table class="trend">
          <caption class="visually-hidden">
            ${t('change.caption', { date })}
          </caption>
          ${head(t('results.columnItem'))}
          <tbody>
            ${change.items.map((row) => {
              const found = items.get(row.id);
              const before = last.items[row.id];
              const previousLevel =
                before?.level === null ? t('item.dontKnow') : before?.levelLabel;
              const answer = this.assessment.answers[row.id];
              const todayLevel =
                answer?.level === null
                  ? t('item.dontKnow')
                  : answer?.level === undefined
                    ? t('item.unanswered')
                    : levelLabel(this.checklist.scale, answer.level);
              return html`<tr>
                <th scope="row">
                  ${found ? t('item.number', { n: found.n }) : ''}:
                  <span lang=${lang}>${found?.item.statement ?? row.id}</span>
                </th>
                ${cells(row, previousLevel, todayLevel)}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private levelText(level: number | null | undefined): string {
    if (level === null) return t('item.dontKnow');
    return levelLabel(this.checklist.scale, level) ?? t('perspectives.notRated');
  }

  /** Each perspective's level per item side by side, with wide gaps highlighted for discussion. */
  private renderPerspectives() {
    const perspectives = this.assessment.perspectives ?? [];
    if (perspectives.length === 0) return nothing;
    const gaps = comparePerspectives(this.checklist, perspectives, this.assessment.answers);
    return html`<section aria-labelledby="by-perspective">
      <h2 id="by-perspective">${t('perspectives.compareHeading')}</h2>
      <p class="hint">${t('perspectives.compareIntro')}</p>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('results.columnItem')}</th>
              ${perspectives.map((p) => html`<th scope="col">${p.name}</th>`)}
              <th scope="col">${t('perspectives.gap')}</th>
            </tr>
          </thead>
          <tbody>
            ${gaps.map((g) => {
              const notable = g.gap !== null && g.gap >= NOTABLE_GAP;
              return html`<tr class=${notable ? 'notable' : ''}>
                <th scope="row" lang=${languageTag(this.checklist.language)}>
                  ${g.item.statement}
                </th>
                ${perspectives.map((p) => html`<td>${this.levelText(g.levels[p.id])}</td>`)}
                <td class=${notable ? 'gap-notable' : ''}>
                  ${
                    g.gap === null
                      ? t('perspectives.noGap')
                      : notable
                        ? t('perspectives.gapNotable', { gap: g.gap })
                        : t('perspectives.gapValue', { gap: g.gap })
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderItemRow(i: ItemScore) {
    const level =
      i.status === 'dontKnow'
        ? t('item.dontKnow')
        : i.status === 'unanswered'
          ? t('item.unanswered')
          : (levelLabel(this.checklist.scale, i.level) ?? `${i.level}`);
    return html`<tr>
      <th scope="row">
        <span lang=${languageTag(this.checklist.language)}>${i.item.statement}</span>
        ${draftBadge(i.item.draft)}
      </th>
      <td>${level}</td>
      <td>${scoreBadge(i.score)}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'results-view': ResultsView;
  }
}

/** The checklist's own levels with their scores, e.g. "Kyllä 100, Ei 0" on a yes/no checklist. */
function scaleScores(checklist: Checklist): string {
  return checklist.scale.levels.map((l) => `${l.label} ${formatNumber(l.score)}`).join(', ');
}
