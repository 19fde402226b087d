// The work of the follow forms' proof of work (ALTCHA's proof of work v2, PBKDF2/SHA-256, as public.follow_challenge
// makes it and portal.check_follow_challenge checks it): try counters until the key derived from the nonce and the
// counter starts with the challenge's keyPrefix. Runs in Web Workers (./proof-of-work-worker.ts), each trying
// every step-th counter from its start; WebCrypto computes the PBKDF2 iterations natively.

/** The parameters of a challenge that the search needs: every value hex, as follow_challenge writes it. */
export interface KeySearch {
  nonce: string;
  salt: string;
  keyPrefix: string;
  /** PBKDF2 iterations per try. */
  cost: number;
}

export interface FoundKey {
  counter: number;
  /** The whole derived key, 32 bytes as lower-case hex. */
  derivedKey: string;
}

/** @example bytesOfHex('00ff') // => Uint8Array [0, 255] */
export function bytesOfHex(hex: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** @example hexOfBytes(new Uint8Array([0, 255])) // => '00ff' */
export function hexOfBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The counter is written as 4 bytes: there is none beyond this. */
const lastCounter = 0xffffffff;

/**
 * The first counter from `start` on, in steps of `step`, up to `last`, whose key PBKDF2-HMAC-SHA256(password = nonce
 * followed by the counter as 4 bytes big-endian, salt, cost iterations, 32 bytes) starts with keyPrefix; null when
 * none does. A challenge of follow_challenge has its counter between 1 and challenge_counter_max, so the search
 * ends long before the last counter; the page stops the workers after 90 seconds in any case.
 *
 * @example
 * await findKey({ nonce, salt, keyPrefix, cost: 1000 }, 0, 2) // => { counter: 7384, derivedKey: '9f3a…' }
 */
export async function findKey(search: KeySearch, start: number, step: number, last = lastCounter): Promise<FoundKey | null> {
  const nonce = bytesOfHex(search.nonce);
  const salt = bytesOfHex(search.salt);
  const prefix = bytesOfHex(search.keyPrefix);
  const password = new Uint8Array(nonce.length + 4);
  password.set(nonce);
  const counterAt = new DataView(password.buffer, nonce.length);
  for (let counter = start; counter <= Math.min(last, lastCounter); counter += step) {
    counterAt.setUint32(0, counter);
    const key = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
    const derived = new Uint8Array(
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: search.cost }, key, 256),
    );
    if (prefix.every((byte, index) => derived[index] === byte)) return { counter, derivedKey: hexOfBytes(derived) };
  }
  return null;
}
