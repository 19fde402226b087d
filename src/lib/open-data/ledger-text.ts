import type { Organisation } from '../api/index.ts';
import { ledgerEntrySchema, type LedgerEntry, type LedgerHead } from '../ledger/ledger-document.ts';
import { ledgerOpenData } from './open-data-documents.ts';

// The ledger's open data file holds every entry the organisation ever wrote, so it grows with the site, and the
// renderer writes it again on every publish (issue 13: at 2,000 projects, validating and indenting all entries
// took half a second of each publish). Entries never change once written (the ledger is append-only, and the
// renderer keeps the entry objects it read before), so each is validated and indented once and its text kept.
const entryTexts = new WeakMap<LedgerEntry, string>();

/** Indent of an entry inside the document: it is an element of "entries", two levels deep. */
const entryIndent = '    ';

function entryText(entry: LedgerEntry): string {
  let text = entryTexts.get(entry);
  if (text === undefined) {
    text = entryIndent + JSON.stringify(ledgerEntrySchema.parse(entry), null, 2).replaceAll('\n', `\n${entryIndent}`);
    entryTexts.set(entry, text);
  }
  return text;
}

/**
 * The ledger's open data document as indented JSON text: byte for byte `JSON.stringify(ledgerOpenData(...), null, 2)`
 * (tests/lib/open-data/ledger-text.test.ts), with every entry validated as that does, but each entry's text made once.
 */
export function ledgerOpenDataText(
  organisation: Organisation,
  ledger: { head: LedgerHead | null; entries: readonly LedgerEntry[] },
  site: URL | string | undefined,
): string {
  // "entries" is the envelope's last key (ledgerOpenDataSchema): its empty array closes the text.
  const envelope = JSON.stringify(ledgerOpenData(organisation, { head: ledger.head, entries: [] }, site), null, 2);
  const closing = '"entries": []\n}';
  if (!envelope.endsWith(closing)) throw new Error('The ledger document no longer ends with its entries.');
  if (ledger.entries.length === 0) return envelope;
  const parts = [envelope.slice(0, -closing.length), '"entries": [\n'];
  ledger.entries.forEach((entry, index) => parts.push(index === 0 ? '' : ',\n', entryText(entry)));
  parts.push('\n  ]\n}');
  return parts.join('');
}
