import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import { createSnapshot } from '../../src/checklist/snapshot';
import { newAssessment } from '../../src/model/assessment-ops';
import { addAssessment } from '../../src/storage/assessments';
import { DB_NAME, openAppDb } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { deepElements, getByRole, waitFor } from '../fixtures/dom';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

// Heading H2 and item I2 are drafts; H1, I1 and I3 are not.
const SOURCE = SMALL_CHECKLIST.replace('{#H2}', '{#H2 draft}');

async function seed(): Promise<void> {
  const made = await createSnapshot(SOURCE);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  const { checklist, hash } = made.snapshot;
  const db = await openAppDb();
  await addAssessment(
    db,
    newAssessment(
      {
        organisation: 'Luonnosla',
        organisationType: 'municipality',
        date: '2026-11-23',
        participants: [],
      },
      { id: checklist.id, version: checklist.version, title: checklist.title, hash },
      'draft',
      new Date().toISOString(),
    ),
    made.snapshot,
  );
  db.close();
}

function badges(root: ShadowRoot | Element): string[] {
  return deepElements(root)
    .filter((el) => el.classList.contains('draft'))
    .map((el) => el.closest('h1, h2, h3, p, th')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

describe('draft headings and items', function () {
  this.timeout(60000);
  let app: AppFrame;
  beforeEach(async () => {
    await deleteDB(DB_NAME);
    await seed();
  });
  afterEach(() => app?.close());

  it('carry a "draft" badge in the assessment, in workshop mode and on the projector', async () => {
    app = await AppFrame.open('#/a/draft', { keepData: true });
    const view = await waitFor(() => {
      const root = app.root.querySelector('assessment-view')?.shadowRoot;
      return root && root.querySelectorAll('item-card').length === 3 ? root : undefined;
    });
    await waitFor(() => badges(view).length === 2);
    expect(
      badges(view).some((b) => b.startsWith('Toinen Luonnos')),
      JSON.stringify(badges(view)),
    ).to.equal(true);
    expect(badges(view).some((b) => b.includes('Toinen kohta. Luonnos'))).to.equal(true);
    const violations = await axeViolations(app.window);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    app.navigate('#/a/draft/workshop/3');
    const workshop = await waitFor(() => {
      const root = app.root.querySelector('assessment-workshop')?.shadowRoot;
      return root?.querySelector('#statement')?.textContent?.includes('Kolmas kohta.')
        ? root
        : undefined;
    });
    // Item 3 is not a draft, its heading is
    expect(badges(workshop)).to.deep.equal(['Toinen Luonnos']);
    workshop.querySelector<HTMLElement>('h1')!.focus();
    await sendKeys({ press: 'p' });
    const projector = await waitFor(
      () => workshop.querySelector('workshop-projector')?.shadowRoot ?? undefined,
    );
    await waitFor(() => badges(projector).length === 1);
    expect(badges(projector)).to.deep.equal(['Toinen Luonnos']);
    await sendKeys({ press: 'Escape' });

    app.navigate('#/a/draft/workshop/2');
    await waitFor(() =>
      workshop.querySelector('#statement')?.textContent?.includes('Toinen kohta.'),
    );
    expect(badges(workshop)).to.deep.equal(['Toinen kohta. Luonnos']);
    expect(getByRole(workshop, 'heading', 'Toinen kohta. Luonnos').id).to.equal('statement');

    // The results say the list is incomplete and mark the draft heading and item in their tables.
    app.navigate('#/a/draft/results');
    const results = await waitFor(() => {
      const root = app.root
        .querySelector('assessment-view')
        ?.shadowRoot?.querySelector('results-view')?.shadowRoot;
      return root?.querySelector('table') ? root : undefined;
    }, 15000);
    await waitFor(() => badges(results).length === 2);
    expect(badges(results)).to.include('Toinen Luonnos');
    expect(badges(results)).to.include('Toinen kohta. Luonnos');
    expect(results.textContent).to.contain('Luettelo kesken');
  });
});
