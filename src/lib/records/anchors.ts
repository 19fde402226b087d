// The element ids of records on a project's pages: the one function that names them, so the pages (the views carry
// the id to the components as `anchor`), the timeline, the feeds and calendars, the monitor and the other pages that
// link to a record cannot drift apart. The e2e tests and the ledger verifier (src/lib/ledger/verify-site.ts) read
// these ids, so their form must not change. Imports nothing, so any code can take it in.

/** The kinds of record that carry their own element id on a project page (the project page or its council page). */
export type AnchoredRecord = 'phase' | 'decision' | 'promise' | 'council-moment' | 'motion' | 'council-letter' | 'key-date' | 'update';

/**
 * The element id of a record on its page.
 *
 * @example
 * recordAnchor('council-moment', '0b5c…') // => 'council-moment-0b5c…'
 */
export function recordAnchor(kind: AnchoredRecord, id: string): string {
  return `${kind}-${id}`;
}
