import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../../scripts/lib/build-site.ts';
import { startRenderer, type Renderer } from '../../scripts/lib/renderer.ts';
import { startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';

// Incremental publish must give what a full build gives: the demo is built in full, two projects change, the
// renderer re-renders them into that site, and a second full build of the changed database must match it file for
// file, after normalising what differs by the moment of reading (read times, the ledger head a file was read at,
// the island ids Astro derives from those).

let local: LocalSupabase | undefined;
let renderer: Renderer | undefined;
const work = join(projectRoot, '.data', `renderer-test-${process.pid}`);
const incremental = join(work, 'incremental');
const full = join(work, 'full');

beforeAll(async () => {
  local = await startLocalSupabase({ seedFiles: ['supabase/seed.sql'], port: 0, log: () => undefined });
  const api = { supabaseUrl: local.url, anonKey: local.anonKey, organisation: 'demodam' };
  await buildSite({ ...api, outDir: incremental, log: () => undefined });
  renderer = await startRenderer({ ...api, log: () => undefined });
});

afterAll(async () => {
  await renderer?.close();
  await local?.close();
  await rm(work, { recursive: true, force: true });
});

const normalised = (text: string) =>
  text
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g, '<time>')
    .replace(/\buid="[^"]+"/g, 'uid')
    .replace(/DTSTAMP:\S+/g, 'DTSTAMP')
    .replace(/"ledger_head":\s*\{[^}]*\}/g, '"ledger_head":<head>')
    // A project's feed names the ledger head its project was read at, like its JSON.
    .replace(/<ledger:head [^>]*>[0-9a-f]*<\/ledger:head>/g, '<ledger:head>')
    .replace(/&quot;ledger_head&quot;:\{[^}]*\}/g, 'ledger_head');

async function siteFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((file) => /\.(html|xml|ics|json|txt)$/.test(file)).sort();
}

