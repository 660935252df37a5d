import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import { createSnapshot } from '../../src/checklist/snapshot';
import { newAssessment } from '../../src/model/assessment-ops';
import { DB_NAME, openAppDb } from '../../src/storage/db';
import { storeDemoData } from '../../src/storage/demo';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const COUNT = 120;

/** Stores COUNT assessments, "Kunta 0" changed most recently, one minute apart. */
async function storeMany(): Promise<void> {
  await deleteDB(DB_NAME);
  const made = await createSnapshot(SMALL_CHECKLIST);
  if (!made.ok) throw new Error('fixture does not parse');
  const snap = made.snapshot;
  const ref = {
    id: snap.checklist.id,
    version: snap.checklist.version,
    title: snap.checklist.title,
    hash: snap.hash,
  };
  const assessments = Array.from({ length: COUNT }, (_, i) =>
    newAssessment(
      {
        organisation: `Kunta ${i}`,
        organisationType: 'municipality',
        date: '2026-11-23',
        participants: [],
      },
      ref,
      `long-${i}`,
      new Date(Date.UTC(2026, 10, 23, 12, 0) - i * 60_000).toISOString(),
    ),
  );
  const db = await openAppDb();
  await storeDemoData(db, assessments, [snap]);
  db.close();
}

function rowLinks(app: AppFrame): HTMLElement[] {
  return queryAllByRole(app.root, 'link', /^Kunta \d+$/);
}

/** The focused element inside the list view's shadow root. */
function focusedInList(app: AppFrame): Element | null {
  return app.root.querySelector('assessment-list')?.shadowRoot?.activeElement ?? null;
}

describe('a long list of assessments', function () {
  this.timeout(60000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('shows the 50 most recent first, and the rest on request, by keyboard', async () => {
    await storeMany();
    app = await AppFrame.open('#/', { keepData: true });
    await waitFor(() => rowLinks(app).length === 50);
    expect(rowLinks(app)[0]!.textContent).to.equal('Kunta 0');
    expect(rowLinks(app)[49]!.textContent).to.equal('Kunta 49');
    expect(app.root.querySelector('assessment-list')!.shadowRoot!.textContent).to.contain(
      'Näytetään 50 / 120 arviointia.',
    );
    const violations = await axeViolations(app.window);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    getByRole(app.root, 'button', 'Näytä lisää').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => rowLinks(app).length === 100);
    // Focus lands on the first row just shown, so keyboard users continue from there.
    await waitFor(() => focusedInList(app)?.textContent === 'Kunta 50');

    getByRole(app.root, 'button', 'Näytä lisää').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => rowLinks(app).length === COUNT);
    await waitFor(() => focusedInList(app)?.textContent === 'Kunta 100');
    expect(queryAllByRole(app.root, 'button', 'Näytä lisää')).to.have.length(0);
    expect(rowLinks(app).at(-1)!.textContent).to.equal(`Kunta ${COUNT - 1}`);
  });
});
