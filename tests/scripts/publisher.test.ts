import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/build-site.ts';
import { HOOK_PATH } from '../../scripts/lib/publisher/hook-server.ts';
import { startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';

// The production recipe of incremental publishing (README "Publish within seconds"): `npm run publisher` next to a
// Supabase API (here the local stand-in over the demo; what hosted Supabase adds is pg_net posting the deploy hook,
// which the test does itself, as pg_net would). It builds the site, syncs it to the "static host" (a directory, with
// PUBLISHER_SYNC), and after a publish and its hook shows the change there through the renderer, not a full build;
// a publish whose hook was lost shows after the next poll of the ledger.

const work = join(projectRoot, '.data', `publisher-test-${process.pid}`);
const host = join(work, 'static-host');
const secret = randomBytes(24).toString('hex');
const approver = 'de000000-0000-4000-8000-000000000002';
let local: LocalSupabase;
let publisher: ChildProcess;
let output = '';
const waiters: Array<{ pattern: RegExp; count: number; resolve: () => void }> = [];

/** Resolves once the publisher has printed `count` lines matching the pattern; the test's timeout bounds it. */
function printed(pattern: RegExp, count = 1): Promise<void> {
  return new Promise((resolve) => {
    waiters.push({ pattern, count, resolve });
    check();
  });
}

const linesMatching = (pattern: RegExp) => output.split('\n').filter((line) => pattern.test(line)).length;

function check(): void {
  for (const waiter of [...waiters]) {
    if (linesMatching(waiter.pattern) >= waiter.count) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }
}

beforeAll(async () => {
  local = await startLocalSupabase({ seedFiles: ['supabase/seed.sql'], port: 0, log: () => undefined });
  publisher = spawn(process.execPath, ['--import', 'tsx', 'scripts/publisher.ts'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PUBLIC_SUPABASE_URL: local.url,
      PUBLIC_SUPABASE_ANON_KEY: local.anonKey,
      PUBLIC_ORGANISATION: 'demodam',
      PUBLIC_SITE_URL: 'https://meedoen.demodam.example',
      PUBLISHER_OUT_DIR: join(work, 'site'),
      PUBLISHER_HOOK_SECRET: secret,
      PUBLISHER_PORT: '0',
      PUBLISHER_POLL_SECONDS: '5',
      PUBLISHER_SYNC: 'mkdir -p "$STATIC_HOST" && cp -R "$PORTAL_SITE_DIR/." "$STATIC_HOST/"',
      STATIC_HOST: host,
    },
  });
  for (const stream of [publisher.stdout, publisher.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      check();
    });
  }
  await printed(/^Incremental updates ready/);
}, 600_000);

afterAll(async () => {
  if (publisher && publisher.exitCode === null) {
    const exited = new Promise((resolve) => publisher.once('exit', resolve));
    publisher.kill('SIGTERM');
    await exited;
  }
  await local?.close();
  await rm(work, { recursive: true, force: true });
});

async function publishUpdate(slug: string, title: string): Promise<void> {
  await local.db.transaction(async (tx) => {
    const draft = await tx.query<{ id: string }>(
      `insert into portal.updates (project_id, title, body_md) select id, $2, 'Tekst.' from portal.projects where slug = $1 returning id`,
      [slug, title],
    );
    await tx.query(`select portal.publish_row('update', $1, $2, 'four_eyes')`, [draft.rows[0]?.id, approver]);
  });
}

const hookUrl = () => {
  const match = /Deploy hook listening on (\S+)/.exec(output);
  if (!match?.[1]) throw new Error(`The publisher did not say where its hook listens:\n${output}`);
  return match[1];
};

describe('npm run publisher', () => {
  it('built the site and synced it to the static host', async () => {
    expect(hookUrl().endsWith(HOOK_PATH)).toBe(true);
    const home = await readFile(join(host, 'index.html'), 'utf8');
    expect(home).toContain('Demodam');
  });

  it('after a publish and its hook, shows the change on the static host without a full build', async () => {
    const synced = linesMatching(/^Synced/);
    await publishUpdate('schoolzone-de-regenboog', 'Het hek bij de school komt er');
    const refused = await fetch(hookUrl(), { method: 'POST', body: '{}', headers: { Authorization: 'Bearer wrong' } });
    expect(refused.status).toBe(401);
    const answer = await fetch(hookUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
      body: JSON.stringify({ event_type: 'portal_site_changed', client_payload: { organisation: 'demodam' } }),
    });
    expect(answer.status).toBe(202);
    await printed(/^Updated \d+ pages and files/);
    await printed(/^Synced/, synced + 1);
    expect(await readFile(join(host, 'projecten', 'schoolzone-de-regenboog', 'index.html'), 'utf8')).toContain(
      'Het hek bij de school komt er',
    );
    expect(await readFile(join(host, 'feed.xml'), 'utf8')).toContain('Het hek bij de school komt er');
  }, 300_000);

  it('after a publish whose hook was lost, shows it once the poll has read the ledger', async () => {
    const [updated, synced] = [linesMatching(/^Updated \d+ pages/), linesMatching(/^Synced/)];
    await publishUpdate('schoolzone-de-regenboog', 'Ook zonder seintje zichtbaar');
    await printed(/^Updated \d+ pages and files/, updated + 1);
    await printed(/^Synced/, synced + 1);
    expect(await readFile(join(host, 'projecten', 'schoolzone-de-regenboog', 'index.html'), 'utf8')).toContain(
      'Ook zonder seintje zichtbaar',
    );
    // Every change went through the renderer: the only full build was the first.
    expect(output).not.toContain('Rebuilding the site');
  }, 300_000);
});
