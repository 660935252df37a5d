import { expect, waitUntil } from '@open-wc/testing';
import { renderInlineMarkdown, renderMarkdown, sanitizedCount } from '../../src/checklist/render';
import { parseChecklist } from '../../src/checklist/parse';
import { presetScale } from '../../src/model/scales';
import { loadMessages } from '../../src/i18n';
import '../../src/ui/views/item-card';
import type { ItemCard } from '../../src/ui/views/item-card';
import { deepElements } from '../fixtures/dom';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

declare global {
  interface Window {
    __xss: (n: number) => void;
    __canary: (kind: string) => void;
  }
}

const fired: number[] = [];
window.__xss = (n) => fired.push(n);
const canaries = new Set<string>();
window.__canary = (kind) => canaries.add(kind);

const URL_ATTRIBUTES = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'data',
  'background',
  'srcdoc',
];

/** Problems found in rendered DOM: handler attributes, script-capable URLs or elements. */
function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  const elements =
    root instanceof Element || root instanceof ShadowRoot || root instanceof Document
      ? deepElements(root)
      : [];
  for (const el of elements) {
    const tag = el.tagName.toLowerCase();
    if (
      ['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form'].includes(tag)
    )
      found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (
        URL_ATTRIBUTES.includes(attr.name.toLowerCase()) &&
        /^\s*(javascript|vbscript|data):/i.test(attr.value)
      ) {
        found.push(`${tag}[${attr.name}=${attr.value.slice(0, 20)}]`);
      }
    }
  }
  return found;
}

/**
 * Waits until handlers of the kinds the payloads use would have fired, had any survived: canaries
 * put in unsanitized after the payloads, an image that cannot be decoded (onerror) and an open details
 * (ontoggle), have both fired. (They also show that such handlers do run here.)
 */
async function settle(root: Element | ShadowRoot): Promise<void> {
  canaries.clear();
  const canary = document.createElement('div');
  canary.innerHTML =
    '<img src="data:," onerror="window.__canary(\'error\')">' +
    '<details open ontoggle="window.__canary(\'toggle\')"><summary>c</summary></details>';
  root.append(canary);
  await waitUntil(() => canaries.has('error') && canaries.has('toggle'), 'the canaries fired', {
    timeout: 10000,
  });
  canary.remove();
}

describe('rendering untrusted checklist Markdown', () => {
  // The item card belongs to views that load with this catalogue part.
  before(() => loadMessages('views'));

  it(`has at least 50 payloads (${XSS_PAYLOADS.length})`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
  });

  it('strips every payload in block and inline rendering', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    for (const payload of XSS_PAYLOADS) {
      host.innerHTML = renderMarkdown(`Teksti ${payload} jatkuu.`) + renderInlineMarkdown(payload);
      expect(dangers(host), payload).to.deep.equal([]);
    }
    await settle(host);
    host.remove();
    expect(fired, 'payloads that ran').to.deep.equal([]);
  });

  it('keeps harmless Markdown and makes links safe', () => {
    const html = renderMarkdown('**Vahva** ja [linkki](https://example.org) sekä\n\n- lista');
    expect(html).to.contain('<strong>Vahva</strong>');
    expect(html).to.contain('<li>lista</li>');
    expect(html).to.match(
      /<a href="https:\/\/example.org" target="_blank" rel="noopener noreferrer">linkki<\/a>/,
    );
  });

  it('renders a checklist full of payloads in the item card without running any', async () => {
    const lines = XSS_PAYLOADS.map((p) => `- ${p.replace(/\n/g, ' ')}`).join('\n');
    const source = `---\nid: x\nversion: 1\nlanguage: fi\ntitle: X\n---\n\n## Otsikko {#h}\n\n### Väite <img src=x onerror="window.top.__xss(999)"> {#i}\n\n${XSS_PAYLOADS.join('\n\n')}\n\n#### Näyttö\n\n${lines}\n\n#### Keskustelkaa\n\n${lines}\n\n#### Laki\n\n${lines}\n`;
    const parsed = parseChecklist(source);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const item = parsed.checklist.headings[0]!.items[0]!;
    const card = document.createElement('item-card') as ItemCard;
    card.item = item;
    card.scale = presetScale('maturity-0-4', 'fi')!;
    card.number = 1;
    document.body.append(card);
    await card.updateComplete;
    for (const details of card.shadowRoot!.querySelectorAll('details')) details.open = true;
    await settle(card.shadowRoot!);
    expect(dangers(card.shadowRoot!)).to.deep.equal([]);
    // The statement is plain text: its markup shows as text, it is not parsed.
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.contain('<img src=x');
    expect(card.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(3 * 40);
    card.remove();
    expect(fired, 'payloads that ran').to.deep.equal([]);
  });
});

describe('checklist texts keep their blocks', () => {
  const BLOCKS = {
    paragraphs: 'Ensimmäinen kappale.\n\nToinen kappale.',
    'a list after a paragraph': 'Kappale ennen listaa.\n\n- eka\n- toka',
    'a quote after a list': '- eka\n- toka\n\n> Lainaus listan jälkeen.',
  };
  for (const [name, block] of Object.entries(BLOCKS)) {
    it(`${name}: the intro, heading intro and explanation render as Markdown renders the block`, () => {
      const source = `---\nid: x\nversion: 1\nlanguage: fi\ntitle: X\n---\n\n${block}\n\n## Otsikko {#h}\n\n${block}\n\n### Väite {#i}\n\n${block}\n\n#### Näyttö\n\n- asiakirja\n`;
      const parsed = parseChecklist(source);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const { checklist } = parsed;
      const heading = checklist.headings[0]!;
      const expected = renderMarkdown(block);
      for (const text of [checklist.intro, heading.intro, heading.items[0]!.explanation]) {
        expect(renderMarkdown(text)).to.equal(expected);
      }
      const blocks = (html: string) => {
        const div = document.createElement('div');
        div.innerHTML = html;
        return [...div.children].map((c) => c.tagName);
      };
      expect(blocks(expected).length).to.equal(2);
    });
  }
});

describe('sanitized texts hold no URL that leaves the device', () => {
  it('drops remote images (the alt text stays) and keeps inline ones', () => {
    const html = renderMarkdown(
      'Kuva ![logo](https://example.org/logo.png) ja <img src="//example.org/x.png" alt="toinen"> ' +
        '<img srcset="https://example.org/a.png 1x"> <video poster="https://example.org/p.png"></video> ' +
        '<svg><image href="https://example.org/s.png"></image></svg> ![piste](data:image/png;base64,iVBORw0KGgo=)',
    );
    const div = document.createElement('div');
    div.innerHTML = html;
    expect(div.textContent).to.contain('logo');
    expect(div.textContent).to.contain('toinen');
    const urls = [...div.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.name !== 'href' || el.tagName !== 'A')
        .map((a) => a.value)
        .filter((v) => /(https?:)?\/\//i.test(v)),
    );
    expect(urls).to.deep.equal([]);
    expect(div.querySelectorAll('img[src^="data:"]')).to.have.length(1);
    expect(renderInlineMarkdown('![x](https://example.org/x.png)')).to.not.contain('example.org');
  });
});

describe('each text is sanitized once', () => {
  it('renders the same text again from the first result', () => {
    const text = `Kerran vain ${Math.random()} <b onclick="x()">lihava</b>`;
    const before = sanitizedCount();
    const first = renderMarkdown(text);
    for (let i = 0; i < 50; i++) expect(renderMarkdown(text)).to.equal(first);
    expect(sanitizedCount() - before).to.equal(1);
  });
});
