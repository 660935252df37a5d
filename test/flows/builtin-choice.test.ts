import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { parseChecklist } from '../../src/checklist/parse';
import { allItems } from '../../src/model/checklist';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

function firstStatement(key: string): string {
  const result = parseChecklist(BUILTIN_CHECKLISTS.find((c) => c.key === key)!.source);
  if (!result.ok) throw new Error(`${key} does not parse`);
  return allItems(result.checklist)[0]!.statement;
}

function form(app: AppFrame): ShadowRoot {
  return app.root.querySelector('assessment-create')!.shadowRoot!;
}

function radio(app: AppFrame, name: string | RegExp): HTMLInputElement {
  return getByRole(form(app), 'radio', name) as HTMLInputElement;
}

/** Whether an item card of the assessment view shows the text. */
function shows(app: AppFrame, text: string): boolean {
  const view = app.root.querySelector('assessment-view')?.shadowRoot;
  return Array.from(view?.querySelectorAll('item-card') ?? []).some((card) =>
    card.shadowRoot?.textContent?.includes(text),
  );
}

async function expectAccessible(app: AppFrame, where: string): Promise<void> {
  const violations = await axeViolations(app.window);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

describe('choosing a built-in checklist', function () {
  this.timeout(60000);
  let app: AppFrame;
  afterEach(() => {
    app?.window.localStorage.removeItem('jy.locale');
    app?.close();
  });

  it('offers the municipality model in three languages, the UI language first chosen', async () => {
    app = await AppFrame.open('#/new');
    const fi = await waitFor(() => radio(app, /^Järjestöystävällinen kunta \(suomeksi\), /));
    expect(fi.checked).to.equal(true);
    expect(radio(app, /^Föreningsvänlig kommun \(ruotsiksi\), /).checked).to.equal(false);
    expect(radio(app, /^NGO-friendly municipality \(englanniksi\), /).checked).to.equal(false);
    await expectAccessible(app, 'create form with the checklist choice');

    // A county gets the county model, in three languages too
    radio(app, 'Hyvinvointialue').click();
    const county = await waitFor(() =>
      radio(app, /^Järjestöystävällinen hyvinvointialue \(suomeksi\), /),
    );
    expect(county.checked).to.equal(true);
    expect(radio(app, /^Föreningsvänligt välfärdsområde \(ruotsiksi\), /).checked).to.equal(false);
    expect(
      radio(app, /^NGO-friendly wellbeing services county \(englanniksi\), /).checked,
    ).to.equal(false);
    expect(queryAllByRole(form(app), 'radio', /^Järjestöystävällinen kunta/)).to.have.length(0);
    radio(app, 'Kunta').click();

    // The Swedish model, chosen by keyboard
    (await waitFor(() => radio(app, /^Järjestöystävällinen kunta \(suomeksi\), /))).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => radio(app, /^Föreningsvänlig kommun \(ruotsiksi\), /).checked);
    await app.type(
      getByLabel(form(app), 'Kunnan tai hyvinvointialueen nimi'),
      'Kaksikielinen kunta',
    );
    await sendKeys({ press: 'Enter' });
    await waitFor(() => getByRole(app.root, 'heading', 'Kaksikielinen kunta'));
    await waitFor(() => shows(app, firstStatement('kunta.sv')));
  });

  it('preselects the checklist in the UI language, and starts a county on the county model in it', async () => {
    app = await AppFrame.open('#/new');
    const select = (await waitFor(() =>
      getByLabel(app.root, 'Kieli'),
    )) as unknown as HTMLSelectElement;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    const en = await waitFor(() => radio(app, /^NGO-friendly municipality \(in English\), /));
    expect(en.checked).to.equal(true);
    expect(radio(app, /^Järjestöystävällinen kunta \(in Finnish\), /).checked).to.equal(false);

    radio(app, 'Wellbeing services county').click();
    await app.type(
      getByLabel(form(app), 'Name of the municipality or wellbeing services county'),
      'Esimerkkialue',
    );
    getByRole(form(app), 'button', 'Create assessment').click();
    await waitFor(() => getByRole(app.root, 'heading', 'Esimerkkialue'));
    await waitFor(() => shows(app, firstStatement('hyvinvointialue.en')));
  });
});
