import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeReply {
  status?: number;
  body: unknown;
  /** Answer only after this long, to play a database that hangs. */
  delayMs?: number;
}

/** Answers one RPC call: the function name and its JSON arguments. */
export type FakeHandler = (fn: string, args: Record<string, unknown>) => FakeReply;

export interface FakeApi {
  url: string;
  /** Every function called, in order, for assertions. */
  calls: string[];
  close(): Promise<void>;
}

/**
 * A tiny stand-in for the PostgREST RPC route that answers whatever the test says, including documents the
 * real database could never produce. It only exists to drive builds into failures on purpose; everything else
 * is tested against the real stand-in and PGlite.
 */
export async function startFakeApi(handler: FakeHandler): Promise<FakeApi> {
  const calls: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const match = /^\/rest\/v1\/rpc\/([a-z_]+)$/.exec(request.url ?? '');
      if (request.method !== 'POST' || !match?.[1] || !request.headers['apikey']) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ code: 'PGRST202', message: 'Not found in the fake API', details: null, hint: null }));
        return;
      }
      const fn = match[1];
      calls.push(fn);
      const raw = Buffer.concat(chunks).toString('utf8');
      const args = (raw === '' ? {} : JSON.parse(raw)) as Record<string, unknown>;
      const reply = handler(fn, args);
      setTimeout(() => {
        response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(reply.body));
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A handler that serves a consistent small portal: one organisation, the given projects, their timelines, a
 * ledger, withdrawn projects (none unless given) and retention periods.
 */
export function portalHandler(documents: {
  organisation: unknown;
  cards: unknown[];
  timelines: Record<string, unknown>;
  ledger?: { head: unknown; entries: unknown[] };
  withdrawn?: { ledger_head: number | null; projects: unknown[] };
}): FakeHandler {
  return (fn, args) => {
    switch (fn) {
      case 'get_organisation':
        return { body: documents.organisation };
      case 'list_projects':
        return { body: documents.cards };
      case 'project_timeline': {
        const timeline = documents.timelines[String(args['project_slug'])];
        return timeline === undefined
          ? { status: 404, body: { code: 'PT404', message: 'Project does not exist.', details: null, hint: null } }
          : { body: timeline };
      }
      case 'project_timelines': {
        // Keyset pages by slug, as the database gives them (supabase/migrations/20261205000800_timeline_pages.sql).
        const after = args['after_slug'] === null || args['after_slug'] === undefined ? null : String(args['after_slug']);
        const size = Number(args['page_size'] ?? 100);
        const slugs = Object.keys(documents.timelines)
          .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
          .filter((slug) => after === null || Buffer.compare(Buffer.from(slug), Buffer.from(after)) > 0)
          .slice(0, size);
        return {
          body: {
            timelines: slugs.map((slug) => documents.timelines[slug]),
            next_after: slugs.length === size ? (slugs.at(-1) ?? null) : null,
          },
        };
      }
      case 'ledger_entries': {
        const after = Number(args['after_seq'] ?? 0);
        const entries = (documents.ledger?.entries ?? []).filter((entry) => (entry as { seq: number }).seq > after);
        return { body: { organisation: args['org_slug'], head: documents.ledger?.head ?? null, entries } };
      }
      case 'retention_periods':
        // The privacy statement's figures; what they are does not matter to the builds that use this handler.
        return {
          body: {
            unconfirmed_days: 8,
            confirmation_link_days: 7,
            mail_link_days: 365,
            expired_link_days: 30,
            finished_mail_days: 30,
            rate_limit_days: 1,
          },
        };
      case 'check_rules':
        // Two rules are enough for the pages that show them; their words are checked against the database elsewhere.
        return {
          body: [
            {
              rule: 'expectations_current_phase',
              key: 1,
              title: { nl: 'Verwachtingen compleet', en: 'Expectations complete' },
              explanation: { nl: 'Uitleg.', en: 'Explanation.' },
              fix_kind: 'phase',
            },
            {
              rule: 'promises_on_time',
              key: 2,
              title: { nl: 'Geen toezegging te laat', en: 'No promise overdue' },
              explanation: { nl: 'Uitleg.', en: 'Explanation.' },
              fix_kind: 'promise',
            },
            {
              rule: 'lessons_recorded',
              key: 6,
              title: { nl: 'Lessen', en: 'Lessons' },
              explanation: { nl: 'Uitleg.', en: 'Explanation.' },
              fix_kind: 'lesson',
            },
          ],
        };
      case 'withdrawn_projects':
        return {
          body: documents.withdrawn ?? { ledger_head: (documents.ledger?.head as { seq: number } | null)?.seq ?? null, projects: [] },
        };
      default:
        return { status: 404, body: { code: 'PGRST202', message: `No function ${fn}`, details: null, hint: null } };
    }
  };
}
