import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase, restoreDataDir, writeBackupFile } from '../../src/services/local-supabase/backup.ts';
import { BACKUP_PATH } from '../../src/services/local-supabase/backup-route.ts';
import { openDatabase, startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { randomJwtSecret } from '../../src/services/local-supabase/keys.ts';
import { tableFingerprint as fingerprint } from '../database/fingerprint.ts';
import { addFollower } from '../database/support.ts';

// `npm run db:backup` and `npm run db:restore` round-trip the embedded database: every row of every table
// (auth, portal, public and the migration history) is the same after a restore as when the backup was made,
// both for a backup of a closed data directory and for one the running server makes (`npm start` holds the
// database). A restore refuses a database in use and a file that is not a backup, and keeps the old database.

const FIXTURE = ['tests/fixtures/hostile-seed.sql'];
const work = mkdtempSync(join(tmpdir(), 'portal-backup-'));
const jwtSecret = randomJwtSecret();

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs an npm script's file as `npm run` does (node with tsx's loader), with the data directory given. */
function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('a backup of a closed database', () => {
  let original: PGlite;
  let before: Record<string, string>;
  const file = join(work, 'closed.tar.gz');
  const dataDir = join(work, 'restored', 'db');

  beforeAll(async () => {
    original = await openDatabase({ seedFiles: FIXTURE });
    await addFollower(original, 'rondreis@voorbeeld.nl');
    before = await fingerprint(original);
    writeBackupFile(file, await dumpDatabase(original));
  });
  afterAll(() => original?.close());

  it('is written for the owner only', () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('restores to the same rows in every table', async () => {
    const result = await restoreDataDir(file, dataDir);
    expect(result.keptAside).toBeUndefined();
    expect(result.migrations).toBeGreaterThan(10);
    const restored = await openDatabase({ dataDir });
    try {
      expect(Object.keys(before).length).toBeGreaterThan(20);
      expect(await fingerprint(restored)).toEqual(before);
    } finally {
      await restored.close();
    }
  });

  it('refuses a file that is not a backup, and leaves the database as it was', async () => {
    const bogus = join(work, 'bogus.tar.gz');
    writeFileSync(bogus, 'not a backup');
    await expect(restoreDataDir(bogus, dataDir)).rejects.toThrow(/not a backup/);
    const broken = join(work, 'broken.tar.gz');
    writeFileSync(broken, Buffer.from([0x1f, 0x8b, 0x08, 0, 1, 2, 3]));
    await expect(restoreDataDir(broken, dataDir)).rejects.toThrow(/could not be restored.*left as it was/);
    const db = await openDatabase({ dataDir });
    try {
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      await db.close();
    }
    expect(readdirSync(join(work, 'restored')).filter((name) => name.includes('before-restore'))).toEqual([]);
  });
});

describe('npm run db:backup while the server runs, and npm run db:restore', () => {
  let portal: LocalSupabase;
  const dataDir = join(work, 'live', 'db');
  const file = join(work, 'live.tar.gz');
  const env = { PORTAL_DATA_DIR: dataDir, JWT_SECRET: jwtSecret };
  let atBackup: Record<string, string>;

  beforeAll(async () => {
    // A data directory to serve: the closed backup's restore is the quickest way to one.
    const seed = await openDatabase({ seedFiles: FIXTURE });
    writeBackupFile(join(work, 'seed.tar.gz'), await dumpDatabase(seed));
    await seed.close();
    await restoreDataDir(join(work, 'seed.tar.gz'), dataDir);
    process.env['JWT_SECRET'] = jwtSecret;
    portal = await startLocalSupabase({ dataDir, port: 0, log: () => {} });
  });
  afterAll(() => portal?.close());

  it('answers only the service_role key, and never a web page', async () => {
    const url = `${portal.url}${BACKUP_PATH}`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: `Bearer ${portal.anonKey}` } })).status).toBe(401);
    const fromPage = await fetch(url, { headers: { Authorization: `Bearer ${portal.serviceRoleKey}`, Origin: 'https://evil.example' } });
    expect(fromPage.status).toBe(403);
    expect(((await fromPage.json()) as { message: string }).message).toMatch(/web page/);
  });

  it('takes the backup from the running server, with the key made from the secret', async () => {
    await addFollower(portal.db, 'tijdens-draaien@voorbeeld.nl');
    atBackup = await fingerprint(portal.db);
    const backup = await runScript('scripts/db-backup.ts', [file], { ...env, PORTAL_API_URL: portal.url });
    expect(backup.output).toMatch(/Backup written/);
    expect(backup.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // A write after the backup must not be in it.
    await addFollower(portal.db, 'na-de-backup@voorbeeld.nl');
  });

  it('refuses to restore over the database in use', async () => {
    const restore = await runScript('scripts/db-restore.ts', [file], env);
    expect(restore.code).toBe(1);
    expect(restore.output).toMatch(/in use by process \d+: stop npm start first/);
  });

  it('restores the backup once the server stopped, keeping the database that was there', async () => {
    await portal.close();
    const restore = await runScript('scripts/db-restore.ts', [file], env);
    expect(restore.output).toMatch(/Restored into/);
    expect(restore.code).toBe(0);
    const keptAside = readdirSync(join(work, 'live')).filter((name) => name.startsWith('db.before-restore-'));
    expect(keptAside).toHaveLength(1);
    const db = await openDatabase({ dataDir });
    try {
      expect(await fingerprint(db)).toEqual(atBackup);
      const { rows } = await db.query(`select 1 from portal.subscribers where email = 'na-de-backup@voorbeeld.nl'`);
      expect(rows).toEqual([]);
    } finally {
      await db.close();
    }
    expect(existsSync(join(work, 'live', keptAside[0]!, 'PG_VERSION'))).toBe(true);
  });
});
