import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import type { Assessment } from '../../src/model/assessment';
import { DB_NAME, openAppDb } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { storedAll, waitForStored } from '../fixtures/stored';
import { TimerWatch } from '../fixtures/timers';

const SAMPLE: Assessment = {
  id: 'x',
  organisation: 'x',
  organisationType: 'municipality',
  date: '2026-01-15',
  participants: [],
  checklist: { id: 'kunta', version: '1', title: 'Kunta', hash: 'a'.repeat(64) },
  answers: {},
  createdAt: '2026-01-15T10:00:00.000Z',
  updatedAt: '2026-01-15T10:00:00.000Z',
  revision: 0,
};

async function expectAccessible(app: AppFrame, where: string): Promise<void> {
  const violations = await axeViolations(app.window);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

async function create(app: AppFrame, name: string): Promise<void> {
  app.navigate('#/new');
  await app.type(
    await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
    name,
  );
  getByRole(app.root, 'button', 'Luo arviointi').click();
  await waitFor(() => getByRole(app.root, 'heading', name));
  const card = await waitFor(() => queryAllByRole(app.root, 'article')[0]);
  await app.type(getByLabel(card, 'Muistiinpanot ja näyttö'), `${name}: muistiinpano`);
  await waitFor(() => getByRole(app.root, 'status', /^Tallennettu/));
}

/** The element focused inside the app, through shadow roots. */
function focused(app: AppFrame): Element | null {
  let el: Element | null = app.document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('delete, undo and the trash', function () {
  this.timeout(60000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('deletes at once and undoes by keyboard', async () => {
    app = await AppFrame.open();
    await create(app, 'Kumottava kunta');
    app.navigate('#/');
    const del = await waitFor(() => getByRole(app.root, 'button', 'Poista: Kumottava kunta'));
    const timers = new TimerWatch(app.window);
    del.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() =>
      getByRole(app.root, 'status', /^Arviointi "Kumottava kunta" poistettiin\./),
    );
    expect(queryAllByRole(app.root, 'link', 'Kumottava kunta')).to.have.length(0);
    const undo = getByRole(app.root, 'button', 'Kumoa arvioinnin "Kumottava kunta" poisto');
    expect(undo.textContent?.trim()).to.equal('Kumoa');
    await waitFor(() => focused(app) === undo);
    await expectAccessible(app, 'undo notice');

    // No timer takes it away: it stays until used, dismissed or the page is left. Once every timer
    // the page set since the delete has run, the notice and its focus are still there.
    await timers.ran();
    timers.stop();
    getByRole(app.root, 'status', /^Arviointi "Kumottava kunta" poistettiin\./);
    expect(focused(app)).to.equal(undo);
    await sendKeys({ press: 'Enter' });
    const link = await waitFor(() => getByRole(app.root, 'link', 'Kumottava kunta'));
    await waitFor(() =>
      getByRole(app.root, 'status', /^Arviointi "Kumottava kunta" palautettiin\./),
    );
    expect(focused(app)).to.equal(link);
    link.click();
    const card = await waitFor(() => queryAllByRole(app.root, 'article')[0]);
    expect(getByLabel(card, 'Muistiinpanot ja näyttö').value).to.equal(
      'Kumottava kunta: muistiinpano',
    );
  });

  it('keeps deleted assessments in the trash to restore or delete for good', async () => {
    app = await AppFrame.open();
    await create(app, 'Palautettava kunta');
    await create(app, 'Hävitettävä kunta');
    app.navigate('#/');
    for (const name of ['Palautettava kunta', 'Hävitettävä kunta']) {
      (await waitFor(() => getByRole(app.root, 'button', `Poista: ${name}`))).click();
      await waitFor(() => queryAllByRole(app.root, 'link', name).length === 0);
    }
    (await waitFor(() => getByRole(app.root, 'button', 'Sulje ilmoitus'))).click();
    await waitFor(() => queryAllByRole(app.root, 'button', /^Kumoa/).length === 0);

    // Both moves are stored (the header counts the trash from the database) before the reload.
    await waitFor(() => getByRole(app.root, 'link', 'Roskakori (2)'));
    // After a reload the undo is gone, but the trash has both.
    await app.reload();
    (await waitFor(() => getByRole(app.root, 'link', 'Roskakori (2)'), 20000)).click();
    await waitFor(() => getByRole(app.root, 'heading', 'Roskakori'));
    await waitFor(() => getByRole(app.root, 'button', 'Palauta: Palautettava kunta'));
    await expectAccessible(app, 'trash');
    expect(app.root.querySelector('trash-view')!.shadowRoot!.textContent).to.contain('30 päivää');

    getByRole(app.root, 'button', 'Palauta: Palautettava kunta').click();
    await waitFor(() =>
      getByRole(app.root, 'status', 'Arviointi "Palautettava kunta" palautettiin.'),
    );
    expect(queryAllByRole(app.root, 'button', 'Palauta: Palautettava kunta')).to.have.length(0);

    // Deleting for good asks first; cancelling keeps it.
    getByRole(app.root, 'button', 'Poista pysyvästi: Hävitettävä kunta').click();
    const dialog = await waitFor(() =>
      queryAllByRole(app.root, 'dialog').find((d) => (d as HTMLDialogElement).open),
    );
    expect(dialog.textContent).to.contain('Hävitettävä kunta');
    await expectAccessible(app, 'delete-for-good dialog');
    getByRole(dialog, 'button', 'Peruuta').click();
    expect(queryAllByRole(app.root, 'button', 'Palauta: Hävitettävä kunta')).to.have.length(1);
    getByRole(app.root, 'button', 'Poista pysyvästi: Hävitettävä kunta').click();
    getByRole(dialog, 'button', 'Poista pysyvästi').click();
    await waitFor(() =>
      getByRole(app.root, 'status', 'Arviointi "Hävitettävä kunta" poistettiin pysyvästi.'),
    );
    await waitFor(() =>
      app.root
        .querySelector('trash-view')!
        .shadowRoot!.textContent!.includes('Roskakori on tyhjä.'),
    );

    getByRole(app.root, 'link', 'Takaisin arviointeihin').click();
    await waitFor(() => getByRole(app.root, 'link', 'Palautettava kunta'));
    expect(queryAllByRole(app.root, 'link', 'Hävitettävä kunta')).to.have.length(0);
    expect(getByRole(app.root, 'link', 'Roskakori').getAttribute('href')).to.equal('#/trash');
  });

  /** A trash with one entry older than the trash keeps (31 days) and one younger (29). */
  async function storeOldAndNewTrash(): Promise<void> {
    await deleteDB(DB_NAME);
    const db = await openAppDb();
    const day = 24 * 60 * 60 * 1000;
    const entry = (id: string, daysAgo: number) => ({
      id,
      deletedAt: new Date(Date.now() - daysAgo * day).toISOString(),
      assessment: { ...SAMPLE, id, organisation: `Kunta ${id}` },
    });
    await db.put('trash', entry('vanha', 31));
    await db.put('trash', entry('tuore', 29));
    db.close();
  }

  it('purges entries older than 30 days when the app starts on the trash', async () => {
    await storeOldAndNewTrash();
    app = await AppFrame.open('#/trash', { keepData: true });
    await waitFor(() => getByRole(app.root, 'button', 'Palauta: Kunta tuore'));
    expect(queryAllByRole(app.root, 'button', 'Palauta: Kunta vanha')).to.have.length(0);
  });

  it('on the start page, never counts an entry due for the purge, and purges it after start-up', async () => {
    await storeOldAndNewTrash();
    app = await AppFrame.open('#/', { keepData: true });
    // The purge runs in idle time after the first render; the count leaves the old entry out at once.
    await waitFor(() => getByRole(app.root, 'link', 'Roskakori (1)'));
    await waitForStored(
      async () => (await storedAll<{ id: string }>('trash')).map((e) => e.id).join() === 'tuore',
      async () => `trash: ${(await storedAll<{ id: string }>('trash')).map((e) => e.id).join()}`,
    );
  });
});
