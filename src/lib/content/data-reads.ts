// How often pages asked for data that a publish can change (projects, the ledger, withdrawn projects). The renderer
// (scripts/lib/render-worker.mjs) counts around each site-wide page it renders once at start-up: a page that asked
// for none of it shows only the organisation and fixed text, so a publish need not render it again (a change to the
// organisation builds the whole site).
let reads = 0;

/** Called by each loader of data a publish can change, on every call (also when it answers from memory). */
export function countDataRead(): void {
  reads += 1;
}

/** The number of such calls so far. */
export function dataReads(): number {
  return reads;
}
