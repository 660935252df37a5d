import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { DB_NAME, DB_VERSION } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { storeSmallAssessment, waitForStored } from '../fixtures/stored';
import { STORED_KEY } from '../../src/ui/shell/stored-marker';

const EMPTY = 'Arviointeja ei vielä ole. Aloita luomalla uusi arviointi.';

/** The app's database as the browser lists it (without opening it, which would create it). */
async function listedDatabase(): Promise<IDBDatabaseInfo | undefined> {
  return (await indexedDB.databases()).find((d) => d.name === DB_NAME);
}

/** Makes an assessment from the start page's "new" link, as a user would, and waits for it to open. */
async function createFromList(app: AppFrame, name: string): Promise<void> {
  getByRole(app.root, 'link', 'Uusi arviointi').click();
  await app.type(
    await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
    name,
  );
  getByRole(app.root, 'button', 'Luo arviointi').click();
  await waitFor(() => getByRole(app.root, 'heading', name));
}

/** What the start page shows first of the two: the empty state, or the assessment listed. */
function listedOrEmpty(app: AppFrame, name: string): Promise<'empty' | 'listed'> {
  return waitFor(() => {
    if (app.root.querySelector('assessment-list')?.shadowRoot?.textContent?.includes(EMPTY)) {
      return 'empty';
    }
    return queryAllByRole(app.root, 'link', name).length > 0 && 'listed';
  });
}

// On a first visit the start page does not wait for the database to be created: it shows the empty
// list, and the database is made in idle time after the first render or by the first write.
describe('first visit, no database yet', function () {
  this.timeout(60000);
  const frames: AppFrame[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.close()));

  it('shows the empty list, creates the database after it, and the demo data loads and stays', async () => {
    const app = await AppFrame.open();
    frames.push(app);
    await waitFor(() =>
      app.root.querySelector('assessment-list')?.shadowRoot?.textContent?.includes(EMPTY),
    );
    expect(queryAllByRole(app.root, 'alert').filter((a) => a.textContent!.trim())).to.deep.equal(
      [],
    );
    // Without any write: created with every migration in idle time after the first render.
    await waitForStored(
      async () => (await listedDatabase())?.version === DB_VERSION,
      async () => `listed: ${JSON.stringify(await listedDatabase())}`,
    );

    (await waitFor(() => getByRole(app.root, 'button', 'Lataa esittelyaineisto'), 15000)).click();
    await waitFor(
      () => getByRole(app.root, 'status', 'Esittelyaineisto ladattu: 8 arviointia.'),
      20000,
    );
    await waitFor(() => queryAllByRole(app.root, 'link', /\(esittely\)$/).length === 8);
    await app.reload();
    await waitFor(() => queryAllByRole(app.root, 'link', /\(esittely\)$/).length === 8, 10000);
  });

  it('a new assessment made straight from the empty list is there after a reload', async () => {
    const app = await AppFrame.open();
    frames.push(app);
    await waitFor(() =>
      app.root.querySelector('assessment-list')?.shadowRoot?.textContent?.includes(EMPTY),
    );
    await createFromList(app, 'Ensikäynnin kunta');
    // The list made now reads the database: what start-up found (none) is out of date, and the
    // empty state must not show, not even for a moment.
    app.navigate('#/');
    const shown = await listedOrEmpty(app, 'Ensikäynnin kunta');
    expect(shown).to.equal('listed');
    await app.reload();
    await waitFor(() => getByRole(app.root, 'link', 'Ensikäynnin kunta'), 10000);
  });

  it('a change another tab announces shows in a tab that started with no database', async () => {
    const first = await AppFrame.open();
    frames.push(first);
    await waitFor(() =>
      first.root.querySelector('assessment-list')?.shadowRoot?.textContent?.includes(EMPTY),
    );
    const second = await AppFrame.open('#/new', { keepData: true });
    frames.push(second);
    await second.type(
      await waitFor(() => getByLabel(second.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Toisen välilehden kunta',
    );
    getByRole(second.root, 'button', 'Luo arviointi').click();
    await waitFor(() => getByRole(second.root, 'heading', 'Toisen välilehden kunta'));
    // Creating it is announced too (two-tabs checks that); the rename here is a save's announcement.
    second.navigate('#/');
    (
      await waitFor(() =>
        getByRole(second.root, 'button', 'Nimeä uudelleen: Toisen välilehden kunta'),
      )
    ).click();
    const input = await waitFor(() => getByLabel(second.root, 'Uusi nimi'));
    input.value = '';
    await second.type(input, 'Uudelleen nimetty kunta');
    getByRole(second.root, 'button', 'Tallenna nimi').click();
    await waitFor(() => getByRole(first.root, 'link', 'Uudelleen nimetty kunta'), 10000);
  });

  it('marks that the database exists, and a start with the mark waits for what is stored', async () => {
    const app = await AppFrame.open();
    frames.push(app);
    expect(localStorage.getItem(STORED_KEY)).to.equal(null);
    // Created in idle time after the first render: from then on a start asks for the database.
    await waitFor(() => localStorage.getItem(STORED_KEY) === '1', 15000);
    await createFromList(app, 'Merkitty kunta');
    app.navigate('#/');
    await app.reload();
    // With the mark the first render waits for the stored list: the empty state never shows.
    const shown = await listedOrEmpty(app, 'Merkitty kunta');
    expect(shown).to.equal('listed');
  });

  it('what is stored shows though the mark is gone (cleared, or data from before the mark)', async () => {
    await deleteDB(DB_NAME);
    localStorage.removeItem(STORED_KEY);
    // Stored by this test page, not the app: the database exists and the mark does not.
    await storeSmallAssessment('ilman-merkkia');
    expect(localStorage.getItem(STORED_KEY)).to.equal(null);
    const app = await AppFrame.open('#/', { keepData: true });
    frames.push(app);
    await waitFor(() => getByRole(app.root, 'link', 'Kunta'), 10000);
    expect(localStorage.getItem(STORED_KEY)).to.equal('1');
    expect(queryAllByRole(app.root, 'alert').filter((a) => a.textContent!.trim())).to.deep.equal(
      [],
    );
  });
});
