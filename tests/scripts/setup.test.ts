import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, startLocalSupabase } from '../../src/services/local-supabase/index.ts';
import { randomJwtSecret } from '../../src/services/local-supabase/keys.ts';

// `npm run setup`: a real portal's first organisation and admin on a new embedded database, without the demo
// data; the admin signs in with the password printed once and is admin of that organisation only.

const work = mkdtempSync(join(tmpdir(), 'portal-setup-'));
const dataDir = join(work, 'db');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function setup(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/setup.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORTAL_DATA_DIR: dataDir },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run setup', () => {
  let password = '';

  it('creates the organisation in a new database without the demo data', async () => {
    const run = await setup('organisation', 'gemeente-proefdorp', 'Gemeente Proefdorp', '--website', 'https://www.proefdorp.example');
    expect(run.output).toContain('Organisation gemeente-proefdorp ("Gemeente Proefdorp") created.');
    expect(run.code).toBe(0);
    const db = await openDatabase({ dataDir });
    try {
      const { rows } = await db.query<{ slug: string }>('select slug from portal.organisations order by slug');
      expect(rows.map((row) => row.slug)).toEqual(['gemeente-proefdorp']);
      expect((await db.query('select 1 from auth.users')).rows).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('refuses a bad slug, a second organisation with the same slug, and unknown options, with a plain message', async () => {
    const bad = await setup('organisation', 'Gemeente X', 'X');
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/is not a slug/);
    expect(bad.output).not.toMatch(/\bat .*\.ts:\d+/);
    const twice = await setup('organisation', 'gemeente-proefdorp', 'Nog eens');
    expect(twice.code).toBe(1);
    expect(twice.output).toMatch(/already exists/);
    const unknown = await setup('account', 'a@b.example', '--organisation', 'gemeente-proefdorp', '--rol', 'admin');
    expect(unknown.code).toBe(1);
    expect(unknown.output).toMatch(/Unknown option --rol/);
    const noOrganisation = await setup('account', 'a@b.example', '--organisation', 'elders');
    expect(noOrganisation.code).toBe(1);
    expect(noOrganisation.output).toMatch(/no organisation "elders"/);
  });

  it('creates a confirmed admin account with a password shown once', async () => {
    const run = await setup('account', 'Webredactie@Proefdorp.example', '--organisation', 'gemeente-proefdorp');
    expect(run.code).toBe(0);
    expect(run.output).toContain('webredactie@proefdorp.example is now admin of gemeente-proefdorp.');
    password = /Password \(shown only now[^)]*\): (\S+)/.exec(run.output)?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const again = await setup('account', 'webredactie@proefdorp.example', '--organisation', 'gemeente-proefdorp', '--role', 'editor');
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/already staff/);
  });

  it('lets that admin sign in and see the organisation as its admin', async () => {
    process.env['JWT_SECRET'] ??= randomJwtSecret();
    const portal = await startLocalSupabase({ dataDir, port: 0, log: () => {} });
    try {
      const client = createClient(portal.url, portal.anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
      const wrong = await client.auth.signInWithPassword({ email: 'webredactie@proefdorp.example', password: 'demo-wachtwoord' });
      expect(wrong.error).not.toBeNull();
      const signedIn = await client.auth.signInWithPassword({ email: 'webredactie@proefdorp.example', password });
      expect(signedIn.error).toBeNull();
      const { data, error } = await client.rpc('my_staff_memberships');
      expect(error).toBeNull();
      expect(JSON.stringify(data)).toMatch(/gemeente-proefdorp/);
      expect(JSON.stringify(data)).toMatch(/admin/);
    } finally {
      await portal.close();
    }
  });
});
