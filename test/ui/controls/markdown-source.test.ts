import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/ui/controls/markdown-source';
import type { MarkdownSource } from '../../../src/ui/controls/markdown-source';

const LONG = 'Pitkä selitys, joka rivittyy monelle riville. '.repeat(12).trim();
const TEXT = [
  '---',
  'id: a',
  '---',
  '',
  LONG,
  ...Array.from({ length: 80 }, (_, i) => `- ${i}`),
].join('\n');

async function mount(): Promise<MarkdownSource> {
  const el = await fixture<MarkdownSource>(html`
    <markdown-source
      style="width: 400px; --source-height: 300px"
      .value=${TEXT}
      label="Markdown"
      hint="Vihje"
    ></markdown-source>
  `);
  // The first measurement comes from the resize observer's first call: the gutter has its rows then.
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.gutter > div').length > 0, 'measured', {
    timeout: 10000,
  });
  await el.updateComplete;
  return el;
}

function parts(el: MarkdownSource) {
  const root = el.shadowRoot!;
  return {
    area: root.querySelector('textarea')!,
    gutter: root.querySelector<HTMLElement>('.gutter')!,
    numbers: Array.from(root.querySelectorAll<HTMLElement>('.gutter > div')),
  };
}

describe('<markdown-source>', () => {
  it('is a labelled, described text area and passes axe', async () => {
    const el = await mount();
    const { area } = parts(el);
    expect(area.labels?.[0]?.textContent).to.equal('Markdown');
    expect(area.getAttribute('aria-describedby')).to.equal('source-hint');
    await expect(el).to.be.accessible();
  });

  it('numbers every line and gives a wrapped line the height of its rows', async () => {
    const el = await mount();
    const { numbers, area } = parts(el);
    expect(numbers).to.have.length(TEXT.split('\n').length);
    const one = numbers[0]!.getBoundingClientRect().height;
    expect(numbers[4]!.getBoundingClientRect().height).to.be.greaterThan(one * 3);
    // The rows beside the text add up to the text's own height (plus its padding), so none drifts.
    const total = numbers.reduce((sum, n) => sum + n.getBoundingClientRect().height, 0);
    expect(total + 16).to.be.closeTo(area.scrollHeight, 1);
  });

  it('keeps the gutter level with the text when scrolling', async () => {
    const el = await mount();
    const { area, gutter } = parts(el);
    area.scrollTop = 400;
    area.dispatchEvent(new Event('scroll'));
    expect(area.scrollTop).to.be.greaterThan(0);
    expect(gutter.scrollTop).to.equal(area.scrollTop);
  });

  it('moves the caret to a line and column and scrolls it into view', async () => {
    const el = await mount();
    const { area, gutter } = parts(el);
    el.goTo(80, 3);
    const before = TEXT.split('\n').slice(0, 79).join('\n').length + 1;
    expect(area.selectionStart).to.equal(before + 2);
    expect(el.shadowRoot!.activeElement).to.equal(area);
    expect(area.scrollTop).to.be.greaterThan(0);
    expect(gutter.scrollTop).to.equal(area.scrollTop);
  });
});
