import { expect } from '@open-wc/testing';
import { loadDemoData } from '../../src/ui/state/demo-loader';
import { AppFrame } from '../fixtures/app-frame';
import { waitFor } from '../fixtures/dom';

/** The text spacing WCAG 1.4.12 asks a page to survive (set by the user's own style sheet). */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Every element under a root, inside shadow roots too. */
function allElements(root: Document | ShadowRoot | Element, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) allElements(el.shadowRoot, out);
  }
  return out;
}

/** Adds the text spacing style to the document and to every shadow root (styles do not pierce them). */
function applyTextSpacing(doc: Document): number {
  const roots: Array<Document | ShadowRoot> = [doc];
  for (const el of allElements(doc)) if (el.shadowRoot) roots.push(el.shadowRoot);
  let added = 0;
  for (const root of roots) {
    if (root.querySelector('style[data-text-spacing]')) continue;
    const style = doc.createElement('style');
    style.dataset.textSpacing = '';
    style.textContent = TEXT_SPACING;
    (root.nodeType === Node.DOCUMENT_NODE ? (root as Document).head : root).append(style);
    added++;
  }
  return added;
}

function describe_(el: Element): string {
  const cls =
    typeof el.className === 'string' && el.className ? `.${el.className.replace(/ /g, '.')}` : '';
  return `${el.tagName.toLowerCase()}${cls}`;
}

/** Whether an element is a visually hidden text (clipped to 1 px on purpose, for screen readers). */
function visuallyHidden(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width <= 1 && r.height <= 1;
}

/** What is clipped inside the element: boxes that hide overflow and have more content than room. */
function clipped(container: Element): string[] {
  const win = container.ownerDocument.defaultView!;
  const found: string[] = [];
  for (const el of [container, ...allElements(container.shadowRoot ?? container)]) {
    if (visuallyHidden(el) || el.closest('[hidden]')) continue;
    const style = win.getComputedStyle(el);
    const hidesY = /hidden|clip/.test(style.overflowY);
    const hidesX = /hidden|clip/.test(style.overflowX);
    if (hidesY && el.scrollHeight > el.clientHeight + 1)
      found.push(`${describe_(el)}: ${el.scrollHeight} > ${el.clientHeight} px high`);
    if (hidesX && el.scrollWidth > el.clientWidth + 1)
      found.push(`${describe_(el)}: ${el.scrollWidth} > ${el.clientWidth} px wide`);
  }
  return found;
}

/** What sticks out of the panel's right edge (would be cut or run over the neighbouring column). */
function outside(panel: Element): string[] {
  const edge = panel.getBoundingClientRect().right;
  return allElements(panel)
    .filter((el) => !visuallyHidden(el) && el.getBoundingClientRect().right > edge + 1)
    .map(
      (el) =>
        `${describe_(el)} ends at ${Math.round(el.getBoundingClientRect().right)} > ${Math.round(edge)}`,
    );
}

describe('text spacing (WCAG 1.4.12): the workshop side column loses nothing', function () {
  this.timeout(120000);
  let app: AppFrame | undefined;
  afterEach(() => {
    app?.close();
    app = undefined;
  });

  for (const width of [1280, 320]) {
    it(`keeps all of the side column visible with the spacing applied (${width} px)`, async () => {
      await loadDemoData('fi');
      app = await AppFrame.open('#/a/demo-3-1/workshop/1', { keepData: true });
      app.iframe.style.width = `${width}px`;
      await waitFor(() => app!.window.innerWidth === width);
      const panel = () =>
        app!.root.querySelector('assessment-workshop')?.shadowRoot?.querySelector('aside.panel');
      await waitFor(() => !!panel()?.querySelector('answer-editor')?.shadowRoot?.childElementCount);
      const before = app.window.getComputedStyle(panel()!).letterSpacing;
      // Nested components render later than the panel; apply until no new shadow root turns up.
      await waitFor(() => applyTextSpacing(app!.document) === 0);
      await waitFor(() => app!.window.getComputedStyle(panel()!).letterSpacing !== before);
      const found = [...clipped(panel()!), ...outside(panel()!)];
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }
});
