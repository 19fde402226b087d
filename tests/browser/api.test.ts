import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { rpc } from '../../src/browser/api.ts';
import { closedPort } from '../lib/support/ports.ts';

// How the residents' pages call the API, against a real HTTP server that answers what the real API never would.

describe('rpc', () => {
  let server: Server | undefined;
  afterEach(() => stop());

  /** Closes the server at once: fetch keeps connections alive, and close() alone would wait for them. */
  function stop(): Promise<void> {
    server?.closeAllConnections();
    return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** A real HTTP server that answers every request the same way and records what it was asked. */
  async function answering(status: number, body: string, seen: Array<{ url?: string; headers: Record<string, unknown>; body: string }>) {
    server = createServer((request, response) => {
      let received = '';
      request.on('data', (chunk: Buffer) => (received += chunk.toString()));
      request.on('end', () => {
        seen.push({ url: request.url, headers: request.headers, body: received });
        response.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('posts the arguments to the PostgREST RPC route with the anon key, as supabase-js does', async () => {
    const seen: Array<{ url?: string; headers: Record<string, unknown>; body: string }> = [];
    const url = await answering(200, '{"checked_at":"x","changes":[]}', seen);
    expect(await rpc({ url, anonKey: 'anon-key' }, 'changes_since', { org_slug: 'demodam' })).toEqual({ checked_at: 'x', changes: [] });
    expect(seen[0]?.url).toBe('/rest/v1/rpc/changes_since');
    expect(seen[0]?.headers).toMatchObject({ apikey: 'anon-key', authorization: 'Bearer anon-key', 'content-type': 'application/json' });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ org_slug: 'demodam' });
  });

  it('resolves undefined, never throws, when the API refuses, answers garbage or is not there', async () => {
    expect(
      await rpc({ url: await answering(400, '{"code":"22023","message":"since is required"}', []), anonKey: 'k' }, 'changes_since', {}),
    ).toBeUndefined();
    await stop();
    expect(await rpc({ url: await answering(200, '<html>oops', []), anonKey: 'k' }, 'changes_since', {})).toBeUndefined();
    expect(await rpc({ url: `http://127.0.0.1:${await closedPort()}`, anonKey: 'k' }, 'changes_since', {})).toBeUndefined();
  });
});
