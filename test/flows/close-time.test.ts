import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openDB } from 'idb';
import type { Assessment } from '../../src/model/assessment';
import { DB_NAME, type PendingEdit } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import {
  storedAll,
  storedAssessment as stored,
  storedOne,
  waitForStored,
} from '../fixtures/stored';

const NOTES = 'Muistiinpanot ja näyttö';

function cards(app: AppFrame): Promise<HTMLElement[]> {
  return waitFor(() => {
    const found = queryAllByRole(app.root, 'article');
    return found.length === 9 && found;
  }, 20000);
}

function notes(card: HTMLElement): HTMLInputElement {
  return getByLabel(card, NOTES);
}

async function create(app: AppFrame, name: string): Promise<string> {
  app.navigate('#/new');
  await app.type(
    await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi'), 15000),
    name,
  );
  getByRole(app.root, 'button', 'Luo arviointi').click();
  await waitFor(() => getByRole(app.root, 'heading', name));
  return app.window.location.hash;
}

/** Waits for `n` animation frames of the test page: staggers a race without sleeping for a state. */
async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

const idOf = (hash: string) => hash.split('/')[2]!;

/** Closes a frame the way closing its tab does: the page is unloaded by a navigation, then gone. */
async function closeTab(app: AppFrame): Promise<void> {
  const gone = new Promise((r) => app.iframe.addEventListener('load', r, { once: true }));
  app.iframe.src = 'about:blank';
  await gone;
  app.close();
}

describe('close-time writes', function () {
  this.timeout(300000);
  const open: AppFrame[] = [];
  afterEach(() => open.splice(0).forEach((f) => f.close()));

  it('a tab closed just after another tab saved never overwrites that save (20 closes)', async () => {
    const b = await AppFrame.open('#/');
    open.push(b);
    const hash = await create(b, 'Sulkemisen kunta');
    const id = idOf(hash);
    const bCards = await cards(b);
    for (let round = 0; round < 20; round++) {
      const a = await AppFrame.open(hash, { keepData: true });
      const aCards = await cards(a);
      // B types in item 3, A in item 1; A closes a few frames after B's autosave is written.
      await b.type(notes(bCards[2]!), ` b${round}`);
      await a.type(notes(aCards[0]!), ` a${round}`);
      await waitFor(() => getByRole(b.root, 'status', /^Tallennettu/), 10000);
      await frames(round % 7);
      await closeTab(a);
      // Storage ends up with both edits, and B shows A's.
      await waitForStored(
        async () => {
          const record = await stored(id);
          return (
            record?.answers.A3?.notes.endsWith(` b${round}`) === true &&
            record.answers.A1?.notes.endsWith(` a${round}`) === true
          );
        },
        async () => {
          const record = await stored(id);
          const left = await storedAll<PendingEdit>('pending');
          const waiting = left.map((e) =>
            e.kind === 'assessment' ? e.working.answers.A1?.notes : e.id,
          );
          return `round ${round}: A1 "${record?.answers.A1?.notes}", A3 "${record?.answers.A3?.notes}", pending A1: ${JSON.stringify(waiting)}`;
        },
      );
      await waitFor(() => notes(bCards[0]!).value.endsWith(` a${round}`), 10000);
    }
    const record = (await stored(id))!;
    const expected = (tab: string) => Array.from({ length: 20 }, (_, i) => ` ${tab}${i}`).join('');
    expect(record.answers.A1?.notes).to.equal(expected('a'));
    expect(record.answers.A3?.notes).to.equal(expected('b'));
  });

  it('reload keeps the pending edit while another connection holds a long transaction', async () => {
    const app = await AppFrame.open('#/');
    open.push(app);
    const hash = await create(app, 'Kiireisen kannan kunta');
    const [first] = await cards(app);
    // Another connection (another tab, say an export of thousands) keeps the records' store busy.
    const other = await openDB(DB_NAME);
    let release = false;
    const tx = other.transaction('assessments', 'readwrite');
    const hold = (): void => {
      if (release) return;
      void tx.store.get(idOf(hash)).then(hold);
    };
    hold();
    try {
      await app.type(notes(first!), 'Kiireessä kirjoitettu');
      await app.reload();
    } finally {
      release = true;
      await tx.done;
      other.close();
    }
    const [again] = await cards(app);
    expect(notes(again!).value).to.equal('Kiireessä kirjoitettu');
    expect((await stored(idOf(hash)))?.answers.A1?.notes).to.equal('Kiireessä kirjoitettu');
  });

  it('a pending edit on an assessment another tab deleted goes to its trash entry, not back', async () => {
    const editor = await AppFrame.open('#/');
    open.push(editor);
    const hash = await create(editor, 'Poistettu kunta');
    const id = idOf(hash);
    const [first] = await cards(editor);
    const list = await AppFrame.open('#/', { keepData: true });
    open.push(list);
    (await waitFor(() => getByRole(list.root, 'button', 'Poista: Poistettu kunta'))).click();
    await waitFor(() => getByRole(list.root, 'button', /^Kumoa/));
    await editor.type(notes(first!), 'Poiston jälkeen');
    await closeTab(editor);
    open.splice(0, 1);
    // Whoever opens next merges the close-time edit: into the trash entry, not a re-created record.
    const again = await AppFrame.open('#/trash', { keepData: true });
    open.push(again);
    await waitFor(() => getByRole(again.root, 'button', /Palauta/));
    await waitForStored(
      async () =>
        (await storedOne<{ assessment: Assessment }>('trash', id))?.assessment.answers.A1?.notes ===
        'Poiston jälkeen',
      async () =>
        `trash entry: ${JSON.stringify((await storedOne<{ assessment: Assessment }>('trash', id))?.assessment.answers.A1)}, record: ${JSON.stringify((await stored(id))?.answers.A1)}`,
    );
    expect(await stored(id)).to.equal(undefined);
    expect(await storedAll('pending')).to.deep.equal([]);
    // Restoring brings it back once, with the edit.
    getByRole(again.root, 'button', /Palauta/).click();
    await waitForStored(async () => (await stored(id))?.answers.A1?.notes === 'Poiston jälkeen');
    const all = await storedAll<Assessment>('assessments');
    expect(all.filter((a) => a.organisation === 'Poistettu kunta')).to.have.length(1);
  });

  it('the checklist editor keeps a line typed just before a reload', async () => {
    const app = await AppFrame.open('#/checklists');
    open.push(app);
    (
      await waitFor(() => getByRole(app.root, 'button', 'Uusi tyhjä tarkistuslista'), 15000)
    ).click();
    const area = await waitFor(
      () => getByLabel(app.root, 'Tarkistuslistan Markdown') as unknown as HTMLTextAreaElement,
      15000,
    );
    const end = area.value.length;
    area.focus();
    area.setSelectionRange(end, end);
    await sendKeys({ type: 'Viimeinen rivi ennen latausta' });
    await app.reload();
    const again = await waitFor(
      () => getByLabel(app.root, 'Tarkistuslistan Markdown') as unknown as HTMLTextAreaElement,
      15000,
    );
    expect(again.value.trimEnd().endsWith('Viimeinen rivi ennen latausta')).to.equal(true);
  });
});
