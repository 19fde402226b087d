import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/lib/build-site.ts';
import { closedPort } from '../support/ports.ts';
import { ANON_KEY, SERVICE_ROLE_KEY } from './keys.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build`'s script as the user would, with the given environment. */
function runBuildScript(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run build', () => {
  it('exits non-zero with the reason, and no stack trace, when the API is unreachable', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await runBuildScript({ PUBLIC_SUPABASE_URL: url, PUBLIC_SUPABASE_ANON_KEY: ANON_KEY });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Build failed: Could not reach the API');
    expect(run.stderr).toContain(url);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at /m);
  }, 120_000);

  it('refuses a service_role key before it reads anything: the key is published in dist/', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await runBuildScript({ PUBLIC_SUPABASE_URL: url, PUBLIC_SUPABASE_ANON_KEY: SERVICE_ROLE_KEY });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Build failed: PUBLIC_SUPABASE_ANON_KEY is a key with role service_role, not anon');
    expect(run.stderr).toContain('dist/');
    expect(run.stderr).not.toContain('Could not reach the API');
    // The message names the key's role, never the key.
    expect(`${run.stdout}\n${run.stderr}`).not.toContain(SERVICE_ROLE_KEY);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at /m);
  }, 120_000);

  it('asks for the anon key when only the URL is set', async () => {
    const run = await runBuildScript({ PUBLIC_SUPABASE_URL: 'http://127.0.0.1:54321', PUBLIC_SUPABASE_ANON_KEY: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PUBLIC_SUPABASE_ANON_KEY is not');
  }, 60_000);
});
