import { html, nothing } from 'lit';
import { t } from '../../i18n';

/** The "draft" badge of a heading or item whose wording is not confirmed yet (styled by sharedStyles). */
export function draftBadge(draft: boolean) {
  return draft ? html`<span class="draft">${t('item.draft')}</span>` : nothing;
}
