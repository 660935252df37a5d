import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { createSnapshot } from '../../src/checklist/snapshot';
import { newAssessment } from '../../src/model/assessment-ops';
import { addAssessment } from '../../src/storage/assessments';
import { DB_NAME, openAppDb } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { waitFor } from '../fixtures/dom';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

async function seed(): Promise<void> {
  const made = await createSnapshot(SMALL_CHECKLIST);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  const { checklist, hash } = made.snapshot;
  const db = await openAppDb();
  await addAssessment(
    db,
    newAssessment(
      {
        organisation: 'Inarin kunta',
        organisationType: 'municipality',
        date: '2026-11-23',
        participants: [],
      },
      { id: checklist.id, version: checklist.version, title: checklist.title, hash },
      't1',
      new Date().toISOString(),
    ),
    made.snapshot,
  );
  db.close();
}

describe('document titles (WCAG 2.4.2)', function () {
  this.timeout(60000);
  let app: AppFrame;
  beforeEach(async () => {
    await deleteDB(DB_NAME);
    await seed();
  });
  afterEach(() => {
    app?.close();
    localStorage.removeItem('jy.locale');
  });

  /** Navigates and waits for the title the view should have. */
  async function expectTitle(hash: string, title: string): Promise<void> {
    if (hash) app.navigate(hash);
    await waitFor(() => app.document.title === title, 10000).catch(() => undefined);
    expect(app.document.title, hash).to.equal(title);
  }

  it('name the view and what it shows, in the UI language', async () => {
    app = await AppFrame.open('#/', { keepData: true });
    const fi = 'Järjestöystävällisyyden itsearviointi';
    await expectTitle('', `Arvioinnit – ${fi}`);
    await expectTitle('#/a/t1', `Arviointi: Inarin kunta – ${fi}`);
    await expectTitle('#/a/t1/results', `Tulokset: Inarin kunta – ${fi}`);
    await expectTitle('#/a/t1/plan', `Kehittämissuunnitelma: Inarin kunta – ${fi}`);
    await expectTitle('#/a/t1/workshop/2', `Työpaja: Inarin kunta – ${fi}`);
    await expectTitle('#/new', `Uusi arviointi – ${fi}`);
    await expectTitle('#/checklists', `Tarkistuslistat – ${fi}`);
    await expectTitle('#/trash', `Roskakori – ${fi}`);
    await expectTitle('#/region', `Alueellinen vertailu – ${fi}`);
    await expectTitle('#/nowhere', `Sivua ei löytynyt – ${fi}`);

    await expectTitle('#/a/t1/results', `Tulokset: Inarin kunta – ${fi}`);
    const select = app.root.querySelector<HTMLSelectElement>('#locale')!;
    select.value = 'sv';
    select.dispatchEvent(new Event('change'));
    const sv = 'Självvärdering av föreningsvänlighet';
    await expectTitle('', `Resultat: Inarin kunta – ${sv}`);
    await expectTitle('#/', `Utvärderingar – ${sv}`);
  });
});
