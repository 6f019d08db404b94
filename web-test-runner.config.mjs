// Browser tests: every packages/*/test/**/*.test.ts (but not *.node.test.ts),
// in Debian's Chromium (CHROME_PATH overrides the path), with coverage.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { fullAccessibilityTreePlugin } from './scripts/wtr-commands.mjs';

export default {
  files: ['packages/*/test/**/*.test.ts', '!packages/*/test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['source', 'production'] },
  plugins: [
    a11ySnapshotPlugin(),
    fullAccessibilityTreePlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
      // One browser context (a window of its own) per test page, so a page running
      // beside another is never a hidden tab whose animation frames are paused.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  coverage: true,
  coverageConfig: {
    include: ['packages/*/src/**/*.ts', 'packages/*/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
