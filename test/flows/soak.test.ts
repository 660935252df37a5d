import { expect } from '@open-wc/testing';
import type { Assessment } from '../../src/model/assessment';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { storedAll, storedAssessment, storedOne } from '../fixtures/stored';

// 80 random operations a careless user might do, against a model of what should be stored:
// typing, switching items, reloads, closing and reopening, a second tab's edits, delete and undo,
// and importing a changed copy. Seeded, so every run does the same; it waits for states only.

const NOTES = 'Muistiinpanot ja näyttö';
const NAME = 'Kestotestin kunta';
const ITEMS = ['A1', 'A2', 'A3', 'B4', 'B5', 'B6', 'B7', 'B8', 'C9'];
// 80 steps (was 200, plain random rolls) take under half the time; drawn from a bag (below), each kind
// of operation still happens several times, and the test checks that they all did.
const OPERATIONS = 80;
const KINDS = ['type', 'switch', 'reload', 'reopen', 'second tab', 'delete and undo', 'import'];

/**
 * The operations drawn in random order from a bag of 20 (7 typing, 3 switches, 2 of each other kind,
 * as roll values of the branches below), refilled when empty: every kind happens in every 20 steps,
 * so 80 steps do as much of each risky kind as 200 plain random rolls used to, in less time.
 */
const BAG = [0, 0, 0, 0, 0, 0, 0, 35, 35, 35, 50, 50, 60, 60, 68, 68, 80, 80, 90, 90];

