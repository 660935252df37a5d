import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, t } from '../../i18n';
import { revise, type Answer, type Assessment } from '../../model/assessment';
import type { ChecklistSnapshot } from '../../model/checklist';
import { scoreAssessment } from '../../model/scoring';
import { getAssessment, getSnapshot, saveAssessment } from '../../storage/assessments';
import { appDb } from '../../storage/connection';
import { LocaleController } from '../locale-controller';
import { ASSESSMENT_TABS, assessmentHref, type AssessmentTab } from '../route';
import { storageMessage } from '../storage-message';
import { sharedStyles } from '../styles/shared';
import type { AnswerChangeDetail } from './item-card';
import './item-card';
import './results-view';
import './plan-view';

/** How long typing may pause before the change is written (issue budget: within 300 ms). */
const SAVE_DELAY_MS = 300;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const TAB_LABELS = {
  answer: 'assessment.tabAnswer',
  results: 'assessment.tabResults',
  plan: 'assessment.tabPlan',
} as const;

/**
 * One assessment: answering the items, the results and the improvement plan.
 * Every change is saved automatically, shortly after the user stops typing and when the page is hidden.
 */
@customElement('assessment-view')
export class AssessmentView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h1 {
        margin: 0 0 0.25rem;
      }
      h1:focus {
        outline: none;
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
        border-bottom: 2px solid #d0d4da;
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
        color: #fff;
      }
      .status-bar {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 1rem;
        align-items: baseline;
      }
      .save {
        font-weight: 600;
        min-height: 1.5em;
      }
      .save.failed {
        color: var(--danger);
      }
      h2.heading {
        margin-top: 2rem;
        border-bottom: 3px solid var(--accent);
        padding-bottom: 0.25rem;
      }
      item-card {
        margin: 1rem 0;
      }
    `,
  ];

  @property() assessmentId = '';
  @property() tab: AssessmentTab = 'answer';

  @state() private assessment?: Assessment;
  @state() private snapshot?: ChecklistSnapshot;
  @state() private loadError = '';
  @state() private saveState: SaveState = 'idle';
  @state() private saveError = '';

  private readonly locale = new LocaleController(this);
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Saves run one after another, so revisions are written in order. */
  private saving: Promise<void> = Promise.resolve();

  private readonly onPageHide = () => void this.flush();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flush();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assessmentId')) void this.load(this.assessmentId);
  }

  private async load(id: string): Promise<void> {
    await this.flush();
    this.assessment = undefined;
    this.snapshot = undefined;
    this.loadError = '';
    try {
      const db = await appDb();
      const assessment = await getAssessment(db, id);
      const snapshot = assessment && (await getSnapshot(db, assessment.checklist.hash));
      if (!assessment || !snapshot) {
        this.loadError = t('assessment.notFound');
        return;
      }
      this.assessment = assessment;
      this.snapshot = snapshot;
    } catch (error) {
      this.loadError = storageMessage(error);
    }
  }

  private onAnswerChange(e: CustomEvent<AnswerChangeDetail>): void {
    if (!this.assessment) return;
    const { itemId, answer } = e.detail;
    this.assessment = {
      ...this.assessment,
      answers: { ...this.assessment.answers, [itemId]: answer },
    };
    this.dirty = true;
    this.saveState = 'saving';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes pending changes now. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.saving = this.saving.then(() => this.writePending());
    return this.saving;
  }

  private async writePending(): Promise<void> {
    const current = this.assessment;
    if (!this.dirty || !current) return;
    this.dirty = false;
    const next = revise(current, {}, new Date().toISOString());
    try {
      await saveAssessment(await appDb(), next);
      // Changes typed during the write stay in memory; only the bookkeeping moves on.
      if (this.assessment?.id === next.id) {
        this.assessment = {
          ...this.assessment,
          revision: next.revision,
          updatedAt: next.updatedAt,
        };
      }
      if (!this.dirty) this.saveState = 'saved';
    } catch (error) {
      this.dirty = true;
      this.saveState = 'failed';
      this.saveError = storageMessage(error);
    }
  }

  override render() {
    if (this.loadError) {
      return html`<h1 tabindex="-1">${t('assessment.notFound')}</h1>
        <p class="error" role="alert">${this.loadError}</p>
        <p><a href="#/">${t('app.backToList')}</a></p>`;
    }
    const a = this.assessment;
    const snapshot = this.snapshot;
    if (!a || !snapshot) return html`<p>${t('app.loading')}</p>`;
    const checklist = snapshot.checklist;
    const score = scoreAssessment(checklist, a.answers);
    return html`
      <p><a href="#/">${t('app.backToList')}</a></p>
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
        <p class="save ${this.saveState}" role="status">${this.saveText()}</p>
      </div>
      ${this.renderTab(a, snapshot)}
    `;
  }

  private saveText(): string {
    switch (this.saveState) {
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.saved');
      case 'failed':
        return this.saveError;
      default:
        return '';
    }
  }

  private renderTab(a: Assessment, snapshot: ChecklistSnapshot) {
    const checklist = snapshot.checklist;
    if (this.tab === 'results') {
      return html`<results-view .checklist=${checklist} .assessment=${a}></results-view>`;
    }
    if (this.tab === 'plan') {
      return html`<plan-view .checklist=${checklist} .assessment=${a}></plan-view>`;
    }
    let n = 0;
    return html`
      <div @answer-change=${this.onAnswerChange}>
        ${checklist.headings.map(
          (heading) => html`
            <section aria-labelledby=${`heading-${heading.id}`}>
              <h2 class="heading" id=${`heading-${heading.id}`}>${heading.title}</h2>
              ${heading.items.map(
                (item) =>
                  html`<item-card
                    .item=${item}
                    .number=${++n}
                    .scale=${checklist.scale}
                    .answer=${a.answers[item.id] satisfies Answer | undefined}
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
