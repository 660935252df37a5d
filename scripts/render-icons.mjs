// Renders public/icon.svg to the PNG icons of the web app manifest with headless Chromium.
// Run once by hand (`node scripts/render-icons.mjs`) when the icon changes; the PNGs are committed.
import { readFile, writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';

const svg = await readFile(new URL('../public/icon.svg', import.meta.url), 'utf8');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  // [file, size, padding]: the maskable icon keeps its drawing inside the safe zone (80 %).
  for (const [file, size, padding] of [
    ['icon-192.png', 192, 0],
    ['icon-512.png', 512, 0],
    ['icon-maskable-512.png', 512, 0.1],
    ['apple-touch-icon.png', 180, 0],
  ]) {
    await page.setViewport({ width: size, height: size });
    const inner = Math.round(size * (1 - 2 * padding));
    await page.setContent(
      `<body style="margin:0;background:#0b4f8a;display:grid;place-items:center;height:${size}px">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
    );
    const png = await page.screenshot({ type: 'png', omitBackground: padding === 0 });
    await writeFile(new URL(`../public/${file}`, import.meta.url), png);
    console.log(`icons: wrote public/${file}`);
  }
} finally {
  await browser.close();
}
