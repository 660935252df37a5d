import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, t } from '../../i18n';
import { REVIEW_OUTCOMES, type ReviewedAction, type ReviewOutcome } from '../../model/assessment';
import { allItems, type Checklist } from '../../model/checklist';
import { carryableCount } from '../../model/next-round';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import { emit } from './emit';

/** Detail of `review-change`: the whole review list with one entry changed. */
export interface ReviewChangeDetail {
  review: ReviewedAction[];
}

/**
 * Last round's actions up for review: for each, what came of it (done, partly, not done, dropped)
 * and a comment; then the unfinished ones carried into this round's plan in one step.
 *
 * @fires review-change - {ReviewChangeDetail} on every edit.
 * @fires review-carry - the user asked to carry the unfinished actions into this round's plan.
 */
@customElement('round-review')
export class RoundReview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ol {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      fieldset {
        border: 1px solid var(--color-border);
        border-radius: 8px;
        padding: 0.5rem 0.9rem 0.8rem;
        min-width: 0;
        display: grid;
        gap: 0.35rem;
      }
      legend {
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      .meta {
        margin: 0;
        color: var(--muted);
        overflow-wrap: anywhere;
      }
      .carried {
        margin: 0;
        font-weight: 600;
      }
      .carry {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
      textarea {
        min-height: 3rem;
      }
    `,
  ];

  @property({ attribute: false }) review: ReviewedAction[] = [];
  /** This round's checklist: item numbers and statements, and which items can take actions. */
  @property({ attribute: false }) checklist!: Checklist;
  /** The previous round's date (yyyy-mm-dd). */
  @property({ attribute: false }) previousDate = '';
  /** BCP 47 tag of the checklist's language. */
  @property() contentLang = '';

  @state() private message = '';

  private readonly locale = new LocaleController(this);

  /** The list this control last reported, until the next one arrives (see the item card's). */
  private reported?: ReviewedAction[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('review')) this.reported = undefined;
  }

  private change(index: number, change: Partial<ReviewedAction>): void {
    const review = (this.reported ?? this.review).map((r, i) => {
      if (i !== index) return r;
      const next = { ...r, ...change };
      if (next.outcome === undefined) delete next.outcome;
      return next;
    });
    this.message = '';
    this.reported = review;
    emit(this, 'review-change', { review });
  }

  private carry(): void {
    const count = carryableCount(this.review, this.checklist);
    if (count === 0) return;
    emit(this, 'review-carry', {});
    this.message = t('review.carriedCount', { count });
  }

  override render() {
    const review = this.review;
    if (review.length === 0) return nothing;
    const items = allItems(this.checklist);
    const numbers = new Map(items.map((item, i) => [item.id, { n: i + 1, item }]));
    const reviewed = review.filter((r) => r.outcome).length;
    const count = carryableCount(review, this.checklist);
    return html`<section aria-labelledby="review-title">
      <h2 id="review-title">${t('review.heading', { date: formatDate(this.previousDate) })}</h2>
      <p>${t('review.intro')}</p>
      <p>${t('review.progress', { reviewed, total: review.length })}</p>
      <ol>
        ${review.map((r, i) => {
          const where = numbers.get(r.itemId);
          const id = `review-${i}`;
          return html`<li>
            <fieldset>
              <legend><span lang=${this.contentLang || nothing}>${r.action.what}</span></legend>
              <p class="meta">
                ${
                  where
                    ? html`${t('item.number', { n: where.n })}:
                        <span lang=${this.contentLang || nothing}>${where.item.statement}</span>`
                    : t('review.itemGone')
                }
              </p>
              <p class="meta">
                ${t('plan.columnWho')}: ${r.action.who || t('plan.noOwner')} ·
                ${t('plan.columnDue')}: ${r.action.due ? formatDate(r.action.due) : t('plan.noDue')}
                · ${t('review.statusThen', { status: t(`status.${r.action.status}`) })}
              </p>
              <label for=${`${id}-outcome`}>${t('review.outcome')}</label>
              <select
                id=${`${id}-outcome`}
                @change=${(e: Event & { target: HTMLSelectElement }) =>
                  this.change(i, {
                    outcome: (e.target.value || undefined) as ReviewOutcome | undefined,
                  })}
              >
                <option value="" ?selected=${!r.outcome}>${t('review.outcomeNone')}</option>
                ${REVIEW_OUTCOMES.map(
                  (o) =>
                    html`<option value=${o} ?selected=${r.outcome === o}>
                      ${t(`outcome.${o}`)}
                    </option>`,
                )}
              </select>
              <label for=${`${id}-comment`}>${t('review.comment')}</label>
              <textarea
                id=${`${id}-comment`}
                .value=${r.comment}
                @input=${(e: InputEvent & { target: HTMLTextAreaElement }) =>
                  this.change(i, { comment: e.target.value })}
              ></textarea>
              ${r.carriedInto ? html`<p class="carried">${t('review.carried')}</p>` : nothing}
            </fieldset>
          </li>`;
        })}
      </ol>
      <div class="carry">
        <button type="button" aria-disabled=${count === 0 ? 'true' : 'false'} @click=${this.carry}>
          ${t('review.carry', { count })}
        </button>
        <p class="hint">${t('review.carryHint')}</p>
      </div>
      <p role="status">${this.message}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'round-review': RoundReview;
  }
  interface HTMLElementEventMap {
    'review-change': CustomEvent<ReviewChangeDetail>;
    'review-carry': CustomEvent<Record<string, never>>;
  }
}
