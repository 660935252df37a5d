import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { serializeBackup } from '../../src/model/backup-file';
import { csvDialect, parseCsv } from '../../src/storage/csv';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { regionBackup } from '../fixtures/backups';
import { accessibleName, getByLabel, getByRole, queryAllByRole, waitFor } from '../fixtures/dom';

const ORGANISATIONS = 25;
const ITEMS = 9;

async function expectAccessible(app: AppFrame, where: string): Promise<void> {
  const violations = await axeViolations(app.window);
  expect(violations, `${where}:\n${describeViolations(violations)}`).to.deep.equal([]);
}

async function importBackup(app: AppFrame, text: string): Promise<void> {
  const input = await waitFor(() => getByLabel(app.root, 'Tuotava tiedosto'));
  const transfer = new app.window.DataTransfer();
  transfer.items.add(new app.window.File([text], 'alue.json', { type: 'application/json' }));
  (input as HTMLInputElement).files = transfer.files;
  input.dispatchEvent(new app.window.Event('change', { bubbles: true }));
  const dialog = await waitFor(() => {
    const d = app.root
      .querySelector('assessment-list')
      ?.shadowRoot?.querySelector('backup-panel')
      ?.shadowRoot?.querySelector('backup-import-dialog')
      ?.shadowRoot?.querySelector('dialog');
    return d?.open ? d : undefined;
  }, 10000);
  getByRole(dialog, 'button', 'Tuo').click();
  await waitFor(() => getByRole(app.root, 'status', /^50 arviointia tuotu\./), 10000);
}

const overview = (app: AppFrame) =>
  app.root.querySelector('region-overview')?.shadowRoot ?? undefined;
const heatmap = (app: AppFrame) =>
  overview(app)?.querySelector('region-heatmap')?.shadowRoot ?? undefined;

/** The organisation names in row order. */
const rowNames = (grid: ShadowRoot) =>
  [...grid.querySelectorAll('tbody th a')].map((a) => a.textContent!.trim());

/** The score cells of one column (data-c), as numbers; null when the cell has no score. */
const columnScores = (grid: ShadowRoot, col: number) =>
  [...grid.querySelectorAll<HTMLElement>(`tbody td[data-c="${col}"]`)].map((td) => {
    const n = /^\d+/.exec(td.querySelector('.n')?.textContent?.trim() ?? '');
    return n ? Number(n[0]) : null;
  });

