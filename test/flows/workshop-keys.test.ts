import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { parseChecklist } from '../../src/checklist/parse';
import { allItems } from '../../src/model/checklist';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { deepElements, getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

const builtin = parseChecklist(BUILTIN_CHECKLISTS.find((c) => c.key === 'kunta.fi')!.source);
if (!builtin.ok) throw new Error('built-in checklist does not parse');
const STATEMENTS = allItems(builtin.checklist).map((i) => i.statement);

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

function workshop(app: AppFrame): ShadowRoot {
  return app.root.querySelector('assessment-workshop')!.shadowRoot!;
}

function tallyRoot(app: AppFrame): ShadowRoot {
  return workshop(app).querySelector('vote-tally')!.shadowRoot!;
}

function statementShown(app: AppFrame): string {
  return workshop(app).querySelector('#statement')?.textContent?.trim() ?? '';
}

function checkedLevels(app: AppFrame): string[] {
  return queryAllByRole(workshop(app), 'radio')
    .filter((r) => (r as HTMLInputElement).checked)
    .map((r) => (r as HTMLInputElement).value);
}

/** The element that has focus, looking through shadow roots. */
function deepActive(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function projectorText(projector: AppFrame): string {
  return deepElements(projector.document)
    .map((el) => (el.shadowRoot ? el.shadowRoot.textContent : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

async function expectAccessible(win: Window, where: string): Promise<void> {
  const violations = await axeViolations(win);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

async function createAssessment(app: AppFrame, name: string): Promise<string> {
  app.navigate('#/new');
  await app.type(
    await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
    name,
  );
  await press('Enter');
  await waitFor(() => getByRole(app.root, 'heading', name));
  return decodeURIComponent(/#\/a\/([^/]+)/.exec(app.window.location.hash)![1]!);
}

async function openWorkshop(name: string, item = 1): Promise<{ app: AppFrame; id: string }> {
  const app = await AppFrame.open();
  const id = await createAssessment(app, name);
  app.navigate(`#/a/${id}/workshop/${item}`);
  await waitFor(() => statementShown(app) === STATEMENTS[item - 1]);
  return { app, id };
}

describe('workshop: honest votes and safe shortcuts', function () {
  this.timeout(120000);
  const frames: AppFrame[] = [];
  afterEach(() => {
    frames.splice(0).forEach((f) => f.close());
    localStorage.removeItem('jy-workshop-shortcuts');
  });

  it('keeps the median a proposal: counting never sets the agreed level, and the projector shows none', async () => {
    const { app, id } = await openWorkshop('Mediaanila');
    frames.push(app);
    const projector = await AppFrame.open(`#/a/${id}/projector`, { keepData: true });
    frames.push(projector);
    await waitFor(() => projectorText(projector).includes(STATEMENTS[0]!));

    // Counts typed from top to bottom: 1 for level 2, 5 for level 3, 2 for level 4
    await app.type(getByLabel(workshop(app), /^Ääniä tasolle 2 – /), '1');
    await app.type(getByLabel(workshop(app), /^Ääniä tasolle 3 – /), '5');
    await app.type(getByLabel(workshop(app), /^Ääniä tasolle 4 – /), '2');
    await waitFor(() => /Ääniä yhteensä 8/.test(tallyRoot(app).textContent!));
    expect(tallyRoot(app).textContent).to.contain('Mediaani: 3 – ');
    expect(checkedLevels(app)).to.deep.equal([]);

    // The projector, votes hidden, shows no agreed level and highlights none
    await waitFor(() => projectorText(projector).includes('Tasoa ei ole vielä sovittu'));
    const host = projector.root.querySelector('workshop-projector')!;
    expect(host.shadowRoot!.querySelectorAll('.agreed').length).to.equal(0);

    // Clearing the votes leaves the level open too
    getByRole(tallyRoot(app), 'button', 'Tyhjennä äänet').click();
    await waitFor(() => /Ei ääniä vielä/.test(tallyRoot(app).textContent!));
    expect(checkedLevels(app)).to.deep.equal([]);

    // Only the facilitator sets it: take the median of a new count
    await app.type(getByLabel(workshop(app), /^Ääniä tasolle 1 – /), '3');
    await waitFor(() => /Mediaani: 1 – /.test(tallyRoot(app).textContent!));
    expect(checkedLevels(app)).to.deep.equal([]);
    getByRole(tallyRoot(app), 'button', 'Aseta mediaani sovituksi tasoksi').click();
    await waitFor(() => checkedLevels(app).join() === '1');
    await waitFor(() => projectorText(projector).includes('Sovittu taso: 1 – '));

    // And after a reload it is still the facilitator's level, with the votes kept
    await waitFor(() => getByRole(workshop(app), 'status', /^Tallennettu/));
    await app.reload();
    await waitFor(() => statementShown(app) === STATEMENTS[0]);
    expect(checkedLevels(app)).to.deep.equal(['1']);
  });

  it('counts votes by keyboard: C to the counts, arrows between levels, + and −, announced', async () => {
    const { app } = await openWorkshop('Laskula');
    frames.push(app);
    workshop(app).querySelector<HTMLElement>('h1')!.focus();
    await press('c');
    await waitFor(() => deepActive(app.document)?.id === 'votes-0');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(deepActive(app.document)?.id).to.equal('votes-2');
    await press('+');
    await press('ArrowDown');
    for (let i = 0; i < 5; i++) await press('+');
    await press('ArrowDown');
    await press('+');
    await press('+');
    await press('+');
    await press('-');
    const live = () =>
      tallyRoot(app).querySelector('[aria-live="polite"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    await waitFor(() => /Ääniä yhteensä 8/.test(tallyRoot(app).textContent!));
    expect(live()).to.match(/^ ?4 – [^:]+: 2\. Ääniä yhteensä 8\. ?$/);
    expect(getByLabel(tallyRoot(app), /^Ääniä tasolle 2 – /).value).to.equal('1');
    expect(getByLabel(tallyRoot(app), /^Ääniä tasolle 3 – /).value).to.equal('5');
    expect(getByLabel(tallyRoot(app), /^Ääniä tasolle 4 – /).value).to.equal('2');
    // Still only a proposal
    expect(checkedLevels(app)).to.deep.equal([]);
    await expectAccessible(app.window, 'vote counts');
    // Esc leaves the counts; shortcuts work again
    await press('Escape');
    await press('4');
    await waitFor(() => checkedLevels(app).join() === '4');
  });

  it('single-key shortcuts do nothing on a focused button or summary, and can be turned off for good', async () => {
    const { app, id } = await openWorkshop('Painikela', 2);
    frames.push(app);

    getByRole(workshop(app), 'button', /Seuraava kohta/).focus();
    await press('4');
    await press('s');
    getByRole(workshop(app), 'button', /Käynnistä ajastin/); // not started
    const summary = deepElements(workshop(app)).find((el) => el.tagName === 'SUMMARY')!;
    (summary as HTMLElement).focus();
    await press('t');
    await press('v');
    expect(app.window.location.hash).to.equal(`#/a/${id}/workshop/2`);
    expect(checkedLevels(app)).to.deep.equal([]);
    getByRole(workshop(app), 'button', /Käynnistä ajastin/);
    getByRole(workshop(app), 'button', /Näytä äänet esitysnäkymässä/);

    // Esc on a control hands the keys back to the shortcuts
    await press('Escape');
    await press('4');
    await waitFor(() => checkedLevels(app).join() === '4');

    // The help says so, and turns them off
    getByRole(workshop(app), 'button', /Pikanäppäimet/).click();
    const help = workshop(app).querySelector('shortcut-help')!.shadowRoot!;
    await waitFor(() => help.querySelector('dialog')?.open);
    expect(help.textContent).to.match(/painikkeessa, linkissä/);
    const toggle = getByLabel(help, 'Yhden näppäimen pikanäppäimet käytössä') as HTMLInputElement;
    expect(toggle.checked).to.equal(true);
    toggle.focus();
    await press('Space');
    await waitFor(() => !toggle.checked);
    await press('Escape');
    await waitFor(() => !help.querySelector('dialog')!.open);
    workshop(app).querySelector<HTMLElement>('h1')!.focus();
    await press('2');
    await press('s');
    expect(checkedLevels(app)).to.deep.equal(['4']);
    expect(app.window.location.hash).to.equal(`#/a/${id}/workshop/2`);
    // Navigation keys are not single characters and keep working
    await press('PageDown');
    await waitFor(() => statementShown(app) === STATEMENTS[2]);

    // The choice is kept
    await app.reload();
    await waitFor(() => statementShown(app) === STATEMENTS[2]);
    workshop(app).querySelector<HTMLElement>('h1')!.focus();
    await press('3');
    await press('PageUp');
    await waitFor(() => statementShown(app) === STATEMENTS[1]);
    expect(checkedLevels(app)).to.deep.equal(['4']);
  });

  it('presenting mode is modal: focus stays inside and Esc returns', async () => {
    const { app } = await openWorkshop('Modaalila', 3);
    frames.push(app);
    const present = getByRole(workshop(app), 'button', /Esitysnäkymä tässä ikkunassa/);
    present.focus();
    await press('Enter');
    const overlay = await waitFor(
      () => workshop(app).querySelector('workshop-projector') ?? undefined,
    );
    await waitFor(() => overlay.shadowRoot!.textContent!.includes(STATEMENTS[2]!));
    const inside = (el: Element | null) =>
      !!el && (overlay.shadowRoot!.contains(el) || !!el.closest('dialog.present'));
    await waitFor(() => inside(deepActive(app.document)));
    for (let i = 0; i < 6; i++) {
      await press('Tab');
      expect(inside(deepActive(app.document)), `after Tab ${i + 1}`).to.equal(true);
    }
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(inside(deepActive(app.document))).to.equal(true);
    await expectAccessible(app.window, 'presenting');
    await press('Escape');
    await waitFor(() => !workshop(app).querySelector('workshop-projector'));
    await waitFor(() => deepActive(app.document) === present);
  });

  it('the jump list moves only when the choice is confirmed', async () => {
    const { app, id } = await openWorkshop('Valintala');
    frames.push(app);
    const select = getByRole(workshop(app), 'combobox', 'Siirry kohtaan') as HTMLSelectElement;
    select.focus();
    await press('ArrowDown');
    await press('ArrowDown');
    expect(select.value).to.equal('3');
    expect(app.window.location.hash).to.equal(`#/a/${id}/workshop/1`);
    expect(statementShown(app)).to.equal(STATEMENTS[0]);
    await press('Enter');
    await waitFor(() => statementShown(app) === STATEMENTS[2]);
    expect(app.window.location.hash).to.equal(`#/a/${id}/workshop/3`);
    // A choice made by pointer (change without browsing keys) moves at once
    select.value = '5';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => statementShown(app) === STATEMENTS[4]);
  });
});
