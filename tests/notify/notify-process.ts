import { spawn, type ChildProcess } from 'node:child_process';

export interface NotifyProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  /** Its exit code; null when a signal ended it. */
  exited: Promise<number | null>;
}

/**
 * `npm run notify` as one process against a test's stand-in and SMTP server: node with tsx's loader (what `npx tsx`
 * runs, without the npx and tsx wrapper processes), so SIGKILL and SIGTERM reach the worker itself and its exit code
 * is the worker's.
 */
export function startNotifyProcess(args: string[], target: { apiUrl: string; serviceRoleKey: string; smtpUrl: string }): NotifyProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/notify.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      SUPABASE_URL: target.apiUrl,
      SUPABASE_SERVICE_ROLE_KEY: target.serviceRoleKey,
      SMTP_URL: target.smtpUrl,
      PUBLIC_SITE_URL: 'https://meedoen.testdam.example',
      MAIL_FROM: 'Meedoen Testdam <noreply@testdam.example>',
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}
