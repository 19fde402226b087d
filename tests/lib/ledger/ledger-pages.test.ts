import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { contentHash, entryHash, GENESIS_HASH } from '../../../src/lib/ledger/canonical-json.ts';
import { ledgerPageSize, type LedgerEntry, type LedgerEvent } from '../../../src/lib/ledger/ledger-document.ts';
import { verifySite, type SiteReader } from '../../../src/lib/ledger/verify-site.ts';
import { ledgerJsonSchema, ledgerPageJsonSchema } from '../../../src/lib/open-data/json-schemas.ts';
import { ledgerIndexOpenData, ledgerPageOpenData, portalOpenData } from '../../../src/lib/open-data/open-data-documents.ts';
import { openDataPaths } from '../../../src/lib/open-data/open-data-paths.ts';
import { organisationDocument } from '../support/documents.ts';

// The open data ledger in pages: a publish rewrites only the last page and the index, and verify-ledger reads the
// whole chain back from them. A chain of 2,001 real hash-chained entries makes three pages, the last with one entry.

const site = 'https://meedoen.paginadam.example';
const organisation = organisationDocument('paginadam');
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

function chain(length: number): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const event: LedgerEvent = {
      seq,
      organisation: organisation.slug,
      at: '2026-12-06T10:00:00.000000Z',
      type: 'publish',
      kind: 'update',
      record_id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      project: '10000000-0000-4000-8000-000000000001',
      version: 1,
      content_hash: contentHash({ title: `Update ${seq}` }),
      reason: null,
      approval: 'four_eyes',
      approved_by_role: 'approver',
    };
    const hash = entryHash(previous, event);
    entries.push({ seq, event, prev_hash: previous, hash });
    previous = hash;
  }
  return entries;
}

const entries = chain(2 * ledgerPageSize + 1);
const head = { seq: entries.length, hash: entries.at(-1)?.hash ?? '' };

/** The files of a site with this ledger and no projects, as verify-ledger reads them. */
function siteFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const index = ledgerIndexOpenData(organisation, { head, entries }, site);
  files.set(openDataPaths.ledger, JSON.stringify(index));
  for (const page of index.pages)
    files.set(openDataPaths.ledgerPage(page.number), JSON.stringify(ledgerPageOpenData(organisation, entries, page.number, site)));
  files.set(openDataPaths.portal, JSON.stringify(portalOpenData(organisation, [], { ledger_head: head.seq, projects: [] }, site)));
  return files;
}

function reader(files: Map<string, string>): SiteReader {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`${path} answered 404`);
    return text;
  };
}

describe('the ledger in pages', () => {
  it('lists full pages of a fixed size and a last page with the rest, each valid against its published schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validateIndex = ajv.compile(ledgerJsonSchema(site));
    const validatePage = ajv.compile(ledgerPageJsonSchema(site));
    const index = ledgerIndexOpenData(organisation, { head, entries }, site);
    expect(validateIndex(index), JSON.stringify(validateIndex.errors)).toBe(true);
    expect(index.page_size).toBe(1000);
    expect(index.pages.map(({ number, first_seq, last_seq }) => [number, first_seq, last_seq])).toEqual([
      [1, 1, 1000],
      [2, 1001, 2000],
      [3, 2001, 2001],
    ]);
    expect(index.pages[2]).toMatchObject({ href: `${site}/open-data/ledger/3.json`, last_hash: head.hash });
    for (const number of [1, 2, 3]) {
      const page = ledgerPageOpenData(organisation, entries, number, site);
      expect(validatePage(page), JSON.stringify(validatePage.errors)).toBe(true);
      expect(page?.entries.at(-1)?.hash).toBe(index.pages[number - 1]?.last_hash);
    }
    expect(ledgerPageOpenData(organisation, entries, 4, site)).toBeUndefined();
    expect(ledgerPageOpenData(organisation, entries, 0, site)).toBeUndefined();
  });

  it('keeps a full page the same when entries are added after it', () => {
    const before = ledgerPageOpenData(organisation, entries.slice(0, 1500), 1, site);
    expect(ledgerPageOpenData(organisation, entries, 1, site)).toEqual(before);
  });

  it('is read back whole by verify-ledger', async () => {
    const report = await verifySite(reader(siteFiles()));
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ organisation: 'paginadam', entries: 2001, head });
  });

  it('names a page that is missing, cut short or swapped for another', async () => {
    const missing = siteFiles();
    missing.delete(openDataPaths.ledgerPage(2));
    expect((await verifySite(reader(missing))).problems).toEqual([
      { check: 'ledger', message: '/open-data/ledger/2.json cannot be read as the ledger: /open-data/ledger/2.json answered 404' },
    ]);

    const short = siteFiles();
    const page = JSON.parse(short.get(openDataPaths.ledgerPage(1)) ?? '{}') as { entries: unknown[] };
    page.entries.pop();
    short.set(openDataPaths.ledgerPage(1), JSON.stringify(page));
    expect((await verifySite(reader(short))).problems).toEqual([
      {
        check: 'ledger',
        message: '/open-data/ledger/1.json does not hold the entries 1 to 1000 that /open-data/ledger.json lists for it.',
      },
    ]);

    const swapped = siteFiles();
    swapped.set(openDataPaths.ledgerPage(1), swapped.get(openDataPaths.ledgerPage(2)) ?? '');
    expect((await verifySite(reader(swapped))).problems).toEqual([
      { check: 'ledger', message: '/open-data/ledger/1.json is not page 1 of the ledger of paginadam.' },
    ]);
  });

  it('names an entry changed inside a page through the chain', async () => {
    const files = siteFiles();
    const page = JSON.parse(files.get(openDataPaths.ledgerPage(2)) ?? '{}') as { entries: Array<{ event: { reason: string | null } }> };
    const changed = page.entries[499];
    if (changed) changed.event.reason = 'later';
    files.set(openDataPaths.ledgerPage(2), JSON.stringify(page));
    expect((await verifySite(reader(files))).problems).toEqual([
      { check: 'ledger', message: expect.stringMatching(/^Ledger entry 1500 does not match its hash/) },
    ]);
  });
});
