import { defineConfig } from 'vitest/config';

// Unit, database and contract tests. Browser tests live in tests/e2e and run with Playwright.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The tests wait on events, not on the clock; these limits only stop a test that hangs. They are generous
    // because CI may share two cores with another run and with the browser tests (npm test runs both at once):
    // a test that takes 5 s alone can take ten times as long then. No test sets a shorter limit of its own.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
