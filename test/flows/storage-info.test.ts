import { expect } from '@open-wc/testing';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

const GRANTED = 'Tallennus on pysyvä: selain ei poista arviointeja, vaikka levytila vähenisi.';
const NOT_GRANTED =
  /^Tallennus ei ole pysyvä: selain voi poistaa tiedot, jos levytila käy vähiin\./;

function panelText(app: AppFrame): string {
  const panel = app.root
    .querySelector('assessment-list')
    ?.shadowRoot?.querySelector('storage-usage')?.shadowRoot;
  return (panel?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('persistent storage on the start page', function () {
  this.timeout(30000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('says whether storage is persistent, how much is used, and can ask for it', async () => {
    app = await AppFrame.open();
    await waitFor(() => getByRole(app.root, 'heading', 'Selaimen tallennustila'));
    const persisted = await app.window.navigator.storage.persisted();
    const status = await waitFor(() =>
      queryAllByRole(app.root, 'status').find((s) => s.textContent?.includes('Tallennus')),
    );
    if (persisted) expect(status.textContent?.trim()).to.equal(GRANTED);
    else expect(status.textContent?.trim()).to.match(NOT_GRANTED);
    const { usage } = await app.window.navigator.storage.estimate();
    expect(usage).to.be.a('number');
    expect(panelText(app)).to.match(/\d+(,\d)? (t|kt|Mt|Gt) käytössä/);

    const violations = await axeViolations(app.window);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    if (!persisted) {
      // Headless Chromium decides by itself; either answer must show.
      getByRole(app.root, 'button', 'Pyydä pysyvää tallennusta').click();
      await waitFor(
        () =>
          panelText(app).includes(GRANTED) ||
          panelText(app).includes('Selain ei myöntänyt pysyvää tallennusta.'),
      );
    }
  });

  it('copes with a browser that has no storage manager', async () => {
    app = await AppFrame.open();
    // The API is absent in some browsers and in insecure contexts.
    Object.defineProperty(app.window.navigator, 'storage', {
      value: undefined,
      configurable: true,
    });
    app.navigate('#/new');
    await waitFor(() => getByRole(app.root, 'heading', 'Uusi arviointi'));
    app.navigate('#/');
    await waitFor(() => panelText(app).includes('Selain ei kerro, onko tallennus pysyvä.'));
    expect(panelText(app)).to.not.contain('käytössä');
    expect(queryAllByRole(app.root, 'button', 'Pyydä pysyvää tallennusta')).to.have.length(0);
  });
});
