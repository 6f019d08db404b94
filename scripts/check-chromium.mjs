// Fails early, with the fix, when the browser the tests need is missing.
import { accessSync, constants } from 'node:fs';
import { chromiumPath as path } from './chromium.mjs';

try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    [
      `Chromium was not found at ${path}; the browser tests run in it.`,
      'Install it with:',
      '  sudo apt-get update && sudo apt-get install -y chromium fonts-liberation',
      '(or `npm run setup`, which does that as root), or point CHROME_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
