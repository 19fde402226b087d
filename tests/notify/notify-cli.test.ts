import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { addFollower, startFixturePortal } from '../database/support.ts';
import { closedPort } from '../lib/support/ports.ts';
import { startSink, type Sink } from './support.ts';

// `npm run notify` as an operator meets it: a missing setting, an SMTP server or an API that is not there. Each
// ends with one plain line and a non-zero exit code, so a scheduled job shows the failure.

let sink: Sink;
let portal: LocalSupabase;
beforeAll(async () => {
  sink = await startSink();
  portal = await startFixturePortal();
});
afterAll(async () => {
  await sink?.close();
  await portal?.close();
});

function notify(env: Record<string, string>, args = ['--once']): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/notify.ts', ...args], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const complete = (over: Record<string, string> = {}) => ({
  SUPABASE_URL: 'http://127.0.0.1:9',
  SUPABASE_SERVICE_ROLE_KEY: 'key',
  SMTP_URL: 'smtp://127.0.0.1:9',
  PUBLIC_SITE_URL: 'https://meedoen.example',
  ...over,
});

describe('npm run notify', () => {
  it('names a missing setting with an example, exit 64', async () => {
    const { code, output } = await notify({ SUPABASE_URL: 'http://127.0.0.1:9' });
    expect(code).toBe(64);
    expect(output.trim()).toBe(
      'SUPABASE_SERVICE_ROLE_KEY is not set. Example: SUPABASE_SERVICE_ROLE_KEY=<the service_role key that npm start prints>',
    );
  });

  it('refuses a bad option value, exit 64', async () => {
    const { code, output } = await notify(complete(), ['--once', '--lease-seconds', 'soon']);
    expect(code).toBe(64);
    expect(output).toContain('--lease-seconds must be a whole number');
  });

  it('refuses a MAIL_FROM that is not an address before sending anything, exit 64', async () => {
    const { code, output } = await notify(complete({ MAIL_FROM: 'Gemeente Demodam' }));
    expect(code).toBe(64);
    expect(output.trim()).toBe(
      `MAIL_FROM is not an e-mail address: "Gemeente Demodam". Example: MAIL_FROM='Gemeente Demodam <noreply@demodam.nl>'`,
    );
  });

  it('says so plainly when the SMTP server cannot be reached, exit 69', async () => {
    const { code, output } = await notify(complete({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` }));
    expect(code).toBe(69);
    expect(output.trim()).toMatch(/^Could not reach the SMTP server of SMTP_URL: .*ECONNREFUSED/);
  });

  it('says so plainly when the API cannot be reached, exit 69', async () => {
    const { code, output } = await notify(complete({ SUPABASE_URL: `http://127.0.0.1:${await closedPort()}`, SMTP_URL: sink.url }));
    expect(code).toBe(69);
    // The first call of a run publishes what is due, before any mail is claimed.
    expect(output).toMatch(/^Could not reach the API at http:\/\/127\.0\.0\.1:\d+ for publish_due/);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('drains the outbox with --once, exit 0, and removes an address nobody confirmed in 8 days', async () => {
    const stale = await addFollower(portal.db, 'nooit-bevestigd@voorbeeld.nl', { confirmed: false });
    await portal.db.query(`update portal.subscriptions set created_at = now() - interval '9 days' where id = $1`, [stale.subscription]);
    await portal.db.query(`update portal.subscribers set created_at = now() - interval '9 days' where id = $1`, [stale.subscriber]);
    const fresh = await addFollower(portal.db, 'net-gevolgd@voorbeeld.nl', { confirmed: false });
    const { code, output } = await notify({
      SUPABASE_URL: portal.url,
      SUPABASE_SERVICE_ROLE_KEY: portal.serviceRoleKey,
      SMTP_URL: sink.url,
      PUBLIC_SITE_URL: 'https://meedoen.example',
    });
    expect(code, output).toBe(0);
    expect(output).toContain('Removed 1 unconfirmed subscriptions, 1 addresses, 0 links that can no longer be used and 0 old outbox rows.');
    const { rows } = await portal.db.query<{ id: string }>(`select id from portal.subscribers where id = any($1::uuid[])`, [
      [stale.subscriber, fresh.subscriber],
    ]);
    expect(rows.map((row) => row.id)).toEqual([fresh.subscriber]);
  });
});
