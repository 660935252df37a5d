import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { parseChecklist } from '../../src/checklist/parse';
import { allItems } from '../../src/model/checklist';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { deepElements, getByLabel, getByRole, waitFor } from '../fixtures/dom';

const builtin = parseChecklist(BUILTIN_CHECKLISTS.find((c) => c.key === 'kunta.fi')!.source);
if (!builtin.ok) throw new Error('built-in checklist does not parse');
const STATEMENTS = allItems(builtin.checklist).map((i) => i.statement);
const SECRET = 'Yksityinen huomio: valtuutettu X vastustaa 4711';
/** Keys pressed per item: a digit is a level, x is "don't know". */
const KEYS = ['3', '2', 'x', '1', '4', '0', '2', '3', '1'];

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

function workshop(app: AppFrame): ShadowRoot {
  return app.root.querySelector('assessment-workshop')!.shadowRoot!;
}

function statementShown(app: AppFrame): string {
  return workshop(app).querySelector('#statement')?.textContent?.trim() ?? '';
}

async function expectAccessible(win: Window, where: string): Promise<void> {
  const violations = await axeViolations(win);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

/** Creates an assessment through the form and returns its id. */
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

/** Waits until the projector shows `text`, checking on the way that the private note never shows. */
async function projectorShows(projector: AppFrame, text: string): Promise<void> {
  await waitFor(() => {
    const shown = projectorText(projector);
    if (shown.includes(SECRET)) throw new Error('the projector shows the private note');
    return shown.includes(text);
  });
  expect(projectorText(projector)).to.not.contain(SECRET);
}

function projectorText(projector: AppFrame): string {
  return deepElements(projector.document)
    .map((el) => (el.shadowRoot ? el.shadowRoot.textContent : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe('workshop mode and projector', function () {
  this.timeout(90000);
  const frames: AppFrame[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.close()));

  it('goes through all nine items by keyboard, records a tally, and keeps everything after reload', async () => {
    const app = await AppFrame.open();
    frames.push(app);
    const id = await createAssessment(app, 'Näppäinkylä');

    // Into workshop mode from the link, by keyboard
    getByRole(app.root, 'link', 'Työpajatila').focus();
    await press('Enter');
    await waitFor(() => statementShown(app) === STATEMENTS[0]);
    expect(app.window.location.hash).to.equal(`#/a/${id}/workshop/1`);
    await expectAccessible(app.window, 'workshop mode');

    // Help overlay
    await press('?');
    const dialog = await waitFor(() =>
      deepElements(workshop(app)).find(
        (el) => el instanceof app.window.HTMLDialogElement && (el as HTMLDialogElement).open,
      ),
    );
    expect(dialog.textContent).to.contain('PageDown');
    await expectAccessible(app.window, 'help overlay');
    await press('Escape');
    await waitFor(() => !(dialog as HTMLDialogElement).open);

    for (let i = 0; i < 9; i++) {
      await waitFor(() => statementShown(app) === STATEMENTS[i]);
      if (i === 1) {
        // A show of hands: 5 for level 3, 2 for level 1; typed into the count fields
        await app.type(getByLabel(workshop(app), /^Ääniä tasolle 3 – /), '5');
        await app.type(getByLabel(workshop(app), /^Ääniä tasolle 1 – /), '2');
        const tally = workshop(app).querySelector('vote-tally')!.shadowRoot!;
        await waitFor(() => /Ääniä yhteensä 7/.test(tally.textContent!));
        expect(tally.textContent).to.contain('Mediaani: 3 – Vakiintunut');
        expect(tally.textContent!.replace(/\s+/g, ' ')).to.contain(
          'Vaihteluväli 1–3, kvartiiliväli 2',
        );
        expect(tally.textContent).to.contain('Näkemykset eroavat selvästi');
        // The median is only a proposal: the level stays open…
        expect((getByRole(workshop(app), 'radio', /^3 – /) as HTMLInputElement).checked).to.equal(
          false,
        );
        await press('Escape'); // leave the field so keys are shortcuts again
      }
      if (i === 4) {
        await app.type(getByLabel(workshop(app), 'Muistiinpanot ja näyttö'), SECRET);
        await press('Escape');
      }
      await press(KEYS[i]!); // …and the facilitator sets it
      await press(i % 2 === 0 ? 'PageDown' : 'ArrowRight');
    }
    await waitFor(() => getByRole(workshop(app), 'heading', 'Yhteenveto'));
    expect(app.window.location.hash).to.equal(`#/a/${id}/workshop/summary`);
    await waitFor(() => getByRole(workshop(app), 'status', /^Tallennettu/));

    // Reload and find every level, the tally and the note
    await app.reload();
    await waitFor(() => getByRole(workshop(app), 'heading', 'Yhteenveto'));
    await press('Home');
    for (let i = 0; i < 9; i++) {
      await waitFor(() => statementShown(app) === STATEMENTS[i]);
      const key = KEYS[i]!;
      const radio = getByRole(
        workshop(app),
        'radio',
        key === 'x' ? 'En osaa sanoa' : new RegExp(`^${key} – `),
      );
      expect((radio as HTMLInputElement).checked, `item ${i + 1}`).to.equal(true);
      if (i === 1) expect(getByLabel(workshop(app), /^Ääniä tasolle 3 – /).value).to.equal('5');
      if (i === 4)
        expect(getByLabel(workshop(app), 'Muistiinpanot ja näyttö').value).to.equal(SECRET);
      await press('PageDown');
    }
  });

  it('the projector follows the facilitator, shows votes when revealed, and never the private note', async () => {
    const app = await AppFrame.open();
    frames.push(app);
    const id = await createAssessment(app, 'Projektorila');
    app.navigate(`#/a/${id}/workshop/5`);
    await waitFor(() => statementShown(app) === STATEMENTS[4]);
    await app.type(getByLabel(workshop(app), 'Muistiinpanot ja näyttö'), SECRET);
    await press('Escape');

    // Everything the facilitator's window sends to projectors
    const sent: string[] = [];
    const listener = new BroadcastChannel(`jy-workshop:${id}`);
    listener.onmessage = (e: MessageEvent) => sent.push(JSON.stringify(e.data));

    const projector = await AppFrame.open(`#/a/${id}/projector`, { keepData: true });
    frames.push(projector);
    projector.iframe.style.width = '1920px';
    projector.iframe.style.height = '1080px';
    await projectorShows(projector, STATEMENTS[4]!);
    expect(projectorText(projector)).to.contain('Kohta 5 / 9');

    // Large type on a 1920 × 1080 projector
    const host = projector.root.querySelector('workshop-projector')!;
    const paragraph = host.shadowRoot!.querySelector('.explanation p') ?? host;
    const fontSize = () => parseFloat(projector.window.getComputedStyle(paragraph).fontSize);
    // The projector fits its text to the window it is in (ResizeObserver), a few frames after the
    // frame was made 1920 × 1080; on a busy machine frames come late, so the wait is the usual one.
    await waitFor(() => fontSize() >= 28).catch(() => undefined);
    expect(fontSize()).to.be.at.least(28);
    await expectAccessible(projector.window, 'projector view');

    // Facilitator moves; the projector follows
    workshop(app).querySelector<HTMLElement>('h1')!.focus();
    await press('PageDown');
    await projectorShows(projector, STATEMENTS[5]!);
    await press('Home');
    await projectorShows(projector, STATEMENTS[0]!);

    // Votes appear only when revealed
    await app.type(getByLabel(workshop(app), /^Ääniä tasolle 2 – /), '6');
    await press('Escape');
    await press('1');
    await projectorShows(projector, 'Sovittu taso: 1 – Alkuvaiheessa');
    expect(projectorText(projector)).to.not.contain('Äänten jakauma');
    await press('v');
    await projectorShows(projector, 'Äänten jakauma');
    expect(projectorText(projector)).to.contain('Ääniä yhteensä 6');

    // The closing chart
    await press('s');
    await projectorShows(projector, 'Kokonaistulos');
    expect(projectorText(projector)).to.contain('Yhteenveto');

    // Never the private note, nor in what the facilitator's channel carried
    expect(projectorText(projector)).to.not.contain(SECRET);
    expect(projector.document.documentElement.outerHTML).to.not.contain(SECRET);
    listener.close();
    expect(sent.length).to.be.greaterThan(5);
    expect(sent.filter((m) => m.includes(SECRET))).to.deep.equal([]);
  });

  it('presents in the same window on a single screen and returns with Escape', async () => {
    const app = await AppFrame.open();
    frames.push(app);
    const id = await createAssessment(app, 'Yksinäyttö');
    app.navigate(`#/a/${id}/workshop/2`);
    await waitFor(() => statementShown(app) === STATEMENTS[1]);
    workshop(app).querySelector<HTMLElement>('h1')!.focus();
    await press('p');
    const overlay = await waitFor(
      () => workshop(app).querySelector('workshop-projector') ?? undefined,
    );
    await waitFor(() => overlay.shadowRoot!.textContent!.includes(STATEMENTS[1]!));
    await press('ArrowRight');
    await waitFor(() => overlay.shadowRoot!.textContent!.includes(STATEMENTS[2]!));
    await press('Escape');
    await waitFor(() => !workshop(app).querySelector('workshop-projector'));
  });
});