describe('the renderer', () => {
  it('re-renders changed projects so that the site equals a full build of the same data', async () => {
    const db = (local as LocalSupabase).db;
    const { rows } = await db.query<{ slug: string }>(
      `select p.slug from portal.projects p join portal.organisations o on o.id = p.organisation_id
       where o.slug = 'demodam' and p.publication = 'published' order by p.slug limit 2`,
    );
    const slugs = rows.map((row) => row.slug);
    expect(slugs).toHaveLength(2);
    for (const slug of slugs) {
      // The summary is on the project page; the explanation of the council's role on its council page too.
      await db.query(`update portal.projects set summary = $1, council_role_explanation = $2 where slug = $3`, [
        `Nieuwe samenvatting van ${slug}, met <tekens> & "aanhalingen"`,
        `Nieuwe uitleg over de raad bij ${slug}`,
        slug,
      ]);
      await db.query(
        `update portal.updates set title = $1, published_at = now() where id = (select u.id from portal.updates u join portal.projects p on p.id = u.project_id where p.slug = $2 and u.publication = 'published' order by u.published_at desc limit 1)`,
        [`Nieuw bericht van ${slug}`, slug],
      );
    }
    // The site-wide pages of promises, council moments and lessons read none of what changed: not made again today.
    const siteWide = ['toezeggingen', 'en/promises', 'gemeenteraad', 'en/council', 'lessen', 'en/lessons'].map((path) =>
      join(incremental, path, 'index.html'),
    );
    const written = async (files = siteWide) => Promise.all(files.map(async (file) => (await stat(file)).ino));
    const before = await written();
    // The council's calendar reads what the council page reads (a SitePart of its own would drift): skipped alike.
    const councilCalendars = ['gemeenteraad/vergaderingen.ics', 'en/council/meetings.ics'].map((path) => join(incremental, path));
    const calendarsBefore = await written(councilCalendars);
    // Pages that read no projects at all (the statements, the schemas) are not made again by any publish.
    const organisationOnly = ['privacy/index.html', 'en/accessibility/index.html', 'open-data/schema/ledger.schema.json'].map((path) =>
      join(incremental, path),
    );
    const organisationOnlyBefore = await written(organisationOnly);
    const result = await (renderer as Renderer).publish(slugs, incremental);
    expect(result.full).toBe(false);
    expect(result.files).toBeGreaterThan(slugs.length * 10);
    expect(await readFile(join(incremental, 'projecten', slugs[0] as string, 'index.html'), 'utf8')).toContain(
      `Nieuw bericht van ${slugs[0]}`,
    );
    // Every page of the project is made again, its council page among them.
    for (const slug of slugs) {
      expect(await readFile(join(incremental, 'projecten', slug, 'gemeenteraad', 'index.html'), 'utf8')).toContain(
        `Nieuwe uitleg over de raad bij ${slug}`,
      );
    }
    expect(await written()).toEqual(before);
    expect(await written(councilCalendars)).toEqual(calendarsBefore);

    // The ledger grows past its first page (entries appended as the database appends them; 1,000 per page): the
    // next publish writes the page that filled up and the new one, and a full page that did not change stays.
    const { rows: heads } = await db.query<{ id: string; seq: number }>(
      `select o.id, coalesce(h.seq, 0)::int as seq from portal.organisations o left join portal.ledger_heads h on h.organisation_id = o.id where o.slug = 'demodam'`,
    );
    const head = heads[0] as { id: string; seq: number };
    expect(head.seq).toBeLessThan(1000);
    await db.query(
      `select portal.ledger_append($1, jsonb_build_object('type', 'publish', 'kind', 'update', 'record_id', gen_random_uuid(), 'project', null,
         'version', 1, 'content_hash', encode(sha256(convert_to(n::text, 'UTF8')), 'hex'), 'reason', null, 'approval', 'four_eyes', 'approved_by_role', 'approver'))
       from generate_series(1, $2) as n`,
      [head.id, 1002 - head.seq],
    );

    // A promise changes: the promises pages are made again (a file is replaced by renaming, so a new inode).
    await db.query(
      `update portal.promises set body = $1 where id = (select pr.id from portal.promises pr join portal.projects p on p.id = pr.project_id where p.slug = $2 and pr.publication = 'published' and pr.made_to = 'residents' order by pr.id limit 1)`,
      [`Nieuwe toezegging van ${slugs[0]}`, slugs[0]],
    );
    await (renderer as Renderer).publish([slugs[0] as string], incremental);
    const after = await written();
    expect([after[0] !== before[0], after[1] !== before[1], after[2] === before[2]]).toEqual([true, true, true]);
    expect(await written(organisationOnly)).toEqual(organisationOnlyBefore);
    // A promise made to residents is not the council's: its calendar stays as it was.
    expect(await written(councilCalendars)).toEqual(calendarsBefore);
    expect(await readFile(siteWide[0] as string, 'utf8')).toContain(`Nieuwe toezegging van ${slugs[0]}`);
    const lastPage = JSON.parse(await readFile(join(incremental, 'open-data', 'ledger', '2.json'), 'utf8')) as {
      entries: Array<{ seq: number }>;
    };
    expect(lastPage.entries.map((entry) => entry.seq)).toEqual([1001, 1002]);

    const api = { supabaseUrl: (local as LocalSupabase).url, anonKey: (local as LocalSupabase).anonKey, organisation: 'demodam' };
    await buildSite({ ...api, outDir: full, log: () => undefined });
    const files = await siteFiles(full);
    expect(await siteFiles(incremental)).toEqual(files);
    const differ: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(full, file), 'utf8'), readFile(join(incremental, file), 'utf8')]);
      if (a !== b && normalised(a) !== normalised(b)) differ.push(file);
    }
    expect(differ).toEqual([]);
  });

  it('asks for a full build when a project is published or withdrawn, and writes nothing', async () => {
    const db = (local as LocalSupabase).db;
    const { rows } = await db.query<{ slug: string }>(
      `update portal.projects set publication = 'unpublished', unpublished_at = now(), unpublished_reason = 'Test: teruggetrokken'
       where slug = (select p.slug from portal.projects p join portal.organisations o on o.id = p.organisation_id
                     where o.slug = 'demodam' and p.publication = 'published' order by p.slug desc limit 1)
       returning slug`,
    );
    const slug = rows[0]?.slug as string;
    const before = await readFile(join(incremental, 'index.html'), 'utf8');
    const result = await (renderer as Renderer).publish([slug], incremental);
    expect(result).toMatchObject({ full: true, files: 0 });
    expect(await readFile(join(incremental, 'index.html'), 'utf8')).toBe(before);
  });
});
