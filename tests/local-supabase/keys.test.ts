import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  apiKeys,
  jwtSecretFromEnv,
  startLocalSupabase,
  SUPABASE_DEMO_JWT_SECRET,
  verifyJwt,
  type LocalSupabase,
} from '../../src/services/local-supabase/index.ts';

// The keys `supabase start` prints for its public demo secret. Anyone can sign with that secret, so the stand-in
// never uses it unless JWT_SECRET says so (and then only on loopback, see exposure.test.ts).
const SUPABASE_START_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';
const SUPABASE_START_SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';

const quiet = () => undefined;

/** Runs `body` with JWT_SECRET set to `value` (or unset), and restores it afterwards. */
async function withJwtSecret<T>(value: string | undefined, body: () => Promise<T>): Promise<T> {
  const previous = process.env.JWT_SECRET;
  if (value === undefined) delete process.env.JWT_SECRET;
  else process.env.JWT_SECRET = value;
  try {
    return await body();
  } finally {
    if (previous === undefined) delete process.env.JWT_SECRET;
    else process.env.JWT_SECRET = previous;
  }
}

describe('API keys', () => {
  it('are the well-known keys of `supabase start` only for its public demo secret', async () => {
    expect(await apiKeys(SUPABASE_DEMO_JWT_SECRET)).toEqual({
      anonKey: SUPABASE_START_ANON_KEY,
      serviceRoleKey: SUPABASE_START_SERVICE_ROLE_KEY,
    });
  });

  it('are signed with JWT_SECRET when it is set', async () => {
    const secret = 'a-different-local-secret-of-enough-length';
    expect(jwtSecretFromEnv({ JWT_SECRET: secret })).toBe(secret);
    const { anonKey } = await apiKeys(secret);
    expect(await verifyJwt(secret, anonKey)).toMatchObject({ iss: 'supabase-demo', role: 'anon', exp: 1983812996 });
    await expect(verifyJwt(SUPABASE_DEMO_JWT_SECRET, anonKey)).rejects.toThrow();
  });

  it('have no default secret: without JWT_SECRET, jwtSecretFromEnv says what is missing', () => {
    expect(() => jwtSecretFromEnv({})).toThrow(/JWT_SECRET is not set/);
  });

  it('refuse a JWT_SECRET shorter than 32 characters, as PostgREST does', () => {
    expect(() => jwtSecretFromEnv({ JWT_SECRET: 'too-short' })).toThrow(/at least 32 characters/);
  });
});

