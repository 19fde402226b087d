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

/** /open-data/ledger.json: the whole chain of the organisation, oldest first. */
export const ledgerOpenDataSchema = z
  .strictObject({
    $schema: webUrl,
    organisation: slug,
    head: ledgerHeadSchema.nullable(),
    entries: z.array(ledgerEntrySchema),
  })
  .meta({
    title: 'Ledger',
    description:
      'The public, append-only, hash-chained ledger of every publication event of the organisation (publish, revision, withdrawal, promise status change), oldest first. hash = SHA-256 (hex) of prev_hash directly followed by the canonical JSON (RFC 8785) of event; the first prev_hash is 64 zeros. content_hash = SHA-256 of the canonical JSON of the record\'s public content fields.',
  });

export type LedgerEvent = z.infer<typeof ledgerEventSchema>;
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type LedgerHead = z.infer<typeof ledgerHeadSchema>;
export type LedgerOpenData = z.infer<typeof ledgerOpenDataSchema>;
