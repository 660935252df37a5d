import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { getLocale, t } from '../../i18n';
import { builtinFor, builtinsFor, type BuiltinChecklist } from '../../checklist/builtin';
import { parseChecklist } from '../../checklist/parse';
import type { CustomChecklist } from '../../model/custom-checklist';
import { listCustomChecklists } from '../../storage/checklists';
import { readHeaderLeniently } from '../../checklist/custom';
import { createSnapshot } from '../../checklist/snapshot';
import { newAssessment } from '../../model/assessment-ops';
import { ORGANISATION_TYPES, type OrganisationType } from '../../model/checklist';
import { addAssessment } from '../../storage/assessments';
import { appDb } from '../../storage/connection';
import { LocaleController } from '../shell/locale-controller';
import { announce } from '../state/data-channel';
import { requestPersistence } from '../state/persistence';
import { assessmentHref } from '../shell/route';
import { storageMessage } from '../messages/storage-message';
import { today } from '../../model/local-date';
import { sharedStyles } from '../styles/shared';

/** A checklist the form offers: a built-in one, or a custom one (drafts shown but not selectable). */
interface ChecklistOption {
  value: string;
  title: string;
  version: string;
  source: string;
  custom: boolean;
  draft: boolean;
}

/** The form that starts a new assessment on a built-in or a ready custom checklist. */
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
        border: 2px solid var(--color-border);
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
      .badge {
        border: 1px solid currentColor;
        border-radius: 4px;
        padding: 0 0.4em;
        margin-left: 0.3em;
        font-size: 0.85rem;
      }
      .reason {
        margin: -0.3rem 0 0.4rem 1.8rem;
      }
      .buttons {
        display: flex;
        gap: 0.5rem;
      }
    `,
  ];

  @state() private type: OrganisationType = 'municipality';
  @state() private errors: { organisation?: string; date?: string; form?: string } = {};
  @state() private busy = false;
  @state() private customs: { record: CustomChecklist; organisation?: string }[] = [];
  /** The chosen checklist's option value; '' until the user picks one (the default for the type). */
  @state() private choice = '';

  @query('#organisation') private organisationInput!: HTMLInputElement;
  @query('#date') private dateInput!: HTMLInputElement;
  @query('#participants') private participantsInput!: HTMLTextAreaElement;

  private readonly locale = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadCustoms();
  }

  private async loadCustoms(): Promise<void> {
    try {
      const records = await listCustomChecklists(await appDb());
      // The record's draft flag was set by the parser when it was saved (or imported): reading only
      // the header here keeps the form quick however many or large the checklists are.
      this.customs = records.map((record) =>
        record.draft
          ? { record }
          : { record, organisation: readHeaderLeniently(record.source).organisation ?? 'any' },
      );
    } catch (error) {
      this.errors = { ...this.errors, form: storageMessage(error) };
    }
  }

  /** The checklists offered for the chosen organisation type. */
  private options(): ChecklistOption[] {
    const ofType = builtinsFor(this.type);
    // The language is named only where the type has the model in several languages.
    const languages = new Set(ofType.map((b) => b.language));
    const builtins = ofType.map((b) => {
      const { title, version } = infoOf(b);
      return {
        value: `builtin:${b.key}`,
        title:
          languages.size > 1 ? `${title} (${t(`create.checklistLanguage.${b.language}`)})` : title,
        version,
        source: b.source,
        custom: false,
        draft: false,
      };
    });
    const customs = this.customs
      .filter((c) => c.record.draft || c.organisation === 'any' || c.organisation === this.type)
      .map(({ record }) => ({
        value: `custom:${record.key}`,
        title: record.title || t('checklists.untitled'),
        version: record.version,
        source: record.source,
        custom: true,
        draft: record.draft,
      }));
    return [...builtins, ...customs];
  }

  /** The option in use: the user's choice while it is offered, else the built-in for the type and language. */
  private chosen(options: ChecklistOption[]): ChecklistOption {
    const picked = options.find((o) => o.value === this.choice && !o.draft);
    const fallback = `builtin:${builtinFor(this.type, getLocale()).key}`;
    return picked ?? options.find((o) => o.value === fallback) ?? options[0]!;
  }

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
      const made = await createSnapshot(this.chosen(this.options()).source);
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
      announce({ type: 'added', assessmentIds: [assessment.id] });
      void requestPersistence(); // there is now something worth keeping
      location.hash = assessmentHref(assessment.id);
    } catch (error) {
      this.errors = { form: storageMessage(error) };
      this.busy = false;
    }
  }

  private renderOption(o: ChecklistOption, index: number, checked: boolean) {
    const id = `checklist-${index}`;
    return html`
      <div class="choice">
        <input
          type="radio"
          name="checklist"
          id=${id}
          .checked=${checked}
          ?disabled=${o.draft}
          aria-describedby=${o.draft ? `${id}-reason` : nothing}
          @change=${() => (this.choice = o.value)}
        />
        <label for=${id}>
          ${t('create.checklistOption', { title: o.title, version: o.version || '–' })}
          ${o.custom ? html`<span class="badge">${t('create.customBadge')}</span>` : nothing}
          ${o.draft ? html`<span class="badge">${t('item.draft')}</span>` : nothing}
        </label>
      </div>
      ${o.draft ? html`<p class="hint reason" id=${`${id}-reason`}>${t('create.draftReason')}</p>` : nothing}
    `;
  }

  override render() {
    const options = this.options();
    const chosen = this.chosen(options);
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
        <fieldset>
          <legend>${t('create.checklist')}</legend>
          ${options.map((o, i) => this.renderOption(o, i, o === chosen))}
        </fieldset>
        ${this.errors.form ? html`<p class="error" role="alert">${this.errors.form}</p>` : nothing}
        <div class="buttons">
          <button type="submit" ?disabled=${this.busy}>${t('create.submit')}</button>
          <a class="button secondary" href="#/">${t('create.cancel')}</a>
        </div>
      </form>
    `;
  }
}

const infos = new Map<string, { title: string; version: string }>();
/** The title and version of a built-in checklist (parsed once). */
function infoOf(builtin: BuiltinChecklist): { title: string; version: string } {
  let info = infos.get(builtin.key);
  if (info === undefined) {
    const parsed = parseChecklist(builtin.source);
    info = parsed.ok
      ? { title: parsed.checklist.title, version: parsed.checklist.version }
      : { title: builtin.key, version: '' };
    infos.set(builtin.key, info);
  }
  return info;
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-create': AssessmentCreate;
  }
}
