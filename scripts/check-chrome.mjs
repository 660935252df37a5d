// npm's pretest: makes sure there is a browser to test in, so that `npm ci && npm test` works on a
// bare machine. CHROME_PATH, else any installed Chrome, Chromium or Edge (scripts/chromium.mjs);
// else, on a Debian-family system as root, installs Debian's chromium; else stops with a hint.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { INSTALL_HINT, findChromium } from './chromium.mjs';

if (process.env.CHROME_PATH) {
  if (!existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH is ${process.env.CHROME_PATH}, which does not exist.`);
    process.exit(1);
  }
  process.exit(0);
}
if (findChromium()) process.exit(0);

function debianFamily() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return existsSync('/etc/debian_version');
  }
}

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform !== 'linux' || !debianFamily() || !root || !existsSync('/usr/bin/apt-get')) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const log = '/tmp/chromium-install.log';
console.log(
  `No Chrome or Chromium found: installing Debian's chromium (apt-get install -y chromium, log in ${log})…`,
);
try {
  execSync(`(apt-get update && apt-get install -y chromium) >${log} 2>&1`, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch {
  console.error(`Installing chromium failed; see ${log}. ${INSTALL_HINT}`);
  process.exit(1);
}
if (!findChromium()) {
  console.error(`chromium was installed but is not found. ${INSTALL_HINT}`);
  process.exit(1);
}