describe('the secret of a stand-in over an in-memory database', () => {
  let db: PGlite;
  const started: LocalSupabase[] = [];
  beforeAll(async () => {
    db = await PGlite.create();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((standIn) => standIn.close()));
  });
  afterAll(async () => {
    await db.close();
  });

  it('is random for every start, never the demo secret', async () => {
    const [first, second] = await withJwtSecret(undefined, async () => [
      await startLocalSupabase({ db, port: 0, log: quiet }),
      await startLocalSupabase({ db, port: 0, log: quiet }),
    ]);
    if (!first || !second) throw new Error('Two stand-ins expected');
    started.push(first, second);
    expect(first.jwtSecret).not.toBe(second.jwtSecret);
    for (const standIn of [first, second]) {
      expect(standIn.jwtSecret).not.toBe(SUPABASE_DEMO_JWT_SECRET);
      expect(standIn.jwtSecret.length).toBeGreaterThanOrEqual(32);
      expect(standIn.serviceRoleKey).not.toBe(SUPABASE_START_SERVICE_ROLE_KEY);
      expect(await verifyJwt(standIn.jwtSecret, standIn.serviceRoleKey)).toMatchObject({ role: 'service_role' });
    }
    // The well-known service_role key opens neither.
    const withPublicKey = await fetch(`${first.url}/rest/v1/rpc/whoami`, {
      method: 'POST',
      headers: { apikey: SUPABASE_START_SERVICE_ROLE_KEY, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(withPublicKey.status).toBe(401);
    expect(await withPublicKey.json()).toEqual({ message: 'Invalid API key' });
  });

  it('is JWT_SECRET when it is set, or the jwtSecret option', async () => {
    const fromEnv = 'secret-from-the-environment-0123456789';
    const standIn = await withJwtSecret(fromEnv, () => startLocalSupabase({ db, port: 0, log: quiet }));
    started.push(standIn);
    expect(standIn.jwtSecret).toBe(fromEnv);
    expect(standIn.jwtSecretFile).toBeUndefined();
    const fromOption = 'secret-from-the-option-0123456789abcdef';
    const second = await withJwtSecret(fromEnv, () => startLocalSupabase({ db, port: 0, log: quiet, jwtSecret: fromOption }));
    started.push(second);
    expect(second.jwtSecret).toBe(fromOption);
  });
});

describe('the secret of a stand-in over a data directory', () => {
  let parent: string;
  let dataDir: string;
  let secretFile: string;
  beforeAll(() => {
    parent = mkdtempSync(join(tmpdir(), 'portal-secret-'));
    dataDir = join(parent, 'db');
    secretFile = `${dataDir}.jwt-secret`;
  });
  afterAll(() => {
    rmSync(parent, { recursive: true, force: true });
  });

  it('is made on the first start, kept next to it readable only by its owner, and used again', async () => {
    const first = await withJwtSecret(undefined, () => startLocalSupabase({ dataDir, seedFiles: [], port: 0, log: quiet }));
    const firstKeys = { secret: first.jwtSecret, anonKey: first.anonKey, serviceRoleKey: first.serviceRoleKey };
    await first.close();

    expect(first.jwtSecretFile).toBe(secretFile);
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(secretFile, 'utf8').trim()).toBe(firstKeys.secret);
    expect(firstKeys.secret).not.toBe(SUPABASE_DEMO_JWT_SECRET);
    expect(firstKeys.secret.length).toBeGreaterThanOrEqual(32);

    const second = await withJwtSecret(undefined, () => startLocalSupabase({ dataDir, seedFiles: [], port: 0, log: quiet }));
    try {
      expect({ secret: second.jwtSecret, anonKey: second.anonKey, serviceRoleKey: second.serviceRoleKey }).toEqual(firstKeys);
    } finally {
      await second.close();
    }
  });

  it('gives way to JWT_SECRET, which leaves the file as it is', async () => {
    const before = readFileSync(secretFile, 'utf8');
    const fromEnv = 'secret-from-the-environment-0123456789';
    const standIn = await withJwtSecret(fromEnv, () => startLocalSupabase({ dataDir, seedFiles: [], port: 0, log: quiet }));
    await standIn.close();
    expect(standIn.jwtSecret).toBe(fromEnv);
    expect(readFileSync(secretFile, 'utf8')).toBe(before);
  });

  it('makes a file others could read private again, and says so', async () => {
    chmodSync(secretFile, 0o644);
    const lines: string[] = [];
    const standIn = await withJwtSecret(undefined, () =>
      startLocalSupabase({ dataDir, seedFiles: [], port: 0, log: (line) => lines.push(line) }),
    );
    await standIn.close();
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(lines.some((line) => line.includes(secretFile) && line.includes('0600'))).toBe(true);
  });

  it('refuses a file that holds no usable secret, saying which file', async () => {
    const kept = readFileSync(secretFile, 'utf8');
    writeFileSync(secretFile, 'kort\n', { mode: 0o600 });
    try {
      await expect(withJwtSecret(undefined, () => startLocalSupabase({ dataDir, seedFiles: [], port: 0, log: quiet }))).rejects.toThrow(
        new RegExp(`${secretFile}.*at least 32 characters`),
      );
    } finally {
      writeFileSync(secretFile, kept, { mode: 0o600 });
    }
  });
});
