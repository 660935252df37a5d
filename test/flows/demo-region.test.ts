import { expect } from '@open-wc/testing';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

async function expectAccessible(app: AppFrame, where: string): Promise<void> {
  const violations = await axeViolations(app.window);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

describe('demo data and the regional comparison', function () {
  this.timeout(60000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('loads demo data, compares the organisations, and removes only the demo', async () => {
    app = await AppFrame.open();
    // A real assessment that must survive
    getByRole(await waitFor(() => app.root), 'link', 'Uusi arviointi').click();
    await app.type(
      await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Oikea kunta',
    );
    (await waitFor(() => getByRole(app.root, 'button', 'Luo arviointi'))).click();
    await waitFor(() => getByRole(app.root, 'heading', 'Oikea kunta'));
    app.navigate('#/');

    (await waitFor(() => getByRole(app.root, 'button', 'Lataa esittelyaineisto'))).click();
    await waitFor(() => getByRole(app.root, 'status', 'Esittelyaineisto ladattu: 8 arviointia.'));
    await waitFor(() => queryAllByRole(app.root, 'link', /\(esittely\)$/).length === 8);
    await expectAccessible(app, 'list with demo data');

    getByRole(app.root, 'link', 'Alueellinen vertailu').click();
    await waitFor(() => getByRole(app.root, 'heading', 'Alueellinen vertailu'));
    const view = await waitFor(() => {
      const root = app.root.querySelector('region-overview')?.shadowRoot;
      return root?.querySelector('region-heatmap')?.shadowRoot?.querySelector('table')
        ? root
        : undefined;
    });
    const grid = view.querySelector('region-heatmap')!.shadowRoot!;
    const text = grid.textContent!.replace(/\s+/g, ' ');
    // The demo county is compared apart when a county checklist is built in: one checklist at a time
    const countyApart = BUILTIN_CHECKLISTS.some((c) => c.organisationType === 'county');
    const checklists = queryAllByRole(view, 'combobox', 'Tarkistuslista');
    expect(checklists.length).to.equal(countyApart ? 1 : 0);
    if (countyApart)
      expect((checklists[0] as unknown as HTMLSelectElement).options).to.have.length(2);
    expect(queryAllByRole(grid, 'link', /\(esittely\)$|Oikea kunta/).length).to.equal(
      countyApart ? 4 : 5,
    );
    expect(text).to.match(/▲ \+\d+/);
    expect(text).to.contain('Ei aiempaa kierrosta');
    expect(text).to.contain(`Keskiarvo (${countyApart ? 4 : 5} organisaatiota)`);
    await expectAccessible(app, 'regional overview');

    getByRole(view, 'link', 'Takaisin arviointeihin').click();
    (await waitFor(() => getByRole(app.root, 'button', 'Poista esittelyaineisto'))).click();
    (await waitFor(() => getByRole(app.root, 'button', 'Siirrä roskakoriin'))).click();
    await waitFor(() =>
      getByRole(app.root, 'status', /Esittelyaineisto siirrettiin roskakoriin: 8 arviointia\./),
    );
    await waitFor(() => queryAllByRole(app.root, 'link', /\(esittely\)$/).length === 0);
    expect(queryAllByRole(app.root, 'link', 'Oikea kunta')).to.have.length(1);
  });
});
