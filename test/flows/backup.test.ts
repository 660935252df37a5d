import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openDB } from 'idb';
import { DB_NAME } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

async function expectAccessible(app: AppFrame, where: string): Promise<void> {
  const violations = await axeViolations(app.window);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

async function create(app: AppFrame, name: string): Promise<void> {
  app.navigate('#/');
  (await waitFor(() => getByRole(app.root, 'link', 'Uusi arviointi'))).click();
  await app.type(
    await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
    name,
  );
  (await waitFor(() => getByRole(app.root, 'button', 'Luo arviointi'))).click();
  await waitFor(() => getByRole(app.root, 'heading', name));
}

/** Chooses a file in the import file input, as the file picker does. */
function chooseFile(app: AppFrame, text: string, name: string): void {
  const input = getByLabel(app.root, 'Tuotava tiedosto');
  const transfer = new app.window.DataTransfer();
  transfer.items.add(new app.window.File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new app.window.Event('change', { bubbles: true }));
}

const orgLinks = (app: AppFrame) =>
  queryAllByRole(app.root.querySelector('assessment-list')!.shadowRoot!, 'link')
    .map((a) => a.textContent!.trim())
    .filter((name) => name.includes('kunta'))
    .sort();

const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

describe('files: export, import, conflicts and broken files', function () {
  this.timeout(90000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('backs up, loses one, changes one, imports the backup choosing per conflict', async () => {
    app = await AppFrame.open();
    await create(app, 'Oikea kunta');
    await create(app, 'Toinen kunta');
    app.navigate('#/');
    const blobs = app.catchDownloads();

    // Full backup
    (await waitFor(() => getByRole(app.root, 'button', 'Vie varmuuskopio'))).click();
    const fileName = `jarjestoystavallisyys-varmuuskopio-${today()}.json`;
    await waitFor(() =>
      getByRole(app.root, 'status', `Tiedosto ${fileName} on luotu: 2 arviointia.`),
    );
    expect(blobs).to.have.length(1);
    const backup = await blobs[0]!.text();
    const parsed = JSON.parse(backup) as { format: string; kind: string; assessments: unknown[] };
    expect(parsed.format).to.equal('jarjestoystavallisyys');
    expect(parsed.kind).to.equal('backup');
    expect(parsed.assessments).to.have.length(2);
    await expectAccessible(app, 'start page with the backup panel');

    // Delete one, rename the other
    // Deleting moves it to the trash at once (with an undo); the backup still brings it back
    getByRole(app.root, 'button', 'Poista: Toinen kunta').click();
    await waitFor(() => orgLinks(app).length === 1);
    getByRole(app.root, 'button', 'Nimeä uudelleen: Oikea kunta').click();
    await app.type(await waitFor(() => getByLabel(app.root, 'Uusi nimi')), 'Oikea kunta muutettu');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => orgLinks(app).includes('Oikea kunta muutettu'));

    // Import the backup: one new, one conflict
    chooseFile(app, backup, fileName);
    const dialog = await waitFor(() => {
      const d = app.root
        .querySelector('assessment-list')
        ?.shadowRoot?.querySelector('backup-panel')
        ?.shadowRoot?.querySelector('backup-import-dialog')
        ?.shadowRoot?.querySelector('dialog');
      return d?.open ? d : undefined;
    });
    expect(dialog.textContent!.replace(/\s+/g, ' ')).to.contain(
      `Tiedostossa ${fileName} on 1 uutta, 0 jo tallennettuna samanlaisena ja 1 ristiriidassa`,
    );
    const row = getByRole(dialog, 'row', /^Oikea kunta muutettu/);
    expect(row.textContent).to.contain('Oikea kunta:');
    await expectAccessible(app, 'import review with a conflict');

    // Keyboard only: importing without a choice is refused, then choose "keep both"
    getByRole(dialog, 'button', 'Tuo').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() =>
      getByRole(dialog, 'alert', 'Valitse jokaiselle ristiriidalle, mikä säilyy.'),
    );
    const mine = getByRole(dialog, 'radio', 'Säilytä omani');
    expect(mine.matches(':focus'), 'focus moves to the first open choice').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((getByRole(dialog, 'radio', 'Säilytä molemmat') as HTMLInputElement).checked).to.equal(
      true,
    );
    getByRole(dialog, 'button', 'Tuo').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() =>
      getByRole(app.root, 'status', /^2 arviointia tuotu\. Uusia 1, korvattu 0, kopioina 1/),
    );
    await waitFor(() => orgLinks(app).length === 3);
    expect(orgLinks(app)).to.deep.equal([
      'Oikea kunta (tuotu)',
      'Oikea kunta muutettu',
      'Toinen kunta',
    ]);
    expect(getByRole(app.root, 'button', 'Tuo tiedosto').matches(':focus')).to.equal(true);

    // Importing the same file again: nothing new, and cancelling writes nothing
    chooseFile(app, backup, fileName);
    await waitFor(() => dialog.open);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => getByRole(app.root, 'status', 'Tuonti peruttiin. Mitään ei tallennettu.'));
    expect(orgLinks(app)).to.have.length(3);
  });

  it('shows every problem of a broken file with its path, and writes nothing', async () => {
    app = await AppFrame.open();
    await create(app, 'Oikea kunta');
    app.navigate('#/');
    const blobs = app.catchDownloads();
    (await waitFor(() => getByRole(app.root, 'button', 'Vie varmuuskopio'))).click();
    await waitFor(() => blobs.length === 1);
    const good = await blobs[0]!.text();

    const broken = good
      .replace('"organisationType": "municipality"', '"organisationType": "city"')
      .replace('"revision": 0', '"revision": "nolla"');
    chooseFile(app, broken, 'rikki.json');
    const alert = await waitFor(() => getByRole(app.root, 'alert', /rikki\.json/));
    const text = alert.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(
      'Tiedostoa rikki.json ei voi tuoda, koska siinä on virheitä (2). Mitään ei tallennettu.',
    );
    expect(text).to.contain(
      'Kohta assessments[0].organisationType: Arvo ei kelpaa. Sallitut arvot: "municipality", "county".',
    );
    expect(text).to.contain('Kohta assessments[0].revision: Pitäisi olla luku, mutta on teksti.');
    await expectAccessible(app, 'import problems');

    // Many problems: the first 20 are listed, the rest counted
    const many = JSON.parse(good) as { assessments: Array<Record<string, unknown>> };
    many.assessments = Array.from({ length: 25 }, (_, i) => ({
      ...many.assessments[0],
      id: `a${i}`,
      date: 'eilen',
    }));
    chooseFile(app, JSON.stringify(many), 'monta.json');
    const manyAlert = await waitFor(() => getByRole(app.root, 'alert', /monta\.json/));
    expect(manyAlert.querySelectorAll('li')).to.have.length(20);
    expect(manyAlert.textContent).to.contain('virheitä (25)');
    expect(manyAlert.textContent).to.contain('…ja 5 muuta virhettä.');
    expect(manyAlert.textContent).to.contain(
      'Kohta assessments[19].date: Arvo ei ole oikeassa muodossa.',
    );

    // Cut short: one sentence, no path
    chooseFile(app, good.slice(0, 200), 'katkennut.json');
    await waitFor(() =>
      getByRole(app.root, 'alert', /Tiedosto loppuu kesken; se on ehkä katkennut latauksessa/),
    );
    expect(orgLinks(app)).to.deep.equal(['Oikea kunta']);
  });

  it('exports chosen assessments from a dialog, and imports a dropped file', async () => {
    app = await AppFrame.open();
    await create(app, 'Oikea kunta');
    await create(app, 'Toinen kunta');
    app.navigate('#/');
    const blobs = app.catchDownloads();

    (await waitFor(() => getByRole(app.root, 'button', 'Vie valitut…'))).click();
    const dialog = await waitFor(() => {
      const d = app.root
        .querySelector('assessment-list')
        ?.shadowRoot?.querySelector('backup-panel')
        ?.shadowRoot?.querySelector('backup-export-dialog')
        ?.shadowRoot?.querySelector('dialog');
      return d?.open ? d : undefined;
    });
    await expectAccessible(app, 'export dialog');
    // Keyboard: the first checkbox has focus; tick the second one
    const boxes = queryAllByRole(dialog, 'group')[0]!.querySelectorAll('input');
    expect(boxes[0]!.matches(':focus')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    getByRole(dialog, 'button', 'Vie tiedostoon').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => blobs.length === 1);
    const file = JSON.parse(await blobs[0]!.text()) as {
      kind: string;
      assessments: Array<{ organisation: string }>;
    };
    expect(file.kind).to.equal('assessments');
    expect(file.assessments.map((a) => a.organisation)).to.have.length(1);
    const exported = file.assessments[0]!.organisation;

    // Delete it and drop the file back in
    getByRole(app.root, 'button', `Poista: ${exported}`).click();
    await waitFor(() => orgLinks(app).length === 1);
    const panel = app.root
      .querySelector('assessment-list')!
      .shadowRoot!.querySelector('backup-panel')!;
    const zone = panel.shadowRoot!.querySelector('.drop')!;
    const transfer = new app.window.DataTransfer();
    transfer.items.add(new app.window.File([await blobs[0]!.text()], 'valitut.json'));
    zone.dispatchEvent(
      new app.window.DragEvent('dragover', { dataTransfer: transfer, cancelable: true }),
    );
    zone.dispatchEvent(
      new app.window.DragEvent('drop', { dataTransfer: transfer, cancelable: true }),
    );
    const review = await waitFor(() => {
      const d = panel
        .shadowRoot!.querySelector('backup-import-dialog')
        ?.shadowRoot?.querySelector('dialog');
      return d?.open ? d : undefined;
    });
    getByRole(review, 'button', 'Tuo').click();
    await waitFor(() => getByRole(app.root, 'status', /^1 arviointi tuotu\./));
    await waitFor(() => orgLinks(app).length === 2);
  });

  it('offers the assessment in memory as a download when saving fails', async () => {
    app = await AppFrame.open();
    await create(app, 'Oikea kunta');
    const blobs = app.catchDownloads();
    // Export this one assessment
    getByRole(app.root, 'button', 'Vie tämä arviointi').click();
    await waitFor(() => blobs.length === 1);
    expect(JSON.parse(await blobs[0]!.text()).assessments[0].organisation).to.equal('Oikea kunta');

    // The stored record disappears behind the view's back (say, another tab deleted it): saving fails
    const db = await openDB(DB_NAME);
    await db.clear('assessments');
    db.close();
    const card = await waitFor(() => queryAllByRole(app.root, 'article')[0]);
    getByRole(card, 'radio', /^3 – /).click();
    const rescue = await waitFor(() => getByRole(app.root, 'button', 'Lataa varmuuskopio'), 8000);
    await expectAccessible(app, 'save failed with the rescue download');
    rescue.click();
    await waitFor(() => blobs.length === 2);
    const saved = JSON.parse(await blobs[1]!.text()) as {
      assessments: Array<{ organisation: string; answers: Record<string, { level?: number }> }>;
      snapshots: unknown[];
    };
    expect(saved.assessments[0]!.organisation).to.equal('Oikea kunta');
    expect(Object.values(saved.assessments[0]!.answers).map((a) => a.level)).to.include(3);
    expect(saved.snapshots).to.have.length(1);
  });
});
