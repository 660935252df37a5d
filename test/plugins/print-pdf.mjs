// A test-runner command that prints an app page through Chromium's own PDF output (the browser's
// "Save as PDF"), tagged, as the Chrome DevTools Protocol's Page.printToPDF does it. The page is
// opened in a new tab of the test's browser (same profile, so the same IndexedDB), waits until its
// rendered text (through shadow roots) contains `text`, prints and closes.
// Used as: executeServerCommand('print-to-pdf', { url, text }) → the PDF as base64.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-to-pdf') return undefined;
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      try {
        await page.goto(payload.url);
        await page.waitForFunction(
          (text) => {
            const collect = (node) => {
              let out = '';
              for (const child of node.childNodes) {
                if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
                else if (child.nodeType === Node.ELEMENT_NODE) {
                  if (child.shadowRoot) out += collect(child.shadowRoot);
                  out += collect(child);
                }
              }
              return out;
            };
            return collect(document.body).includes(text);
          },
          { timeout: 15000, polling: 100 },
          payload.text,
        );
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const cdp = await page.createCDPSession();
        const { data } = await cdp.send('Page.printToPDF', {
          generateTaggedPDF: true,
          printBackground: true,
          preferCSSPageSize: true,
        });
        await cdp.detach();
        return data;
      } finally {
        await page.close();
      }
    },
  };
}
