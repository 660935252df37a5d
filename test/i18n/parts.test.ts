import { expect } from '@open-wc/testing';
import { getLocale, loadMessages, missingMessages, setLocale, t } from '../../src/i18n';
import { fiViews } from '../../src/i18n/fi-views';
import { svStart } from '../../src/i18n/sv-start';
import { svViews } from '../../src/i18n/sv-views';

// Each test file runs in its own page, so only the Finnish start part is loaded when this begins.
describe('catalogue parts', () => {
  after(() => setLocale('fi'));

  it('gives the start strings at once, and a string not loaded yet as its key, not undefined', () => {
    expect(t('list.heading')).to.equal('Arvioinnit');
    expect(t('workshop.open')).to.equal('workshop.open');
    expect(missingMessages()).to.deep.equal(['workshop.open']);
  });

  it('loads the views part on demand', async () => {
    await loadMessages('views');
    expect(t('workshop.open')).to.equal(fiViews['workshop.open']);
  });

  it('switches language only once every part asked for is in for the new one', async () => {
    const switching = setLocale('sv');
    expect(getLocale()).to.equal('fi');
    await switching;
    expect(getLocale()).to.equal('sv');
    expect(t('list.heading')).to.equal(svStart['list.heading']);
    expect(t('workshop.open')).to.equal(svViews['workshop.open']);
  });
});
