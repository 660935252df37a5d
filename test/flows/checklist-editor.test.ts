import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

const TEMPLATE_STATEMENT = 'Kirjoita tähän kohdan väittämä yhtenä lauseena.';
const OLD_STATEMENT = 'Järjestöt ovat mukana hyvinvointisuunnitelman valmistelussa.';
const NEW_STATEMENT = 'Järjestöt ovat mukana valmistelussa alusta loppuun.';
const ORGANISATION = 'Versiokylän kunta';

async function expectAccessible(app: AppFrame, where: string): Promise<void> {
  const violations = await axeViolations(app.window);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

function source(app: AppFrame): HTMLTextAreaElement {
  return getByLabel(app.root, 'Tarkistuslistan Markdown') as unknown as HTMLTextAreaElement;
}

/** The 1-based line the caret is on. */
function caretLine(area: HTMLTextAreaElement): number {
  return area.value.slice(0, area.selectionStart).split('\n').length;
}

/** Selects `text` in the editor and types `replacement` over it with real key presses. */
async function replaceText(area: HTMLTextAreaElement, text: string, replacement: string) {
  const at = area.value.indexOf(text);
  expect(at, `"${text}" in the editor`).to.be.greaterThan(-1);
  area.focus();
  area.setSelectionRange(at, at + text.length);
  await sendKeys({ type: replacement });
}

async function saved(app: AppFrame): Promise<void> {
  await waitFor(() => getByRole(app.root, 'status', /^Tallennettu/), 5000);
}

function statements(app: AppFrame): string[] {
  return queryAllByRole(app.root, 'article').map((a) =>
    (a.querySelector('h3')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** Long enough for a lazily loaded view whose modules the test server transforms on first use. */
const LAZY = 15000;

/** Waits until the view's look for a newer version has finished, before asserting there is none. */
async function settle(app: AppFrame): Promise<void> {
  const notice = await waitFor(
    () =>
      app.root
        .querySelector('assessment-view')
        ?.shadowRoot?.querySelector('newer-version-notice') ?? undefined,
  );
  await notice.updateComplete;
}

function hashId(app: AppFrame): string {
  return decodeURIComponent(/#\/a\/([^/]+)/.exec(app.window.location.hash)![1]!);
}

describe('checklist editor and versions', function () {
  this.timeout(90000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('edits a checklist, assesses with it, edits it again and keeps the old assessment as it was', async () => {
    app = await AppFrame.open();
    (await waitFor(() => getByRole(app.root, 'link', 'Tarkistuslistat'))).click();
    (await waitFor(() => getByRole(app.root, 'button', 'Uusi tyhjä tarkistuslista'), LAZY)).click();

    // The editor opens on the blank template, which is valid
    const area = await waitFor(() => source(app), LAZY);
    expect(area.value).to.contain(`### ${TEMPLATE_STATEMENT} {#A1}`);
    await waitFor(() => getByRole(app.root, 'status', 'Virheitä 0, varoituksia 0.'));
    getByRole(app.root, 'heading', 'Oma tarkistuslista');
    await expectAccessible(app, 'editor');

    // Introduce an error: the item id no longer starts with a letter
    const itemLine = area.value.split('\n').findIndex((l) => l.startsWith('### ')) + 1;
    expect(itemLine).to.equal(12);
    const idAt = area.value.indexOf('{#A1}') + 2;
    area.focus();
    area.setSelectionRange(idAt, idAt);
    await sendKeys({ type: '9' });
    await waitFor(() => getByRole(app.root, 'status', 'Virheitä 1, varoituksia 0.'));
    const problem = getByRole(app.root, 'button', /^Rivi 12, sarake \d+: Tunniste "9A1" ei kelpaa/);
    getByRole(app.root, 'status', /^Luonnos: tarkistuslistassa on virheitä/);
    await expectAccessible(app, 'editor with an error');

    // The error leads to its line by keyboard
    problem.focus();
    await sendKeys({ press: 'Enter' });
    const editorRoot = app.root.querySelector('checklist-editor')!.shadowRoot!;
    const control = editorRoot.querySelector('markdown-source')!;
    expect(control.shadowRoot!.activeElement).to.equal(area);
    expect(caretLine(area)).to.equal(12);
    const column = Number(/sarake (\d+)/.exec(problem.textContent!)![1]);
    expect(area.selectionStart - area.value.lastIndexOf('\n', area.selectionStart - 1)).to.equal(
      column,
    );

    // Fix it, and write the statement
    const nine = area.value.indexOf('{#9A1}') + 3;
    area.setSelectionRange(nine, nine);
    await sendKeys({ press: 'Backspace' });
    await replaceText(area, TEMPLATE_STATEMENT, OLD_STATEMENT);
    await waitFor(() => getByRole(app.root, 'status', 'Virheitä 0, varoituksia 0.'));
    await waitFor(() => getByRole(app.root, 'heading', new RegExp(`^${OLD_STATEMENT}`)));
    await saved(app);

    // Nothing typed is lost on reload
    await app.reload();
    expect((await waitFor(() => source(app))).value).to.contain(`### ${OLD_STATEMENT} {#A1}`);

    // Assess with the custom checklist
    app.navigate('#/new');
    await app.type(
      await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi'), LAZY),
      ORGANISATION,
    );
    await app.type(getByLabel(app.root, 'Osallistujat'), 'Liisa\nÁnde');
    const radio = await waitFor(() =>
      getByRole(app.root, 'radio', /^Oma tarkistuslista, versio 1/),
    );
    radio.click();
    await expectAccessible(app, 'create form with a custom checklist');
    getByRole(app.root, 'button', 'Luo arviointi').click();
    await waitFor(() => getByRole(app.root, 'heading', ORGANISATION), LAZY);
    const oldId = hashId(app);
    await waitFor(() => statements(app).length === 1);
    expect(statements(app)[0]).to.contain(OLD_STATEMENT);
    const card = queryAllByRole(app.root, 'article')[0]!;
    getByRole(card, 'radio', /^3 – /).click();
    await saved(app);

    // Edit the checklist again: new wording, new version
    app.navigate('#/checklists');
    (await waitFor(() => getByRole(app.root, 'link', 'Muokkaa: Oma tarkistuslista'))).click();
    const again = await waitFor(() => source(app));
    await replaceText(again, OLD_STATEMENT, NEW_STATEMENT);
    // The editor warns that version 1 is in use with other content, until the version is raised
    await waitFor(() =>
      getByRole(app.root, 'status', /^Versio 1 on jo käytössä arvioinneissa \(1\)/),
    );
    await replaceText(again, 'version: 1', 'version: 2');
    // On the way to "version: 2" the text passes through drafts, which show no warning either: wait
    // for the stored version 2 (the editor's line about the checklist) with the warning gone.
    const about = () =>
      app.root.querySelector('checklist-editor')?.shadowRoot?.querySelector('.meta')?.textContent;
    await waitFor(
      () =>
        /versio 2$/.test(about()?.trim() ?? '') &&
        queryAllByRole(app.root, 'status', /on jo käytössä/).length === 0,
    ).catch(() => {
      throw new Error(
        `after raising the version: "${about()?.trim()}", ${JSON.stringify(queryAllByRole(app.root, 'status').map((s) => s.textContent?.trim()))}`,
      );
    });
    await waitFor(() => getByRole(app.root, 'heading', new RegExp(`^${NEW_STATEMENT}`)));
    await saved(app);
    app.navigate('#/checklists');
    const row = (await waitFor(() => getByRole(app.root, 'link', 'Oma tarkistuslista'))).closest(
      'tr',
    )!;
    expect(row.textContent).to.contain('Valmis');
    expect(row.cells[1]!.textContent!.trim()).to.equal('2');

    // The old assessment is unchanged, and offers the new version
    app.navigate(`#/a/${encodeURIComponent(oldId)}`);
    await waitFor(() => getByRole(app.root, 'heading', ORGANISATION));
    await waitFor(() => statements(app).length === 1);
    expect(statements(app)[0]).to.contain(OLD_STATEMENT);
    expect(statements(app)[0]).to.not.contain(NEW_STATEMENT);
    expect(app.root.querySelector('assessment-view')!.shadowRoot!.textContent).to.contain(
      'Tarkistuslista: Oma tarkistuslista, versio 1',
    );
    const next = await waitFor(() =>
      getByRole(app.root, 'button', 'Aloita seuraava arviointi uudella versiolla'),
    );
    const notice = app.root
      .querySelector('assessment-view')!
      .shadowRoot!.querySelector('newer-version-notice')!.shadowRoot!.textContent!;
    expect(notice).to.contain('versio 2');
    await expectAccessible(app, 'assessment with a newer version');

    // The next round: new version, last round's answer shown as last time, this one empty
    next.click();
    await waitFor(() => hashId(app) !== oldId);
    await waitFor(
      () => statements(app).length === 1 && statements(app)[0]!.includes(NEW_STATEMENT),
    );
    const newCard = queryAllByRole(app.root, 'article')[0]!;
    expect((getByRole(newCard, 'radio', /^3 – /) as HTMLInputElement).checked).to.equal(false);
    // last-time draws itself in its own update, after the card's: wait for its words.
    await waitFor(() =>
      newCard.querySelector('last-time')?.shadowRoot?.textContent?.includes('Taso: 3 –'),
    );
    getByRole(newCard, 'button', 'Kopioi viime kerran taso, tavoite ja muistiinpanot').click();
    await waitFor(() => (getByRole(newCard, 'radio', /^3 – /) as HTMLInputElement).checked);
    const view = app.root.querySelector('assessment-view')!.shadowRoot!.textContent!;
    expect(view).to.contain('Tarkistuslista: Oma tarkistuslista, versio 2');
    expect(view).to.contain('Osallistujat: Liisa, Ánde');
    getByRole(app.root, 'heading', ORGANISATION);
    await settle(app);
    expect(queryAllByRole(app.root, 'button', /Aloita seuraava arviointi/)).to.have.length(0);

    // Both rounds are on the list
    app.navigate('#/');
    await waitFor(() => queryAllByRole(app.root, 'link', ORGANISATION).length === 2);

    // Deleting the checklist breaks neither round
    app.navigate('#/checklists');
    (await waitFor(() => getByRole(app.root, 'button', 'Poista: Oma tarkistuslista'))).click();
    getByRole(app.root, 'button', 'Poista tarkistuslista').click();
    await waitFor(() =>
      getByRole(app.root, 'status', 'Tarkistuslista "Oma tarkistuslista" poistettiin.'),
    );
    app.navigate(`#/a/${encodeURIComponent(oldId)}`);
    await waitFor(
      () => statements(app).length === 1 && statements(app)[0]!.includes(OLD_STATEMENT),
    );
    const oldCard = queryAllByRole(app.root, 'article')[0]!;
    expect((getByRole(oldCard, 'radio', /^3 – /) as HTMLInputElement).checked).to.equal(true);
    await settle(app);
    expect(queryAllByRole(app.root, 'button', /Aloita seuraava arviointi/)).to.have.length(0);
  });
});

describe('checklist editor: a nesting the Markdown library cannot take', function () {
  this.timeout(90000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('shows the error at its line and column, and saves what is typed after it', async () => {
    app = await AppFrame.open();
    (await waitFor(() => getByRole(app.root, 'link', 'Tarkistuslistat'))).click();
    (await waitFor(() => getByRole(app.root, 'button', 'Uusi tyhjä tarkistuslista'), LAZY)).click();
    const area = await waitFor(() => source(app), LAZY);
    await waitFor(() => getByRole(app.root, 'status', 'Virheitä 0, varoituksia 0.'));
    const original = area.value;

    // Paste a line of 2,000 quote marks at the end
    area.focus();
    area.value = `${original}\n${'>'.repeat(2000)} syvä\n`;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    const line = area.value.split('\n').length - 1;
    await waitFor(() => getByRole(app.root, 'status', 'Virheitä 1, varoituksia 0.'));
    getByRole(app.root, 'button', new RegExp(`^Rivi ${line}, sarake 17: Sisäkkäisiä`));
    await saved(app);

    // Delete it again and type: the typing is saved and survives a reload
    area.value = original;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContent' }));
    await replaceText(area, TEMPLATE_STATEMENT, NEW_STATEMENT);
    await waitFor(() => getByRole(app.root, 'status', 'Virheitä 0, varoituksia 0.'));
    await saved(app);
    await app.reload();
    expect((await waitFor(() => source(app), LAZY)).value).to.contain(`### ${NEW_STATEMENT} {#A1}`);
  });
});
