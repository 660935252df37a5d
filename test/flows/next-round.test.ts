import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { readPdf } from '../fixtures/pdf';

/**
 * Round one with a target and actions of each status → start the next round → last time beside
 * each item, copied on request → every action reviewed → the unfinished ones carried, once.
 */
describe('the next round: last time, review and carried actions', function () {
  this.timeout(90000);
  let app: AppFrame;

  afterEach(() => app?.close());

  const cards = () => queryAllByRole(app.root, 'article');
  const saved = () => waitFor(() => getByRole(app.root, 'status', /^Tallennettu/), 5000);
  const hashId = () => decodeURIComponent(app.window.location.hash.split('/')[2] ?? '');
  const panel = () =>
    app.root.querySelector('assessment-view')!.shadowRoot!.querySelector('next-round-panel')!
      .shadowRoot!;
  const review = () =>
    app.root.querySelector('assessment-view')!.shadowRoot!.querySelector('round-review')!
      .shadowRoot!;

  async function addAction(card: HTMLElement, what: string, status: string): Promise<void> {
    const n = queryAllByRole(card, 'group', /^Toimenpide \d+ Mitä/).length + 1;
    getByRole(card, 'button', 'Lisää toimenpide').click();
    const action = await waitFor(() =>
      getByRole(card, 'group', new RegExp(`^Toimenpide ${n} Mitä`)),
    );
    await app.type(getByLabel(action, 'Mitä tehdään'), what);
    const select = getByLabel(action, 'Tila') as unknown as HTMLSelectElement;
    select.value = status;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('carries the year from one round to the next', async () => {
    app = await AppFrame.open();
    getByRole(app.root, 'link', 'Uusi arviointi').click();
    await app.type(
      await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Kierroskylä',
    );
    getByRole(app.root, 'button', 'Luo arviointi').click();
    const list = await waitFor(() => cards().length === 9 && cards());
    const firstId = hashId();

    // Round one: item 1 at level 2 with notes and a target, four actions of each status.
    (getByRole(list[0]!, 'radio', /^2 – /) as HTMLInputElement).click();
    await app.type(
      getByLabel(list[0]!, 'Muistiinpanot ja näyttö'),
      'Avustukset haetaan kerran vuodessa.',
    );
    const target = getByLabel(list[0]!, 'Tavoitetaso') as unknown as HTMLSelectElement;
    target.value = '4';
    target.dispatchEvent(new Event('change', { bubbles: true }));
    // No wait here: the next edit comes in the same task and must build on this one.
    await addAction(list[0]!, 'Avustusmallin uudistus', 'planned');
    await addAction(list[0]!, 'Tilojen kartoitus', 'in-progress');
    await addAction(list[0]!, 'Järjestösivu verkkoon', 'done');
    await addAction(list[1]!, 'Kumppanuuspöytä', 'dropped');
    (getByRole(list[1]!, 'radio', /^3 – /) as HTMLInputElement).click();
    await saved();

    // Start the next round: a date before this round is refused in words.
    const summary = panel().querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const date = await waitFor(() => getByLabel(panel(), 'Seuraavan kierroksen päivämäärä'));
    date.value = '2001-01-01';
    getByRole(panel(), 'button', 'Aloita seuraava kierros').click();
    await waitFor(() => date.getAttribute('aria-invalid') === 'true');
    expect(panel().textContent).to.contain('ei voi olla ennen tätä kierrosta');
    expect(hashId()).to.equal(firstId);
    date.value = '2099-05-20';
    getByRole(panel(), 'button', 'Aloita seuraava kierros').click();
    await waitFor(() => hashId() !== firstId);
    const secondId = hashId();

    // Last time beside each item; this round's answer starts empty. Just after the address
    // changes, last round's own cards (with an empty last-time) may still be drawn: wait for
    // the words, not for the element.
    const lastTime = (card: HTMLElement) =>
      (card.querySelector('last-time')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    const next = await waitFor(() =>
      cards().length === 9 && lastTime(cards()[0]!).includes('Viime kerralla')
        ? cards()
        : undefined,
    );
    expect(lastTime(next[0]!)).to.contain('Viime kerralla');
    expect(lastTime(next[0]!)).to.contain('Taso: 2 –');
    expect(lastTime(next[0]!)).to.contain('Tavoite: 4 –');
    expect(lastTime(next[0]!)).to.contain('Avustukset haetaan kerran vuodessa.');
    expect((getByRole(next[0]!, 'radio', /^2 – /) as HTMLInputElement).checked).to.equal(false);
    expect(getByLabel(next[0]!, 'Muistiinpanot ja näyttö').value).to.equal('');
    expect(app.root.querySelector('assessment-view')!.shadowRoot!.textContent).to.contain(
      '20.5.2099',
    );
    const answering = await axeViolations(app.window);
    expect(answering, describeViolations(answering)).to.deep.equal([]);

    // Copy last time for item 1, with a note typed first: the note stays, last time's is added.
    await app.type(getByLabel(next[0]!, 'Muistiinpanot ja näyttö'), 'Uusi havainto.');
    getByRole(next[0]!, 'button', 'Kopioi viime kerran taso, tavoite ja muistiinpanot').click();
    await waitFor(() => (getByRole(next[0]!, 'radio', /^2 – /) as HTMLInputElement).checked);
    expect(getByLabel(next[0]!, 'Muistiinpanot ja näyttö').value).to.equal(
      'Uusi havainto.\n\nAvustukset haetaan kerran vuodessa.',
    );
    expect((getByLabel(next[0]!, 'Tavoitetaso') as unknown as HTMLSelectElement).value).to.equal(
      '4',
    );

    // Item 2 falls from 3 to 1 this round.
    (getByRole(next[1]!, 'radio', /^1 – /) as HTMLInputElement).click();
    await waitFor(() => (getByRole(next[1]!, 'radio', /^1 – /) as HTMLInputElement).checked);

    // The plan: last round's four actions up for review.
    getByRole(app.root, 'link', 'Kehittämissuunnitelma').click();
    await waitFor(() => review().querySelector('fieldset'));
    expect(review().textContent).to.contain('0 / 4 toimenpidettä käyty läpi');
    const outcome = (what: string) =>
      getByLabel(
        getByRole(review(), 'group', new RegExp(what)),
        'Tulos',
      ) as unknown as HTMLSelectElement;
    // By keyboard: the first outcome after "not reviewed" is "done"; two steps make "partly".
    const partly = outcome('Tilojen kartoitus');
    partly.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => partly.value === 'partly');
    for (const [what, value] of [
      ['Avustusmallin uudistus', 'not-done'],
      ['Järjestösivu verkkoon', 'done'],
      ['Kumppanuuspöytä', 'dropped'],
    ] as const) {
      const select = outcome(what);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      // All three in one task: each builds on the one before, none is undone.
    }
    await app.type(
      getByLabel(getByRole(review(), 'group', /Avustusmallin/), 'Kommentti'),
      'Siirtyi ensi vuoteen.',
    );
    await waitFor(() => review().textContent!.includes('4 / 4 toimenpidettä käyty läpi'));

    // Carry the two unfinished ones (not done, partly) into this plan, in one step and once.
    const carry = getByRole(review(), 'button', /^Siirrä keskeneräiset toimenpiteet/);
    expect(carry.textContent).to.contain('(2)');
    carry.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() =>
      getByRole(review(), 'status', '2 toimenpidettä siirrettiin suunnitelmaan.'),
    );
    await waitFor(() => carry.textContent!.includes('(0)'));
    expect(carry.getAttribute('aria-disabled')).to.equal('true');
    expect(app.document.activeElement).to.not.equal(app.document.body);
    await sendKeys({ press: 'Enter' });
    const planText = () =>
      app.root
        .querySelector('assessment-view')!
        .shadowRoot!.querySelector('plan-view')!
        .shadowRoot!.textContent!.replace(/\s+/g, ' ');
    await waitFor(() => planText().includes('Tilojen kartoitus'));
    expect(planText()).to.contain('Avustusmallin uudistus');
    expect(planText()).to.not.contain('Järjestösivu verkkoon');
    expect(planText()).to.not.contain('Kumppanuuspöytä');
    const reviewing = await axeViolations(app.window);
    expect(reviewing, describeViolations(reviewing)).to.deep.equal([]);
    await saved();

    // Reload: outcomes, comment and carried marks kept; the actions carried once.
    await app.reload();
    await waitFor(() => review().querySelector('fieldset'));
    expect(outcome('Avustusmallin uudistus').value).to.equal('not-done');
    expect(outcome('Kumppanuuspöytä').value).to.equal('dropped');
    expect(getByLabel(getByRole(review(), 'group', /Avustusmallin/), 'Kommentti').value).to.equal(
      'Siirtyi ensi vuoteen.',
    );
    expect(review().textContent!.match(/Siirretty tämän kierroksen/g)).to.have.length(2);
    await waitFor(() => planText().includes('Tilojen kartoitus'));
    expect(planText().match(/Tilojen kartoitus/g)).to.have.length(1);

    // Results: the change in signed numbers and the chart with its marks and table.
    getByRole(app.root, 'link', 'Tulokset').click();
    const results = () =>
      app.root.querySelector('assessment-view')!.shadowRoot!.querySelector('results-view')!
        .shadowRoot!;
    await waitFor(() => results().querySelector('score-chart'));
    const resultsText = results().textContent!.replace(/\s+/g, ' ');
    expect(resultsText).to.contain('Muutos edellisestä kierroksesta');
    expect(resultsText).to.contain('= 0');
    expect(resultsText).to.contain('▼ −50');
    const chart = results().querySelector('score-chart')!.shadowRoot!;
    const figure = chart.querySelector('figure')!;
    expect(figure.getAttribute('aria-labelledby')).to.equal('chart-caption');
    expect(chart.getElementById('chart-caption')!.textContent).to.contain('Pisteet pääkohdittain');
    expect(chart.querySelectorAll('svg.bar')).to.have.length(4);
    expect(chart.querySelectorAll('svg.bar .previous').length).to.be.greaterThan(0);
    expect(chart.querySelectorAll('svg.bar .target').length).to.be.greaterThan(0);
    // Heading 1: last round (50 + 75) / 2, now (50 + 25) / 2.
    const firstHeading = chart.querySelectorAll('tbody tr')[1]!.textContent!.replace(/\s+/g, ' ');
    expect(firstHeading).to.contain('63 / 100');
    expect(firstHeading).to.contain('38 / 100');
    expect(firstHeading).to.contain('▼ −25');
    const results_ = await axeViolations(app.window);
    expect(results_, describeViolations(results_)).to.deep.equal([]);

    // The PDF holds the target, statuses, outcomes and signed changes.
    getByRole(app.root, 'link', 'Kehittämissuunnitelma').click();
    const download = await waitFor(() => getByRole(app.root, 'button', 'Lataa PDF'));
    const downloads = app.catchDownloads();
    download.click();
    const pdf = await waitFor(() => downloads[0], 20000);
    const { text } = await readPdf(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).to.contain('Tavoite: 4 –');
    expect(text).to.contain('Suunniteltu');
    for (const outcome of ['Toteutui', 'Osittain', 'Ei toteutunut', 'Luovuttiin']) {
      expect(text).to.contain(outcome);
    }
    expect(text).to.contain('Siirtyi ensi vuoteen.');
    expect(text).to.contain('▼ −50');
    expect(text).to.contain('▼ −25');
    expect(text).to.contain('= 0');

    // Round one now points at its next round instead of offering a second one.
    app.navigate(`#/a/${encodeURIComponent(firstId)}`);
    const link = await waitFor(() => getByRole(app.root, 'link', 'Avaa seuraava kierros'));
    expect(panel().textContent).to.contain('Seuraava kierros (20.5.2099) on jo aloitettu.');
    expect(link.getAttribute('href')).to.contain(encodeURIComponent(secondId));
  });
});
