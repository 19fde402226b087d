import { createHash } from 'node:crypto';

// The canonical JSON of RFC 8785 (JSON Canonicalization Scheme) for the values the portal publishes, and the
// hashes of the ledger. portal.canonical_json and portal.content_hash in the database write the same text and
// the same hashes; tests/database/canonical-json.test.ts compares both on hostile text.

/**
 * Object keys sorted by code point, no whitespace, strings and numbers as JSON.stringify writes them.
 *
 * @example
 * canonicalJson({ b: [1, 2.5], a: 'x' }) // => '{"a":"x","b":[1,2.5]}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
    if (value === undefined) throw new Error('canonicalJson: undefined is not JSON');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  // Code point order; for the ASCII keys the portal uses it equals RFC 8785's UTF-16 order.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** SHA-256 in hex of a text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash of a record's public content, as content_hash in the ledger. */
export function contentHash(content: Record<string, unknown>): string {
  return sha256Hex(canonicalJson(content));
}

/** The first entry's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash of a ledger entry: sha256 of the previous entry's hash directly followed by the event's canonical JSON.
 *
 * @example
 * entryHash(GENESIS_HASH, { seq: 1, type: 'publish' }) // => sha256Hex('000…000{"seq":1,"type":"publish"}')
 */
export function entryHash(prevHash: string, event: Record<string, unknown>): string {
  return sha256Hex(prevHash + canonicalJson(event));
}

/**
 * A timestamp in the one form content hashes use: UTC with microseconds, as portal.canonical_time writes it.
 * Whatever offset a document shows a moment in, the same moment gives the same text; no digits are lost.
 *
 * @example
 * canonicalTime('2026-03-05T19:30:00.5+01:00') // => '2026-03-05T18:30:00.500000Z'
 */
export function canonicalTime(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)(\.\d{1,6})?(Z|[+-]\d{2}(?::?\d{2})?)$/i.exec(value);
  if (!match) throw new Error(`Not a timestamp with a time zone: ${value}`);
  const [, base = '', fraction = '', zone = 'Z'] = match;
  const offset = /^[+-]\d{2}$/.test(zone) ? `${zone}:00` : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const seconds = base.length === 16 ? `${base}:00` : base;
  const moment = Date.parse(`${seconds.replace(' ', 'T')}${offset.toUpperCase()}`);
  if (Number.isNaN(moment)) throw new Error(`Not a valid moment: ${value}`);
  const whole = new Date(moment).toISOString().slice(0, 19);
  return `${whole}.${fraction.slice(1).padEnd(6, '0')}Z`;
}
