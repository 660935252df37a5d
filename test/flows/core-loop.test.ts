import { expect } from '@open-wc/testing';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { parseChecklist } from '../../src/checklist/parse';
import { allItems } from '../../src/model/checklist';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { readPdf } from '../fixtures/pdf';

const ORGANISATION = 'Inarin kunta ja Sámi Searvi čđŋŧ';
const OWNER = 'Hyte-koordinaattori Ánde Ŋuolja';
const ACTION = 'Kirjataan järjestöjen tavoite hyvinvointisuunnitelmaan';
const NOTE = 'Työpajassa todettiin: järjestöt pääsevät mukaan vasta lausuntovaiheessa – 500 €.';
/** Level per item in order; null is "don't know". */
const LEVELS = [4, 3, 2, 1, 0, null, 2, 3, 1] as const;

const builtin = parseChecklist(BUILTIN_CHECKLISTS.find((c) => c.key === 'kunta.fi')!.source);
if (!builtin.ok) throw new Error('built-in checklist does not parse');
const STATEMENTS = allItems(builtin.checklist).map((i) => i.statement);

async function expectAccessible(app: AppFrame, where: string): Promise<void> {
  const violations = await axeViolations(app.window);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

function articles(app: AppFrame): HTMLElement[] {
  return queryAllByRole(app.root, 'article');
}

function radio(article: HTMLElement, level: number | null): HTMLInputElement {
  const name = level === null ? 'En osaa sanoa' : new RegExp(`^${level} – `);
  return getByRole(article, 'radio', name) as HTMLInputElement;
}

async function saved(app: AppFrame): Promise<void> {
  await waitFor(() => getByRole(app.root, 'status', /^Tallennettu/), 5000);
}

describe('core loop: create → rate → reload → PDF', function () {
  this.timeout(60000);
  let app: AppFrame;

  afterEach(() => app?.close());

  it('a coordinator assesses the municipality, comes back, and downloads the plan', async () => {
    app = await AppFrame.open();
    await waitFor(() => getByRole(app.root, 'heading', 'Arvioinnit'));
    await expectAccessible(app, 'empty list');

    // Create
    getByRole(app.root, 'link', 'Uusi arviointi').click();
    const orgField = await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi'));
    await expectAccessible(app, 'create form');
    await app.type(orgField, ORGANISATION);
    await app.type(getByLabel(app.root, 'Osallistujat'), 'Liisa Mäkelä\nÁnde Ŋuolja');
    getByRole(app.root, 'button', 'Luo arviointi').click();
    await waitFor(() => getByRole(app.root, 'heading', ORGANISATION));

    // Rate all nine items
    const cards = await waitFor(() => articles(app).length === 9 && articles(app));
    expect(cards.map((c) => getByRole(c, 'heading').textContent)).to.satisfy((texts: string[]) =>
      texts.every((text, i) => text.includes(STATEMENTS[i]!)),
    );
    LEVELS.forEach((level, i) => radio(cards[i]!, level).click());

    // Notes and an action on the first item
    const first = cards[0]!;
    await app.type(getByLabel(first, 'Muistiinpanot ja näyttö'), NOTE);
    getByRole(first, 'button', 'Lisää toimenpide').click();
    const what = await waitFor(() => getByLabel(first, 'Mitä tehdään'));
    expect(what.matches(':focus'), 'focus moves to the new action').to.equal(true);
    await app.type(what, ACTION);
    await app.type(getByLabel(first, 'Kuka vastaa'), OWNER);
    const due = getByLabel(first, 'Mihin mennessä');
    due.value = '2027-03-31';
    due.dispatchEvent(new Event('change', { bubbles: true }));
    await saved(app);
    await expectAccessible(app, 'answering');

    // Close and come back: everything is there
    await app.reload();
    const again = await waitFor(() => articles(app).length === 9 && articles(app));
    LEVELS.forEach((level, i) =>
      expect(radio(again[i]!, level).checked, `item ${i + 1}`).to.equal(true),
    );
    const firstAgain = again[0]!;
    expect(getByLabel(firstAgain, 'Muistiinpanot ja näyttö').value).to.equal(NOTE);
    expect(getByLabel(firstAgain, 'Mitä tehdään').value).to.equal(ACTION);
    expect(getByLabel(firstAgain, 'Kuka vastaa').value).to.equal(OWNER);
    expect(getByLabel(firstAgain, 'Mihin mennessä').value).to.equal('2027-03-31');

    // Results: 8 rated items, mean of 100 75 50 25 0 50 75 25 = 50
    getByRole(app.root, 'link', 'Tulokset').click();
    await waitFor(() => getByRole(app.root, 'heading', 'Kohdat kehittämistarpeen mukaan'));
    const resultsText = app.root
      .querySelector('assessment-view')!
      .shadowRoot!.querySelector('results-view')!
      .shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(resultsText).to.contain('50 / 100 · Kehitettävää');
    expect(resultsText).to.contain('8 / 9 arvioitu');
    await expectAccessible(app, 'results');

    // Plan and PDF
    getByRole(app.root, 'link', 'Kehittämissuunnitelma').click();
    const download = await waitFor(() => getByRole(app.root, 'button', 'Lataa PDF'));
    await expectAccessible(app, 'plan');
    const downloads = app.catchDownloads();
    download.click();
    const pdf = await waitFor(() => downloads[0], 15000);
    expect(pdf.type).to.equal('application/pdf');
    const contents = await readPdf(new Uint8Array(await pdf.arrayBuffer()));
    expect(contents.text).to.contain(ORGANISATION);
    for (const statement of STATEMENTS) expect(contents.text).to.contain(statement);
    expect(contents.text).to.contain(OWNER);
    expect(contents.text).to.contain(ACTION);
    expect(contents.text).to.contain('ä');
    expect(contents.text).to.contain('ŋ');
    expect(contents.title).to.contain(ORGANISATION);
    await waitFor(() => getByRole(app.root, 'status', /PDF-tiedosto on luotu/));
  });

  it('renames and deletes an assessment from the list', async () => {
    app = await AppFrame.open();
    getByRole(app.root, 'link', 'Uusi arviointi').click();
    await app.type(
      await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Vanha nimi',
    );
    getByRole(app.root, 'button', 'Luo arviointi').click();
    await waitFor(() => getByRole(app.root, 'heading', 'Vanha nimi'));
    app.navigate('#/');
    await waitFor(() => getByRole(app.root, 'link', 'Vanha nimi'));
    await expectAccessible(app, 'list with a row');

    getByRole(app.root, 'button', 'Nimeä uudelleen: Vanha nimi').click();
    const input = await waitFor(() => getByLabel(app.root, 'Uusi nimi'));
    await expectAccessible(app, 'rename dialog');
    input.value = '';
    await app.type(input, 'Uusi nimi oy');
    getByRole(app.root, 'button', 'Tallenna nimi').click();
    await waitFor(() => getByRole(app.root, 'link', 'Uusi nimi oy'));

    // Deleting moves the assessment to the trash at once; the trash flow test covers undo.
    getByRole(app.root, 'button', 'Poista: Uusi nimi oy').click();
    await waitFor(() => getByRole(app.root, 'status', /^Arviointi "Uusi nimi oy" poistettiin\./));
    await waitFor(() => queryAllByRole(app.root, 'link', 'Uusi nimi oy').length === 0);

    await app.reload();
    await waitFor(() => getByRole(app.root, 'heading', 'Arvioinnit'));
    expect(queryAllByRole(app.root, 'link', 'Uusi nimi oy')).to.have.length(0);
  });

  it('asks for the organisation name before creating', async () => {
    app = await AppFrame.open('#/new');
    (await waitFor(() => getByRole(app.root, 'button', 'Luo arviointi'))).click();
    const field = await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi'));
    await waitFor(() => field.getAttribute('aria-invalid') === 'true');
    expect(app.root.querySelector('assessment-create')!.shadowRoot!.activeElement).to.equal(field);
  });
});
