import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openDatabase,
  projectRoot,
  startLocalSupabase,
  SUPABASE_DEMO_JWT_SECRET,
  type LocalSupabase,
} from '../../src/services/local-supabase/index.ts';
import { closedPort } from '../lib/support/ports.ts';
import { createUser } from './harness.ts';

// Listening beyond loopback makes the API reachable from other machines. The stand-in refuses that while anyone
// could sign in with a demo login or make keys with Supabase's public demo secret, and says what to do instead.
let db: PGlite;
const quiet = () => undefined;

beforeAll(async () => {
  db = await openDatabase({ seedFiles: [] });
});

afterAll(async () => {
  await db?.close();
});

/** Starts a stand-in on `host`, closing it again right away; resolves to the refusal's message, or undefined. */
async function refusal(host: string, options: { jwtSecret?: string } = {}): Promise<string | undefined> {
  let started: LocalSupabase | undefined;
  try {
    started = await startLocalSupabase({ db, host, port: 0, log: quiet, ...options });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await started?.close();
  }
}

describe('listening beyond loopback', () => {
  it('is allowed with a random secret and no demo login', async () => {
    expect(await refusal('0.0.0.0')).toBeUndefined();
  });

  it('is refused while JWT_SECRET is the public demo secret, saying what to do', async () => {
    const message = await refusal('0.0.0.0', { jwtSecret: SUPABASE_DEMO_JWT_SECRET });
    expect(message).toMatch(/HOST=0\.0\.0\.0/);
    expect(message).toMatch(/public demo secret/);
    expect(message).toMatch(/service_role/);
    expect(message).toMatch(/Remove JWT_SECRET/);
    expect(message).toMatch(/HOST=localhost/);
  });

  describe('while a demo login works', () => {
    beforeAll(async () => {
      await createUser(db, 'redacteur@demodam.example', { password: 'demo-wachtwoord' });
      await createUser(db, 'iemand@demodam.example', { password: 'een eigen wachtwoord' });
    });
    afterAll(async () => {
      await db.exec('delete from auth.users');
    });

    it.each(['0.0.0.0', '::', '192.0.2.10', 'portaal.intern.example'])(
      'is refused on %s, naming the accounts and what to do',
      async (host) => {
        const message = await refusal(host);
        expect(message).toContain(`HOST=${host}`);
        expect(message).toContain('redacteur@demodam.example');
        expect(message).not.toContain('iemand@demodam.example');
        expect(message).toContain('demo-wachtwoord');
        expect(message).toMatch(/HOST=localhost/);
      },
    );

    it.each(['localhost', '127.0.0.1', '127.0.0.2', '::1'])('is no concern on the loopback address %s', async (host) => {
      // ::1 may be missing on a machine without IPv6; only a refusal by the stand-in itself counts here.
      const message = await refusal(host);
      if (message !== undefined) expect(message).toMatch(/EADDRNOTAVAIL|EAFNOSUPPORT/);
    });
  });
});

describe('npm start with HOST=0.0.0.0 on the demo database', () => {
  let parent: string;
  beforeAll(() => {
    parent = mkdtempSync(join(tmpdir(), 'portal-exposure-'));
  });
  afterAll(() => {
    rmSync(parent, { recursive: true, force: true });
  });

  it('stops before it serves anything, with a plain message and no stack trace', async () => {
    const port = await closedPort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOST: '0.0.0.0',
      PORT: String(port),
      PORTAL_DATA_DIR: join(parent, 'db'),
      PORTAL_DIST_DIR: join(parent, 'dist'),
    };
    delete env['JWT_SECRET'];
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--demo'], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const outcome = await new Promise<number | 'listening'>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        // Without the check, the server would now serve the demo to the network and go on to build the site.
        if (stdout.includes('API listening on')) resolve('listening');
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('close', (code) => resolve(code ?? -1));
    });
    if (outcome === 'listening') {
      const closed = new Promise((resolve) => child.once('close', resolve));
      child.kill('SIGTERM');
      await closed;
    }
    expect(outcome).toBe(1);
    expect(stderr).toContain('Could not start: Refusing to listen on HOST=0.0.0.0');
    expect(stderr).toContain('redacteur@demodam.example');
    expect(stderr).toContain('demo-wachtwoord');
    expect(`${stdout}\n${stderr}`).not.toMatch(/^\s+at /m);
  });
});
