import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readChanges, sinceFor } from '../../../src/islands/project/changes.ts';
import { rpc } from '../../../src/islands/project/rpc.ts';
import { closedPort } from '../support/ports.ts';

// The freshness island's logic without a browser. Its behaviour against the real API is proven in
// tests/e2e/project-freshness.spec.ts; here, what it does with answers the real API would never give.

describe('sinceFor', () => {
  const builtAt = '2026-03-01T10:00:00.123456+00:00';

  it('asks since the build by default', () => {
    expect(sinceFor(builtAt, '')).toBe('2026-03-01T10:00:00.123Z');
  });

  it('asks since an earlier moment from the address, for "what changed since I last looked"', () => {
    expect(sinceFor(builtAt, '?since=2026-02-01T00:00:00Z')).toBe('2026-02-01T00:00:00.000Z');
  });

  it('never asks since a moment after the build, and ignores what is not a moment', () => {
    expect(sinceFor(builtAt, '?since=2027-01-01T00:00:00Z')).toBe('2026-03-01T10:00:00.123Z');
    expect(sinceFor(builtAt, '?since=%3Cscript%3E')).toBe('2026-03-01T10:00:00.123Z');
  });
});

describe('readChanges', () => {
  it('keeps valid changes in the API’s order and drops anything else', () => {
    const answer = {
      checked_at: '2026-03-02T00:00:00Z',
      changes: [
        { kind: 'promise', id: 'a', title: '<img src=x onerror=alert(1)>', status: 'kept' },
        { kind: 'script', id: 'b', title: 'x', status: null },
        { kind: 'decision', id: 'c', title: '', status: null },
        { kind: 'decision', id: 'd', title: 'Besluit', status: 7 },
        null,
        { kind: 'update', id: 'e', title: 'Nieuws', status: null },
      ],
    };
    expect(readChanges(answer)).toEqual([
      { kind: 'promise', id: 'a', title: '<img src=x onerror=alert(1)>', status: 'kept' },
      { kind: 'update', id: 'e', title: 'Nieuws', status: null },
    ]);
  });

  it('rejects an answer that is not a changes document', () => {
    expect(readChanges(null)).toBeUndefined();
    expect(readChanges({ code: 'PT404', message: 'nope' })).toBeUndefined();
    expect(readChanges('changes')).toBeUndefined();
  });
});

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
    expect(await rpc({ url: await answering(400, '{"code":"22023","message":"since is required"}', []), anonKey: 'k' }, 'changes_since', {})).toBeUndefined();
    await stop();
    expect(await rpc({ url: await answering(200, '<html>oops', []), anonKey: 'k' }, 'changes_since', {})).toBeUndefined();
    expect(await rpc({ url: `http://127.0.0.1:${await closedPort()}`, anonKey: 'k' }, 'changes_since', {})).toBeUndefined();
  });
});
