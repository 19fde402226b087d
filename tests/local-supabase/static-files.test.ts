import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { anonClient, rawRequest, startTestStandIn } from './harness.ts';

// The built site served on the same origin as the API, as `npm start` does with dist/.
let standIn: LocalSupabase;
let workDir: string;
const SECRET = 'geheim: dit bestand ligt buiten de site';

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'stand-in-static-'));
  const site = join(workDir, 'dist');
  mkdirSync(join(site, 'projecten', 'schoolzone'), { recursive: true });
  mkdirSync(join(site, '_astro'));
  writeFileSync(join(site, 'index.html'), '<h1>Participatie in Demodam</h1>');
  writeFileSync(join(site, 'projecten', 'schoolzone', 'index.html'), '<h1>Schoolzone</h1>');
  writeFileSync(join(site, 'toegankelijkheid.html'), '<h1>Toegankelijkheid</h1>');
  writeFileSync(join(site, '_astro', 'island.Ab12Cd.js'), 'export const island = 1;');
  writeFileSync(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(site, '404.html'), '<h1>Pagina niet gevonden</h1>');
  writeFileSync(join(workDir, 'secret.txt'), SECRET);
  symlinkSync(join(workDir, 'secret.txt'), join(site, 'link-naar-buiten.txt'));
  standIn = await startTestStandIn({ staticDir: site });
});

afterAll(async () => {
  await standIn?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('serving the built site', () => {
  it('serves index.html for the root, as HTML that is revalidated', async () => {
    const response = await fetch(`${standIn.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<h1>Participatie in Demodam</h1>');
  });

  it('serves index.html of a directory, redirecting to the trailing slash first', async () => {
    const redirect = await fetch(`${standIn.url}/projecten/schoolzone?van=home`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/projecten/schoolzone/?van=home');
    const page = await fetch(`${standIn.url}/projecten/schoolzone/`);
    expect(await page.text()).toBe('<h1>Schoolzone</h1>');
  });

  it('serves page.html for /page', async () => {
    expect(await (await fetch(`${standIn.url}/toegankelijkheid`)).text()).toBe('<h1>Toegankelijkheid</h1>');
  });

  it('serves fingerprinted assets with a long, immutable cache and the right content types', async () => {
    const script = await fetch(`${standIn.url}/_astro/island.Ab12Cd.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await fetch(`${standIn.url}/favicon.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers a matching ETag with 304', async () => {
    const first = await fetch(`${standIn.url}/favicon.svg`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await fetch(`${standIn.url}/favicon.svg`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers unknown pages with 404.html and status 404', async () => {
    const response = await fetch(`${standIn.url}/bestaat-niet`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>Pagina niet gevonden</h1>');
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await fetch(`${standIn.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${standIn.url}/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });

  it('serves the API on the same origin', async () => {
    const { status } = await anonClient(standIn).rpc('get_organisation', { org_slug: 'nergens' });
    expect(status).toBe(404);
  });
});

describe('paths that try to leave the site', () => {
  it.each([
    '/../secret.txt',
    '/projecten/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..\\secret.txt',
    '/index.html%00.js',
  ])('refuses %s with 400', async (path) => {
    const response = await rawRequest(standIn.url, path);
    expect(response.status).toBe(400);
    expect(response.body).not.toContain(SECRET);
  });

  it('answers a malformed escape with 400', async () => {
    expect((await rawRequest(standIn.url, '/%E0%A4%A')).status).toBe(400);
  });

  it('does not follow a symbolic link out of the site', async () => {
    const response = await rawRequest(standIn.url, '/link-naar-buiten.txt');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
  });
});

describe('without a built site', () => {
  it('answers 503 while dist/ does not exist yet, and plain 404s without a static directory', async () => {
    const building = await startLocalSupabase({ db: standIn.db, port: 0, staticDir: join(workDir, 'nog-niet-gebouwd') });
    const apiOnly = await startLocalSupabase({ db: standIn.db, port: 0 });
    try {
      const response = await fetch(`${building.url}/`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect((await fetch(`${apiOnly.url}/`)).status).toBe(404);
    } finally {
      await building.close();
      await apiOnly.close();
    }
  });
});
