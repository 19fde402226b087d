import { defineConfig, devices } from '@playwright/test';
import { randomJwtSecret } from './src/services/local-supabase/keys.ts';

// Browser tests run against the embedded portal as a resident meets it: `scripts/start.ts` opens a fresh
// database with the demo seed, serves the stand-in API and builds the site, all on one origin.
//
// Environment the web server relies on (scripts/start.ts):
//   PORT              the port to listen on (here PORTAL_E2E_PORT, default 4391, away from npm start's 4321)
//   HOST              the address to listen on (127.0.0.1)
//   PORTAL_DATA_DIR   the PGlite data directory; a throwaway one, removed before every run
//   PORTAL_DIST_DIR   where the site is built, so a test run never replaces the developer's dist/
//   JWT_SECRET        a random secret of this run; the tests make the same keys from it (jwtSecretFromEnv)
const port = Number(process.env['PORTAL_E2E_PORT'] ?? 4391);
// Made once per run: the runner loads this file first and its test workers, which load it again, inherit the
// runner's environment, so server and tests sign with one secret.
process.env['PORTAL_E2E_JWT_SECRET'] ||= randomJwtSecret();
const jwtSecret = process.env['PORTAL_E2E_JWT_SECRET'];
process.env['JWT_SECRET'] = jwtSecret;
const runDir = `.data/e2e-${port}`;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Per port, so that test runs side by side never clean up each other's traces.
  outputDir: `${runDir}/test-results`,
  // Two cores: one worker keeps the browser and the server from starving each other.
  workers: 1,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  // Limits only stop what hangs: the tests wait on events (a mail, a rebuilt page), and CI may share its two cores
  // with another run and with the vitest suite, which can make a step ten times slower than alone.
  // No test sets a shorter limit of its own: under a second run on the same cores a story takes minutes.
  timeout: 600_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        headless: true,
        // Playwright cannot download browsers here; Debian's Chromium is used instead.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // --demo: the stories and page checks read the Demodam demo.
    command: `rm -rf ${runDir} && npx tsx scripts/start.ts --demo`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PORTAL_DATA_DIR: `${runDir}/db`,
      PORTAL_DIST_DIR: `${runDir}/dist`,
      JWT_SECRET: jwtSecret,
    },
    // Ready when the site has been built: buildSite logs this line once the new site is in place. The
    // server answers earlier, while it is still building, so its URL alone does not say ready.
    wait: { stdout: /Site ready in / },
    // First start creates the database (migrations and seed on PGlite) and runs astro build.
    timeout: 900_000,
    // The server's progress (every rebuild, every caught mail) would bury the test results: only its errors are
    // shown. DEBUG=pw:webserver shows all of it.
    stdout: 'ignore',
    stderr: 'pipe',
    // start.ts closes PGlite on SIGTERM; give it time to flush.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
