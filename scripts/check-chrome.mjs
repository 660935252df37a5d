// Fails the test run early, in one line, when no Chrome/Chromium is available.
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}: install it with "apt-get install -y chromium" or set CHROME_PATH to a Chrome/Chromium binary.`,
  );
  process.exit(1);
}
