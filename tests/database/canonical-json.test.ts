import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, canonicalTime, contentHash, entryHash, GENESIS_HASH } from '../../src/lib/ledger/canonical-json.ts';
import { openDatabase } from '../../src/services/local-supabase/index.ts';

// The database (portal.canonical_json, portal.content_hash, portal.canonical_time) and verify-ledger
// (src/lib/ledger/canonical-json.ts) must write the same canonical text, or a site could never verify. Compared on
// the text residents and staff actually produce: escapes, control characters, right-to-left marks, emoji,
// decimal numbers, nested objects with keys in any order.

let db: PGlite;
beforeAll(async () => {
  db = await openDatabase({ seedFiles: [] });
}, 120_000);
afterAll(async () => {
  await db?.close();
});

async function inDatabase(value: unknown): Promise<{ text: string; hash: string }> {
  const { rows } = await db.query<{ text: string; hash: string }>(
    'select portal.canonical_json($1::jsonb) as text, portal.content_hash($1::jsonb) as hash',
    [JSON.stringify(value)],
  );
  const row = rows[0];
  if (!row) throw new Error('no answer');
  return row;
}

const values: Array<[string, unknown]> = [
  ['quotes and backslashes', { text: 'a "quoted" \\ back\\slash' }],
  ['control characters', { text: 'tab\there\nnewline\r\u0001\u001f\u007f\u0008\u000c' }],
  ['right-to-left, emoji, accents', { text: '\u202eשלום 🎉👩🏽‍🌾 é ß Ĳ', 'é-key': 1 }],
  ['line and paragraph separators', { text: '\u2028\u2029' }],
  ['markup and template braces', { text: '<script>alert(1)</script> {{ 7*7 }} &amp;' }],
  ['numbers as JavaScript writes them', { budget: 12500.5, hours: 2, cents: 0.1, big: 9999999999.99, zero: 0, negative: -3 }],
  ['keys in any order, nested', { z: { b: [3, { y: null, x: true }], a: false }, a: [], m: {} }],
];

describe('canonical JSON', () => {
  it.each(values)('is the same text and hash in the database and in verify-ledger: %s', async (_name, value) => {
    const database = await inDatabase(value);
    expect(database.text).toBe(canonicalJson(value));
    expect(database.hash).toBe(contentHash(value as Record<string, unknown>));
  });

  it('writes numbers stored with trailing zeros as JavaScript reads them back', async () => {
    const { rows } = await db.query<{ text: string }>(`select portal.canonical_json('{"n": 12500.50, "m": 2.0, "k": 100}'::jsonb) as text`);
    expect(rows[0]?.text).toBe('{"k":100,"m":2,"n":12500.5}');
  });

  it('writes one moment in one form, whatever the zone it is shown in', async () => {
    const { rows } = await db.query<{ text: string }>(`select portal.canonical_time('2026-03-05 19:30:00.5+01'::timestamptz) as text`);
    expect(rows[0]?.text).toBe('2026-03-05T18:30:00.500000Z');
    expect(canonicalTime('2026-03-05T19:30:00.5+01:00')).toBe('2026-03-05T18:30:00.500000Z');
    expect(canonicalTime('2026-03-05T18:30:00.123456Z')).toBe('2026-03-05T18:30:00.123456Z');
    expect(() => canonicalTime('yesterday')).toThrow(/Not a timestamp/);
  });

  it('chains entries as the ledger does: sha256 of the previous hash and the event', async () => {
    const event = { seq: 1, type: 'publish', reason: 'Tom & "Jerry" \u202e' };
    const { rows } = await db.query<{ hash: string }>(
      `select encode(sha256(convert_to($1 || portal.canonical_json($2::jsonb), 'UTF8')), 'hex') as hash`,
      [GENESIS_HASH, JSON.stringify(event)],
    );
    expect(rows[0]?.hash).toBe(entryHash(GENESIS_HASH, event));
    expect(entryHash(GENESIS_HASH, event)).not.toBe(entryHash(GENESIS_HASH, { ...event, reason: 'Tom & Jerry' }));
  });
});
