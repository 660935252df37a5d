import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as pdfjs from 'pdfjs-dist';
import type { Assessment } from '../../src/model/assessment';
import { AppFrame } from '../fixtures/app-frame';
import { deepElements, getByRole, waitFor } from '../fixtures/dom';
import { readPdf } from '../fixtures/pdf';
import { storedAll } from '../fixtures/stored';

function fromBase64(data: string): Uint8Array {
  return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
}

/** Whether the PDF is tagged: /MarkInfo << /Marked true >> and a structure tree. */
async function tagged(bytes: Uint8Array): Promise<{ marked: boolean; structTree: boolean }> {
  const doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
  const markInfo = await doc.getMarkInfo();
  const tree = await (await doc.getPage(1)).getStructTree();
  await doc.destroy();
  return { marked: markInfo?.Marked === true, structTree: tree !== null };
}

describe('the plan view printed through the browser is the tagged, accessible PDF', function () {
  this.timeout(90000);
  let app: AppFrame;
  afterEach(() => app?.close());

  it('prints the plan tagged, with its texts and without the app chrome', async () => {
    app = await AppFrame.open();
    (await waitFor(() => getByRole(app.root, 'button', 'Lataa esittelyaineisto'), 15000)).click();
    await waitFor(() => getByRole(app.root, 'status', /^Esittelyaineisto ladattu/), 20000);
    const all = await storedAll<Assessment>('assessments');
    const withActions = all.find((a) =>
      Object.values(a.answers).some((answer) => answer.actions.length > 0),
    )!;
    const actions = Object.values(withActions.answers).flatMap((answer) => answer.actions);
    expect(actions.length).to.be.greaterThan(0);

    const hash = `#/a/${encodeURIComponent(withActions.id)}/plan`;
    app.navigate(hash);
    await waitFor(() => getByRole(app.root, 'button', 'Lataa PDF'), 15000);

    const data = await executeServerCommand<string, { url: string; text: string }>('print-to-pdf', {
      url: new URL(`/index.html${hash}`, location.origin).href,
      text: actions[0]!.what,
    });
    const bytes = fromBase64(data);
    const { marked, structTree } = await tagged(bytes);
    expect(marked || structTree, 'tagged PDF').to.equal(true);

    const pdf = await readPdf(bytes);
    expect(pdf.text).to.contain('Kehittämissuunnitelma');
    expect(pdf.text).to.contain(withActions.organisation);
    for (const action of actions) expect(pdf.text).to.contain(action.what.replace(/\s+/g, ' '));
    // Every cell of the plan's table prints whole: the table is not clipped at the page's width.
    const cells = deepElements(app.root)
      .filter((el) => el.tagName === 'TD')
      .map((td) => td.textContent!.replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '');
    expect(cells.length).to.be.greaterThan(0);
    for (const cell of cells) expect(pdf.text, cell).to.contain(cell);
    // No app chrome: header, language menu, tabs, buttons, footer.
    for (const chrome of [
      'Järjestöystävällisyyden itsearviointi',
      'Kieli',
      'Arvioinnin osat',
      'Lataa PDF',
      'Lataa CSV',
      'Siirry sisältöön',
      'Takaisin arviointeihin',
      'Työpajatila',
      'Vie tämä arviointi',
    ]) {
      expect(pdf.text, chrome).not.to.contain(chrome);
    }
  });
});
