// Prints one closing line "browser: N passed, N failed" that CI logs can read
// (web-test-runner's own summary shares its line with a progress bar).
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        const failedBefore = failed;
        if (session.testResults) walk(session.testResults);
        // A file that failed to load, or threw outside any test, counts as one failure.
        if (!session.passed && failed === failedBefore) failed += 1;
      }
      const tail = skipped ? `, ${skipped} skipped` : '';
      process.stdout.write(`\nbrowser: ${passed} passed, ${failed} failed${tail}\n`);
    },
  };
}
