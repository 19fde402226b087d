import { callApi } from '../api/call-api.ts';
import type { PortalApi } from '../api/client.ts';
import { ledgerPageSchema, type LedgerEntry, type LedgerHead } from './ledger-document.ts';

/** Entries per call: the API allows up to 10,000; a page of this size is a few megabytes. */
const pageSize = 5000;

/**
 * The whole ledger of an organisation through public.ledger_entries, page after page, oldest first. The head is
 * the one of the last page, so it is never older than the entries. Given the entries read before (the renderer,
 * after a publish), it reads only what came after them: the ledger is append-only.
 */
export async function fetchLedger(
  api: PortalApi,
  organisation: string,
  known: readonly LedgerEntry[] = [],
): Promise<{ head: LedgerHead | null; entries: LedgerEntry[] }> {
  const entries: LedgerEntry[] = [...known];
  let head: LedgerHead | null = null;
  for (;;) {
    const after = entries.at(-1)?.seq ?? 0;
    const page = await callApi(
      api,
      'ledger_entries',
      { org_slug: organisation, after_seq: after, max_entries: pageSize },
      ledgerPageSchema,
    );
    head = page.head;
    entries.push(...page.entries);
    if (page.entries.length < pageSize) break;
  }
  return { head, entries };
}
