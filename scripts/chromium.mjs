// The one Chromium launch configuration of the tests (web-test-runner.config.mjs), the benchmark
// (bench/lib/browser.mjs) and the screenshots (scripts/screenshots.mjs): which browser, and its flags.
// scripts/check-chrome.mjs (npm's pretest) uses it to find a browser, or to install one.
import { accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Launcher } from 'chrome-launcher';

/** Flags for a headless run as root on a shared machine: no sandbox, no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What to do when no browser is found, in one line. */
export const INSTALL_HINT =
  'No Chrome, Chromium or Edge found: install one (Debian/Ubuntu: "apt-get install -y chromium") or set CHROME_PATH to its binary.';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Edge, which chrome-launcher does not look for; the usual places on each system. */
function edgeInstallations() {
  if (process.platform === 'darwin') {
    return ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'].filter(executable);
  }
  if (process.platform === 'win32') {
    const roots = [
      process.env['PROGRAMFILES(X86)'],
      process.env.PROGRAMFILES,
      process.env.LOCALAPPDATA,
    ];
    return roots
      .filter(Boolean)
      .map((root) => `${root}\\Microsoft\\Edge\\Application\\msedge.exe`)
      .filter(executable);
  }
  const found = [];
  for (const name of ['microsoft-edge', 'microsoft-edge-stable', 'microsoft-edge-beta']) {
    try {
      const path = execFileSync('which', [name], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
      if (path && executable(path)) found.push(path);
    } catch {
      // not installed
    }
  }
  return found;
}

/**
 * The browser to run: CHROME_PATH when set, else the first Chrome or Chromium that chrome-launcher
 * finds installed (it knows the usual places on Linux, macOS and Windows), else Edge.
 * Undefined when there is none.
 */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  let installed = [];
  try {
    installed = Launcher.getInstallations();
  } catch {
    // chrome-launcher throws on a platform it does not know; Edge may still be there.
  }
  return installed.find(executable) ?? edgeInstallations()[0];
}

/** Options for puppeteer's launch (and @web/test-runner-chrome's launchOptions). Throws when no browser. */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return { executablePath, headless: true, args: CHROMIUM_ARGS };
}
