import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, describe, expect, it } from 'vitest';
import { apiKeys, randomJwtSecret } from '../../src/services/local-supabase/keys.ts';
import { solveFollowChallenge, TEST_FOLLOW_SETTINGS } from '../database/follow-challenge.ts';

// The embedded portal's fault test: `npm start` is killed with SIGKILL (its whole process group, as a crash or an
// out-of-memory kill of the service would) while staff save drafts, residents follow projects and the mail
// worker sends their confirmation mails. The next start opens the database, every write the API had
// acknowledged is there, and every resident whose follow was acknowledged gets the confirmation mail.

const work = mkdtempSync(join(tmpdir(), 'portal-crash-'));
const jwtSecret = randomJwtSecret();
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) kill(child, 'SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  /** Resolves when a line matching the pattern has been printed; rejects if the process ends first. */
  printed(pattern: RegExp): Promise<void>;
  exited: Promise<number | null>;
}

/** `npm run demo` as one process group: node with tsx's loader running scripts/start.ts --demo. */
function startPortal(port: number, dataDir = join(work, 'db')): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--demo'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: jwtSecret,
      PORTAL_DATA_DIR: dataDir,
      PORTAL_DIST_DIR: join(dataDir, '..', 'dist'),
      // The public address behind a reverse proxy: pages from there may call the API, others may not.
      PUBLIC_SITE_URL: 'https://meedoen.crashdam.example/',
      SMTP_URL: '',
    },
  });
  children.push(child);
  let output = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(output)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    printed: (pattern) =>
      Promise.race([
        new Promise<void>((resolve) => (pattern.test(output) ? resolve() : waiters.push({ pattern, resolve }))),
        exited.then((code) => {
          throw new Error(`npm start ended (exit ${code}) before printing ${pattern}:\n${output}`);
        }),
      ]),
  };
}

/** The addresses of every mail the catcher kept (one .eml file per mail). */
function caughtRecipients(): string[] {
  const dir = join(work, 'mail');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => /^To: (.+)$/im.exec(readFileSync(join(dir, name), 'utf8'))?.[1]?.trim() ?? '');
}

async function staffClient(url: string, anonKey: string, email: string): Promise<SupabaseClient> {
  const client = createClient(url, anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
  const { error } = await client.auth.signInWithPassword({ email, password: 'demo-wachtwoord' });
  if (error) throw new Error(`Sign-in as ${email}: ${error.message}`);
  return client;
}

describe('kill -9 of npm start in the middle of staff writes and mail', () => {
  it('loses no acknowledged write: the next start opens the database with all of them, and the mail goes out', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const { anonKey, serviceRoleKey } = await apiKeys(jwtSecret);

    const first = startPortal(port);
    await first.printed(/Mail worker running/);
    const service = createClient(url, serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false } });
    // Cheap challenges, and one trusted proxy so that each follower below is a source of its own.
    const settings = await service.rpc('update_deployment_settings', { input: TEST_FOLLOW_SETTINGS });
    expect(settings.error).toBeNull();
    const editor = await staffClient(url, anonKey, 'redacteur@demodam.example');
    const workspace = await editor.rpc('staff_workspace');
    expect(workspace.error).toBeNull();
    const project = (workspace.data as { projects: { id: string; slug: string; organisation_id: string }[] }).projects[0]!;

    const savedDrafts = new Map<string, string>();
    const followed: string[] = [];
    let stop = false;
    let n = 0;
    const saveDrafts = async () => {
      while (!stop) {
        const title = `Concept ${(n += 1)} voor de crashtest`;
        const { data, error } = await editor.rpc('staff_save_update', {
          input: { project_id: project.id, title, body_md: `Tekst van ${title}.` },
        });
        if (error) return; // The server is gone: what was not acknowledged does not count.
        savedDrafts.set((data as { id: string }).id, title);
      }
    };
    const follow = async (worker: number) => {
      for (let i = 0; !stop; i += 1) {
        try {
          const challenge = await fetch(`${url}/rest/v1/rpc/follow_challenge`, {
            method: 'POST',
            headers: { apikey: anonKey, 'Content-Type': 'application/json' },
            body: '{}',
          });
          const altcha = await solveFollowChallenge(await challenge.json());
          const email = `volger-${worker}-${i}@voorbeeld.nl`;
          const response = await fetch(`${url}/rest/v1/rpc/follow_project`, {
            method: 'POST',
            headers: { apikey: anonKey, 'Content-Type': 'application/json', 'x-forwarded-for': `192.0.2.${worker * 50 + (i % 50)}` },
            body: JSON.stringify({
              input: { organisation: 'demodam', project: project.slug, email, language: 'nl', frequency: 'weekly', altcha },
            }),
          });
          if (response.status !== 200) return;
          followed.push(email);
        } catch {
          return;
        }
      }
    };
    const writers = [saveDrafts(), saveDrafts(), follow(1), follow(2)];

    // Kill while mail is being sent: once a few confirmation mails were caught and more are queued.
    await first.printed(/(Mail to volger-[\s\S]*){3}/);
    while (savedDrafts.size < 20) await new Promise((resolve) => setImmediate(resolve));
    kill(first.child, 'SIGKILL');
    await first.exited;
    stop = true;
    await Promise.all(writers);
    console.log(
      `Killed with ${savedDrafts.size} drafts and ${followed.length} follows acknowledged, ${caughtRecipients().length} mails caught`,
    );
    expect(savedDrafts.size).toBeGreaterThanOrEqual(20);
    expect(followed.length).toBeGreaterThanOrEqual(3);

    const second = startPortal(port);
    await second.printed(/Mail worker running/);
    const fromOrigin = (origin: string) =>
      fetch(`${url}/rest/v1/rpc/list_projects`, {
        method: 'POST',
        headers: { apikey: anonKey, Origin: origin, 'Content-Type': 'application/json' },
        body: '{"org_slug":"demodam"}',
      });
    expect((await fromOrigin('https://meedoen.crashdam.example')).status).toBe(200);
    expect((await fromOrigin('https://elders.example')).status).toBe(403);
    const editorAgain = await staffClient(url, anonKey, 'redacteur@demodam.example');
    const { data, error } = await editorAgain.rpc('staff_project', { input: { project_id: project.id } });
    expect(error).toBeNull();
    const updates = new Map((data as { updates: { id: string; title: string }[] }).updates.map((update) => [update.id, update.title]));
    const lost = [...savedDrafts].filter(([id, title]) => updates.get(id) !== title);
    expect(lost).toEqual([]);

    // Every acknowledged follow gets its confirmation mail: the ones queued at the kill go out after the restart.
    await expect
      .poll(() => followed.filter((email) => !caughtRecipients().includes(email)), { timeout: 300_000, interval: 250 })
      .toEqual([]);

    // A stop while the site still builds (the whole group gets the signal, as under systemd) is a clean stop too.
    kill(second.child, 'SIGTERM');
    expect(await second.exited, second.output()).toBe(0);
  });

  it('stops cleanly (exit 0, database closed) on SIGTERM to the whole group while the first site build runs', async () => {
    // systemd stops a service by signalling every process in it, the astro build child included: that build then
    // fails, and the start must not report the stop it asked for as a failure to start.
    const starting = startPortal(await freePort(), join(work, 'stop-during-build', 'db'));
    await starting.printed(/building the site/);
    kill(starting.child, 'SIGTERM');
    expect(await starting.exited, starting.output()).toBe(0);
    expect(starting.output()).toMatch(/Stopped\./);
    expect(starting.output()).not.toMatch(/Could not start/);
  });
});
