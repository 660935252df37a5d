import { expect } from '@open-wc/testing';
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

describe('another tab with a newer or older schema', function () {
  this.timeout(30000);
  let app: AppFrame | undefined;
  let other: IDBPDatabase | undefined;

  afterEach(async () => {
    app?.close();
    other?.close();
    app = other = undefined;
    await deleteDB(DB_NAME);
  });

  it('writes pending changes, lets a newer schema take over and asks to reload', async () => {
    app = await AppFrame.open('#/new');
    const frame = app;
    await frame.type(
      await waitFor(() => getByLabel(frame.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Päivittyvä kunta',
    );
    getByRole(frame.root, 'button', 'Luo arviointi').click();
    const first = await waitFor(() => queryAllByRole(frame.root, 'article')[0]);
    await frame.type(getByLabel(first, 'Muistiinpanot ja näyttö'), 'Ennen päivitystä');

    // Another tab opens the database at the next schema version, at once.
    other = await openDB(DB_NAME, DB_VERSION + 1);
    const alert = await waitFor(() =>
      queryAllByRole(frame.root, 'alert').find((a) =>
        a.textContent?.includes(
          'Sovellus päivitettiin toisessa välilehdessä — lataa sivu uudelleen.',
        ),
      ),
    );
    expect(getByRole(alert, 'button', 'Lataa sivu uudelleen').tagName).to.equal('BUTTON');
    const [stored] = (await other.getAll('assessments')) as {
      answers: Record<string, { notes: string }>;
    }[];
    expect(stored?.answers.A1?.notes, 'the pending note was written before letting go').to.equal(
      'Ennen päivitystä',
    );

    // Later edits cannot be saved, and the status says so instead of dropping them silently.
    await frame.type(getByLabel(first, 'Muistiinpanot ja näyttö'), ' ja jälkeen');
    await waitFor(() =>
      getByRole(frame.root, 'status', /Sovellus päivitettiin toisessa välilehdessä/),
    );
    expect(getByLabel(first, 'Muistiinpanot ja näyttö').value).to.equal(
      'Ennen päivitystä ja jälkeen',
    );
    // Leaving the page now would lose them, so the browser is asked to confirm.
    const leaving = new frame.window.Event('beforeunload', { cancelable: true });
    frame.window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).to.equal(true);
  });

  it('asks to close other tabs while an older one holds up the upgrade', async () => {
    await deleteDB(DB_NAME);
    // An old tab: the first schema version, and it does not let go when asked.
    other = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('assessments', { keyPath: 'id' }).createIndex(
          'by-updated',
          'updatedAt',
        );
        db.createObjectStore('snapshots', { keyPath: 'hash' });
      },
    });
    app = await AppFrame.open('#/', { keepData: true });
    const frame = app;
    await waitFor(() =>
      queryAllByRole(frame.root, 'alert').find((a) =>
        a.textContent?.includes('Sulje muut välilehdet, joissa sovellus on auki.'),
      ),
    );
    other.close();
    other = undefined;
    await waitFor(() => getByRole(frame.root, 'link', 'Uusi arviointi'));
    await waitFor(() =>
      queryAllByRole(frame.root, 'alert').every((a) => a.textContent?.trim() === ''),
    );
    await waitFor(() =>
      frame.root
        .querySelector('assessment-list')
        ?.shadowRoot?.textContent?.includes('Arviointeja ei vielä ole.'),
    );
  });
});
