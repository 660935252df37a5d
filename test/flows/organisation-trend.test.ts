import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { createSnapshot } from '../../src/checklist/snapshot';
import type { Assessment } from '../../src/model/assessment';
import { serializeBackup } from '../../src/model/backup-file';
import { scoreAssessment } from '../../src/model/scoring';
import { AppFrame } from '../fixtures/app-frame';
import { axeViolations, describeViolations } from '../fixtures/axe';
import { regionBackup } from '../fixtures/backups';
import { getByLabel, getByRole, waitFor } from '../fixtures/dom';

async function importBackup(app: AppFrame, text: string, count: number): Promise<void> {
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
  await waitFor(
    () => getByRole(app.root, 'status', new RegExp(`^${count} arviointia tuotu\\.`)),
    10000,
  );
}

const results = (app: AppFrame) =>
  app.root.querySelector('assessment-view')?.shadowRoot?.querySelector('results-view')
    ?.shadowRoot ?? undefined;

/** The rounds table once it lists `rows` rounds with `current` marked. */
function trendTable(app: AppFrame, rows: number, current: string) {
  return waitFor(() => {
    const table = results(app)?.querySelector<HTMLTableElement>('table.trend');
    if (!table || table.tBodies[0]!.rows.length !== rows) return undefined;
    const marked = table.querySelector('a[aria-current="page"]');
    return marked?.getAttribute('href') === `#/a/${current}/results` ? table : undefined;
  }, 10000);
}

describe('from the overview to one organisation: its rounds in the results', function () {
  this.timeout(120000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('lists both rounds with scores and the change; the other round opens by keyboard', async () => {
    const backup = await regionBackup(2, 2);
    const made = await createSnapshot(BUILTIN_CHECKLISTS.find((c) => c.key === 'kunta.fi')!.source);
    if (!made.ok) throw new Error('kunta.fi');
    const byId = new Map(backup.assessments.map((a) => [a.id, a as Assessment]));
    const score = (id: string) =>
      Math.round(scoreAssessment(made.snapshot.checklist, byId.get(id)!.answers).overall!);
    const [earlier, later] = [score('region-0-0'), score('region-0-1')];
    expect(later).to.not.equal(earlier);

    app = await AppFrame.open();
    await importBackup(app, serializeBackup(backup), 4);
    app.navigate('#/region');
    // The organisation's name in the heatmap opens its latest round's results.
    const link = await waitFor(
      () =>
        app.root
          .querySelector('region-overview')
          ?.shadowRoot?.querySelector('region-heatmap')
          ?.shadowRoot?.querySelector<HTMLAnchorElement>(
            'tbody th a[href="#/a/region-0-1/results"]',
          ) ?? undefined,
      10000,
    );
    expect(link.textContent!.trim()).to.equal('Harjukylä 01');
    link.click();

    const table = await trendTable(app, 2, 'region-0-1');
    const root = results(app)!;
    expect(root.querySelector('#trend')!.textContent).to.contain('Tämän organisaation kierrokset');
    expect(root.textContent).to.contain('Harjukylä 01: 2 arviointia tällä tarkistuslistalla');
    const [first, second] = [...table.tBodies[0]!.rows].map((r) =>
      r.textContent!.replace(/\s+/g, ' '),
    );
    expect(first)
      .to.contain('1.5.2025')
      .and.contain(String(earlier))
      .and.contain('Ensimmäinen kierros');
    expect(second)
      .to.contain('1.5.2026')
      .and.contain(String(later))
      .and.contain('(tämä arviointi)');
    const diff = later - earlier;
    expect(second).to.contain(diff > 0 ? `▲ +${diff}: nousi` : `▼ −${-diff}: laski`);

    const violations = await axeViolations(app.window);
    expect(violations, describeViolations(violations)).to.deep.equal([]);

    // Keyboard: focus the earlier round's link and press Enter.
    const other = table.querySelector<HTMLAnchorElement>('a[href="#/a/region-0-0/results"]')!;
    expect(other.hasAttribute('aria-current')).to.equal(false);
    other.focus();
    expect(root.activeElement).to.equal(other);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => app.window.location.hash === '#/a/region-0-0/results');
    const now = await trendTable(app, 2, 'region-0-0');
    expect(now.tBodies[0]!.rows[0]!.textContent).to.contain('(tämä arviointi)');
  });
});
