import { expect } from '@open-wc/testing';
import { loadDemoData } from '../../src/ui/state/demo-loader';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { waitFor } from '../fixtures/dom';

type Lang = 'fi' | 'sv' | 'en';

/** Every view, by its address; the assessment ones on the demo's first county round. */
const VIEWS: Array<[string, string]> = [
  ['list', '#/'],
  ['new assessment', '#/new'],
  ['answer', '#/a/demo-3-1'],
  ['results', '#/a/demo-3-1/results'],
  ['plan', '#/a/demo-3-1/plan'],
  ['workshop', '#/a/demo-3-1/workshop/1'],
  ['workshop summary', '#/a/demo-3-1/workshop/summary'],
  ['projector', '#/a/demo-3-1/projector'],
  ['region', '#/region'],
  ['checklist library', '#/checklists'],
  ['trash', '#/trash'],
];

/** Whether the view has drawn something of its own (not only the loading line). */
function viewShown(app: AppFrame): boolean {
  const view = app.main.lastElementChild;
  return !!view && !!view.shadowRoot && (view.shadowRoot.querySelector('h1, h2') ?? null) !== null;
}

async function openView(hash: string): Promise<AppFrame> {
  const app = await AppFrame.open(hash, { keepData: true });
  await waitFor(() => viewShown(app), 15000);
  return app;
}

describe('every view in every language: axe (WCAG 2.1 A/AA and best practice) and reflow', function () {
  this.timeout(300000);
  let app: AppFrame | undefined;

  // One clean database for the file; each language's demo then replaces the last (same ids).
  before(async () => (await AppFrame.open('#/')).close());

  afterEach(() => {
    app?.close();
    app = undefined;
    localStorage.removeItem('jy.locale');
  });

  for (const lang of ['fi', 'sv', 'en'] as Lang[]) {
    it(`has no axe violations in any view (${lang})`, async () => {
      localStorage.setItem('jy.locale', lang);
      await loadDemoData(lang);
      const found: string[] = [];
      for (const [name, hash] of VIEWS) {
        app = await openView(hash);
        await waitFor(() => app!.document.documentElement.lang.startsWith(lang));
        const violations = await axeViolations(app.window, { bestPractice: true });
        if (violations.length > 0) found.push(`${name}:\n${describeViolations(violations)}`);
        app.close();
        app = undefined;
      }
      expect(found.join('\n'), found.join('\n')).to.equal('');
    });
  }

  it('reflows at 320 CSS px: no view scrolls sideways (tables scroll in their own box)', async () => {
    await loadDemoData('fi');
    const wide: string[] = [];
    for (const [name, hash] of VIEWS) {
      app = await openView(hash);
      // The overview draws its heading first and its tables once the data is read.
      if (name === 'region') {
        await waitFor(
          () => app!.window.performance.getEntriesByName('app:overview-rendered').length > 0,
          15000,
        );
      }
      app.iframe.style.width = '320px';
      await waitFor(() => app!.window.innerWidth === 320);
      const doc = app.document.documentElement;
      // Layouts that follow their box (ResizeObserver) get a few frames after the resize (late ones
      // on a busy machine, so the usual wait); an overflow still there after them is real.
      await waitFor(() => doc.scrollWidth <= doc.clientWidth).catch(() => undefined);
      if (doc.scrollWidth > doc.clientWidth) wide.push(`${name}: ${doc.scrollWidth}px`);
      app.close();
      app = undefined;
    }
    expect(wide, wide.join(', ')).to.deep.equal([]);
  });
});
