// A test-runner command that gives the page's origin a storage quota (Chrome DevTools Protocol
// Storage.overrideQuotaForOrigin), so a test can fill the disk for real: IndexedDB then fails with
// a genuine QuotaExceededError. Without `quotaSize` the override is lifted.
// Used as: executeServerCommand('set-storage-quota', { origin, quotaSize }).

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function storageQuotaPlugin() {
  // The override lasts as long as the DevTools session that set it, so one is kept per test page.
  const sessions = new Map();
  return {
    name: 'storage-quota',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-storage-quota') return undefined;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        const page = session.browser.getPage(session.id);
        cdp = await page.createCDPSession();
        sessions.set(session.id, cdp);
      }
      const { origin, quotaSize } = payload;
      await cdp.send(
        'Storage.overrideQuotaForOrigin',
        quotaSize === undefined ? { origin } : { origin, quotaSize },
      );
      return true;
    },
  };
}
