import { expect } from '@open-wc/testing';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { DB_NAME } from '../../src/storage/db';
import { storedAll, storedAssessment } from '../fixtures/stored';

async function createAssessment(app: AppFrame, name: string): Promise<void> {
  app.navigate('#/new');
  await app.type(
    await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
    name,
  );
  getByRole(app.root, 'button', 'Luo arviointi').click();
  await waitFor(() => getByRole(app.root, 'heading', name));
}

/** The assessment's nine item cards, once all are drawn. */
function nineCards(app: AppFrame): Promise<HTMLElement[]> {
  return waitFor(() => {
    const found = queryAllByRole(app.root, 'article');
    return found.length === 9 && found;
  });
}

describe('autosave', function () {
  this.timeout(30000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('keeps a change made just before an immediate reload', async () => {
    app = await AppFrame.open();
    await createAssessment(app, 'Reloadin kunta');
    const cards = await nineCards(app);
    await app.type(getByLabel(cards[0]!, 'Muistiinpanot ja näyttö'), 'Heti perään');
    await app.reload();
    const again = await nineCards(app);
    expect(getByLabel(again[0]!, 'Muistiinpanot ja näyttö').value).to.equal('Heti perään');

    // A click and a reload in the same task: the change is still there.
    (getByRole(again[1]!, 'radio', /^2 – /) as HTMLInputElement).click();
    await app.reload();
    const third = await nineCards(app);
    const level2 = (getByRole(third[1]!, 'radio', /^2 – /) as HTMLInputElement).checked;
    if (!level2) {
      // Seen twice under load: the level lost, with no close-time edit left pending either (likely
      // a pending-store write the browser dropped as the page went; see the busy-store test below).
      const id = decodeURIComponent(app.window.location.hash.split('/')[2]!);
      const stored = (await storedAssessment(id))?.answers;
      const pending = (await storedAll<{ key: string }>('pending')).map((e) => e.key);
      expect(
        level2,
        `item 2 at level 2 after the reload; stored answers: ${JSON.stringify(stored)}; pending edits: ${JSON.stringify(pending)}`,
      ).to.equal(true);
    }
    expect(getByLabel(third[0]!, 'Muistiinpanot ja näyttö').value).to.equal('Heti perään');
  });

  it('keeps a change made in workshop mode just before an immediate reload', async () => {
    app = await AppFrame.open();
    await createAssessment(app, 'Työpajan kunta');
    app.navigate(`${app.window.location.hash}/workshop/2`);
    const id = decodeURIComponent(app.window.location.hash.split('/')[2]!);
    const notes = await waitFor(() => getByLabel(app.root, 'Muistiinpanot ja näyttö'));
    await app.type(notes, 'Työpajassa sovittiin');
    // What the field held as the page went away, for the failure message (seen once, not explained).
    const typed = notes.value;
    await app.reload();
    const again = await waitFor(() => getByLabel(app.root, 'Muistiinpanot ja näyttö'));
    if (again.value !== 'Työpajassa sovittiin') {
      const stored = (await storedAssessment(id))?.answers;
      const pending = (await storedAll<{ key: string }>('pending')).map((e) => e.key);
      expect(
        again.value,
        `typed before the reload: ${JSON.stringify(typed)}; stored answers: ${JSON.stringify(stored)}; pending edits: ${JSON.stringify(pending)}`,
      ).to.equal('Työpajassa sovittiin');
    }
  });
});

/**
 * Holds a readwrite transaction on the pending store over a connection of the test page's own,
 * as another tab's long merge would, until `release()`: a page that closes meanwhile cannot get
 * its close-time write in before it is gone.
 */
async function holdPendingStore(): Promise<{ release: () => Promise<void> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let holding = true;
  const tx = db.transaction('pending', 'readwrite');
  const store = tx.objectStore('pending');
  const spin = () => {
    if (holding) store.count().onsuccess = spin;
  };
  spin();
  const done = new Promise<void>((resolve) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => resolve();
  });
  return {
    release: async () => {
      holding = false;
      await done;
      db.close();
    },
  };
}

describe('autosave when the pending store is busy as the page closes', function () {
  this.timeout(30000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('keeps a level set just before a reload while another connection holds the pending store', async () => {
    app = await AppFrame.open();
    await createAssessment(app, 'Lukitun kunta');
    const id = decodeURIComponent(app.window.location.hash.split('/')[2]!);
    const cards = await nineCards(app);
    const hold = await holdPendingStore();
    (getByRole(cards[2]!, 'radio', /^3 – /) as HTMLInputElement).click();
    const loaded = new Promise((r) => app.iframe.addEventListener('load', r, { once: true }));
    app.window.location.reload();
    await loaded;
    await hold.release();
    const again = await nineCards(app);
    await waitFor(
      () => (getByRole(again[2]!, 'radio', /^3 – /) as HTMLInputElement).checked,
      10000,
    ).catch(async () => {
      const stored = (await storedAssessment(id))?.answers;
      throw new Error(`the level was lost; stored answers: ${JSON.stringify(stored)}`);
    });
  });
});
