import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../../../src/services/local-supabase/project-root.ts';

/**
 * Open Raadsinformatie's search API as the importer sees it, on 127.0.0.1, answering with the recorded responses in
 * tests/fixtures/open-raadsinformatie/ (see the README there): `GET /v1/elastic/<index>/_search?q=_id:<id>` gets
 * `<id>.json` byte for byte (HTTP 200, whatever it holds), `<id>.http-500.json` with HTTP 500, no answer at all for
 * `<id>.hang`, and the recorded empty result (`_not-found.json`) for an id without a file. Anything else is answered
 * as Elasticsearch answers a request it cannot read (400), so a request the importer should not make shows up.
 * The tests never reach the live service.
 */
export interface OriFixtureServer {
  /** The base URL to give the importer, like https://api.openraadsinformatie.nl/v1/elastic/. */
  baseUrl: string;
  /** Every request in order, as "<method> <path and query>". */
  requests: string[];
  close(): Promise<void>;
}

export const FIXTURE_DIR = join(projectRoot, 'tests', 'fixtures', 'open-raadsinformatie');

export async function startOriFixtureServer(): Promise<OriFixtureServer> {
  const requests: string[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push(`${request.method} ${request.url}`);
    const url = new URL(request.url ?? '/', 'http://fixture');
    const search = /^\/v1\/elastic\/(ori_[a-z0-9_*]+)\/_search$/.exec(url.pathname);
    const query = /^_id:([A-Za-z0-9_.:-]+)$/.exec(url.searchParams.get('q') ?? '');
    if (request.method !== 'GET' || !search || !query?.[1]) {
      response.writeHead(400, { 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({
          error: { type: 'illegal_argument_exception', reason: `not a recorded request: ${request.method} ${request.url}` },
          status: 400,
        }),
      );
      return;
    }
    const id = query[1];
    if (existsSync(join(FIXTURE_DIR, `${id}.hang`))) {
      // Never answers: the importer's timeout has to end the wait.
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return;
    }
    const failing = join(FIXTURE_DIR, `${id}.http-500.json`);
    const recorded = join(FIXTURE_DIR, `${id}.json`);
    const [status, file] = existsSync(failing)
      ? [500, failing]
      : existsSync(recorded)
        ? [200, recorded]
        : [200, join(FIXTURE_DIR, '_not-found.json')];
    response.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1/elastic/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
