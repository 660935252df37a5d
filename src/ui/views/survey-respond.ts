import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import { createSnapshot } from '../../checklist/snapshot';
import { allItems, type Checklist } from '../../model/checklist';
import {
  SURVEY_RESPONSE_FORMAT,
  SURVEY_RESPONSE_VERSION,
  type SurveyAnswer,
  type SurveyResponse,
} from '../../model/survey';
import { decodeInvitation, type SurveyInvitation } from '../../model/survey-link';
import '../controls/level-picker';
import { markdown } from '../controls/markdown';
import { MEDIA_TYPES, downloadFile } from '../files/download';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/** The respondent's draft, kept in their own browser only (localStorage), per survey. */
interface Draft {
  responseId: string;
  group: string;
  answers: Record<string, SurveyAnswer>;
}

const draftKey = (surveyId: string) => `jy-survey:${surveyId}`;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function loadDraft(surveyId: string): Draft {
  try {
    const saved = JSON.parse(localStorage.getItem(draftKey(surveyId)) ?? 'null') as Draft | null;
    if (saved && typeof saved.responseId === 'string' && typeof saved.answers === 'object')
      return {
        responseId: saved.responseId,
        group: String(saved.group ?? ''),
        answers: saved.answers,
      };
  } catch {
    // A damaged draft starts over.
  }
  return { responseId: randomId(), group: '', answers: {} };
}

/**
 * A respondent's own survey, opened from the link the facilitator sent: choose a group, rate the items
 * with optional comments, and download (or share) a small response file to send back. Nothing here
 * reads the app's database, so nobody sees anyone else's data.
 */
