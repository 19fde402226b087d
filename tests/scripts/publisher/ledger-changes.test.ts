import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerFollower, type LedgerFollower } from '../../../scripts/lib/publisher/ledger-changes.ts';
import { createPortalApi } from '../../../src/lib/api/client.ts';
import { startLocalSupabase, type LocalSupabase } from '../../../src/services/local-supabase/index.ts';

// The publisher learns what changed from the public ledger, through the real API over the demo: a publish in a
// project names that project; a person, or a project the site does not show yet, takes the whole site; a hook
// without a new entry is a change of the organisation itself only when the organisation did change.

const approver = 'de000000-0000-4000-8000-000000000002';
let local: LocalSupabase;
let db: PGlite;
let follower: LedgerFollower;
let slugs: Map<string, string>;
let slugsFail = false;

beforeAll(async () => {
  local = await startLocalSupabase({ seedFiles: ['supabase/seed.sql'], port: 0, log: () => undefined });
  db = local.db;
  const { rows } = await db.query<{ id: string; slug: string }>(
    `select p.id, p.slug from portal.projects p join portal.organisations o on o.id = p.organisation_id
     where o.slug = 'demodam' and p.publication = 'published' order by p.slug`,
  );
  slugs = new Map(rows.map((row) => [row.id, row.slug]));
  follower = createLedgerFollower({
    api: createPortalApi({ url: local.url, anonKey: local.anonKey }),
    organisation: 'demodam',
    projectSlugs: async () => {
      if (slugsFail) throw new Error('The renderer stopped.');
      return slugs;
    },
  });
  await follower.mark();
});

afterAll(async () => {
  await local?.close();
});

async function publishUpdate(slug: string, title: string): Promise<void> {
  await db.transaction(async (tx) => {
    const draft = await tx.query<{ id: string }>(
      `insert into portal.updates (project_id, title, body_md) select id, $2, 'Tekst.' from portal.projects where slug = $1 returning id`,
      [slug, title],
    );
    await tx.query(`select portal.publish_row('update', $1, $2, 'four_eyes')`, [draft.rows[0]?.id, approver]);
  });
}

describe('the ledger follower', () => {
  it('finds nothing before anything is published', async () => {
    expect(await follower.changesInLedger()).toEqual([]);
    expect(await follower.changesAfterHook()).toEqual([]);
  });

  it('names each project that had a publication event, once, and nothing the second time', async () => {
    const [first, second] = [...slugs.values()];
    await publishUpdate(first as string, 'Eerste bericht');
    await publishUpdate(second as string, 'Tweede bericht');
    await publishUpdate(first as string, 'Derde bericht');
    expect(await follower.changesAfterHook()).toEqual([
      { organisation: 'demodam', project: first },
      { organisation: 'demodam', project: second },
    ]);
    expect(await follower.changesInLedger()).toEqual([]);
  });

  it('keeps the entries for the next look when finding their projects failed', async () => {
    const [first] = [...slugs.values()];
    await publishUpdate(first as string, 'Bericht dat even wacht');
    slugsFail = true;
    await expect(follower.changesInLedger()).rejects.toThrow('The renderer stopped.');
    slugsFail = false;
    expect(await follower.changesInLedger()).toEqual([{ organisation: 'demodam', project: first }]);
  });

  it('takes the whole site for a person, whose event names no project', async () => {
    await db.transaction(async (tx) => {
      const person = await tx.query<{ id: string }>(
        `insert into portal.people (organisation_id, name, job_title) select id, 'Nieuwe collega', 'Projectleider' from portal.organisations where slug = 'demodam' returning id`,
      );
      await tx.query(`select portal.publish_row('person', $1, $2, 'four_eyes')`, [person.rows[0]?.id, approver]);
    });
    expect(await follower.changesInLedger()).toEqual([{ organisation: 'demodam' }]);
  });

  it('takes the whole site for a project the site does not show yet', async () => {
    const [first] = [...slugs.values()];
    const known = slugs;
    slugs = new Map([...known].filter(([, slug]) => slug !== first));
    try {
      await publishUpdate(first as string, 'Bericht bij een nieuw project');
      expect(await follower.changesInLedger()).toEqual([{ organisation: 'demodam' }]);
    } finally {
      slugs = known;
    }
  });

  it('after a hook without new entries, takes the whole site only when the organisation changed', async () => {
    expect(await follower.changesAfterHook()).toEqual([]);
    await db.query(`update portal.organisations set council_name = 'Raad van Demodam' where slug = 'demodam'`);
    expect(await follower.changesInLedger()).toEqual([]);
    expect(await follower.changesAfterHook()).toEqual([{ organisation: 'demodam' }]);
    expect(await follower.changesAfterHook()).toEqual([]);
  });
});
