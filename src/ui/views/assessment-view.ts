import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate, languageTag, t } from '../../i18n';
import type { Answer, Assessment } from '../../model/assessment';
import { allItems, type Checklist, type ChecklistSnapshot } from '../../model/checklist';
import { scoreAssessment } from '../../model/scoring';
import { LocaleController } from '../shell/locale-controller';
import { ViewSubjectController } from '../shell/view-subject';
import { ASSESSMENT_TABS, assessmentHref, workshopHref, type AssessmentTab } from '../shell/route';
import { draftBadge } from '../controls/draft-badge';
import { markdown } from '../controls/markdown';
import '../controls/assessment-backup-actions';
import '../controls/perspective-settings';
import '../controls/newer-version-notice';
import '../controls/next-round-panel';
import '../controls/round-review';
import { carryUnfinished } from '../../model/next-round';
import '../controls/save-status';
import '../controls/notes-conflicts';
import '../controls/survey-panel';
import { AssessmentStore } from '../state/assessment-store';
import { sharedStyles } from '../styles/shared';
import './item-card';
import './results-view';
import './plan-view';

/** Each item's number as the views show it (1-based, in checklist order), by item id. */
export function itemNumbers(checklist: Checklist): Record<string, number> {
  return Object.fromEntries(allItems(checklist).map((item, i) => [item.id, i + 1]));
}

const TAB_LABELS = {
  answer: 'assessment.tabAnswer',
  results: 'assessment.tabResults',
  plan: 'assessment.tabPlan',
} as const;

/**
 * One assessment: answering the items, the results and the improvement plan.
 * Every change is saved automatically by its AssessmentStore.
 */
