import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../../../scripts/lib/build-site.ts';
import { folderReader, urlReader } from '../../../src/lib/ledger/site-reader.ts';
import { verifySite } from '../../../src/lib/ledger/verify-site.ts';
import { startLocalSupabase, type LocalSupabase } from '../../../src/services/local-supabase/index.ts';

// npm run verify-ledger against sites built with real parts (PGlite with the migrations and the hostile
// fixture, the stand-in's API, astro build): the untouched site verifies, from its folder and from its address;
// a ledger entry changed in the database, bypassing the API, is named; so is a published record whose text was
// changed in the database, on its open data file and on its page; so is a withdrawn project (the fixture's
// ingetrokkenproject) whose notice is gone from the open data or changed on its page. Each tamper is undone before
// the next test.

const ORGANISATION = 'testdam';
const TESTDAM = '10000000-0000-4000-8000-000000000001';
const DECISION = '50000000-0000-4000-8000-000000000001';

let local: LocalSupabase;
let scratch = '';
let site = '';

async function build(name: string): Promise<string> {
  const outDir = join(scratch, name);
  await buildSite({ supabaseUrl: local.url, anonKey: local.anonKey, organisation: ORGANISATION, outDir });
  return outDir;
}

/** npm run verify-ledger as a resident runs it: its exit code and what it printed. */
function verifyLedger(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'verify-ledger.ts'), ...args], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  await mkdir(join(projectRoot, '.data'), { recursive: true });
  scratch = await mkdtemp(join(projectRoot, '.data', 'verify-ledger-test-'));
  site = join(scratch, 'site');
  // The stand-in serves the first build too, so the same site can be checked at its address.
  local = await startLocalSupabase({ seedFiles: ['tests/fixtures/hostile-seed.sql'], port: 0, staticDir: site, log: () => undefined });
  await build('site');
}, 300_000);