describe('regional comparison: heatmap, filters, sort, projector, print', function () {
  this.timeout(120000);
  let app: AppFrame;
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    app?.close();
  });

  it('compares 25 organisations × 2 rounds item by item, by mouse and keyboard', async () => {
    app = await AppFrame.open();
    await importBackup(app, serializeBackup(await regionBackup(ORGANISATIONS, 2)));
    app.navigate('#/region');
    const grid = await waitFor(() => {
      const g = heatmap(app);
      return g?.querySelector('tbody td') ? g : undefined;
    }, 10000);
    const view = overview(app)!;

    // Organisations × items cells, plus date, overall and change per row
    expect(grid.querySelectorAll('tbody tr')).to.have.length(ORGANISATIONS);
    const itemCells = grid.querySelectorAll('tbody td[data-c]');
    expect(itemCells).to.have.length(ORGANISATIONS * (ITEMS + 3));
    const first = grid.querySelector<HTMLElement>('tbody td[data-c="5"]')!;
    expect(accessibleName(first)).to.match(/^Harjukylä 01, A2: /);
    // Harjukylä 01 (o = 0) has "don't know" on A2 in the latest round
    expect(accessibleName(first)).to.equal('Harjukylä 01, A2: En osaa sanoa');
    // Item 1 of o = 1, round 2: level (7 + 0 + 2) % 5 = 4 → 100, hyvä
    const second = getByRole(grid, 'link', 'Åminne 02').closest('tr')!;
    expect(accessibleName(second.querySelector('td[data-c="4"]')!)).to.equal(
      'Åminne 02, A1: 100 / 100, hyvä',
    );
    // Change per organisation since its previous round
    expect(second.querySelector('td[data-c="3"]')!.textContent).to.match(/[▲▼±]/);
    // The region as a whole: one row per item with level counts summing to the organisations
    const summary = view.querySelector('region-summary')!.shadowRoot!;
    const a1 = getByRole(summary, 'row', /^A1 /);
    const counts = [...a1.querySelectorAll('td.num')].slice(2).map((td) => Number(td.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(ORGANISATIONS);
    await expectAccessible(app, 'regional overview');

    // Cell focus by keyboard: one tab stop, arrows move within the grid
    const link = grid.querySelector<HTMLElement>('tbody th a')!;
    expect(link.tabIndex).to.equal(0);
    expect(grid.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    link.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    const focused = () => grid.activeElement as HTMLElement | null;
    await waitFor(() => focused()?.dataset.c === '2' && focused()?.dataset.r === '1');
    expect(accessibleName(focused()!)).to.match(
      new RegExp(`^${rowNames(grid)[1]}, Kokonaistulos: \\d+ / 100`),
    );
    await sendKeys({ press: 'End' });
    await waitFor(() => focused()?.dataset.c === String(ITEMS + 3));
    expect(grid.querySelectorAll('[tabindex="0"]')).to.have.length(1);

    // Sort by A1 with the keyboard: best first, then again for the reverse
    const sortA1 = getByRole(grid, 'button', 'A1');
    sortA1.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => sortA1.closest('th')!.getAttribute('aria-sort') === 'descending');
    const down = columnScores(grid, 4);
    expect(down).to.deep.equal([...down].sort((a, b) => (b ?? -1) - (a ?? -1)));
    expect(down[0]).to.equal(100);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => sortA1.closest('th')!.getAttribute('aria-sort') === 'ascending');
    expect(columnScores(grid, 4)[0]).to.equal(0);
    // Sort by name (mouse)
    getByRole(grid, 'button', 'Organisaatio').click();
    await waitFor(() => rowNames(grid)[0] === 'Harjukylä 01');

    // Filters: organisation type, round year
    const type = getByLabel(view, 'Organisaatiotyyppi') as unknown as HTMLSelectElement;
    type.value = 'county';
    type.dispatchEvent(new Event('change'));
    await waitFor(() => rowNames(grid).length === 2);
    expect(rowNames(grid)).to.deep.equal(['Kivikoski 10', 'Kivikoski 20']);
    type.value = 'all';
    type.dispatchEvent(new Event('change'));
    const round = getByLabel(view, 'Kierros') as unknown as HTMLSelectElement;
    round.value = '2025';
    round.dispatchEvent(new Event('change'));
    await waitFor(() =>
      [...grid.querySelectorAll('tbody td[data-c="3"]')].every((td) =>
        accessibleName(td).endsWith('Ei aiempaa kierrosta'),
      ),
    );
    expect(rowNames(grid)).to.have.length(ORGANISATIONS);
    round.value = 'latest';
    round.dispatchEvent(new Event('change'));

    // Headings only
    getByRole(view, 'radio', 'Vain pääkohdat').click();
    await waitFor(
      () => grid.querySelectorAll('tbody tr:first-child td[data-c]').length === 3 + 3 * 2,
    );
    await expectAccessible(app, 'headings only');
    getByRole(view, 'radio', 'Kohdat').click();
    await waitFor(
      () => grid.querySelectorAll('tbody tr:first-child td[data-c]').length === 3 + ITEMS,
    );

    // Projector mode: large type, high contrast; Esc returns
    getByRole(view, 'button', 'Esitystila').click();
    const exit = await waitFor(() => queryAllByRole(view, 'button', 'Sulje esitystila (Esc)')[0]);
    expect(app.window.getComputedStyle(view.host).position).to.equal('fixed');
    expect(app.window.getComputedStyle(view.host).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(parseFloat(app.window.getComputedStyle(view.host).fontSize)).to.be.at.least(18);
    expect(grid.querySelectorAll('tbody td[data-c]')).to.have.length(ORGANISATIONS * (ITEMS + 3));
    await expectAccessible(app, 'projector mode');
    exit.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !(view.host as HTMLElement).hasAttribute('projector'));

    // CSV of the overview as shown (sorted by name): parses back with the rows in screen order
    const blobs = app.catchDownloads();
    getByRole(view, 'button', 'Lataa CSV').click();
    await waitFor(() => blobs.length === 1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(blobs[0]!.type).to.contain('text/csv');
    const csv = parseCsv(await blobs[0]!.text(), csvDialect('fi'));
    expect(csv).to.have.length(1 + ORGANISATIONS);
    expect(csv[0]!.slice(0, 6)).to.deep.equal([
      'Organisaatio',
      'Organisaatiotyyppi',
      'Päivämäärä',
      'Versio',
      'Kokonaistulos',
      'Muutos',
    ]);
    expect(csv[0]).to.have.length(6 + 3 * 2 + ITEMS * 2);
    expect(csv.slice(1).map((r) => r[0])).to.deep.equal(rowNames(grid));
    expect(csv[1]![csv[0]!.indexOf('A2')]).to.equal('En osaa sanoa');
    expect(csv.slice(1).some((r) => /^-?\d+,\d+$/.test(r[4]!))).to.equal(true);
    await waitFor(
      () =>
        queryAllByRole(
          view,
          'status',
          /^Tiedosto alueellinen-vertailu-kunta-\d{4}-\d{2}-\d{2}\.csv on luotu\.$/,
        ).length === 1,
    );

    // A click on an organisation opens its latest results
    const harju = getByRole(grid, 'link', 'Harjukylä 01');
    expect(harju.getAttribute('href')).to.equal('#/a/region-0-1/results');
  });

  it('fits 1366 × 768 and 1920 × 1080 without page scroll, and prints every column', async () => {
    await setViewport({ width: 1940, height: 1100 });
    app = await AppFrame.open();
    await importBackup(app, serializeBackup(await regionBackup(ORGANISATIONS, 2)));
    app.navigate('#/region');
    const grid = await waitFor(() => {
      const g = heatmap(app);
      return g?.querySelector('tbody td') ? g : undefined;
    }, 10000);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      app.iframe.style.width = `${width}px`;
      app.iframe.style.height = `${height}px`;
      await waitFor(() => app.window.innerWidth === width);
      const doc = app.document.documentElement;
      if (doc.scrollWidth > doc.clientWidth) {
        const { deepElements } = await import('../fixtures/dom');
        console.log(
          deepElements(app.document)
            .filter(
              (e) =>
                e.getBoundingClientRect().right > width &&
                (e.parentElement ?? (e.getRootNode() as ShadowRoot).host)?.getBoundingClientRect()
                  .right <= width,
            )
            .slice(0, 15)
            .map(
              (e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`,
            )
            .join('\n'),
        );
      }
      expect(doc.scrollWidth, `page width at ${width}`).to.be.at.most(doc.clientWidth);
      // The table scrolls in its own box; its header row and organisation column stay put
      const box = grid.querySelector<HTMLElement>('.scroll')!;
      expect(box.getBoundingClientRect().right).to.be.at.most(width);
      expect(app.window.getComputedStyle(grid.querySelector('thead')!).position).to.equal('sticky');
      expect(app.window.getComputedStyle(grid.querySelector('tbody th')!).position).to.equal(
        'sticky',
      );
    }

    // Print: no app chrome, a table with a repeated header, every column within the page
    app.iframe.style.width = '1100px';
    await emulateMedia({ media: 'print' });
    await waitFor(() => app.window.matchMedia('print').matches);
    expect(app.window.getComputedStyle(app.chrome.querySelector('header')!).display).to.equal(
      'none',
    );
    const table = grid.querySelector('table')!;
    expect(app.window.getComputedStyle(grid.querySelector('thead')!).display).to.equal(
      'table-header-group',
    );
    const right = app.document.documentElement.clientWidth;
    const headers = [...grid.querySelectorAll('thead th')];
    expect(headers).to.have.length(1 + 3 + 3 + ITEMS);
    for (const th of headers) {
      const r = th.getBoundingClientRect();
      expect(r.width, th.textContent!).to.be.above(0);
      expect(r.right, th.textContent!).to.be.at.most(right + 0.5);
    }
    expect(table.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    const page = [...app.document.head.querySelectorAll('style')].map((s) => s.textContent).join();
    expect(page).to.contain('landscape');
  });
});
