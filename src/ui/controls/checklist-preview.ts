import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Checklist, Item } from '../../model/checklist';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import { inlineMarkdown, markdown } from './markdown';

type ListKey = 'item.evidence' | 'item.questions' | 'item.legal';

/** A read-only view of a parsed checklist as the editor previews it: texts, draft badges and the scale. */
@customElement('checklist-preview')
export class ChecklistPreview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h3 {
        margin: 0 0 0.25rem;
      }
      h4 {
        margin: 1.5rem 0 0.5rem;
        border-bottom: 3px solid var(--accent);
        padding-bottom: 0.2rem;
      }
      .item {
        border: 1px solid var(--color-border);
        border-radius: 8px;
        padding: 0.75rem 1rem;
        margin: 0.75rem 0;
      }
      h5 {
        font-size: 1.05rem;
        margin: 0 0 0.4rem;
      }
      .id {
        color: var(--muted);
        font-family: ui-monospace, monospace;
        font-weight: normal;
        font-size: 0.85rem;
      }
      .list-title {
        font-weight: 600;
        margin: 0.5rem 0 0;
      }
      ul {
        margin: 0.25rem 0;
      }
    `,
  ];

  @property({ attribute: false }) checklist?: Checklist;

  private readonly locale = new LocaleController(this);

  private badge(draft: boolean) {
    return draft ? html`<span class="draft">${t('item.draft')}</span>` : nothing;
  }

  private list(key: ListKey, entries: string[]) {
    if (entries.length === 0) return nothing;
    return html`<p class="list-title">${t(key)}</p>
      <ul>
        ${entries.map((e) => html`<li>${inlineMarkdown(e)}</li>`)}
      </ul>`;
  }

  private item(item: Item) {
    return html`<div class="item">
      <h5>${item.statement} <span class="id">#${item.id}</span>${this.badge(item.draft)}</h5>
      ${item.explanation ? markdown(item.explanation) : nothing}
      ${this.list('item.evidence', item.evidence)} ${this.list('item.questions', item.questions)}
      ${this.list('item.legal', item.legalRefs)}
    </div>`;
  }

  override render() {
    const c = this.checklist;
    if (!c) return nothing;
    return html`
      <h3>${c.title}</h3>
      ${c.attribution ? html`<p class="hint">${c.attribution}</p>` : nothing}
      ${c.intro ? markdown(c.intro) : nothing}
      <p class="list-title">${t('editor.scale')}</p>
      <ul>
        ${c.scale.levels.map(
          (l) =>
            html`<li>
              ${t('editor.levelLine', { value: l.value, label: l.label, score: l.score })}:
              ${l.description}
            </li>`,
        )}
      </ul>
      ${c.headings.map(
        (h) => html`
          <section>
            <h4>${h.title} <span class="id">#${h.id}</span>${this.badge(h.draft)}</h4>
            ${h.intro ? markdown(h.intro) : nothing} ${h.items.map((i) => this.item(i))}
          </section>
        `,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'checklist-preview': ChecklistPreview;
  }
}
