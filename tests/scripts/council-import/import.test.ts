import { spawn } from 'node:child_process';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOriClient } from '../../../scripts/lib/council-import/ori-client.ts';
import { runCouncilImport, type ImportSummary } from '../../../scripts/lib/council-import/run-import.ts';
import type { LocalSupabase } from '../../../src/services/local-supabase/index.ts';
import { projectRoot } from '../../../src/services/local-supabase/project-root.ts';
import { tableFingerprint } from '../../database/fingerprint.ts';
import { ACTORS, callOk, clientFor, startFixturePortal, TESTPROJECT } from '../../database/support.ts';
import { startOriFixtureServer, type OriFixtureServer } from './ori-fixture-server.ts';

// `npm run import:council` end to end: the real database (migrations, the hostile fixture) behind the real
// stand-in, signed in as testdam's editor, and Open Raadsinformatie played by a local server that answers with the
// recorded responses in tests/fixtures/open-raadsinformatie/ (the protocol boundary; the live service is never
// asked). testproject follows a council agenda item with an amendment and two motions voted per party, and a
// committee item without motions; conceptproject follows every malformed answer, and one good item.

const CONCEPTPROJECT = '20000000-0000-4000-8000-000000000002';
const MALFORMED = ['3000010', '3000011', '3000012', '3000013', '3000014', '3000015', '3000016'];

let portal: LocalSupabase;
let ori: OriFixtureServer;
let editor: SupabaseClient;

beforeAll(async () => {
  [portal, ori] = await Promise.all([startFixturePortal(), startOriFixtureServer()]);
  editor = await clientFor(portal, 'editor', 'en');
  for (const sourceId of ['3000001', '3000003'])
    await callOk(editor, 'staff_link_council_item', { project_id: TESTPROJECT, source_id: sourceId });
  for (const sourceId of [...MALFORMED, '3000003'])
    await callOk(editor, 'staff_link_council_item', { project_id: CONCEPTPROJECT, source_id: sourceId });
});
afterAll(async () => {
  await Promise.all([portal?.close(), ori?.close()]);
});

async function run(project: string): Promise<{ summary: ImportSummary; lines: string[] }> {
  const lines: string[] = [];
  const summary = await runCouncilImport({
    api: editor,
    ori: createOriClient({ baseUrl: ori.baseUrl, timeoutMs: 500 }),
    log: (line) => lines.push(line),
    project,
  });
  return { summary, lines };
}

const portalTables = () => tableFingerprint(portal.db, ['portal']);

async function rows(sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  return (await portal.db.query<Record<string, unknown>>(sql, params)).rows;
}

