import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { loadDemoData } from '../../src/ui/state/demo-loader';
import { AppFrame } from '../fixtures/app-frame';
import { waitFor } from '../fixtures/dom';

describe('forced colours (Windows high contrast)', function () {
  this.timeout(60000);
  let app: AppFrame | undefined;
  afterEach(async () => {
    app?.close();
    await emulateMedia({ forcedColors: 'none' });
  });

  it('shows which tab is current by more than a background colour', async () => {
    (await AppFrame.open('#/')).close();
    await loadDemoData('fi');
    await emulateMedia({ forcedColors: 'active' });
    app = await AppFrame.open('#/a/demo-0-1/results', { keepData: true });
    const tabs = await waitFor(() => {
      const nav = app!.root.querySelector('assessment-view')?.shadowRoot?.querySelector('nav');
      const links = Array.from(nav?.querySelectorAll('a') ?? []);
      return links.length === 3 && links;
    });
    expect(app.window.matchMedia('(forced-colors: active)').matches).to.equal(true);
    const current = tabs.find((a) => a.getAttribute('aria-current') === 'page')!;
    const other = tabs.find((a) => a.getAttribute('aria-current') !== 'page')!;
    const style = (a: Element) => app!.window.getComputedStyle(a);
    expect(style(current).borderTopStyle).to.equal('solid');
    expect(style(other).borderTopStyle).to.not.equal('solid');
    expect(style(current).textDecorationLine).to.contain('underline');
  });
});
