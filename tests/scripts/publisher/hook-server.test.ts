import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOOK_PATH, startHookServer, type HookServer } from '../../../scripts/lib/publisher/hook-server.ts';

// The publisher's deploy hook answers only the database's post with the secret; everything else gets a clear 4xx
// and wakes nothing.

const secret = 'a-secret-of-the-deploy-hook-0123456789';
let server: HookServer;
let hooks = 0;

beforeAll(async () => {
  server = await startHookServer({
    organisation: 'demodam',
    secret,
    host: '127.0.0.1',
    port: 0,
    onHook: () => {
      hooks += 1;
    },
    status: () => ({ organisation: 'demodam', last_change: null }),
  });
});

afterAll(async () => {
  await server?.close();
});

const withSecret = `Bearer ${secret}`;
const valid = JSON.stringify({ event_type: 'portal_site_changed', client_payload: { organisation: 'demodam' } });

/** Posts to the hook; an empty authorization sends no Authorization header. */
async function post(body: string, authorization = withSecret, path = HOOK_PATH) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization === '' ? {} : { Authorization: authorization }) },
    body,
  });
  return { status: response.status, body: (await response.json()) as { message?: string } };
}

describe('the deploy hook', () => {
  it.each([
    ['no secret', valid, '', 401],
    ['a wrong secret', valid, 'Bearer not-the-secret', 401],
    ['the secret with one character more', valid, `Bearer ${secret}x`, 401],
    ['the secret as Basic', valid, `Basic ${secret}`, 401],
    ['a body that is not JSON', '{"event_type": ', withSecret, 400],
    ['a JSON array', '[]', withSecret, 400],
    ['another event', JSON.stringify({ event_type: 'push', client_payload: { organisation: 'demodam' } }), withSecret, 400],
    [
      'another organisation',
      JSON.stringify({ event_type: 'portal_site_changed', client_payload: { organisation: 'otherdam' } }),
      withSecret,
      400,
    ],
    ['no payload', JSON.stringify({ event_type: 'portal_site_changed' }), withSecret, 400],
    ['a body over 16 kB', JSON.stringify({ event_type: 'portal_site_changed', padding: 'x'.repeat(20_000) }), withSecret, 413],
  ])('refuses %s with a message, and wakes nothing', async (_what, body, authorization, status) => {
    const answer = await post(body, authorization);
    expect(answer.status).toBe(status);
    expect(answer.body.message).toMatch(/\w+/);
    expect(JSON.stringify(answer.body)).not.toContain(secret);
    expect(hooks).toBe(0);
  });

  it('refuses other methods and paths', async () => {
    expect((await fetch(`${server.url}${HOOK_PATH}`)).status).toBe(405);
    expect((await post(valid, withSecret, '/elders')).status).toBe(404);
    expect(hooks).toBe(0);
  });

  it("accepts the database's post with 202 and wakes the publisher once", async () => {
    const answer = await post(valid);
    expect(answer.status).toBe(202);
    expect(hooks).toBe(1);
  });

  it('says what it does on GET /, without the secret', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ organisation: 'demodam', last_change: null });
    expect(text).not.toContain(secret);
  });
});
