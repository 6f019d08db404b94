// Server-side commands for the browser tests.
// `full-a11y-tree`: Chromium's whole accessibility tree (the stock a11ySnapshot
// keeps only "interesting" nodes, which leaves out groups, lists and such).
export function fullAccessibilityTreePlugin() {
  return {
    name: 'lessonkit-full-a11y-tree',
    async executeCommand({ command, session }) {
      if (command !== 'full-a11y-tree') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`full-a11y-tree needs the Chrome launcher, not ${session.browser.type}.`);
      }
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
