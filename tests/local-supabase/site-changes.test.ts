import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, parseSiteChange, SITE_CHANGED_CHANNEL, type LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { anonClient, HOSTILE, startTestStandIn } from './harness.ts';

// The stand-in's onSiteChanged: committed pg_notify('portal_site_changed', slug) reaches the callback, a
// rolled-back one does not, and close() stops it. One database (kept by the test) serves every stand-in here.
let db: PGlite;
const standIns: LocalSupabase[] = [];

beforeAll(async () => {
  db = await openDatabase({ seedFiles: [] });
  // As the trigger on staff writes will: notify inside the request's transaction, the same slug twice.
  await db.exec(`
    create function public.test_site_change(org text) returns void language plpgsql as $$
    begin
      perform pg_notify('portal_site_changed', org);
      perform pg_notify('portal_site_changed', org);
    end $$;

    create function public.test_site_change_then_fail(org text) returns void language plpgsql as $$
    begin
      perform pg_notify('portal_site_changed', org);
      raise exception 'refused after notifying' using errcode = 'P0001';
    end $$;
  `);
});

afterAll(async () => {
  await Promise.all(standIns.map((standIn) => standIn.close()));
  await db?.close();
});

async function standInRecording(): Promise<{ standIn: LocalSupabase; changes: string[] }> {
  const changes: string[] = [];
  // Recorded as the payload was sent: '<organisation>' or '<organisation>/<project>'.
  const standIn = await startTestStandIn({
    db,
    onSiteChanged: (change) =>
      changes.push(change.project === undefined ? change.organisation : `${change.organisation}/${change.project}`),
  });
  standIns.push(standIn);
  return { standIn, changes };
}

/** Notifications arrive in microtasks after the statement's result; a short pause lets every one land. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error('Timed out waiting for a site change');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a site change notification', () => {
  it('reaches onSiteChanged with the organisation slug, hostile text unchanged', async () => {
    const { changes } = await standInRecording();
    await db.query(`select pg_notify($1, 'demodam')`, [SITE_CHANGED_CHANNEL]);
    await db.query(`select pg_notify($1, $2)`, [SITE_CHANGED_CHANNEL, HOSTILE]);
    await until(() => changes.length >= 2);
    await settle();
    expect(changes).toEqual(['demodam', HOSTILE]);
  });

  it('arrives once per committed request, however often the request notified', async () => {
    const { standIn, changes } = await standInRecording();
    const { error } = await anonClient(standIn).rpc('test_site_change', { org: 'demodam' });
    expect(error).toBeNull();
    await until(() => changes.length >= 1);
    await settle();
    expect(changes).toEqual(['demodam']);
  });

  it('does not arrive for a request that failed and rolled back', async () => {
    const { standIn, changes } = await standInRecording();
    const { error, status } = await anonClient(standIn).rpc('test_site_change_then_fail', { org: 'demodam' });
    expect(status).toBe(400);
    expect(error?.message).toBe('refused after notifying');
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`select pg_notify($1, 'otherdam')`, [SITE_CHANGED_CHANNEL]);
        await tx.rollback();
      }),
    ).resolves.toBeUndefined();
    // A later commit proves the listener was live all along.
    await db.query(`select pg_notify($1, 'testdam')`, [SITE_CHANGED_CHANNEL]);
    await until(() => changes.length >= 1);
    await settle();
    expect(changes).toEqual(['testdam']);
  });

  it("names the project when the change was one project's", async () => {
    const { changes } = await standInRecording();
    await db.query(`select pg_notify($1, 'demodam/schoolzone-de-regenboog')`, [SITE_CHANGED_CHANNEL]);
    await until(() => changes.length >= 1);
    expect(parseSiteChange('demodam/schoolzone-de-regenboog')).toEqual({ organisation: 'demodam', project: 'schoolzone-de-regenboog' });
    expect(parseSiteChange('demodam')).toEqual({ organisation: 'demodam' });
    expect(changes).toEqual(['demodam/schoolzone-de-regenboog']);
  });

  it('ignores other channels', async () => {
    const { changes } = await standInRecording();
    await db.query(`select pg_notify('portal_something_else', 'demodam')`);
    await settle();
    expect(changes).toEqual([]);
  });
});

describe('close()', () => {
  it('unlistens, so a database the caller keeps no longer reaches the callback', async () => {
    const { standIn, changes } = await standInRecording();
    const before = await db.query<{ channel: string }>(`select pg_listening_channels() as channel`);
    expect(before.rows.map((row) => row.channel)).toContain(SITE_CHANGED_CHANNEL);

    await standIn.close();
    await db.query(`select pg_notify($1, 'demodam')`, [SITE_CHANGED_CHANNEL]);
    await settle();
    expect(changes).toEqual([]);
  });

  it('leaves no listener behind once every stand-in has closed', async () => {
    await Promise.all(standIns.map((standIn) => standIn.close()));
    const { rows } = await db.query<{ channel: string }>(`select pg_listening_channels() as channel`);
    expect(rows).toEqual([]);
  });

  it('does not listen at all without onSiteChanged', async () => {
    const standIn = await startTestStandIn({ db });
    standIns.push(standIn);
    const { rows } = await db.query<{ channel: string }>(`select pg_listening_channels() as channel`);
    expect(rows).toEqual([]);
  });
});

describe('a callback that throws', () => {
  it('is logged and does not stop later notifications', async () => {
    const lines: string[] = [];
    const changes: string[] = [];
    const standIn = await startTestStandIn({
      db,
      log: (line) => lines.push(line),
      onSiteChanged: ({ organisation }) => {
        changes.push(organisation);
        if (changes.length === 1) throw new Error('listener broke');
      },
    });
    standIns.push(standIn);
    await db.query(`select pg_notify($1, 'demodam')`, [SITE_CHANGED_CHANNEL]);
    await db.query(`select pg_notify($1, 'demodam')`, [SITE_CHANGED_CHANNEL]);
    await until(() => changes.length >= 2);
    expect(lines.some((line) => line.startsWith('Internal error in the site change listener') && line.includes('listener broke'))).toBe(
      true,
    );
  });
});
