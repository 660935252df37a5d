import { expect } from '@open-wc/testing';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByRole, waitFor } from '../fixtures/dom';

describe('malformed links', function () {
  this.timeout(60000);
  let app: AppFrame;
  afterEach(() => app?.close());
  /** What the shell says in place of a view (its own element, with a shadow root). */
  const problemText = () => app.main.querySelector('route-problem')?.shadowRoot?.textContent ?? '';

  it('each says the link is broken, and the app keeps working', async () => {
    app = await AppFrame.open();
    await waitFor(() => getByRole(app.root, 'heading', 'Arvioinnit'));
    for (const hash of ['#/a/%', '#/checklists/%ZZ', '#/a/%E0%A4%A/results']) {
      app.navigate(hash);
      await waitFor(() => getByRole(app.root, 'heading', 'Sivua ei löytynyt.'));
      expect(problemText(), hash).to.contain('Linkki on rikki');
      const violations = await axeViolations(app.window);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      getByRole(app.root, 'link', 'Takaisin arviointeihin').click();
      await waitFor(() => getByRole(app.root, 'heading', 'Arvioinnit'));
    }
    // A link that is well formed but leads nowhere is not called broken
    app.navigate('#/ei-ole');
    await waitFor(() => getByRole(app.root, 'heading', 'Sivua ei löytynyt.'));
    expect(problemText()).to.not.contain('Linkki on rikki');
  });
});
