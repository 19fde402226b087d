import { createPortalApi, readBuildConfig } from '../api/index.ts';
import { fetchLedger } from '../ledger/fetch-ledger.ts';
import type { LedgerEntry, LedgerHead } from '../ledger/ledger-document.ts';

// The ledger is read by the pages that publish it (the open data file and page, the feeds) after the content
// loaders have read the projects: each project's document names the ledger head it was read at, and this read
// comes later, so the published ledger always covers what the pages show. Read once per build.
let ledger: Promise<{ head: LedgerHead | null; entries: LedgerEntry[] }> | undefined;

export function loadLedger(): Promise<{ head: LedgerHead | null; entries: LedgerEntry[] }> {
  if (!ledger) {
    const config = readBuildConfig();
    ledger = fetchLedger(createPortalApi({ url: config.supabaseUrl, anonKey: config.anonKey }), config.organisation);
  }
  return ledger;
}
