import { createHash } from 'node:crypto';

/**
 * A name-based UUID (RFC 9562 version 5): the same namespace and name always give the same UUID. Feed items
 * and calendar events need ids that survive every rebuild, and a promise's status change has no id of its own
 * in the API; it is named by its promise, status and moment instead.
 *
 * @example
 * nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com') // => '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new RangeError(`Not a UUID: ${JSON.stringify(namespace.slice(0, 40))}`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The same moment written the same way whatever time zone the database session used.
 *
 * @example
 * normalisedMoment('2026-03-05T19:30:00.123456+01:00') // => '2026-03-05T18:30:00.123Z'
 */
export function normalisedMoment(isoTimestamp: string): string {
  return new Date(isoTimestamp).toISOString();
}
