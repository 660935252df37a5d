import { expect } from '@open-wc/testing';
import { fi } from '../../src/i18n/fi';
import { sv } from '../../src/i18n/sv';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { getByRole, queryAllByRole, settled, waitFor } from '../fixtures/dom';

// Only the start page's strings are in the start-up bundle; every other view loads the rest of
// the catalogue with its module. Opened cold by its address, in Finnish and in Swedish, each view
// must show its real text: t() shows the key itself for a string that is not loaded.

const KEYS = Object.keys(fi);

/** The text a user can perceive, through every shadow root, with labels and titles. */
function deepText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return out.join(' ').replace(/\s+/g, ' ');
}

function rawKeys(text: string): string[] {
  return KEYS.filter((key) => text.includes(key));
}

const LOADING = [fi['app.loading'], sv['app.loading']];

/** Waits for the routed view to render its main heading and its data to settle. */
async function viewText(app: AppFrame, tag: string): Promise<string> {
  const view = await waitFor(() => {
    const root = app.root.querySelector(tag)?.shadowRoot;
    return root?.querySelector('h1') ? root : undefined;
  }, 10000).catch(() => {
    throw new Error(`${app.window.location.hash}: no ${tag} heading in ${deepText(app.root)}`);
  });
  // Every element it holds defined and rendered, nothing still loading.
  await settled(app.root, LOADING);
  return deepText(view);
}

describe('strings of the views that load on demand', function () {
  this.timeout(120000);
  let app: AppFrame;
  let routes: { hash: string; tag: string; heading?: keyof typeof fi }[] = [];

  before(async () => {
    localStorage.removeItem('jy.locale');
    app = await AppFrame.open();
    (await waitFor(() => getByRole(app.root, 'button', 'Lataa esittelyaineisto'))).click();
    await waitFor(() => queryAllByRole(app.root, 'link', /\(esittely\)$/).length === 8);
    const id = decodeURIComponent(
      queryAllByRole(app.root, 'link', /\(esittely\)$/)[0]!
        .getAttribute('href')!
        .split('/')[2]!,
    );
    app.navigate('#/checklists');
    // A new blank checklist, to open its editor by its address.
    (
      await waitFor(() => getByRole(app.root, 'button', 'Uusi tyhjä tarkistuslista'), 10000)
    ).click();
    const editorHash = await waitFor(() => {
      const hash = app.window.location.hash;
      return hash.startsWith('#/checklists/') ? hash : undefined;
    }, 10000);
    app.close();
    routes = [
      { hash: '#/new', tag: 'assessment-create', heading: 'create.heading' },
      { hash: '#/region', tag: 'region-overview', heading: 'region.heading' },
      { hash: '#/checklists', tag: 'checklist-library', heading: 'checklists.heading' },
      {
        hash: editorHash,
        tag: 'checklist-editor',
        heading: 'editor.heading',
      },
      { hash: '#/trash', tag: 'trash-view', heading: 'trash.heading' },
      { hash: `#/a/${id}`, tag: 'assessment-view' },
      { hash: `#/a/${id}/results`, tag: 'assessment-view' },
      { hash: `#/a/${id}/plan`, tag: 'assessment-view' },
      { hash: `#/a/${id}/workshop/1`, tag: 'assessment-workshop' },
      { hash: `#/a/${id}/workshop/summary`, tag: 'assessment-workshop' },
      { hash: `#/a/${id}/projector`, tag: 'workshop-projector' },
    ];
  });

  afterEach(() => {
    app?.close();
    localStorage.removeItem('jy.locale');
  });

  it('opened cold in Finnish, every view shows its text, not its keys', async () => {
    for (const { hash, tag, heading } of routes) {
      app = await AppFrame.open(hash, { keepData: true });
      const text = await viewText(app, tag);
      expect(rawKeys(text), `${hash}: ${text.slice(0, 300)}`).to.deep.equal([]);
      if (heading) expect(text, hash).to.contain(fi[heading]);
      app.close();
    }
  });

  it('opened cold in Swedish, every view shows Swedish text, not its keys', async () => {
    localStorage.setItem('jy.locale', 'sv');
    for (const { hash, tag, heading } of routes) {
      app = await AppFrame.open(hash, { keepData: true });
      await waitFor(() => app.document.documentElement.lang === 'sv-FI');
      const text = await viewText(app, tag);
      expect(rawKeys(text), `${hash}: ${text.slice(0, 300)}`).to.deep.equal([]);
      if (heading) expect(text, hash).to.contain(sv[heading]);
      app.close();
    }
  });

  it('the start page shows its lower panels after the list, with their text, keyboard and axe clean', async () => {
    app = await AppFrame.open('#/', { keepData: true });
    const heading = await waitFor(() => getByRole(app.root, 'heading', fi['backup.heading']));
    const list = app.root.querySelector('assessment-list')!.shadowRoot!;
    await waitFor(() => getByRole(app.root, 'heading', fi['persist.label']));
    expect(rawKeys(deepText(list))).to.deep.equal([]);
    expect(heading.textContent).to.equal(fi['backup.heading']);
    // Switching the language on the start page takes the panels with it.
    const select = getByRole(app.root, 'combobox', 'Kieli') as HTMLSelectElement;
    select.value = 'sv';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => getByRole(app.root, 'heading', sv['backup.heading']));
    expect(rawKeys(deepText(list))).to.deep.equal([]);
    const violations = await axeViolations(app.window);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    // ...and a view opened afterwards comes in Swedish at once.
    app.navigate('#/new');
    const text = await viewText(app, 'assessment-create');
    expect(text).to.contain(sv['create.heading']);
    expect(rawKeys(text)).to.deep.equal([]);
  });
});
