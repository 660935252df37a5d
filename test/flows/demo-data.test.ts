import { expect } from '@open-wc/testing';
import type { Assessment } from '../../src/model/assessment';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { storedAll, storedAssessment } from '../fixtures/stored';

const NOTES = 'Muistiinpanot ja näyttö';

describe('demo data with a demo record the user made their own', function () {
  this.timeout(90000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('loading again keeps the edited record; removing asks, moves all to the trash and can be undone', async () => {
    app = await AppFrame.open();
    (await waitFor(() => getByRole(app.root, 'button', 'Lataa esittelyaineisto'), 15000)).click();
    await waitFor(
      () => getByRole(app.root, 'status', 'Esittelyaineisto ladattu: 8 arviointia.'),
      20000,
    );

    // Rename the first demo municipality and write notes in it.
    // Two rounds of each organisation: the first of them.
    (
      await waitFor(
        () =>
          queryAllByRole(app.root, 'button', 'Nimeä uudelleen: Esimerkkilän kunta (esittely)')[0],
      )
    ).click();
    const input = await waitFor(() => getByLabel(app.root, 'Uusi nimi'));
    input.value = '';
    await app.type(input, 'Oma kunta');
    getByRole(app.root, 'button', 'Tallenna nimi').click();
    (await waitFor(() => getByRole(app.root, 'link', 'Oma kunta'))).click();
    const first = await waitFor(() => queryAllByRole(app.root, 'article')[0], 15000);
    const notes = getByLabel(first, NOTES);
    notes.value = '';
    await app.type(notes, 'Omat muistiinpanot');
    await waitFor(() => getByRole(app.root, 'status', /^Tallennettu/));
    const id = decodeURIComponent(/#\/a\/([^/]+)/.exec(app.window.location.hash)![1]!);
    const edited = (await storedAssessment(id))!;
    expect(edited.revision).to.be.greaterThan(0);

    // Loading again: the edited record stays as the user left it.
    app.navigate('#/');
    (await waitFor(() => getByRole(app.root, 'button', 'Lataa esittelyaineisto'))).click();
    await waitFor(() => getByRole(app.root, 'status', /8 jo tallennettua jätettiin ennalleen/));
    expect(await storedAssessment(id)).to.deep.equal(edited);
    expect(queryAllByRole(app.root, 'link', 'Oma kunta')).to.have.length(1);
    expect(queryAllByRole(app.root, 'link', /\(esittely\)$/)).to.have.length(7);

    // Removing asks first, and says that an edited one is among them.
    getByRole(app.root, 'button', 'Poista esittelyaineisto').click();
    const dialog = await waitFor(() =>
      getByRole(app.root, 'dialog', 'Poistetaanko esittelyaineisto?'),
    );
    await waitFor(() => dialog.textContent!.includes('8 esittelyarviointia'));
    expect(dialog.textContent).to.contain('myös 1, joita on muokattu');
    const violations = await axeViolations(app.window);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    getByRole(dialog, 'button', 'Peruuta').click();
    expect((await storedAll<Assessment>('assessments')).filter((a) => a.demo)).to.have.length(8);

    getByRole(app.root, 'button', 'Poista esittelyaineisto').click();
    (await waitFor(() => getByRole(app.root, 'button', 'Siirrä roskakoriin'))).click();
    await waitFor(() =>
      getByRole(app.root, 'status', /Esittelyaineisto siirrettiin roskakoriin: 8 arviointia\./),
    );
    await waitFor(() => queryAllByRole(app.root, 'link', 'Oma kunta').length === 0);
    expect((await storedAll<Assessment>('assessments')).filter((a) => a.demo)).to.deep.equal([]);
    const trash = await storedAll<{ id: string; assessment: Assessment }>('trash');
    expect(trash).to.have.length(8);
    expect(trash.find((e) => e.id === id)?.assessment).to.deep.equal(edited);

    // Undo puts every one back, the edited one as it was.
    getByRole(app.root, 'button', 'Kumoa esittelyaineiston poisto').click();
    await waitFor(() =>
      getByRole(app.root, 'status', 'Esittelyaineisto palautettiin: 8 arviointia.'),
    );
    await waitFor(() => getByRole(app.root, 'link', 'Oma kunta'));
    expect(await storedAssessment(id)).to.deep.equal(edited);
    expect(await storedAll('trash')).to.deep.equal([]);
  });
});
