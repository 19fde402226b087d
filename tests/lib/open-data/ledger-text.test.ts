import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createPortalApi, organisationSchema, type Organisation } from '../../../src/lib/api/index.ts';
import { fetchLedger } from '../../../src/lib/ledger/fetch-ledger.ts';
import type { LedgerEntry, LedgerHead } from '../../../src/lib/ledger/ledger-document.ts';
import { ledgerOpenData } from '../../../src/lib/open-data/open-data-documents.ts';
import { ledgerOpenDataText } from '../../../src/lib/open-data/ledger-text.ts';
import type { LocalSupabase } from '../../../src/local-supabase/index.ts';
import { startFixturePortal } from '../../database/support.ts';

// The ledger file's text is assembled from entry texts made once (src/lib/open-data/ledger-text.ts); it must stay
// exactly what JSON.stringify makes of the whole document, for the real entries of the hostile fixture.

const site = 'https://meedoen.testdam.example';
let portal: LocalSupabase;
let organisation: Organisation;
let ledger: { head: LedgerHead | null; entries: LedgerEntry[] };

beforeAll(async () => {
  portal = await startFixturePortal();
  const api = createPortalApi({ url: portal.url, anonKey: portal.anonKey });
  organisation = await callApi(api, 'get_organisation', { org_slug: 'testdam' }, organisationSchema);
  ledger = await fetchLedger(api, 'testdam');
});

afterAll(async () => {
  await portal?.close();
});

const wholeText = (entries: LedgerEntry[], head: LedgerHead | null) => JSON.stringify(ledgerOpenData(organisation, { head, entries }, site), null, 2);

describe('ledgerOpenDataText', () => {
  it('is JSON.stringify of the whole document, byte for byte', () => {
    expect(ledger.entries.length).toBeGreaterThan(5);
    expect(ledgerOpenDataText(organisation, ledger, site)).toBe(wholeText(ledger.entries, ledger.head));
  });

  it('stays so as entries are added and texts are reused, and without entries', () => {
    const first = ledger.entries.slice(0, 3);
    expect(ledgerOpenDataText(organisation, { head: ledger.head, entries: first }, site)).toBe(wholeText(first, ledger.head));
    expect(ledgerOpenDataText(organisation, ledger, site)).toBe(wholeText(ledger.entries, ledger.head));
    expect(ledgerOpenDataText(organisation, { head: null, entries: [] }, site)).toBe(wholeText([], null));
  });

  it('refuses an entry that does not match the schema, as validating the whole document does', () => {
    const broken = { ...ledger.entries[0], hash: 'not a hash' } as LedgerEntry;
    expect(() => wholeText([broken], ledger.head)).toThrow();
    expect(() => ledgerOpenDataText(organisation, { head: ledger.head, entries: [broken] }, site)).toThrow();
  });
});
