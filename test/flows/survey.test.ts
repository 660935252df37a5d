import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openDB } from 'idb';
import { DB_NAME } from '../../src/storage/db';
import type { Assessment } from '../../src/model/assessment';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { deepElements, getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

async function expectAccessible(win: Window, where: string): Promise<void> {
  const violations = await axeViolations(win);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

function deepActive(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function text(frame: AppFrame): string {
  return deepElements(frame.document)
    .map((el) => (el.shadowRoot ? el.shadowRoot.textContent : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

async function createAssessment(app: AppFrame, name: string): Promise<string> {
  app.navigate('#/');
  (await waitFor(() => getByRole(app.root, 'link', 'Uusi arviointi'))).click();
  await app.type(
    await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
    name,
  );
  await press('Enter');
  await waitFor(() => getByRole(app.root, 'heading', name));
  return decodeURIComponent(/#\/a\/([^/]+)/.exec(app.window.location.hash)![1]!);
}

async function storedAssessment(id: string): Promise<Assessment> {
  const db = await openDB(DB_NAME);
  try {
    return (await db.get('assessments', id)) as Assessment;
  } finally {
    db.close();
  }
}

function surveyPanel(app: AppFrame): ShadowRoot {
  return deepElements(app.root).find((el) => el.tagName === 'SURVEY-PANEL')!.shadowRoot!;
}

function respondRoot(frame: AppFrame): ShadowRoot {
  return frame.root.querySelector('survey-respond')!.shadowRoot!;
}

/** Forgets every respondent's draft, as another person's browser would not have it. */
function forgetDrafts(): void {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('jy-survey:')) localStorage.removeItem(key);
}

/** Puts files into a file input as a picker would, and fires its change. */
function pick(input: HTMLInputElement, files: File[]): void {
  const win = input.ownerDocument.defaultView as Window & typeof globalThis;
  const transfer = new win.DataTransfer();
  for (const f of files) transfer.items.add(new win.File([f], f.name, { type: f.type }));
  input.files = transfer.files;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
}

/** Answers as one respondent by pointer: a group and a level for the first items; returns the file. */
async function respond(link: string, group: RegExp, levels: number[]): Promise<File> {
  forgetDrafts();
  const frame = await AppFrame.open(link, { keepData: true });
  try {
    const downloads = frame.catchDownloads();
    const root = await waitFor(
      () => frame.root.querySelector('survey-respond')?.shadowRoot ?? undefined,
    );
    await waitFor(() => getByRole(root, 'heading', /^Kysely: /));
    getByRole(root, 'radio', group).click();
    const pickers = Array.from(root.querySelectorAll('level-picker'));
    levels.forEach((level, i) =>
      getByRole(pickers[i]!.shadowRoot!, 'radio', new RegExp(`^${level} – `)).click(),
    );
    getByRole(root, 'button', 'Lataa vastaustiedosto').click();
    await waitFor(() => downloads.length === 1);
    return new File([await downloads[0]!.text()], `vastaus-${Math.random()}.json`, {
      type: 'application/json',
    });
  } finally {
    frame.close();
  }
}

describe('survey round', function () {
  this.timeout(180000);
  const frames: AppFrame[] = [];
  afterEach(() => {
    frames.splice(0).forEach((f) => f.close());
    forgetDrafts();
  });

  it('makes a survey, gathers three respondents of two groups once each, shows them in the room, and refuses another survey', async () => {
    const app = await AppFrame.open();
    frames.push(app);
    await createAssessment(app, 'Salainen kunta');
    const id = await createAssessment(app, 'Kyselylä');

    // Turn the assessment into a survey
    const details = deepElements(app.root).find(
      (el) => el.tagName === 'SUMMARY' && el.textContent!.includes('Kysely ennen työpajaa'),
    ) as HTMLElement;
    details.click();
    getByRole(surveyPanel(app), 'button', 'Tee arvioinnista kysely').click();
    const linkField = await waitFor(() => {
      const field = surveyPanel(app).querySelector<HTMLInputElement>('#survey-link');
      return field && field.value.includes('#/survey/') ? field : undefined;
    });
    const link = linkField.value.slice(linkField.value.indexOf('#'));
    expect(getByLabel(surveyPanel(app), 'Ohje sähköpostiin').value).to.contain(linkField.value);
    expect(link).to.not.contain('Salainen');
    await expectAccessible(app.window, 'survey panel');
    await waitFor(() => getByRole(app.root, 'status', /^Tallennettu/));

    // The first respondent by keyboard alone, on a 320 px wide phone
    forgetDrafts();
    const phone = await AppFrame.open(link, { keepData: true });
    frames.push(phone);
    phone.iframe.style.width = '320px';
    const downloads = phone.catchDownloads();
    const root = await waitFor(
      () => phone.root.querySelector('survey-respond')?.shadowRoot ?? undefined,
    );
    const heading = await waitFor(() => getByRole(root, 'heading', 'Kysely: Kyselylä'));
    expect(text(phone)).to.not.contain('Salainen kunta');
    await expectAccessible(phone.window, 'survey respondent view');
    heading.focus();
    const tabTo = async (matches: (el: Element) => boolean, what: string, most = 8) => {
      for (let i = 0; i < most && !matches(deepActive(phone.document)!); i++) await press('Tab');
      expect(matches(deepActive(phone.document)!), what).to.equal(true);
    };
    await tabTo((el) => (el as HTMLInputElement).name === 'group', 'group radio');
    await press('Space');
    await tabTo(
      (el) =>
        (el as HTMLInputElement).type === 'radio' &&
        el.closest('fieldset') !== null &&
        (el.getRootNode() as ShadowRoot).host?.tagName === 'LEVEL-PICKER',
      'level radio',
    );
    await press('ArrowDown');
    await press('ArrowDown'); // level 2
    await tabTo((el) => el.tagName === 'TEXTAREA', 'comment');
    await sendKeys({ type: 'Avustushaku on vaikea löytää' });
    await tabTo((el) => el.textContent?.trim() === 'Lataa vastaustiedosto', 'download', 80);
    await press('Enter');
    await waitFor(() => downloads.length === 1);
    await waitFor(() => /Vastaustiedosto .* on ladattu/.test(respondRoot(phone).textContent!));
    expect(phone.document.documentElement.scrollWidth).to.be.at.most(320);
    const first = new File([await downloads[0]!.text()], 'vastaus-1.json', {
      type: 'application/json',
    });
    const firstData = JSON.parse(await first.text());
    expect(firstData.answers[Object.keys(firstData.answers)[0]!]).to.deep.equal({
      level: 2,
      comment: 'Avustushaku on vaikea löytää',
    });
    expect(JSON.stringify(firstData)).to.not.contain('Kyselylä');
    phone.close();

    // Two more, of the other group
    const second = await respond(link, /^Järjestöt/, [3, 4]);
    const third = await respond(link, /^Järjestöt/, [3]);

    // Gather all three at once
    const files = () => surveyPanel(app).querySelector<HTMLInputElement>('#survey-files')!;
    pick(files(), [first, second, third]);
    await waitFor(() => /Tuotiin 3 uutta/.test(surveyPanel(app).textContent!));
    expect(surveyPanel(app).textContent!.replace(/\s+/g, ' ')).to.contain(
      'Vastauksia 3: Kunta 1, Järjestöt 2',
    );
    await waitFor(async () => (await storedAssessment(id)).survey?.responses.length === 3);

    // The same file again counts once
    pick(files(), [second]);
    await waitFor(() => /1 oli jo tuotu/.test(surveyPanel(app).textContent!));
    expect(surveyPanel(app).textContent!).to.contain('Vastauksia 3:');

    // A response to another survey: refused, nothing written
    await waitFor(() => getByRole(app.root, 'status', /^Tallennettu/));
    const before = JSON.stringify(await storedAssessment(id));
    const other = JSON.parse(await third.text());
    other.surveyId = 'toinen-kysely-1';
    other.responseId = 'uusi-vastaus-1';
    pick(files(), [
      new File(
        [JSON.stringify({ ...JSON.parse(await first.text()), responseId: 'tuore-123456' })],
        'hyva.json',
      ),
      new File([JSON.stringify(other)], 'toinen.json'),
    ]);
    const alert = await waitFor(() => getByRole(surveyPanel(app), 'alert'));
    expect(alert.textContent).to.contain('toinen.json: on vastaus toiseen kyselyyn.');
    expect(surveyPanel(app).textContent!).to.contain('Vastauksia 3:');
    expect(JSON.stringify(await storedAssessment(id))).to.equal(before);
    // Levels and notes are untouched by the import
    expect(
      Object.values((await storedAssessment(id)).answers).every((a) => a.level === undefined),
    ).to.equal(true);

    // In the workshop, beside the room's votes, and on the projector once revealed
    app.navigate(`#/a/${id}/workshop/1`);
    const workshop = await waitFor(
      () => app.root.querySelector('assessment-workshop')?.shadowRoot ?? undefined,
    );
    const answers = await waitFor(
      () => workshop.querySelector('survey-answers')?.shadowRoot ?? undefined,
    );
    await waitFor(() => answers.textContent!.includes('Kyselyn vastaukset (3)'));
    expect(answers.textContent).to.contain('Avustushaku on vaikea löytää');
    const cells = (level: string) =>
      Array.from(
        queryAllByRole(answers, 'row')
          .find((r) => r.querySelector('th')!.textContent!.trim().startsWith(level))!
          .querySelectorAll('td'),
        (td) => td.textContent!.trim(),
      );
    expect(cells('3 –')).to.deep.equal(['0', '2', '2']);
    expect(cells('2 –')).to.deep.equal(['1', '0', '1']);
    await expectAccessible(app.window, 'workshop with survey answers');

    const projector = await AppFrame.open(`#/a/${id}/projector`, { keepData: true });
    frames.push(projector);
    await waitFor(() => text(projector).includes('Kohta 1 /'));
    expect(text(projector)).to.not.contain('Kyselyn vastaukset');
    workshop.querySelector<HTMLElement>('h1')!.focus();
    await press('v');
    await waitFor(() => text(projector).includes('Kyselyn vastaukset (3)'));
    expect(text(projector)).to.not.contain('Avustushaku on vaikea löytää');

    // Results say how many answered from each group
    app.navigate(`#/a/${id}/results`);
    await waitFor(() => text(app).includes('Kyselyyn vastasi 3: Kunta 1, Järjestöt 2.'));
  });

  it('says so when the link is damaged', async () => {
    const frame = await AppFrame.open('#/survey/AAAAbroken', { keepData: true });
    frames.push(frame);
    const root = await waitFor(
      () => frame.root.querySelector('survey-respond')?.shadowRoot ?? undefined,
    );
    await waitFor(() => getByRole(root, 'alert', /linkki on vaurioitunut/));
  });
});
