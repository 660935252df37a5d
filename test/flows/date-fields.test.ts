import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { enViews } from '../../src/i18n/en-views';
import { fiViews } from '../../src/i18n/fi-views';
import { svViews } from '../../src/i18n/sv-views';
import { loadDemoData } from '../../src/ui/state/demo-loader';
import { AppFrame } from '../fixtures/app-frame';
import { deepElements, waitFor } from '../fixtures/dom';

/**
 * The date fields are the browser's own (<input type="date">): they show the date in the order and
 * with the separators of the browser's locale, whatever the page's language is. So the error text
 * must not spell out a pattern of its own (it once said "pp.kk.vvvv", which an English or Swedish
 * browser does not show); it names the parts of a date, which every locale's field shows.
 */
const MESSAGES = { fi: fiViews, sv: svViews, en: enViews };
/** A written-out date pattern such as pp.kk.vvvv, dd/mm/yyyy or ÅÅÅÅ-MM-DD. */
const PATTERN = /\b[a-zåäö]{1,4}[./-][a-zåäö]{1,4}[./-][a-zåäö]{1,4}\b/i;

describe('date fields: the error text agrees with what the field shows, in every language', function () {
  this.timeout(120000);
  let app: AppFrame | undefined;
  afterEach(() => {
    app?.close();
    app = undefined;
    localStorage.removeItem('jy.locale');
  });

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`a half-typed assessment date gets a message that names no pattern of its own (${lang})`, async () => {
      localStorage.setItem('jy.locale', lang);
      app = await AppFrame.open('#/new');
      await waitFor(() => app!.document.documentElement.lang.startsWith(lang), 15000);
      const heading = MESSAGES[lang]['create.heading'];
      await waitFor(
        () =>
          deepElements(app!.root).some(
            (el) => el.matches('h1, h2') && el.textContent?.includes(heading),
          ),
        15000,
      );
      const field = await waitFor(
        () =>
          deepElements(app!.root).find((el) => el.id === 'date') as HTMLInputElement | undefined,
        15000,
      );
      expect(field.type).to.equal('date');
      // Clear one part of the date with the keyboard: the field then holds no whole date.
      field.focus();
      await sendKeys({ press: 'Backspace' });
      await waitFor(() => field.validity.badInput);
      expect(field.value).to.equal('');
      const submit = deepElements(app.root).find((el) =>
        el.matches('button[type="submit"]'),
      ) as HTMLButtonElement;
      submit.click();
      const error = await waitFor(() => {
        const p = deepElements(app!.root).find((el) => el.id === 'date-error');
        return p?.textContent?.trim() || undefined;
      });
      expect(error).to.equal(MESSAGES[lang]['create.dateRequired']);
      expect(error).not.to.match(PATTERN);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
    });
  }

  for (const lang of ['fi', 'en'] as const) {
    it(`a half-typed due date keeps the saved one and says why, in the same words (${lang})`, async () => {
      localStorage.setItem('jy.locale', lang);
      await loadDemoData(lang);
      app = await AppFrame.open('#/a/demo-3-1', { keepData: true });
      await waitFor(() => app!.document.documentElement.lang.startsWith(lang), 15000);
      const list = await waitFor(
        () => deepElements(app!.root).find((el) => el.localName === 'action-list'),
        15000,
      );
      const dueFields = () =>
        deepElements(list.shadowRoot!).filter((el) =>
          el.matches('input[type="date"]'),
        ) as HTMLInputElement[];
      if (dueFields().length === 0) {
        (list.shadowRoot!.querySelector('.add-action') as HTMLButtonElement).click();
        await waitFor(() => dueFields().length > 0);
      }
      const field = dueFields()[0]!;
      // Type a whole date first (the field's own order: it follows the browser's locale), then clear a part.
      field.focus();
      await sendKeys({ type: '01022027' });
      await waitFor(() => field.value !== '');
      const saved = field.value;
      const saveStatus = () =>
        deepElements(app!.root).find((el) => el.localName === 'save-status') as
          (HTMLElement & { state: string }) | undefined;
      await waitFor(() => saveStatus()?.state === 'saved', 15000);
      field.focus();
      await sendKeys({ press: 'Backspace' });
      await waitFor(() => field.validity.badInput);
      const error = await waitFor(
        () =>
          list
            .shadowRoot!.querySelector(`#${field.getAttribute('aria-describedby')}`)
            ?.textContent?.trim() || undefined,
      );
      expect(error).to.equal(MESSAGES[lang]['create.dateRequired']);
      expect(error).not.to.match(PATTERN);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      // The half-typed date did not replace the saved one: a reload shows the whole date again.
      await app.reload();
      const again = await waitFor(() => {
        const l = deepElements(app!.root).find((el) => el.localName === 'action-list');
        const f =
          l &&
          (deepElements(l.shadowRoot!).find((el) => el.id === field.id) as
            HTMLInputElement | undefined);
        return f?.value || undefined;
      }, 15000);
      expect(again).to.equal(saved);
    });
  }
});
