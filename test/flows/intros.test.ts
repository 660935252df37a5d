import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { deepElements, getByLabel, getByRole, waitFor } from '../fixtures/dom';

const INTRO = 'Tarkistuslistalla kunta ja paikalliset järjestöt arvioivat yhdessä';
const LAZY = 15000;

/** The visible text of the app, shadow roots included. */
function visibleText(app: AppFrame): string {
  return deepElements(app.root)
    .filter((el) => el.shadowRoot === null && el.checkVisibility())
    .map((el) => el.textContent ?? '')
    .join(' ');
}

describe('the checklist author’s intro reaches the room', function () {
  this.timeout(90000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('shows the checklist intro in the answering view and on the workshop’s first item', async () => {
    app = await AppFrame.open();
    app.navigate('#/new');
    await app.type(
      await waitFor(() => getByLabel(app.root, 'Kunnan tai hyvinvointialueen nimi'), LAZY),
      'Johdantola',
    );
    await sendKeys({ press: 'Enter' });
    await waitFor(() => getByRole(app.root, 'heading', 'Johdantola'), LAZY);
    await waitFor(() => visibleText(app).includes(INTRO));
    const id = decodeURIComponent(/#\/a\/([^/]+)/.exec(app.window.location.hash)![1]!);

    app.navigate(`#/a/${encodeURIComponent(id)}/workshop/1`);
    await waitFor(() => getByRole(app.root, 'heading', /^Järjestöyhteistyö on kirjattu/), LAZY);
    expect(visibleText(app)).to.contain(INTRO);
    // A complete checklist has no "incomplete" note
    expect(visibleText(app)).to.not.contain('Luettelo kesken');
    const violations = await axeViolations(app.window);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    app.navigate(`#/a/${encodeURIComponent(id)}/workshop/2`);
    await waitFor(() => !visibleText(app).includes(INTRO));
  });
});