afterAll(async () => {
  await local?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('npm run verify-ledger', () => {
  it('passes an untouched site, from its folder and from its address', async () => {
    const { code, output } = await verifyLedger([site]);
    expect(output).toContain('The ledger is intact and the site shows exactly its latest approved versions.');
    expect(code).toBe(0);
    const overHttp = await verifySite(urlReader(local.url));
    expect(overHttp.problems).toEqual([]);
    // Each project's page and its council page, where the council's records are in full.
    expect(overHttp).toMatchObject({ organisation: ORGANISATION, projects: 1, pages: 2 });
    expect(overHttp.records).toBeGreaterThan(30);
  });

  it('checks that a withdrawn project keeps its notice, in the open data and at its address', async () => {
    const notice = await readFile(join(site, 'projecten', 'ingetrokkenproject', 'index.html'), 'utf8');
    expect(notice).toContain('data-withdrawn-project="20000000-0000-4000-8000-000000000005"');
    const copySite = async (name: string) => {
      const copy = join(scratch, name);
      await cp(site, copy, { recursive: true });
      return copy;
    };

    // The page no longer gives the reason.
    const pageChanged = await copySite('notice-page-changed');
    const page = join(pageChanged, 'projecten', 'ingetrokkenproject', 'index.html');
    await writeFile(page, notice.replaceAll('td-withdrawn-project-reason', 'een andere reden'));
    expect((await verifySite(folderReader(pageChanged))).problems).toEqual([
      {
        check: 'pages',
        message:
          '/projecten/ingetrokkenproject/ does not show the notice of withdrawn project ingetrokkenproject with its title and reason.',
      },
    ]);

    // The portal's open data no longer lists it.
    const listChanged = await copySite('notice-list-changed');
    const portalFile = join(listChanged, 'open-data', 'portal.json');
    const portal = JSON.parse(await readFile(portalFile, 'utf8')) as { withdrawn_projects: unknown[] };
    portal.withdrawn_projects = [];
    await writeFile(portalFile, JSON.stringify(portal));
    const { code, output } = await verifyLedger([listChanged]);
    expect(code).toBe(1);
    expect(output).toMatch(
      /FAILED \(records\): Project 20000000-0000-4000-8000-000000000005 was withdrawn \(ledger entry \d+\) but \/open-data\/portal\.json has no notice of it\./,
    );
  });

  it('checks a head kept earlier, and names it when the chain no longer holds it', async () => {
    const { rows } = await local.db.query<{ hash: string }>('select hash from portal.ledger where organisation_id = $1 and seq = 5', [
      TESTDAM,
    ]);
    const kept = rows[0]?.hash ?? '';
    expect((await verifySite(folderReader(site), { expectHead: { seq: 5, hash: kept } })).problems).toEqual([]);
    const rewritten = await verifySite(folderReader(site), { expectHead: { seq: 5, hash: 'f'.repeat(64) } });
    expect(rewritten.problems).toEqual([
      { check: 'ledger', message: expect.stringMatching(/^The head kept earlier \(entry 5, f{64}\) is not in this ledger/) },
    ]);
    const { code, output } = await verifyLedger([site, '--head', 'five:abc']);
    expect(code).toBe(2);
    expect(output).toContain('--head takes <seq>:<hash>');
  });

  // Both tampers in one build (each check reports its own first problem), since a build is the slow part.
  it('names a motion whose words on its project’s council page are not the approved ones, or that is gone from it', async () => {
    const MOTION = '91000000-0000-4000-8000-000000000001';
    const councilPage = (dir: string) => join(dir, 'projecten', 'testproject', 'gemeenteraad', 'index.html');
    const html = await readFile(councilPage(site), 'utf8');
    // What the amendment asks is told in full on the council page only; the project page has its title in one line.
    expect(html).toContain('td-motion-adopted-asks');
    expect(await readFile(join(site, 'projecten', 'testproject', 'index.html'), 'utf8')).not.toContain('td-motion-adopted-asks');

    // What the amendment asks, as the fixture wrote it, rewritten on the council page alone.
    const rewritten = join(scratch, 'motion-page');
    await cp(site, rewritten, { recursive: true });
    await writeFile(councilPage(rewritten), html.replaceAll('td-motion-adopted-asks', 'td-motion-rewritten-asks'));
    expect((await verifySite(folderReader(rewritten))).problems).toEqual([
      { check: 'pages', message: `motion ${MOTION} on /projecten/testproject/gemeenteraad/ does not show its approved asks.` },
    ]);

    // The amendment taken off the council page: its element (data-record) is gone.
    const removed = join(scratch, 'motion-removed');
    await cp(site, removed, { recursive: true });
    await writeFile(councilPage(removed), html.replaceAll(`data-record="motion:${MOTION}"`, 'data-record="motion:elsewhere"'));
    expect((await verifySite(folderReader(removed))).problems).toEqual([
      { check: 'pages', message: `motion ${MOTION} is not on /projecten/testproject/gemeenteraad/.` },
    ]);

    // Without the council page, its records cannot be checked: said so.
    const missing = join(scratch, 'council-page-missing');
    await cp(site, missing, { recursive: true });
    await rm(join(missing, 'projecten', 'testproject', 'gemeenteraad'), { recursive: true });
    expect((await verifySite(folderReader(missing))).problems).toEqual([
      { check: 'pages', message: expect.stringMatching(/^\/projecten\/testproject\/gemeenteraad\/ cannot be read: /) },
    ]);
  });

  it('names the ledger entry, and separately the record, that were changed in the database behind the API', async () => {
    const { rows } = await local.db.query<{ event: Record<string, unknown> }>(
      'select event from portal.ledger where organisation_id = $1 and seq = 12',
      [TESTDAM],
    );
    const original = rows[0]?.event;
    expect(original).toBeDefined();
    // Only the owner can get past the append-only trigger, by switching it off: what an attacker at the database would do.
    const tamperLedger = async (event: unknown) => {
      await local.db.exec('alter table portal.ledger disable trigger ledger_append_only');
      await local.db.query('update portal.ledger set event = $2 where organisation_id = $1 and seq = 12', [TESTDAM, JSON.stringify(event)]);
      await local.db.exec('alter table portal.ledger enable trigger ledger_append_only');
    };
    const { rows: decisions } = await local.db.query<{ rationale: string }>('select rationale from portal.decisions where id = $1', [
      DECISION,
    ]);
    const rationale = decisions[0]?.rationale ?? '';
    await tamperLedger({ ...original, reason: 'Achteraf toegevoegd' });
    await local.db.query('update portal.decisions set rationale = $2 where id = $1', [DECISION, 'Stil herschreven na publicatie']);
    try {
      const tampered = await build('tampered');
      const report = await verifySite(folderReader(tampered));
      expect(report.problems).toEqual([
        {
          check: 'ledger',
          message: expect.stringMatching(/^Ledger entry 12 does not match its hash: its event was changed after it was written/),
        },
        {
          check: 'records',
          message: expect.stringMatching(
            new RegExp(
              `^decision ${DECISION} of project testproject in /open-data/projects/testproject\\.json is not its latest approved version \\(ledger entry \\d+\\): rationale differs\\.$`,
            ),
          ),
        },
        { check: 'pages', message: `decision ${DECISION} on /projecten/testproject/ does not show its approved rationale.` },
      ]);
      const { code, output } = await verifyLedger([tampered]);
      expect(code).toBe(1);
      expect(output).toMatch(/FAILED \(ledger\): Ledger entry 12 does not match its hash: its event was changed after it was written/);
      expect(output).toContain(`FAILED (records): decision ${DECISION}`);
    } finally {
      await tamperLedger(original);
      await local.db.query('update portal.decisions set rationale = $2 where id = $1', [DECISION, rationale]);
    }
  });
});
