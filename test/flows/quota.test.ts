import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deleteDB, openDB } from 'idb';
import { DB_NAME } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { storedAssessment, waitForStored } from '../fixtures/stored';

const NOTES = 'Muistiinpanot ja näyttö';

/** Gives this origin a quota (bytes), or lifts it; IndexedDB then fails for real when it is full. */
function setQuota(quotaSize?: number): Promise<unknown> {
  return executeServerCommand('set-storage-quota', { origin: location.origin, quotaSize });
}

/**
 * Leaves about `room` bytes free for this origin, and checks it by writing more than that to a
 * scratch database until the browser refuses it: an override does not always take at the first call
 * (seen in a browser where earlier tests ran), so it is set again until the disk is really full.
 * Returns the usage it was set against.
 */
async function fillDisk(room: number): Promise<number> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const { usage = 0 } = await navigator.storage.estimate();
    await setQuota(usage + room);
    const db = await openDB('quota-probe', 1, { upgrade: (d) => d.createObjectStore('probe') });
    let refused = false;
    try {
      await db.put('probe', pastedText(room * 3), 'x');
    } catch (error) {
      refused = (error as DOMException).name === 'QuotaExceededError';
    }
    db.close();
    await deleteDB('quota-probe');
    if (refused) return usage;
  }
  throw new Error('the quota override never took effect');
}

function firstNotes(app: AppFrame): Promise<HTMLInputElement> {
  return waitFor(() => {
    const card = queryAllByRole(app.root, 'article')[0];
    return card && getByLabel(card, NOTES);
  }, 15000);
}

describe('a full disk, then moving inside the app', function () {
  this.timeout(90000);
  let app: AppFrame;
  afterEach(async () => {
    await setQuota();
    app?.close();
  });

  it('keeps the unsaved text across views and saves it once there is room', async () => {
    // The disk is nearly full before the app opens its database: room for an assessment, not much more.
    await deleteDB(DB_NAME);
    const usage = await fillDisk(150_000);
    app = await AppFrame.open('#/new', { keepData: true });
    await app.type(
      await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi'), 15000),
      'Täyden levyn kunta',
    );
    getByRole(app.root, 'button', 'Luo arviointi').click();
    await waitFor(() => getByRole(app.root, 'heading', 'Täyden levyn kunta'));
    const hash = app.window.location.hash;
    const id = decodeURIComponent(/#\/a\/([^/]+)/.exec(hash)![1]!);

    // Longer than the room left even if the usage measured above still counted a database that an
    // earlier test deleted and the browser has reclaimed since (it does so lazily).
    const big = `Liitetty pitkä teksti. ${pastedText(Math.max(300_000, usage + 300_000))}`;
    const notes = await firstNotes(app);
    notes.focus();
    notes.value = big;
    notes.dispatchEvent(new app.window.Event('input', { bubbles: true, composed: true }));
    await waitFor(() => getByRole(app.root, 'status', /Tallennus epäonnistui/), 15000);
    expect((await storedAssessment(id))?.answers.A1?.notes ?? '', 'nothing was saved').to.equal('');

    // Away and back by the app's own links: the text is still there, and still not saved.
    getByRole(app.root, 'link', 'Takaisin arviointeihin').click();
    (await waitFor(() => getByRole(app.root, 'link', 'Täyden levyn kunta'))).click();
    expect((await firstNotes(app)).value === big, 'the pasted text is in the field').to.equal(true);
    await waitFor(() => getByRole(app.root, 'status', /Tallennus epäonnistui/), 15000);

    // Through workshop mode and the header title too.
    (await waitFor(() => getByRole(app.root, 'link', 'Työpajatila'))).click();
    await waitFor(() => getLabelValue(app) === big, 15000);
    (
      await waitFor(() => getByRole(app.root, 'link', 'Järjestöystävällisyyden itsearviointi'))
    ).click();
    (await waitFor(() => getByRole(app.root, 'link', 'Täyden levyn kunta'))).click();
    expect((await firstNotes(app)).value === big, 'the pasted text is in the field').to.equal(true);

    // Room again: the retry writes it.
    await setQuota();
    // The retry writes it (and if the browser dropped the override early, the app's own next save
    // already has: either way the text must reach the disk).
    await waitForStored(
      async () => {
        queryAllByRole(app.root, 'button', 'Yritä tallentaa uudelleen')[0]?.click();
        return (await storedAssessment(id))?.answers.A1?.notes === big;
      },
      () => 'the text never reached the disk',
      30000,
    );
  });
});

/** Text that does not compress (IndexedDB compresses large values): seeded, so the same every run. */
function pastedText(length: number): string {
  let seed = 20261202;
  let out = '';
  while (out.length < length) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(97 + ((seed >>> 16) % 26));
    if ((seed & 7) === 0) out += ' ';
  }
  return out;
}

/** The notes field of workshop mode. */
function getLabelValue(app: AppFrame): string | undefined {
  try {
    return getByLabel(app.root, NOTES).value;
  } catch {
    return undefined;
  }
}
