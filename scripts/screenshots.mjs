// Screenshots of workshop mode and the projector view at projector and laptop sizes, for looking at the layout.
// Usage: npm run screenshots  (builds, serves the build with `vite preview`, writes test-output/screenshots/*.png)
import { mkdir } from 'node:fs/promises';
import { preview } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const OUT = new URL('../test-output/screenshots/', import.meta.url);
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** Clicks the first button (searched through shadow roots) whose text matches. */
function clickButton(page, text) {
  return page.evaluate((wanted) => {
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'BUTTON' && el.textContent.trim() === wanted) return el;
        const inner = el.shadowRoot && walk(el.shadowRoot);
        if (inner) return inner;
      }
      return undefined;
    };
    const button = walk(document);
    if (!button) throw new Error(`No button "${wanted}"`);
    button.click();
  }, text);
}

function waitForText(page, text) {
  return page.waitForFunction(
    (wanted) => {
      const collect = (root) =>
        [...root.querySelectorAll('*')]
          .map((el) => (el.shadowRoot ? collect(el.shadowRoot) : ''))
          .join(' ') + root.textContent;
      return collect(document).includes(wanted);
    },
    { timeout: 15000 },
    text,
  );
}

await mkdir(OUT, { recursive: true });
const server = await preview({
  preview: { port: 0, host: '127.0.0.1', open: false },
  logLevel: 'warn',
});
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch(chromiumLaunchOptions());
try {
  const context = await browser.createBrowserContext();
  const facilitator = await context.newPage();
  await facilitator.goto(base);
  await clickButton(facilitator, 'Lataa esittelyaineisto');
  await waitForText(facilitator, 'Esittelyaineisto ladattu');
  const id = 'demo-0-1';
  await facilitator.goto(`${base}#/a/${id}/workshop/2`);
  await waitForText(facilitator, 'Kohta 2 / 9');
  await facilitator.keyboard.press('v');
  const projector = await context.newPage();
  await projector.goto(`${base}#/a/${id}/projector`);
  await waitForText(projector, 'Äänten jakauma');
  for (const size of SIZES) {
    for (const [name, page] of [
      ['workshop', facilitator],
      ['projector', projector],
    ]) {
      // A page in the background stops painting, and its screenshot never arrives.
      await page.bringToFront();
      await page.setViewport(size);
      await new Promise((r) => setTimeout(r, 300));
      const file = new URL(`${name}-${size.width}x${size.height}.png`, OUT);
      await page.screenshot({ path: file.pathname });
      console.log(`wrote ${file.pathname}`);
    }
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