@customElement('assessment-view')
export class AssessmentView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h1 {
        margin: 0 0 0.25rem;
      }
      .meta {
        color: var(--muted);
        margin: 0;
      }
      nav ul {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        padding: 0;
        margin: 1.25rem 0 1.5rem;
        border-bottom: 2px solid var(--color-border);
      }
      nav a {
        display: inline-block;
        padding: 0.6rem 1rem;
        text-decoration: none;
        font-weight: 600;
        border-radius: 6px 6px 0 0;
        color: var(--accent);
      }
      nav a[aria-current='page'] {
        background: var(--accent);
        color: var(--color-surface);
      }
      /* Printed, the view is the tab's content: no tabs, workshop link, survey panel or save status. */
      @media print {
        nav,
        .back,
        .workshop-link,
        assessment-backup-actions,
        details.survey,
        newer-version-notice,
        .status-bar {
          display: none;
        }
      }
      /* Forced colours drop the background: mark the current tab by a border and underline too. */
      @media (forced-colors: active) {
        nav a[aria-current='page'] {
          border: 3px solid CanvasText;
          text-decoration: underline;
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
        }
      }
      .status-bar {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 1rem;
        align-items: baseline;
      }
      h2.heading {
        margin-top: 2rem;
        border-bottom: 3px solid var(--accent);
        padding-bottom: 0.25rem;
      }
      item-card {
        margin: 1rem 0;
      }
      .workshop-link {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        margin-top: 1rem;
      }
    `,
  ];

  @property() assessmentId = '';
  @property() tab: AssessmentTab = 'answer';

  private readonly locale = new LocaleController(this);
  private readonly store = new AssessmentStore(this);
  private readonly subject = new ViewSubjectController(
    this,
    () => this.store.assessment?.organisation,
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assessmentId')) void this.store.load(this.assessmentId);
  }

  /** Writes pending edits (before a next round copies this one). */
  private readonly flush = () => this.store.flush();

  /** Carries last round's unfinished actions into this round's plan, once each. */
  private carry(checklist: Checklist): void {
    const a = this.store.assessment;
    if (!a) return;
    const { answers, review } = carryUnfinished(a, checklist, () => crypto.randomUUID());
    this.store.update({ answers, review });
  }

  private onAnswerChange(e: HTMLElementEventMap['answer-change']): void {
    this.store.setAnswer(e.detail.itemId, e.detail.answer);
  }

  override render() {
    const { assessment: a, snapshot, loadError } = this.store;
    if (loadError) {
      return html`<h1 tabindex="-1">${t('assessment.notFound')}</h1>
        <p class="error" role="alert">${loadError}</p>
        <p><a href="#/">${t('app.backToList')}</a></p>`;
    }
    if (!a || !snapshot) return html`<p>${t('app.loading')}</p>`;
    const checklist = snapshot.checklist;
    const score = scoreAssessment(checklist, a.answers);
    return html`
      <p class="back"><a href="#/">${t('app.backToList')}</a></p>
      <h1 tabindex="-1">${a.organisation}</h1>
      <p class="meta">
        ${t('assessment.meta', { type: t(`orgType.${a.organisationType}`), date: formatDate(a.date) })}
      </p>
      ${
        a.participants.length > 0
          ? html`<p class="meta">
              ${t('assessment.participants', { names: a.participants.join(', ') })}
            </p>`
          : nothing
      }
      <p class="meta">
        ${t('assessment.checklistInfo', { title: checklist.title, version: checklist.version })}
      </p>
      <newer-version-notice
        .assessment=${a}
        .snapshot=${snapshot}
        .flush=${this.flush}
      ></newer-version-notice>
      <p class="workshop-link">
        <a class="button" href=${workshopHref(a.id, 1)}>${t('workshop.open')}</a>
        <span class="hint">${t('workshop.openHint')}</span>
      </p>
      <next-round-panel
        .assessment=${a}
        .snapshot=${snapshot}
        .flush=${this.flush}
      ></next-round-panel>
      <details class="survey">
        <summary>${t('survey.heading')}</summary>
        <survey-panel
          .assessment=${a}
          .snapshot=${snapshot}
          @survey-change=${(e: CustomEvent<{ survey: NonNullable<Assessment['survey']> }>) =>
            this.store.update({ survey: e.detail.survey })}
        ></survey-panel>
      </details>
      <nav aria-label=${t('assessment.tabs')}>
        <ul>
          ${ASSESSMENT_TABS.map(
            (tab) =>
              html`<li>
                <a
                  href=${assessmentHref(a.id, tab)}
                  aria-current=${tab === this.tab ? 'page' : 'false'}
                  >${t(TAB_LABELS[tab])}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <div class="status-bar">
        <p>
          ${t('assessment.progress', {
            rated: score.rated,
            total: score.total,
            dontKnow: score.dontKnow,
          })}
        </p>
        <save-status
          .state=${this.store.saveState}
          .savedAt=${this.store.savedAt}
          .message=${this.store.saveError}
          @save-retry=${() => void this.store.flush()}
        ></save-status>
      </div>
      <notes-conflicts
        .conflicts=${this.store.conflicts}
        .numbers=${itemNumbers(checklist)}
        @conflict-take=${(e: CustomEvent<{ itemId: string }>) => this.store.takeTheirs(e.detail.itemId)}
        @conflict-keep=${(e: CustomEvent<{ itemId: string }>) =>
          this.store.dismissConflict(e.detail.itemId)}
      ></notes-conflicts>
      <assessment-backup-actions
        .assessment=${a}
        .snapshot=${snapshot}
        ?saveFailed=${this.store.saveState === 'failed'}
      ></assessment-backup-actions>
      ${this.renderTab(a, snapshot)}
    `;
  }

  private renderTab(a: Assessment, snapshot: ChecklistSnapshot) {
    const checklist = snapshot.checklist;
    if (this.tab === 'results') {
      return html`<results-view .checklist=${checklist} .assessment=${a}></results-view>`;
    }
    if (this.tab === 'plan') {
      return html`${
          a.review?.length
            ? html`<round-review
                .review=${a.review}
                .checklist=${checklist}
                .previousDate=${a.previousRound?.date ?? ''}
                contentLang=${languageTag(checklist.language)}
                @review-change=${(e: HTMLElementEventMap['review-change']) =>
                  this.store.update({ review: e.detail.review })}
                @review-carry=${() => this.carry(checklist)}
              ></round-review>`
            : nothing
        } <plan-view .checklist=${checklist} .assessment=${a}></plan-view>`;
    }
    let n = 0;
    return html`
      <perspective-settings
        .perspectives=${a.perspectives ?? []}
        .organisationType=${a.organisationType}
        @perspectives-change=${(e: HTMLElementEventMap['perspectives-change']) =>
          this.store.update({ perspectives: e.detail.perspectives })}
      ></perspective-settings>
      ${checklist.intro ? html`<div class="intro" lang=${languageTag(checklist.language)}>${markdown(checklist.intro)}</div>` : nothing}
      <div @answer-change=${this.onAnswerChange}>
        ${checklist.headings.map(
          (heading) => html`
            <section aria-labelledby=${`heading-${heading.id}`}>
              <h2 class="heading" id=${`heading-${heading.id}`}>
                <span lang=${languageTag(checklist.language)}>${heading.title}</span>
                ${draftBadge(heading.draft)}
              </h2>
              ${heading.intro ? html`<div class="intro" lang=${languageTag(checklist.language)}>${markdown(heading.intro)}</div>` : nothing}
              ${heading.items.map(
                (item) =>
                  html`<item-card
                    .item=${item}
                    contentLang=${languageTag(checklist.language)}
                    .number=${++n}
                    .scale=${checklist.scale}
                    .answer=${a.answers[item.id] satisfies Answer | undefined}
                    .perspectives=${a.perspectives ?? []}
                    .assessmentDate=${a.date}
                    .previous=${a.previousRound?.items[item.id]}
                    .previousDate=${a.previousRound?.date ?? ''}
                  ></item-card>`,
              )}
            </section>
          `,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-view': AssessmentView;
  }
}
