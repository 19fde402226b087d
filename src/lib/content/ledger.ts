import { buildApi } from './build-api.ts';
import { countDataRead } from './data-reads.ts';
import { fetchLedger } from '../ledger/fetch-ledger.ts';
import { loadWithdrawnProjects } from './withdrawn-projects.ts';
import type { LedgerEntry, LedgerHead } from '../ledger/ledger-document.ts';

// The ledger is read by the pages that publish it (the open data file and page, the feeds) after the content
// loaders have read the projects, and after the withdrawn projects were read: each of those names the ledger
// head it was read at, and this read comes later, so the published ledger always covers what the pages show.
// Read once per build.
let ledger: Promise<{ head: LedgerHead | null; entries: LedgerEntry[] }> | undefined;

export function loadLedger(): Promise<{ head: LedgerHead | null; entries: LedgerEntry[] }> {
  countDataRead();
  if (!ledger) {
    const { config, api } = buildApi();
    ledger = loadWithdrawnProjects().then(() => fetchLedger(api, config.organisation));
  }
  return ledger;
}

/**
 * After a publish (the renderer: src/lib/content/collections.ts): the next call reads the entries that came after
 * those already read, after the withdrawn projects were read again, as in a build.
 */
export function refreshLedger(): void {
  const previous = ledger;
  if (!previous) return;
  const { config, api } = buildApi();
  // A failed read is not kept: the one after reads from the start.
  const known = previous.then(
    (read) => read.entries,
    () => [],
  );
  ledger = loadWithdrawnProjects().then(async () => fetchLedger(api, config.organisation, await known));
}

/** Reads the whole ledger again at the next call (the renderer, after a full build). */
export function forgetLedger(): void {
  ledger = undefined;
}
