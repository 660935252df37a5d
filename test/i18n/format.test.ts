import { expect } from '@open-wc/testing';
import { LOCALES, formatDate, languageTag } from '../../src/i18n';

describe('i18n: dates', () => {
  it('writes every date of two years the way Intl does for each locale', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.DateTimeFormat(languageTag(locale), {
        dateStyle: 'short',
        timeZone: 'UTC',
      });
      for (let day = 0; day < 731; day++) {
        const date = new Date(Date.UTC(2025, 0, 1 + day));
        const iso = date.toISOString().slice(0, 10);
        expect(formatDate(iso, locale), `${locale} ${iso}`).to.equal(intl.format(date));
      }
    }
  });

  it('leaves a text that is not an ISO date as it is', () => {
    expect(formatDate('ensi keväänä', 'fi')).to.equal('ensi keväänä');
  });
});
