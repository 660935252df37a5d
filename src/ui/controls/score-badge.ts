import { html, type TemplateResult } from 'lit';
import { t } from '../../i18n';
import { band, roundScore } from '../../model/scoring';

/** A score with its band as text and colour, so colour is never the only cue. */
export function scoreBadge(score: number | null): TemplateResult {
  if (score === null) {
    return html`<span class="band band-none">${t('band.none')}</span>`;
  }
  const b = band(score);
  return html`<span class="band band-${b}"
    >${t('results.scoreOf', { score: roundScore(score) })} · ${t(`band.${b}`)}</span
  >`;
}
