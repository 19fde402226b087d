import { defineConfig } from 'vitest/config';

// Unit, database and contract tests. Browser tests live in tests/e2e and run with Playwright.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Each test file boots its own PGlite with all migrations; that takes a few seconds on two cores.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
