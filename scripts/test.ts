// `npm test`: the checks of the code itself (types, format, lint) side by side, then the vitest suite and the
// Playwright suite side by side. The API-map check (supabase/API.md current) is a vitest test.
//
// Why side by side: vitest runs its files one at a time on a two-core machine (it keeps one core for itself),
// and the browser tests mostly wait on Chromium and the site's rebuilds, so run one after the other each leaves
// a core idle. Both suites wait on events, not on the clock, so sharing the machine slows them down but does not
// make them fail. Every line of output carries the suite's name; the summary gives each suite's time and result.
// `npm run test:unit` and `npm run test:e2e` run one suite alone.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

interface Suite {
  name: string;
  command: string[];
}

// Cheap and about the code, not its behaviour: a failure here stops the run before the suites spend minutes.
const CHECKS: Suite[] = [
  { name: 'types', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'format', command: ['npm', 'run', '--silent', 'format:check'] },
  { name: 'lint', command: ['npx', '--no-install', 'eslint', '--max-warnings', '0', '.'] },
];
const SUITES: Suite[] = [
  { name: 'unit', command: ['npx', '--no-install', 'vitest', 'run'] },
  { name: 'e2e', command: ['npx', '--no-install', 'playwright', 'test'] },
];

interface Outcome {
  suite: Suite;
  code: number;
  seconds: number;
  /** The lines that name a failed test, repeated in the summary: CI logs keep only their end. */
  failures: string[];
}

// vitest: " FAIL  tests/<file>.test.ts > story > step" and " × step"; Playwright: "  1) [chromium] › tests/e2e/x.spec.ts…";
// prettier: "[warn] <file>" (a file not formatted); ESLint: "  12:3  error  …" under the file's path.
const FAILURE_LINE = /^\s*(?:FAIL\s|×\s|✘\s|\d+\) \[|\[warn\]\s|\d+:\d+\s+error\s)/;

const children = new Set<ReturnType<typeof spawn>>();

function run(suite: Suite): Promise<Outcome> {
  const started = Date.now();
  const prefix = `[${suite.name}]`.padEnd(8);
  const failures = new Set<string>();
  return new Promise((resolve) => {
    const [command, ...args] = suite.command;
    const child = spawn(command!, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    children.add(child);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        process.stdout.write(`${prefix}${line}\n`);
        if (FAILURE_LINE.test(line)) failures.add(line.trim());
      });
    }
    child.on('error', (error) => process.stdout.write(`${prefix}could not start: ${error.message}\n`));
    child.on('close', (code, signal) => {
      children.delete(child);
      const seconds = Math.round((Date.now() - started) / 1000);
      resolve({ suite, code: code ?? (signal ? 1 : 0), seconds, failures: [...failures] });
    });
  });
}

function summary(outcomes: Outcome[]): void {
  process.stdout.write('\nTest summary\n');
  for (const { suite, code, seconds, failures } of outcomes) {
    process.stdout.write(`  ${suite.name.padEnd(6)} ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s\n`);
    if (code === 0) continue;
    for (const line of failures.slice(0, 40)) process.stdout.write(`           ${line}\n`);
    if (failures.length > 40) process.stdout.write(`           ... and ${failures.length - 40} more lines\n`);
  }
}

async function main(): Promise<number> {
  const checks = await Promise.all(CHECKS.map(run));
  if (checks.some((check) => check.code !== 0)) {
    summary(checks);
    return 1;
  }
  const outcomes = [...checks, ...(await Promise.all(SUITES.map(run)))];
  summary(outcomes);
  return outcomes.every((outcome) => outcome.code === 0) ? 0 : 1;
}

// Ctrl-C or CI's stop reaches the suites too, so that Playwright's server closes its database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

main().then((code) => {
  process.exitCode = code;
});
