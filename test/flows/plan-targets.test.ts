import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

/** Drives targets, priorities and action statuses through the UI and reads the plan they make. */
describe('plan: targets, priorities and action statuses', function () {
  this.timeout(60000);
  let app: AppFrame;

  afterEach(() => app?.close());

  function cards(): HTMLElement[] {
    return queryAllByRole(app.root, 'article');
  }

  async function saved(): Promise<void> {
    await waitFor(() => getByRole(app.root, 'status', /^Tallennettu/), 5000);
  }

  function planText(): string {
    const view = app.root.querySelector('assessment-view')!.shadowRoot!.querySelector('plan-view')!;
    const priorities = view.shadowRoot!.querySelector('plan-priorities')!;
    return `${view.shadowRoot!.textContent} ${priorities.shadowRoot!.textContent}`.replace(
      /\s+/g,
      ' ',
    );
  }

  function priorityOrder(): string[] {
    const view = app.root.querySelector('assessment-view')!.shadowRoot!.querySelector('plan-view')!;
    const list = view.shadowRoot!.querySelector('plan-priorities')!.shadowRoot!;
    return [...list.querySelectorAll('ol.priorities > li > span[lang]')].map((s) => s.textContent!);
  }

  it('sets targets and a priority by keyboard, follows actions by status, and keeps it all', async () => {
    app = await AppFrame.open();
    getByRole(app.root, 'link', 'Uusi arviointi').click();
    await app.type(
      await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi')),
      'Tavoitekylä',
    );
    getByRole(app.root, 'button', 'Luo arviointi').click();
    const list = await waitFor(() => cards().length === 9 && cards());
    const headings = list.map((card) => getByRole(card, 'heading').textContent!.trim());
    const statement = (i: number) => headings[i]!;

    // Item 1 at the top, item 2 at the bottom with no action, item 3 "don't know".
    (getByRole(list[0]!, 'radio', /^4 – /) as HTMLInputElement).click();
    (getByRole(list[1]!, 'radio', /^0 – /) as HTMLInputElement).click();
    (getByRole(list[2]!, 'radio', 'En osaa sanoa') as HTMLInputElement).click();

    // A target for item 1 below today's level, chosen with the arrow keys, and a target year.
    const level = getByLabel(list[0]!, 'Tavoitetaso') as unknown as HTMLSelectElement;
    level.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => level.value === '0');
    const by = getByLabel(list[0]!, 'Mihin mennessä (vuosi tai päivä)');
    by.focus();
    await sendKeys({ type: '20x8' });
    await sendKeys({ press: 'Tab' });
    // A malformed year is refused in words (the field is marked invalid) and not saved.
    await waitFor(() => by.getAttribute('aria-invalid') === 'true');
    by.focus();
    by.select();
    await sendKeys({ type: '2028' });
    await sendKeys({ press: 'Tab' });

    // Item 5 is marked this period's priority with the space bar.
    const mark = getByLabel(list[4]!, 'Tämän kauden painopiste');
    mark.focus();
    await sendKeys({ press: 'Space' });
    await waitFor(() => mark.checked);

    // Item 4: an action in progress whose due date has passed, with no owner.
    getByRole(list[3]!, 'button', 'Lisää toimenpide').click();
    await app.type(await waitFor(() => getByLabel(list[3]!, 'Mitä tehdään')), 'Avustusten haku');
    const due = getByLabel(list[3]!, 'Mihin mennessä');
    due.value = '2001-01-31';
    due.dispatchEvent(new Event('change', { bubbles: true }));
    const status = getByLabel(list[3]!, 'Tila') as unknown as HTMLSelectElement;
    status.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => status.value === 'in-progress');
    await app.type(getByLabel(list[3]!, 'Resurssit tai kustannukset'), '2 000 €');
    await saved();

    // Reload: the targets, the mark and the action are kept.
    await app.reload();
    const again = await waitFor(() => cards().length === 9 && cards());
    expect((getByLabel(again[0]!, 'Tavoitetaso') as unknown as HTMLSelectElement).value).to.equal(
      '0',
    );
    expect(getByLabel(again[0]!, 'Mihin mennessä (vuosi tai päivä)').value).to.equal('2028');
    expect(getByLabel(again[4]!, 'Tämän kauden painopiste').checked).to.equal(true);
    expect((getByLabel(again[3]!, 'Tila') as unknown as HTMLSelectElement).value).to.equal(
      'in-progress',
    );
    expect(getByLabel(again[3]!, 'Resurssit tai kustannukset').value).to.equal('2 000 €');

    // The plan opens with the priorities: the marked item first, then the largest gap.
    getByRole(app.root, 'link', 'Kehittämissuunnitelma').click();
    await waitFor(() => getByRole(app.root, 'heading', 'Painopisteet'));
    const order = priorityOrder();
    // Marked item 5 first; item 2 (gap 100 to the top); item 1 (target below today, gap −100);
    // then the items with no known gap in checklist order.
    [4, 1, 0, 2, 3].forEach((item, i) => expect(statement(item)).to.contain(order[i]));
    expect(order).to.have.length(9);
    const text = planText();
    expect(text).to.contain('Tämän kauden painopiste');
    expect(text).to.contain('Heikko tilanne, eikä toimenpiteitä ole sovittu.');
    expect(text).to.contain('En osaa sanoa – selvittäkää.');
    expect(text).to.contain('Tavoite on nykytasoa alempana.');
    expect(text).to.contain('Toimenpiteellä ei ole vastuuhenkilöä.');
    expect(text).to.contain('Käynnissä');
    expect(text).to.contain('Määräaika on mennyt.');
    expect(text).to.contain('Ennen arvioinnin päivää.');
    // The actions read by owner: the arrow key moves the order choice, groups follow.
    const byDue = getByRole(app.root, 'radio', 'Määräajan mukaan') as HTMLInputElement;
    expect(byDue.checked).to.equal(true);
    byDue.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(
      () => (getByRole(app.root, 'radio', 'Vastuuhenkilön mukaan') as HTMLInputElement).checked,
    );
    await waitFor(() => planText().includes('ei nimetty: 1 toimenpide'));
    const violations = await axeViolations(app.window);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
