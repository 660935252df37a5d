import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import { createSnapshot } from '../../src/checklist/snapshot';
import { newAssessment } from '../../src/model/assessment-ops';
import { addAssessment, getAssessment } from '../../src/storage/assessments';
import { DB_NAME, openAppDb } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { deepElements, getByRole, waitFor } from '../fixtures/dom';
import { SHAPE_2_2_2_1, SHAPE_3x9 } from '../fixtures/checklists';

/** Stores an assessment on a checklist from Markdown straight into the app's database. */
async function seed(id: string, organisation: string, source: string): Promise<void> {
  const made = await createSnapshot(source);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  const { checklist, hash } = made.snapshot;
  const db = await openAppDb();
  await addAssessment(
    db,
    newAssessment(
      { organisation, organisationType: 'municipality', date: '2026-11-23', participants: [] },
      { id: checklist.id, version: checklist.version, title: checklist.title, hash },
      id,
      new Date().toISOString(),
    ),
    made.snapshot,
  );
  db.close();
}

async function storedLevels(id: string): Promise<Record<string, number | null | undefined>> {
  const db = await openAppDb();
  const assessment = await getAssessment(db, id);
  db.close();
  return Object.fromEntries(
    Object.entries(assessment!.answers).map(([item, answer]) => [item, answer.level]),
  );
}

function workshop(app: AppFrame): ShadowRoot {
  return app.root.querySelector('assessment-workshop')?.shadowRoot as ShadowRoot;
}

function statement(app: AppFrame): string {
  return workshop(app)?.querySelector('#statement')?.textContent?.trim() ?? '';
}

function checkedLevel(app: AppFrame): string | undefined {
  const radios = deepElements(workshop(app)).filter(
    (el): el is HTMLInputElement =>
      el instanceof app.window.HTMLInputElement && el.type === 'radio',
  );
  const checked = radios.find((r) => r.checked && r.name === 'level');
  return checked?.labels?.[0]?.textContent?.trim();
}

/** The text of a shadow root and every shadow root inside it. */
function deepText(root: ShadowRoot): string {
  return [root.textContent, ...deepElements(root).map((el) => el.shadowRoot?.textContent ?? '')]
    .join(' ')
    .replace(/\s+/g, ' ');
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

async function helpKeys(app: AppFrame): Promise<string> {
  await press('?');
  const dialog = await waitFor(() =>
    deepElements(workshop(app)).find(
      (el) => el instanceof app.window.HTMLDialogElement && (el as HTMLDialogElement).open,
    ),
  );
  const first = dialog.querySelector('tbody kbd')!.textContent!.trim();
  await press('Escape');
  await waitFor(() => !(dialog as HTMLDialogElement).open);
  return first;
}

describe('workshop mode on other scales', function () {
  this.timeout(60000);
  let app: AppFrame;
  beforeEach(() => deleteDB(DB_NAME));
  afterEach(() => app?.close());

  it('sets levels 1–5 with the digits 1–5 on a 27-item checklist, and ignores 0', async () => {
    await seed('five', 'Viisiportainen kunta', SHAPE_3x9);
    app = await AppFrame.open('#/a/five/workshop/1', { keepData: true });
    await waitFor(() => statement(app).startsWith('Kohta 1.1 '));
    workshop(app).querySelector<HTMLElement>('h1')!.focus();
    expect(await helpKeys(app)).to.equal('1 – 5');

    await press('5');
    await waitFor(() => checkedLevel(app) === '5 – Vahva');
    await press('0'); // not a level of this scale
    await press('PageDown');
    await waitFor(() => statement(app).startsWith('Kohta 1.2 '));
    await press('1');
    await waitFor(() => checkedLevel(app) === '1 – Heikko');
    await press('End');
    await waitFor(() => statement(app).startsWith('Kohta 3.9 '));
    await press('3');
    await waitFor(() => checkedLevel(app) === '3 – Kohtalainen');
    await waitFor(() => getByRole(workshop(app), 'status', /^Tallennettu/));

    const levels = await storedLevels('five');
    expect([levels.H1I1, levels.H1I2, levels.H3I9]).to.deep.equal([5, 1, 3]);

    // The summary scores 5 → 100, 1 → 0, 3 → 50: a mean of 50
    await press('s');
    await waitFor(() => deepText(workshop(app)).includes('50 / 100'));
  });

  it('answers yes and no with 1 and 0 on an uneven checklist', async () => {
    await seed('yesno', 'Kyllä-ei-kunta', SHAPE_2_2_2_1);
    app = await AppFrame.open('#/a/yesno/workshop/1', { keepData: true });
    await waitFor(() => statement(app).startsWith('Kohta 1.1 '));
    workshop(app).querySelector<HTMLElement>('h1')!.focus();
    expect(await helpKeys(app)).to.equal('0 1');
    await press('1');
    await waitFor(() => checkedLevel(app) === '1 – Kyllä');
    await press('PageDown');
    await waitFor(() => statement(app).startsWith('Kohta 1.2 '));
    await press('0');
    await waitFor(() => checkedLevel(app) === '0 – Ei');
    await press('4'); // not a level: nothing changes
    await press('End');
    await waitFor(() => statement(app).startsWith('Kohta 4.1 '));
    await press('x');
    await waitFor(() => checkedLevel(app) === 'En osaa sanoa');
    await waitFor(() => getByRole(workshop(app), 'status', /^Tallennettu/));
    const violations = await axeViolations(app.window);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    const levels = await storedLevels('yesno');
    expect([levels.H1I1, levels.H1I2, levels.H4I1]).to.deep.equal([1, 0, null]);
  });
});
