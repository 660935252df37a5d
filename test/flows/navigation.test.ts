import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import { createSnapshot } from '../../src/checklist/snapshot';
import { newAssessment } from '../../src/model/assessment-ops';
import { addAssessment } from '../../src/storage/assessments';
import { DB_NAME, openAppDb } from '../../src/storage/db';
import { AppFrame } from '../fixtures/app-frame';
import { getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

async function seed(): Promise<void> {
  const made = await createSnapshot(SMALL_CHECKLIST);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  const { checklist, hash } = made.snapshot;
  const db = await openAppDb();
  await addAssessment(
    db,
    newAssessment(
      {
        organisation: 'Inarin kunta',
        organisationType: 'municipality',
        date: '2026-11-23',
        participants: [],
      },
      { id: checklist.id, version: checklist.version, title: checklist.title, hash },
      't1',
      new Date().toISOString(),
    ),
    made.snapshot,
  );
  db.close();
}

describe('navigation: titles (WCAG 2.4.2) and focus (2.4.3)', function () {
  this.timeout(60000);
  let app: AppFrame;
  beforeEach(async () => {
    await deleteDB(DB_NAME);
    await seed();
  });
  afterEach(() => {
    app?.close();
    localStorage.removeItem('jy.locale');
  });

  /** Navigates and waits for the title the view should have. */
  async function expectTitle(hash: string, title: string): Promise<void> {
    if (hash) app.navigate(hash);
    await waitFor(() => app.document.title === title, 10000).catch(() => undefined);
    expect(app.document.title, hash).to.equal(title);
  }

  it('name the view and what it shows, in the UI language', async () => {
    app = await AppFrame.open('#/', { keepData: true });
    const fi = 'Järjestöystävällisyyden itsearviointi';
    await expectTitle('', `Arvioinnit – ${fi}`);
    await expectTitle('#/a/t1', `Arviointi: Inarin kunta – ${fi}`);
    await expectTitle('#/a/t1/results', `Tulokset: Inarin kunta – ${fi}`);
    await expectTitle('#/a/t1/plan', `Kehittämissuunnitelma: Inarin kunta – ${fi}`);
    await expectTitle('#/a/t1/workshop/2', `Työpaja: Inarin kunta – ${fi}`);
    await expectTitle('#/new', `Uusi arviointi – ${fi}`);
    await expectTitle('#/checklists', `Tarkistuslistat – ${fi}`);
    await expectTitle('#/trash', `Roskakori – ${fi}`);
    await expectTitle('#/region', `Alueellinen vertailu – ${fi}`);
    await expectTitle('#/nowhere', `Sivua ei löytynyt – ${fi}`);

    await expectTitle('#/a/t1/results', `Tulokset: Inarin kunta – ${fi}`);
    const select = app.chrome.querySelector<HTMLSelectElement>('#locale')!;
    select.value = 'sv';
    select.dispatchEvent(new Event('change'));
    const sv = 'Självbedömning av föreningsvänlighet';
    await expectTitle('', `Resultat: Inarin kunta – ${sv}`);
    await expectTitle('#/', `Bedömningar – ${sv}`);
  });

  /** The element that has focus, looked up through shadow roots. */
  function focused(): Element | null {
    let el: Element | null = app.document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  /** Presses Tab until the focused element is a link with this text. */
  async function tabTo(text: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      const el = focused();
      if (el?.localName === 'a' && el.textContent?.trim() === text) return;
    }
    throw new Error(`no link "${text}" reached by Tab`);
  }

  /** Waits until the focus is on the h1 of this view element, and checks the focus is visible. */
  async function expectFocusOnHeading(view: string, text: RegExp): Promise<void> {
    await waitFor(() => {
      const el = focused();
      return el?.localName === 'h1' && (el.getRootNode() as ShadowRoot).host?.localName === view;
    }, 10000).catch(() => undefined);
    const el = focused() as HTMLElement;
    expect(el?.localName, `focus after opening ${view}`).to.equal('h1');
    expect((el.getRootNode() as ShadowRoot).host.localName).to.equal(view);
    expect(el.textContent).to.match(text);
    const style = app.window.getComputedStyle(el);
    expect(style.outlineStyle, 'a visible focus outline').to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.greaterThan(1);
  }

  it("moves focus to the new view's h1 on every route change, visibly, by keyboard", async () => {
    app = await AppFrame.open('#/', { keepData: true });
    await waitFor(() =>
      app.root.querySelector('assessment-list')?.shadowRoot?.querySelector('a[href="#/a/t1"]'),
    );
    // A lazily loaded view: focus waits for its module and its heading.
    await tabTo('Tarkistuslistat');
    await sendKeys({ press: 'Enter' });
    await expectFocusOnHeading('checklist-library', /Tarkistuslistat/);

    app.navigate('#/');
    await expectFocusOnHeading('assessment-list', /Arvioinnit/);
    // A view that reads storage before it shows its heading.
    await tabTo('Inarin kunta');
    await sendKeys({ press: 'Enter' });
    await expectFocusOnHeading('assessment-view', /Inarin kunta/);

    await tabTo('Tulokset');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => app.window.location.hash === '#/a/t1/results');
    await expectFocusOnHeading('assessment-view', /Inarin kunta/);

    app.navigate('#/nowhere');
    await waitFor(() => focused()?.textContent?.includes('Sivua ei löytynyt'), 10000).catch(
      () => undefined,
    );
    expect(focused()?.textContent).to.contain('Sivua ei löytynyt');
  });

  it("skips to the content: by the link, and by the bare #main jump without the link's script", async () => {
    app = await AppFrame.open('#/a/t1', { keepData: true });
    await waitFor(() => getByRole(app.root, 'heading', 'Inarin kunta'));
    const view = app.root.querySelector('assessment-view')!;
    const notes = getByLabel(queryAllByRole(app.root, 'article')[0]!, 'Muistiinpanot ja näyttö');
    await app.type(notes, 'kesken');
    const entries = app.window.history.length;
    const title = app.document.title;

    // With script the link takes focus on to the view's h1 and leaves the address alone.
    const skip = getByRole(app.root, 'link', 'Siirry sisältöön');
    skip.focus();
    expect(focused() === skip, 'the skip link has focus').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await expectFocusOnHeading('assessment-view', /Inarin kunta/);
    expect(app.window.location.hash).to.equal('#/a/t1');
    expect(app.window.history.length).to.equal(entries);

    // Its target is in the document (where fragment navigation and axe look): the browser's own
    // jump focuses main, and the router puts the route's address back without touching the view.
    expect(app.main.id).to.equal('main');
    expect(app.main.contains(view), 'the view is in main').to.equal(true);
    app.navigate('#main');
    await waitFor(() => app.window.location.hash === '#/a/t1');
    expect(app.document.activeElement === app.main, 'main has focus').to.equal(true);
    expect(app.root.querySelector('assessment-view') === view, 'the same view').to.equal(true);
    expect(notes.isConnected && notes.value).to.equal('kesken');
    expect(app.document.title).to.equal(title);
    // The next Tab goes on from the content, not from the top of the page.
    await sendKeys({ press: 'Tab' });
    expect(app.main.contains(app.document.activeElement), 'focus in main').to.equal(true);
  });

  it("opens the start page from an address that ends in the skip link's #main", async () => {
    app = await AppFrame.open('#main', { keepData: true });
    await waitFor(() => getByRole(app.root, 'heading', 'Arvioinnit'));
    expect(app.window.location.hash).to.equal('');
  });
});
