import { expect } from '@open-wc/testing';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { SMALL_CHECKLIST } from '../fixtures/checklists';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

async function expectAccessible(app: AppFrame, where: string): Promise<void> {
  const violations = await axeViolations(app.window);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

/** Files as the page's own DataTransfer holds them, as a real pick or drop would. */
function transfer(app: AppFrame, files: { name: string; body: BlobPart; type?: string }[]) {
  const data = new app.window.DataTransfer();
  for (const f of files)
    data.items.add(new app.window.File([f.body], f.name, { type: f.type ?? '' }));
  return data;
}

function notes(app: AppFrame): string {
  const library = app.root.querySelector('checklist-library')!.shadowRoot!;
  return (library.querySelector('.notes')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function rows(app: AppFrame): HTMLTableRowElement[] {
  return queryAllByRole(app.root, 'row').slice(1) as HTMLTableRowElement[];
}

/** Long enough for a lazily loaded view whose modules the test server transforms on first use. */
const LAZY = 15000;

/** A PNG's first bytes, saved under a Markdown name. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff]);
const BROKEN = SMALL_CHECKLIST.replace('### Kolmas kohta. {#I3}', '### Kolmas kohta. {#I1}');
const BROKEN_LINE = BROKEN.split('\n').findIndex((l) => l.includes('Kolmas kohta')) + 1;

describe('importing, downloading and deleting checklists', function () {
  this.timeout(60000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('imports by file picker and by drop, and says clearly why a file was refused', async () => {
    app = await AppFrame.open('#/checklists');
    await waitFor(() => getByRole(app.root, 'heading', 'Tarkistuslistat'), LAZY);
    await waitFor(() => getByRole(app.root, 'heading', 'Omat tarkistuslistat'));
    await expectAccessible(app, 'empty checklist library');

    // File picker: a real File set on the input
    const input = getByLabel(app.root, 'Valitse tuotava tiedosto');
    expect(input.type).to.equal('file');
    input.files = transfer(app, [
      { name: 'pieni.md', body: SMALL_CHECKLIST, type: 'text/markdown' },
    ]).files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => notes(app) === 'Tiedosto pieni.md tuotiin: Pieni lista.');
    await waitFor(() => rows(app).length === 1);
    expect(rows(app)[0]!.textContent).to.contain('Valmis');

    // Drop: a binary file, a file of another kind, and one with an error
    const zone = app.root
      .querySelector('checklist-library')!
      .shadowRoot!.querySelector('checklist-drop-zone')!
      .shadowRoot!.querySelector('.zone')!;
    const dropped = transfer(app, [
      { name: 'kuva.md', body: PNG },
      { name: 'muistio.docx', body: 'PK' },
      { name: 'rikki.md', body: BROKEN },
    ]);
    const over = new app.window.DragEvent('dragover', {
      dataTransfer: dropped,
      bubbles: true,
      cancelable: true,
    });
    zone.dispatchEvent(over);
    expect(over.defaultPrevented, 'the zone accepts drops').to.equal(true);
    const drop = new app.window.DragEvent('drop', {
      dataTransfer: dropped,
      bubbles: true,
      cancelable: true,
    });
    zone.dispatchEvent(drop);
    expect(drop.defaultPrevented, 'the browser does not open the file').to.equal(true);
    await waitFor(() => notes(app).includes('rikki.md'));
    const text = notes(app);
    expect(text).to.contain('Tiedostoa kuva.md ei tuotu: se ei ole tekstitiedosto');
    expect(text).to.contain('Tiedostoa muistio.docx ei tuotu: se ei ole Markdown-tiedosto');
    expect(text).to.contain(
      `Tiedosto rikki.md tuotiin luonnoksena, koska siinä on virheitä (1). Ensimmäinen: Rivi ${BROKEN_LINE}, sarake`,
    );
    expect(text).to.contain('Tunniste "I1" on käytössä jo rivillä');
    await waitFor(() => rows(app).length === 2);
    const draft = rows(app).find((r) => r.textContent!.includes('Luonnos'))!;
    expect(draft.textContent).to.contain('Pieni lista');
    await expectAccessible(app, 'library with a ready and a draft checklist');

    // The draft opens in the editor with its error at the right line
    getByRole(draft, 'link', 'Muokkaa: Pieni lista').click();
    await waitFor(
      () =>
        getByRole(
          app.root,
          'button',
          new RegExp(`^Rivi ${BROKEN_LINE}, sarake \\d+: Tunniste "I1"`),
        ),
      LAZY,
    );

    // The create form offers the ready one and shows the draft as not usable, with the reason
    app.navigate('#/new');
    const ready = await waitFor(
      () => getByRole(app.root, 'radio', /^Pieni lista, versio 1 Oma$/),
      LAZY,
    );
    expect((ready as HTMLInputElement).disabled).to.equal(false);
    const disabled = getByRole(app.root, 'radio', /^Pieni lista, versio 1 Oma Luonnos$/);
    expect((disabled as HTMLInputElement).disabled).to.equal(true);
    const reason = disabled.getAttribute('aria-describedby')!;
    expect(disabled.getRootNode()).to.satisfy((root: ShadowRoot) =>
      root.getElementById(reason)!.textContent!.includes('Luonnos: korjaa virheet'),
    );
  });

  it('reads UTF-16 with a byte-order mark, names other encodings, and does not import the same file twice', async () => {
    app = await AppFrame.open('#/checklists');
    await waitFor(() => getByRole(app.root, 'heading', 'Omat tarkistuslistat'), LAZY);
    const input = getByLabel(app.root, 'Valitse tuotava tiedosto');
    const utf16 = (bom: boolean) => {
      const units = [...(bom ? [0xfeff] : []), ...[...SMALL_CHECKLIST].map((c) => c.charCodeAt(0))];
      const out = new Uint8Array(units.length * 2);
      units.forEach((u, i) => new DataView(out.buffer).setUint16(i * 2, u, true));
      return out;
    };
    const latin1 = new Uint8Array([...SMALL_CHECKLIST].map((c) => c.charCodeAt(0) & 0xff));
    const pick = async (files: { name: string; body: BlobPart }[], done: string) => {
      input.files = transfer(app, files).files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => notes(app).includes(done));
    };
    await pick(
      [
        { name: 'notepad.md', body: utf16(true) },
        { name: 'vailla.md', body: utf16(false) },
        { name: 'vanha.md', body: latin1 },
      ],
      'vanha.md',
    );
    const text = notes(app);
    expect(text).to.contain('Tiedosto notepad.md tuotiin: Pieni lista.');
    expect(text).to.contain('Tiedostoa vailla.md ei tuotu: se on tallennettu UTF-16-merkistöllä');
    expect(text).to.contain('Tiedostoa vanha.md ei tuotu: se on tallennettu vanhalla merkistöllä');
    await waitFor(() => rows(app).length === 1);

    // The same checklist again: a note where it already is, and no second copy
    await pick([{ name: 'uudestaan.md', body: SMALL_CHECKLIST }], 'uudestaan.md');
    expect(notes(app)).to.contain('Tiedostoa uudestaan.md ei tuotu uudelleen');
    expect(notes(app)).to.contain('"Pieni lista"');
    expect(rows(app)).to.have.length(1);
    await expectAccessible(app, 'library after refused and repeated imports');
  });

  it('downloads a checklist as <id>-<version>.md and deletes it after confirmation', async () => {
    app = await AppFrame.open('#/checklists');
    const input = await waitFor(() => getByLabel(app.root, 'Valitse tuotava tiedosto'), LAZY);
    input.files = transfer(app, [{ name: 'pieni.md', body: SMALL_CHECKLIST }]).files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => rows(app).length === 1);

    let blob: Blob | undefined;
    const original = app.window.URL.createObjectURL.bind(app.window.URL);
    app.window.URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return original(b);
    };
    getByRole(app.root, 'button', 'Lataa .md: Pieni lista').click();
    await waitFor(() => blob);
    expect(await blob!.text()).to.equal(SMALL_CHECKLIST);
    await waitFor(() => notes(app) === 'Tiedosto pieni-1.md on ladattu.');

    getByRole(app.root, 'button', 'Poista: Pieni lista').click();
    const dialog = await waitFor(() =>
      queryAllByRole(app.root, 'dialog').find((d) => (d as HTMLDialogElement).open),
    );
    expect(dialog.textContent).to.contain('Sillä tehdyt arvioinnit säilyvät ennallaan');
    await expectAccessible(app, 'delete dialog');
    getByRole(dialog, 'button', 'Peruuta').click();
    expect(rows(app)).to.have.length(1);
    getByRole(app.root, 'button', 'Poista: Pieni lista').click();
    getByRole(dialog, 'button', 'Poista tarkistuslista').click();
    await waitFor(() => notes(app) === 'Tarkistuslista "Pieni lista" poistettiin.');
    await waitFor(() => getByRole(app.root, 'heading', 'Omat tarkistuslistat'));
    expect(rows(app)).to.have.length(0);
    await app.reload();
    await waitFor(() => getByRole(app.root, 'heading', 'Omat tarkistuslistat'));
    await waitFor(() =>
      app.root
        .querySelector('checklist-library')!
        .shadowRoot!.textContent!.includes('Omia tarkistuslistoja ei vielä ole.'),
    );
  });
});
