import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatDate, formatNumber, t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import type { Checklist } from '../../model/checklist';
import { buildRegionalOverview, type OverviewTable } from '../../model/region';
import { getSnapshots, listAssessments } from '../../storage/assessments';
import { appDb } from '../../storage/connection';
import { scoreBadge } from '../controls/score-badge';
import { LocaleController } from '../shell/locale-controller';
import { assessmentHref } from '../shell/route';
import { storageMessage } from '../messages/storage-message';
import { sharedStyles } from '../styles/shared';

/** Regional comparison: each organisation's latest round per checklist, its change since the previous one, and the region's means. */
@customElement('region-overview')
export class RegionOverview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h1:focus {
        outline: none;
      }
      .scroll {
        overflow-x: auto;
      }
      tfoot th,
      tfoot td {
        border-top: 3px solid #8a9099;
        font-weight: 700;
      }
      .up {
        color: #1b5e20;
        font-weight: 700;
      }
      .down {
        color: #8c1d18;
        font-weight: 700;
      }
      section {
        margin: 2rem 0;
      }
    `,
  ];

  @state() private tables: OverviewTable[] = [];
  @state() private loaded = false;
  @state() private error = '';

  private readonly locale = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    // Marks read by the benchmark (bench/BUDGETS.md): reading, then compute and render.
    performance.mark('app:overview-load');
    try {
      const db = await appDb();
      const assessments = await listAssessments(db);
      const snapshots = await getSnapshots(
        db,
        assessments.map((a) => a.checklist.hash),
      );
      performance.mark('app:overview-data');
      const entries: { assessment: Assessment; checklist: Checklist }[] = [];
      for (const assessment of assessments) {
        const snapshot = snapshots.get(assessment.checklist.hash);
        if (snapshot) entries.push({ assessment, checklist: snapshot.checklist });
      }
      this.tables = buildRegionalOverview(entries);
    } catch (error) {
      this.error = storageMessage(error);
    }
    this.loaded = true;
    await this.updateComplete;
    performance.mark('app:overview-rendered');
  }

  override render() {
    return html`
      <p><a href="#/">${t('app.backToList')}</a></p>
      <h1 tabindex="-1">${t('region.heading')}</h1>
      <p>${t('region.intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        !this.loaded
          ? html`<p>${t('app.loading')}</p>`
          : this.tables.length === 0
            ? html`<p class="card">${t('region.empty')}</p>`
            : this.tables.map((table, i) => this.renderTable(table, i))
      }
    `;
  }

  private renderChange(change: number | null) {
    if (change === null) return t('region.noChange');
    const rounded = Math.round(change);
    if (rounded === 0) return t('region.same');
    return html`<span class=${rounded > 0 ? 'up' : 'down'}
      >${rounded > 0 ? '▲ +' : '▼ −'}${formatNumber(Math.abs(rounded))}</span
    >`;
  }

  private renderTable(table: OverviewTable, index: number) {
    const titleId = `table-${index}`;
    return html`<section aria-labelledby=${titleId}>
      <h2 id=${titleId}>${table.title}</h2>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${t('list.columnOrganisation')}</th>
              <th scope="col">${t('list.columnDate')}</th>
              <th scope="col">${t('results.overall')}</th>
              ${table.headings.map((h) => html`<th scope="col">${h.title}</th>`)}
              <th scope="col">${t('region.change')}</th>
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(
              (row) =>
                html`<tr>
                  <th scope="row">
                    <a href=${assessmentHref(row.assessmentId, 'results')}>${row.organisation}</a>
                  </th>
                  <td>${formatDate(row.date)}</td>
                  <td>${scoreBadge(row.overall)}</td>
                  ${table.headings.map((h) => html`<td>${scoreBadge(row.headings[h.id] ?? null)}</td>`)}
                  <td>
                    ${this.renderChange(row.change)}
                    ${
                      row.previous
                        ? html`<div class="hint">
                            ${t('region.since', { date: formatDate(row.previous.date) })}
                          </div>`
                        : nothing
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t('region.mean', { count: table.rows.length })}</th>
              <td></td>
              <td>${scoreBadge(table.mean.overall)}</td>
              ${table.headings.map((h) => html`<td>${scoreBadge(table.mean.headings[h.id] ?? null)}</td>`)}
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'region-overview': RegionOverview;
  }
}
