import { createPortalApi, readBuildConfig } from '../api/index.ts';
import { fetchLedger } from '../ledger/fetch-ledger.ts';
import { loadWithdrawnProjects } from './withdrawn-projects.ts';
import type { LedgerEntry, LedgerHead } from '../ledger/ledger-document.ts';

// The ledger is read by the pages that publish it (the open data file and page, the feeds) after the content
// loaders have read the projects, and after the withdrawn projects were read: each of those names the ledger
// head it was read at, and this read comes later, so the published ledger always covers what the pages show.
// Read once per build.
let ledger: Promise<{ head: LedgerHead | null; entries: LedgerEntry[] }> | undefined;

export function loadLedger(): Promise<{ head: LedgerHead | null; entries: LedgerEntry[] }> {
  if (!ledger) {
    const config = readBuildConfig();
    const api = createPortalApi({ url: config.supabaseUrl, anonKey: config.anonKey });
    ledger = loadWithdrawnProjects().then(() => fetchLedger(api, config.organisation));
  }
  return ledger;
}

/** Reads the ledger again at the next call (the renderer, after a publish: src/lib/content/collections.ts). */
export function forgetLedger(): void {
  ledger = undefined;
}
