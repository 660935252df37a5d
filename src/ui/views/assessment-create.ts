import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { getLocale, t } from '../../i18n';
import { builtinFor, type BuiltinChecklist } from '../../checklist/builtin';
import { parseChecklist } from '../../checklist/parse';
import { createSnapshot } from '../../checklist/snapshot';
import { newAssessment } from '../../model/assessment-ops';
import { ORGANISATION_TYPES, type OrganisationType } from '../../model/checklist';
import { addAssessment } from '../../storage/assessments';
import { appDb } from '../../storage/connection';
import { LocaleController } from '../locale-controller';
import { requestPersistence } from '../persistence';
import { assessmentHref } from '../route';
import { storageMessage } from '../storage-message';
import { sharedStyles } from '../styles/shared';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The form that starts a new assessment on a built-in checklist. */
@customElement('assessment-create')
export class AssessmentCreate extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        display: grid;
        gap: 1.25rem;
        max-width: 40rem;
      }
      .field {
        display: grid;
        gap: 0.3rem;
      }
      fieldset {
        border: 2px solid #d0d4da;
        border-radius: 8px;
        padding: 0.75rem 1rem;
      }
      legend {
        font-weight: 600;
        padding: 0 0.3em;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-height: 44px;
      }
      .choice label {
        font-weight: normal;
      }
      .choice input {
        width: 1.3rem;
        height: 1.3rem;
      }
      .buttons {
        display: flex;
        gap: 0.5rem;
      }
      h1:focus {
        outline: none;
      }
    `,
  ];

  @state() private type: OrganisationType = 'municipality';
  @state() private errors: { organisation?: string; date?: string; form?: string } = {};
  @state() private busy = false;

  @query('#organisation') private organisationInput!: HTMLInputElement;
  @query('#date') private dateInput!: HTMLInputElement;
  @query('#participants') private participantsInput!: HTMLTextAreaElement;

  private readonly locale = new LocaleController(this);

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const organisation = this.organisationInput.value.trim();
    const date = this.dateInput.value;
    const errors: typeof this.errors = {};
    if (organisation === '') errors.organisation = t('create.organisationRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.date = t('create.dateRequired');
    this.errors = errors;
    if (errors.organisation) return this.organisationInput.focus();
    if (errors.date) return this.dateInput.focus();

    this.busy = true;
    try {
      const builtin = builtinFor(this.type, getLocale());
      const made = await createSnapshot(builtin.source);
      if (!made.ok) throw new Error(t('checklist.invalid'));
      const { snapshot } = made;
      const assessment = newAssessment(
        {
          organisation,
          organisationType: this.type,
          date,
          participants: this.participantsInput.value.split('\n'),
        },
        {
          id: snapshot.checklist.id,
          version: snapshot.checklist.version,
          title: snapshot.checklist.title,
          hash: snapshot.hash,
        },
        crypto.randomUUID(),
        new Date().toISOString(),
      );
      await addAssessment(await appDb(), assessment, snapshot);
      void requestPersistence(); // there is now something worth keeping
      location.hash = assessmentHref(assessment.id);
    } catch (error) {
      this.errors = { form: storageMessage(error) };
      this.busy = false;
    }
  }

  override render() {
    const checklist = builtinFor(this.type, getLocale());
    return html`
      <h1 tabindex="-1">${t('create.heading')}</h1>
      <form novalidate @submit=${this.submit}>
        <div class="field">
          <label for="organisation">${t('create.organisation')}</label>
          <input
            id="organisation"
            type="text"
            autocomplete="organization"
            required
            aria-invalid=${this.errors.organisation ? 'true' : 'false'}
            aria-describedby="organisation-error"
          />
          <p id="organisation-error" class="error">${this.errors.organisation ?? nothing}</p>
        </div>
        <fieldset>
          <legend>${t('create.type')}</legend>
          ${ORGANISATION_TYPES.map(
            (type) => html`
              <div class="choice">
                <input
                  type="radio"
                  name="type"
                  id=${`type-${type}`}
                  .checked=${this.type === type}
                  @change=${() => (this.type = type)}
                />
                <label for=${`type-${type}`}>${t(`orgType.${type}`)}</label>
              </div>
            `,
          )}
        </fieldset>
        <div class="field">
          <label for="date">${t('create.date')}</label>
          <input
            id="date"
            type="date"
            .value=${today()}
            required
            aria-invalid=${this.errors.date ? 'true' : 'false'}
            aria-describedby="date-error"
          />
          <p id="date-error" class="error">${this.errors.date ?? nothing}</p>
        </div>
        <div class="field">
          <label for="participants">${t('create.participants')}</label>
          <p class="hint" id="participants-hint">${t('create.participantsHint')}</p>
          <textarea id="participants" rows="4" aria-describedby="participants-hint"></textarea>
        </div>
        <p>
          ${t('create.checklist')}:
          <strong>${titleOf(checklist)}</strong>
        </p>
        ${this.errors.form ? html`<p class="error" role="alert">${this.errors.form}</p>` : nothing}
        <div class="buttons">
          <button type="submit" ?disabled=${this.busy}>${t('create.submit')}</button>
          <a class="button secondary" href="#/">${t('create.cancel')}</a>
        </div>
      </form>
    `;
  }
}

const titles = new Map<string, string>();
/** The title of a built-in checklist (parsed once). */
function titleOf(builtin: BuiltinChecklist): string {
  let title = titles.get(builtin.key);
  if (title === undefined) {
    const parsed = parseChecklist(builtin.source);
    title = parsed.ok ? parsed.checklist.title : builtin.key;
    titles.set(builtin.key, title);
  }
  return title;
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-create': AssessmentCreate;
  }
}