describe('the import of linked agenda items', () => {
  it('brings in the meeting, the agenda item and its motions with the votes per party, as drafts by the import account', async () => {
    const { summary, lines } = await run('testproject');
    expect([summary.created, summary.updated, summary.unchanged, summary.failed]).toEqual([2, 0, 0, 0]);
    expect(lines).toEqual([
      '1/2 testproject · agenda item 3000001: created (moment created; 3 motions: 3 created)',
      '2/2 testproject · agenda item 3000003: created, no motions',
      'Council import: 2 created, 0 updated, 0 unchanged, 0 failed.',
    ]);

    const moments = await rows(
      `select source_id, meeting_source_id, meets_on::text, to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as starts_utc, meeting_kind,
              body, agenda_item, proposal, outcome, publication, author_id
         from portal.council_moments where project_id = $1 and source_id in ('3000001', '3000003') order by source_id`,
      [TESTPROJECT],
    );
    expect(moments).toEqual([
      {
        source_id: '3000001',
        meeting_source_id: '2000001',
        meets_on: '2026-12-10',
        starts_utc: '2026-12-10T18:30',
        meeting_kind: 'council',
        body: 'Gemeenteraad',
        agenda_item: 'Vaststellen bestemmingsplan Stationsplein',
        // The HTML of the description, as plain text.
        proposal:
          'Het college stelt de raad voor het bestemmingsplan Stationsplein vast te stellen.\nNa de inspraakreacties is het plan op drie punten aangepast: meer groen, een veilige fietsroute langs het station & minder parkeerplaatsen op het plein.',
        outcome: 'pending',
        publication: 'draft',
        author_id: ACTORS.editor.id,
      },
      {
        // Nested under a heading in the committee's agenda: the meeting is found above it.
        source_id: '3000003',
        meeting_source_id: '2000002',
        meets_on: '2026-11-19',
        starts_utc: '2026-11-19T19:00',
        meeting_kind: 'committee',
        body: 'Commissie Ruimte',
        agenda_item: 'Bestemmingsplan Stationsplein (bespreking)',
        proposal:
          'Bespreking van het ontwerpbestemmingsplan Stationsplein. De commissie adviseert of het voorstel rijp is voor besluitvorming in de raad.',
        outcome: 'pending',
        publication: 'draft',
        author_id: ACTORS.editor.id,
      },
    ]);

    const motions = await rows(
      `select m.source_id, m.kind, m.title, m.submitted_by, m.asks, m.result, m.result_summary, m.votes, m.publication, c.source_id as moment
         from portal.council_motions m join portal.council_moments c on c.id = m.council_moment_id
        where m.project_id = $1 and c.source_id in ('3000001', '3000003') order by m.source_id`,
      [TESTPROJECT],
    );
    expect(motions).toEqual([
      {
        source_id: '4000001',
        kind: 'amendment',
        title: 'Amendement Meer bomen op het Stationsplein',
        submitted_by: 'Sanne de Vries, Yusuf El Amrani',
        asks: 'Voegt aan het besluit toe dat op het plein ten minste twintig nieuwe bomen komen, in plaats van de tien uit het ontwerp, en dat de bomen in de eerste fase worden geplant.',
        result: 'adopted',
        result_summary: 'Aangenomen met 18 stemmen voor en 9 tegen.',
        publication: 'draft',
        moment: '3000001',
        votes: [
          { party: 'CDA', for: 0, against: 3 },
          { party: 'D66', for: 4, against: 0 },
          { party: 'GroenLinks-PvdA', for: 7, against: 0 },
          { party: 'Lokaal Testdam', for: 5, against: 0 },
          { party: 'SP', for: 2, against: 0 },
          { party: 'VVD', for: 0, against: 6 },
        ],
      },
      {
        source_id: '4000002',
        kind: 'motion',
        title: 'Motie Fietsenstalling onder het plein',
        submitted_by: 'P. Bakker',
        asks: 'Verzoekt het college om te onderzoeken of er onder het plein een bewaakte fietsenstalling voor 800 fietsen kan komen, en de raad voor de zomer te informeren.',
        result: 'rejected',
        result_summary: 'Verworpen met 9 stemmen voor en 18 tegen.',
        publication: 'draft',
        moment: '3000001',
        votes: [
          { party: 'CDA', for: 3, against: 0 },
          { party: 'D66', for: 0, against: 4 },
          { party: 'GroenLinks-PvdA', for: 0, against: 7 },
          { party: 'Lokaal Testdam', for: 0, against: 5 },
          { party: 'SP', for: 0, against: 2 },
          { party: 'VVD', for: 6, against: 0 },
        ],
      },
      {
        // Submitted by two parties (an Organization as creator); the result comes from its vote alone.
        source_id: '4000003',
        kind: 'motion',
        title: 'Motie Bewoners betrekken bij de inrichting',
        submitted_by: 'Lokaal Testdam, GroenLinks-PvdA',
        asks: 'Verzoekt het college om bewoners en ondernemers rond het plein te betrekken bij het ontwerp van de inrichting, en in het raadsvoorstel te laten zien wat er met hun inbreng is gedaan.',
        result: 'adopted',
        result_summary: 'Aangenomen met 27 stemmen voor en 0 tegen.',
        publication: 'draft',
        moment: '3000001',
        votes: [
          { party: 'CDA', for: 3, against: 0 },
          { party: 'D66', for: 4, against: 0 },
          { party: 'GroenLinks-PvdA', for: 7, against: 0 },
          { party: 'Lokaal Testdam', for: 5, against: 0 },
          { party: 'SP', for: 2, against: 0 },
          { party: 'VVD', for: 6, against: 0 },
        ],
      },
    ]);
    // Only the documented request, and each document once in a run (the parties are shared by three votes).
    expect(ori.requests.every((request) => /^GET \/v1\/elastic\/ori_\*\/_search\?q=_id%3A\d+$/.test(request))).toBe(true);
    expect(new Set(ori.requests).size).toBe(ori.requests.length);
  });

  it('changes nothing when run again', async () => {
    const before = await portalTables();
    const { summary, lines } = await run('testproject');
    expect([summary.created, summary.updated, summary.unchanged, summary.failed]).toEqual([0, 0, 2, 0]);
    expect(lines[0]).toBe('1/2 testproject · agenda item 3000001: unchanged (moment unchanged; 3 motions: 3 unchanged)');
    expect(await portalTables()).toEqual(before);
  });

  it('reports every malformed or unexpected answer for its own item, imports the rest, and keeps nothing of a failed item', async () => {
    const { summary, lines } = await run('conceptproject');
    expect([summary.created, summary.failed]).toEqual([1, 7]);
    const reason = (sourceId: string) => summary.items.find((item) => item.sourceId === sourceId)?.error ?? '';
    expect(reason('3000010')).toMatch(/^ORI's answer for document 3000010 is not JSON \(/);
    expect(reason('3000011')).toBe('Document 3000011 (agenda item) is a Meeting in ORI, not an AgendaItem.');
    expect(reason('3000012')).toMatch(
      /^The meeting 2000012 \(of agenda item 3000012\) in ORI is not as expected: field start_date: .*\(got nothing\)\.$/,
    );
    expect(reason('3000013')).toBe('ORI answered HTTP 500 for document 3000013: all shards failed.');
    expect(reason('3000014')).toBe('Document 1000099 (party of count 6001402 (vote 5000014)) is not in ORI.');
    expect(reason('3000015')).toBe('ORI did not answer within 0.5 s for document 3000015.');
    // The first motion of this item was fine; the second holds 1000 votes for one party, which the portal refuses.
    expect(reason('3000016')).toMatch(
      /^the portal refused it \(HTTP 400\): The votes per party are not valid: .* \(field motions\.1\.votes: motion 4000017\)$/,
    );
    expect(lines.filter((line) => line.includes(': FAILED: '))).toHaveLength(7);
    expect(lines.at(-1)).toBe('Council import: 1 created, 0 updated, 0 unchanged, 7 failed.');

    expect(await rows('select source_id from portal.council_moments where project_id = $1 order by source_id', [CONCEPTPROJECT])).toEqual([
      { source_id: '3000003' },
    ]);
    expect(await rows(`select source_id from portal.council_motions where source_id in ('4000014', '4000016', '4000017')`)).toEqual([]);
  });
});

describe('npm run import:council', () => {
  function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import-council.ts', ...args], {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          SUPABASE_URL: portal.url,
          SUPABASE_ANON_KEY: portal.anonKey,
          COUNCIL_IMPORT_EMAIL: ACTORS.editor.email,
          COUNCIL_IMPORT_PASSWORD: 'test-wachtwoord',
          ORI_BASE_URL: ori.baseUrl,
          ORI_TIMEOUT_SECONDS: '0.5',
          ...env,
        },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
  }

  it('exits 0 when every item imported, 1 naming each item that failed, and 64 for a wrong setting', async () => {
    const before = await portalTables();
    const fine = await cli(['--project', 'testproject']);
    expect(fine.output).toContain('Council import: 0 created, 0 updated, 2 unchanged, 0 failed.');
    expect(fine.code).toBe(0);

    const failing = await cli(['--project', 'conceptproject']);
    expect(failing.code).toBe(1);
    expect(failing.output).toContain(
      'conceptproject · agenda item 3000013: FAILED: ORI answered HTTP 500 for document 3000013: all shards failed.',
    );
    expect(failing.output).toContain('Council import: 0 created, 0 updated, 1 unchanged, 7 failed.');
    expect(await portalTables()).toEqual(before);

    const listed = await cli(['--list']);
    expect(listed.code).toBe(0);
    expect(listed.output).toMatch(/^testproject · agenda item 3000001 \(imported: council moment [0-9a-f-]{36}, draft, 3 motions\)$/m);
    expect(listed.output).toContain('conceptproject · agenda item 3000010 (not imported yet)');

    const wrongPassword = await cli([], { COUNCIL_IMPORT_PASSWORD: 'niet-het-wachtwoord' });
    expect(wrongPassword.code).toBe(64);
    expect(wrongPassword.output).toContain(`Signing in as ${ACTORS.editor.email} failed`);
    expect((await cli([], { COUNCIL_IMPORT_EMAIL: '' })).code).toBe(64);
  });

  it('links and unlinks an agenda item by project slug', async () => {
    const linked = await cli(['--link', 'testproject', '3000099']);
    expect([linked.code, linked.output.trim()]).toEqual([
      0,
      'testproject follows agenda item 3000099; npm run import:council brings it in.',
    ]);
    expect(await rows(`select created_by from portal.council_links where source_id = '3000099'`)).toEqual([
      { created_by: ACTORS.editor.id },
    ]);
    const unlinked = await cli(['--unlink', 'testproject', '3000099']);
    expect(unlinked.code).toBe(0);
    expect(await rows(`select 1 from portal.council_links where source_id = '3000099'`)).toEqual([]);
    // Another organisation's project is none of the editor's.
    const foreign = await cli(['--link', 'anderproject', '3000099']);
    expect([foreign.code, foreign.output.trim()]).toEqual([64, 'None of your projects is called "anderproject".']);
  });
});
