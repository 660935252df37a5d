import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import type { ChecklistSnapshot } from '../../model/checklist';
import { defaultPerspectives } from '../../model/perspectives';
import {
  gatherResponses,
  newSurvey,
  respondentCounts,
  type ResponseProblem,
  type Survey,
} from '../../model/survey';
import { encodeInvitation } from '../../model/survey-link';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The survey round of an assessment: turn it into a survey, hand out the link with an e-mail text,
 * and gather the response files (picker or drop), all or nothing.
 *
 * @fires survey-change - detail `{ survey: Survey }` when the survey is made or responses are added.
 */
@customElement('survey-panel')
export class SurveyPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .link {
        width: 100%;
        box-sizing: border-box;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
        min-height: 9rem;
      }
      .drop {
        border: 2px dashed var(--color-neutral-500);
        border-radius: 8px;
        padding: 0.75rem 1rem;
        margin: 0.75rem 0;
      }
      .drop.over {
        background: var(--color-accent-bg-soft);
        border-color: var(--accent);
      }
      .error {
        color: var(--danger);
      }
    `,
  ];

  @property({ attribute: false }) assessment!: Assessment;
  @property({ attribute: false }) snapshot!: ChecklistSnapshot;

  @state() private link = '';
  @state() private message = '';
  @state() private problems: ResponseProblem[] = [];
  @state() private over = false;

  private readonly locale = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assessment') || changed.has('snapshot')) void this.makeLink();
  }

  private async makeLink(): Promise<void> {
    const survey = this.assessment?.survey;
    if (!survey || !this.snapshot) return;
    const payload = await encodeInvitation({
      v: 1,
      surveyId: survey.id,
      organisation: this.assessment.organisation,
      groups: survey.groups,
      checklist: this.snapshot.source,
    });
    this.link = `${location.href.split('#')[0]}#/survey/${payload}`;
  }

  private emit(survey: Survey): void {
    this.dispatchEvent(
      new CustomEvent('survey-change', { detail: { survey }, bubbles: true, composed: true }),
    );
  }

  private create(): void {
    const a = this.assessment;
    const groups =
      a.perspectives && a.perspectives.length > 0
        ? a.perspectives
        : defaultPerspectives({
            organisation: t(`orgType.${a.organisationType}`),
            ngos: t('perspectives.defaultNgo'),
          });
    this.emit(newSurvey(randomId(), groups, new Date().toISOString()));
  }

  private async gather(list: FileList | File[]): Promise<void> {
    const survey = this.assessment.survey;
    if (!survey) return;
    const files = await Promise.all(
      Array.from(list, async (f) => ({
        name: f.name,
        size: f.size,
        text: f.size > 256 * 1024 ? '' : await f.text(),
      })),
    );
    const result = gatherResponses(
      { survey, checklist: this.snapshot.checklist, checklistHash: this.snapshot.hash },
      files,
    );
    if (!result.ok) {
      this.problems = result.problems;
      this.message = '';
      return;
    }
    this.problems = [];
    this.message = t('survey.imported', {
      added: result.added,
      replaced: result.replaced,
      repeated: result.repeated,
    });
    if (result.added + result.replaced > 0) this.emit(result.survey);
  }

  private problemText(p: ResponseProblem): string {
    const reason = t(`survey.problem.${p.code}`, { detail: p.detail ?? '' });
    return p.file ? `${p.file}: ${reason}` : reason;
  }

  override render() {
    const survey = this.assessment?.survey;
    if (!survey) {
      return html`<p class="hint">${t('survey.intro')}</p>
        <button type="button" class="secondary" @click=${this.create}>
          ${t('survey.create')}
        </button>`;
    }
    const total = survey.responses.length;
    const mail = t('survey.mail', { organisation: this.assessment.organisation, link: this.link });
    return html`
      <p class="hint">${t('survey.intro')}</p>
      <label for="survey-link">${t('survey.link')}</label>
      <input id="survey-link" class="link" type="url" readonly .value=${this.link} />
      <p>
        <button
          type="button"
          class="secondary"
          ?disabled=${!this.link}
          @click=${async () => {
            await navigator.clipboard?.writeText(this.link).catch(() => undefined);
            this.message = t('survey.copied');
          }}
        >
          ${t('survey.copy')}
        </button>
      </p>
      <label for="survey-mail">${t('survey.mailLabel')}</label>
      <textarea id="survey-mail" readonly .value=${mail}></textarea>
      <p>
        ${
          total === 0
            ? t('survey.noRespondents')
            : t('survey.respondents', { total, groups: respondentCounts(survey) })
        }
      </p>
      <div
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.over = true;
        }}
        @dragleave=${() => (this.over = false)}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          this.over = false;
          if (e.dataTransfer?.files.length) void this.gather(e.dataTransfer.files);
        }}
      >
        <label for="survey-files">${t('survey.import')}</label>
        <input
          id="survey-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="survey-drop-hint"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.files?.length) void this.gather(input.files).then(() => (input.value = ''));
          }}
        />
        <p class="hint" id="survey-drop-hint">${t('survey.dropHint')}</p>
      </div>
      <p role="status">${this.message}</p>
      ${
        this.problems.length > 0
          ? html`<div role="alert" class="error">
              <p>${t('survey.refused')}</p>
              <ul>
                ${this.problems.map((p) => html`<li>${this.problemText(p)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'survey-panel': SurveyPanel;
  }
  interface HTMLElementEventMap {
    'survey-change': CustomEvent<{ survey: Survey }>;
  }
}
