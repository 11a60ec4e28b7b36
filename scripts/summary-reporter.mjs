/**
 * A web-test-runner reporter that adds one closing line, `N passed, N failed`, alone on a line, for CI.
 * A test file that failed to load (or a browser error outside any test) counts as one failed test.
 */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter() {
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        countSuite(session.testResults, counts);
        if (!session.passed && counts.failed === before) counts.failed += 1;
      }
      if (sessions.length === 0) counts.failed += 1;
      process.on('exit', () => {
        const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
        process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
      });
    },
  };
}
