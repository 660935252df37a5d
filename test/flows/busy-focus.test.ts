import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AppFrame } from '../fixtures/app-frame';
import { getByRole, waitFor } from '../fixtures/dom';

/** The element that has focus, looking inside shadow roots. */
function deepActive(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Presses a button by keyboard and checks that focus is still on it when its work is done. */
async function pressAndKeepFocus(app: AppFrame, button: HTMLElement, done: RegExp): Promise<void> {
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitFor(() => getByRole(app.root, 'status', done), 20000);
  expect(deepActive(app.document), 'focus after the busy button').to.equal(button);
}

describe('WCAG 2.4.3: buttons that are busy for a while keep focus', function () {
  this.timeout(90000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('Lataa esittelyaineisto, Poista esittelyaineisto, Vie varmuuskopio and Lataa PDF', async () => {
    app = await AppFrame.open('#/');
    const load = await waitFor(() => getByRole(app.root, 'button', 'Lataa esittelyaineisto'));
    await pressAndKeepFocus(app, load, /^Esittelyaineisto ladattu/);

    const backup = getByRole(app.root, 'button', 'Vie varmuuskopio');
    await pressAndKeepFocus(app, backup, /on luotu/);

    app.navigate('#/a/demo-0-1/plan');
    const pdf = await waitFor(() => getByRole(app.root, 'button', 'Lataa PDF'));
    await pressAndKeepFocus(app, pdf, /PDF-tiedosto on luotu/);

    app.navigate('#/');
    // Removing asks first; once confirmed by keyboard, focus is back on the button that asked.
    const remove = await waitFor(() => getByRole(app.root, 'button', 'Poista esittelyaineisto'));
    remove.focus();
    await sendKeys({ press: 'Enter' });
    const confirm = await waitFor(() => getByRole(app.root, 'button', 'Siirrä roskakoriin'));
    // showModal() moves focus into the dialog; wait for that before choosing the button.
    await waitFor(() => confirm.closest('dialog')?.contains(deepActive(app.document)) === true);
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => getByRole(app.root, 'status', /^Esittelyaineisto siirrettiin roskakoriin/),
      20000,
    );
    await waitFor(() => deepActive(app.document) === remove).catch(() => undefined);
    expect(deepActive(app.document), 'focus after removing').to.equal(remove);
  });
});