function shuffled(values: number[], pick: (n: number) => number): number[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** mulberry32: a small seeded random source. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function cards(app: AppFrame): Promise<HTMLElement[]> {
  return waitFor(() => {
    const found = queryAllByRole(app.root, 'article');
    return found.length === 9 && found;
  }, 20000);
}

const notesOf = (card: HTMLElement) => getByLabel(card, NOTES);

function statusText(app: AppFrame): string {
  const view = app.root.querySelector('assessment-view')?.shadowRoot;
  return view?.querySelector('save-status')?.shadowRoot?.textContent?.trim() ?? '';
}

/** Waits until the tab holds nothing unsaved (saved, or nothing typed since it opened). */
async function settled(app: AppFrame): Promise<void> {
  await waitFor(() => !/Tallennetaan|epäonnistui/.test(statusText(app)) || undefined, 20000);
}

async function closeTab(app: AppFrame): Promise<void> {
  const gone = new Promise((r) => app.iframe.addEventListener('load', r, { once: true }));
  app.iframe.src = 'about:blank';
  await gone;
  app.close();
}

function chooseFile(app: AppFrame, text: string): void {
  const input = getByLabel(app.root, 'Tuotava tiedosto');
  const transfer = new app.window.DataTransfer();
  transfer.items.add(new app.window.File([text], 'muutettu.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new app.window.Event('change', { bubbles: true }));
}

describe('soak: 80 random operations against a model', function () {
  this.timeout(900000);
  const open: AppFrame[] = [];
  afterEach(() => open.splice(0).forEach((f) => f.close()));

  it('ends with the database equal to the model', async () => {
    const rnd = random(20261202);
    const pick = (n: number) => Math.floor(rnd() * n);
    let a = await AppFrame.open('#/new');
    open.push(a);
    await a.type(
      await waitFor(() => getByLabel(a.root, 'Kunnan tai hyvinvointialueen nimi'), 20000),
      NAME,
    );
    getByRole(a.root, 'button', 'Luo arviointi').click();
    await waitFor(() => getByRole(a.root, 'heading', NAME));
    const hash = a.window.location.hash;
    const id = decodeURIComponent(/#\/a\/([^/]+)/.exec(hash)![1]!);
    const model: Record<string, string> = Object.fromEntries(ITEMS.map((i) => [i, '']));
    let current = 0;
    let token = 0;
    const log: string[] = [];
    const bag: number[] = [];

    const reopenA = async () => {
      const i = open.indexOf(a);
      a = await AppFrame.open(hash, { keepData: true });
      open[i] = a;
    };
    /** The tab shows what the model says, for every item. */
    const showsModel = async (app: AppFrame) => {
      const found = await cards(app);
      await waitFor(
        () => ITEMS.every((item, i) => notesOf(found[i]!).value === model[item]) || undefined,
        20000,
      ).catch(() => {
        const shown = ITEMS.map((item, i) => `${item}="${notesOf(found[i]!).value}"`).join(' ');
        throw new Error(
          `after ${log.slice(-5).join(', ')}: shown ${shown}, model ${JSON.stringify(model)}`,
        );
      });
    };

    for (let step = 0; step < OPERATIONS; step++) {
      if (bag.length === 0) bag.push(...shuffled(BAG, pick));
      const roll = bag.pop()!;
      if (roll < 35) {
        const text = ` t${token++}`;
        const field = notesOf((await cards(a))[current]!);
        expect(field.value, `step ${step}: ${ITEMS[current]} before typing`).to.equal(
          model[ITEMS[current]!],
        );
        await a.type(field, text);
        model[ITEMS[current]!] += text;
        log.push(`type ${ITEMS[current]}`);
      } else if (roll < 50) {
        current = pick(ITEMS.length);
        log.push(`switch ${ITEMS[current]}`);
      } else if (roll < 60) {
        await a.reload();
        await showsModel(a);
        log.push('reload');
      } else if (roll < 68) {
        await closeTab(a);
        await reopenA();
        await showsModel(a);
        log.push('reopen');
      } else if (roll < 80) {
        // A second tab edits an item while this one stays open.
        await settled(a);
        const item = pick(ITEMS.length);
        const b = await AppFrame.open(hash, { keepData: true });
        open.push(b);
        await showsModel(b);
        const text = ` s${token++}`;
        await b.type(notesOf((await cards(b))[item]!), text);
        model[ITEMS[item]!] += text;
        await waitFor(() => /Tallennettu/.test(statusText(b)) || undefined, 20000);
        await closeTab(b);
        open.splice(open.indexOf(b), 1);
        await showsModel(a);
        log.push(`second tab ${ITEMS[item]}`);
      } else if (roll < 90) {
        // Delete from the list, then undo.
        await settled(a);
        a.navigate('#/');
        (await waitFor(() => getByRole(a.root, 'button', `Poista: ${NAME}`), 20000)).click();
        (await waitFor(() => getByRole(a.root, 'button', /^Kumoa arvioinnin/), 20000)).click();
        (await waitFor(() => getByRole(a.root, 'link', NAME), 20000)).click();
        await showsModel(a);
        log.push('delete and undo');
      } else {
        // Import a copy changed elsewhere, taking the file's version.
        await settled(a);
        const record = (await storedAssessment(id))!;
        const snapshot = await storedOne('snapshots', record.checklist.hash);
        const item = ITEMS[pick(ITEMS.length)]!;
        const text = ` i${token++}`;
        const changed: Assessment = {
          ...record,
          answers: {
            ...record.answers,
            [item]: { actions: [], ...record.answers[item], notes: model[item] + text },
          },
        };
        const file = {
          format: 'jarjestoystavallisyys',
          formatVersion: 1,
          exportedAt: new Date().toISOString(),
          kind: 'assessments',
          assessments: [changed],
          snapshots: [snapshot],
          checklists: [],
        };
        a.navigate('#/');
        await waitFor(() => getByLabel(a.root, 'Tuotava tiedosto'), 20000);
        chooseFile(a, JSON.stringify(file));
        const dialog = await waitFor(() => {
          const d = a.root
            .querySelector('assessment-list')
            ?.shadowRoot?.querySelector('backup-panel')
            ?.shadowRoot?.querySelector('backup-import-dialog')
            ?.shadowRoot?.querySelector('dialog');
          return d?.open ? d : undefined;
        }, 20000);
        (getByRole(dialog, 'radio', 'Ota tiedoston versio') as HTMLInputElement).click();
        getByRole(dialog, 'button', 'Tuo').click();
        await waitFor(() => getByRole(a.root, 'status', /tuotu/), 20000);
        model[item] += text;
        (await waitFor(() => getByRole(a.root, 'link', NAME), 20000)).click();
        await showsModel(a);
        log.push(`import ${item}`);
      }
    }

    // The last edits may still be pending: close the tab as a user would, and open it again.
    await closeTab(a);
    await reopenA();
    await showsModel(a);
    const record = (await storedAssessment(id))!;
    const stored = Object.fromEntries(ITEMS.map((i) => [i, record.answers[i]?.notes ?? '']));
    for (const kind of KINDS)
      expect(log.filter((l) => l.startsWith(kind)).length, `${kind} happened`).to.be.greaterThan(1);
    expect(stored).to.deep.equal(model);
    expect(await storedAll('pending')).to.deep.equal([]);
    expect(
      (await storedAll<Assessment>('assessments')).filter((x) => x.organisation.startsWith(NAME)),
    ).to.have.length(1);
  });
});
