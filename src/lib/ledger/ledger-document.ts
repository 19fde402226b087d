import { z } from 'zod';
import { approvalSchema, eventTypeSchema, publishableKindSchema } from '../api/public-record.ts';
import { slug, uuid, webUrl, wholeNumber } from '../api/primitives.ts';

// The public ledger: what public.ledger_entries answers, and the open data file /open-data/ledger.json that the
// build writes from it and `npm run verify-ledger` reads back. The event is exactly what was hashed: its keys
// and values must arrive untouched, so the schemas check them but never transform them.

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash in lower-case hex');
/** The canonical UTC form of a moment in the ledger: 2026-12-04T09:30:00.000000Z. */
const canonicalMoment = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/, 'must be a moment in canonical UTC form');

/** One publication event, as hashed into the chain. */
export const ledgerEventSchema = z.strictObject({
  seq: wholeNumber.min(1),
  organisation: slug,
  at: canonicalMoment,
  type: eventTypeSchema,
  kind: publishableKindSchema,
  record_id: uuid,
  /** The project's id (not its slug: a project that is not public yet gives nothing away); null for a person. */
  project: uuid.nullable(),
  version: wholeNumber.min(1),
  content_hash: sha256,
  reason: z.string().nullable(),
  approval: approvalSchema,
  approved_by_role: z.string().nullable(),
});

export const ledgerEntrySchema = z.strictObject({
  seq: wholeNumber.min(1),
  event: ledgerEventSchema,
  prev_hash: sha256,
  hash: sha256,
});

export const ledgerHeadSchema = z.strictObject({ seq: wholeNumber.min(0), hash: sha256 });

/** One page of public.ledger_entries. */
export const ledgerPageSchema = z.strictObject({
  organisation: slug,
  head: ledgerHeadSchema.nullable(),
  entries: z.array(ledgerEntrySchema),
});

/**
 * The open data ledger comes in pages of this many entries: page n holds seq (n - 1) * size + 1 to n * size. A
 * full page never changes again (the ledger is append-only), so a publish rewrites only the last page and the
 * index, and a reader who kept the earlier pages fetches only the new ones.
 */
export const ledgerPageSize = 1000;

/** The page that holds entry `seq`. */
export function ledgerPageOf(seq: number): number {
  return Math.ceil(seq / ledgerPageSize);
}

/** /open-data/ledger.json: the head of the organisation's chain and where its pages are, oldest first. */
export const ledgerIndexOpenDataSchema = z
  .strictObject({
    $schema: webUrl,
    organisation: slug,
    head: ledgerHeadSchema.nullable(),
    page_size: wholeNumber.min(1),
    pages: z.array(
      z.strictObject({
        number: wholeNumber.min(1),
        href: webUrl,
        first_seq: wholeNumber.min(1),
        last_seq: wholeNumber.min(1),
        last_hash: sha256.meta({ description: "The hash of the page's last entry: a page kept earlier can be checked against it." }),
      }),
    ),
  })
  .meta({
    title: 'Ledger',
    description:
      "The public, append-only, hash-chained ledger of every publication event of the organisation (publish, revision, withdrawal, promise status change): its head and its pages, oldest first. Page n holds the entries seq (n - 1) * page_size + 1 to n * page_size; a full page never changes. hash = SHA-256 (hex) of prev_hash directly followed by the canonical JSON (RFC 8785) of event; the first prev_hash is 64 zeros. content_hash = SHA-256 of the canonical JSON of the record's public content fields.",
  });

/** /open-data/ledger/<n>.json: one page of the chain. */
export const ledgerPageOpenDataSchema = z
  .strictObject({
    $schema: webUrl,
    organisation: slug,
    page: wholeNumber.min(1),
    entries: z.array(ledgerEntrySchema),
  })
  .meta({
    title: 'Ledger page',
    description: "One page of the organisation's ledger (see ledger.json): its entries in seq order, each with the hash of the one before.",
  });

export type LedgerEvent = z.infer<typeof ledgerEventSchema>;
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type LedgerHead = z.infer<typeof ledgerHeadSchema>;
export type LedgerIndexOpenData = z.infer<typeof ledgerIndexOpenDataSchema>;
export type LedgerPageOpenData = z.infer<typeof ledgerPageOpenDataSchema>;