@customElement('survey-respond')
export class SurveyRespond extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        max-width: 48rem;
      }
      h1 {
        font-size: 1.6rem;
        overflow-wrap: anywhere;
      }
      article {
        border-top: 2px solid var(--color-border);
        padding: 0.75rem 0 1rem;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0.25rem 0 0.5rem;
      }
      .heading-title {
        color: var(--muted);
        font-weight: 700;
        margin: 1.5rem 0 0;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      fieldset.groups {
        border: 2px solid var(--color-border);
        border-radius: 8px;
        padding: 0.5rem 1rem;
      }
      .groups label {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        margin: 0.3rem 0;
        font-weight: normal;
      }
      .send {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 1.5rem 0 0.5rem;
      }
      .error {
        color: var(--danger);
        font-weight: 600;
      }
    `,
  ];

  /** The invitation from the link (`#/survey/<payload>`). */
  @property() payload = '';

  @state() private invitation?: SurveyInvitation;
  @state() private checklist?: Checklist;
  @state() private hash = '';
  @state() private invalid = false;
  @state() private draft: Draft = { responseId: '', group: '', answers: {} };
  @state() private message = '';
  @state() private error = '';

  private readonly locale = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('payload')) void this.open();
  }

  private async open(): Promise<void> {
    this.invalid = false;
    const invitation = await decodeInvitation(this.payload);
    const made = invitation ? await createSnapshot(invitation.checklist) : undefined;
    if (!invitation || !made?.ok) {
      this.invalid = true;
      return;
    }
    this.invitation = invitation;
    this.checklist = made.snapshot.checklist;
    this.hash = made.snapshot.hash;
    const draft = loadDraft(invitation.surveyId);
    if (!invitation.groups.some((g) => g.id === draft.group)) draft.group = '';
    this.draft = draft;
  }

  private update_(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    this.error = '';
    this.message = '';
    if (this.invitation)
      localStorage.setItem(draftKey(this.invitation.surveyId), JSON.stringify(this.draft));
  }

  private setAnswer(itemId: string, change: SurveyAnswer): void {
    const answers = { ...this.draft.answers };
    const next: SurveyAnswer = { ...answers[itemId], ...change };
    if (next.level === undefined) delete next.level;
    if (!next.comment) delete next.comment;
    if (next.level === undefined && next.comment === undefined) delete answers[itemId];
    else answers[itemId] = next;
    this.update_({ answers });
  }

  /** The response file, or null (with a message) when it cannot be made yet. */
  private responseFile(): File | null {
    const inv = this.invitation;
    const checklist = this.checklist;
    if (!inv || !checklist) return null;
    if (!this.draft.group) {
      this.error = t('respond.chooseGroup');
      this.renderRoot.querySelector<HTMLInputElement>('.groups input')?.focus();
      return null;
    }
    const response: SurveyResponse = {
      format: SURVEY_RESPONSE_FORMAT,
      version: SURVEY_RESPONSE_VERSION,
      surveyId: inv.surveyId,
      checklist: { id: checklist.id, version: checklist.version, hash: this.hash },
      responseId: this.draft.responseId,
      group: this.draft.group,
      savedAt: new Date().toISOString(),
      answers: this.draft.answers,
    };
    const name = `kyselyvastaus-${inv.surveyId.slice(0, 8)}-${this.draft.responseId.slice(0, 6)}.json`;
    return new File([`${JSON.stringify(response, null, 2)}\n`], name, { type: 'application/json' });
  }

  private async download(): Promise<void> {
    const file = this.responseFile();
    if (!file) return;
    downloadFile(file.name, await file.text(), MEDIA_TYPES.json);
    this.message = t('respond.done', { file: file.name });
  }

  private canShare(): boolean {
    const probe = new File(['{}'], 'probe.json', { type: 'application/json' });
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [probe] });
  }

  private async share(): Promise<void> {
    const file = this.responseFile();
    if (!file) return;
    try {
      await navigator.share({ files: [file], title: file.name });
      this.message = t('respond.shared');
    } catch {
      // Cancelled, or the device refused: the download button still works.
    }
  }

  override render() {
    if (this.invalid) {
      return html`<h1 tabindex="-1">${t('respond.title')}</h1>
        <p class="error" role="alert">${t('respond.invalid')}</p>`;
    }
    const inv = this.invitation;
    const checklist = this.checklist;
    if (!inv || !checklist) return html`<p>${t('app.loading')}</p>`;
    const items = allItems(checklist);
    const rated = items.filter((i) => this.draft.answers[i.id]?.level !== undefined).length;
    return html`
      <h1 tabindex="-1">${t('respond.heading', { organisation: inv.organisation })}</h1>
      <p>${t('respond.intro')}</p>
      <fieldset class="groups">
        <legend>${t('respond.group')}</legend>
        ${inv.groups.map(
          (g) =>
            html`<label>
              <input
                type="radio"
                name="group"
                value=${g.id}
                .checked=${this.draft.group === g.id}
                @change=${() => this.update_({ group: g.id })}
              />
              ${g.name}
            </label>`,
        )}
      </fieldset>
      ${checklist.headings.map(
        (h) =>
          html`<p class="heading-title">${h.title}</p>
            ${h.items.map((item) => {
              const answer = this.draft.answers[item.id];
              const n = items.indexOf(item) + 1;
              return html`<article aria-labelledby=${`s-${item.id}`}>
                <h2 id=${`s-${item.id}`}>${n}. ${item.statement}</h2>
                ${item.explanation ? markdown(item.explanation) : nothing}
                <level-picker
                  .scale=${checklist.scale}
                  .level=${answer?.level}
                  .legend=${t('respond.rating', { n })}
                  @level-change=${(e: CustomEvent<{ level: number | null | undefined }>) =>
                    this.setAnswer(item.id, { level: e.detail.level })}
                ></level-picker>
                <label for=${`c-${item.id}`}>${t('respond.comment')}</label>
                <textarea
                  id=${`c-${item.id}`}
                  maxlength="2000"
                  .value=${answer?.comment ?? ''}
                  @input=${(e: Event) =>
                    this.setAnswer(item.id, { comment: (e.target as HTMLTextAreaElement).value })}
                ></textarea>
              </article>`;
            })}`,
      )}
      <p role="status">${t('respond.progress', { rated, total: items.length })}</p>
      <div class="send">
        <button type="button" @click=${() => void this.download()}>${t('respond.download')}</button>
        ${
          this.canShare()
            ? html`<button type="button" class="secondary" @click=${() => void this.share()}>
                ${t('respond.share')}
              </button>`
            : nothing
        }
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <p role="status" aria-live="polite">${this.message}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'survey-respond': SurveyRespond;
  }
}
