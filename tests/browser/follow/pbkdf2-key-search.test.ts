import { pbkdf2Sync } from 'node:crypto';
import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { describe, expect, it } from 'vitest';
import { bytesOfHex, findKey, hexOfBytes } from '../../../src/browser/follow/pbkdf2-key-search.ts';

// The follow forms' proof of work, searched with WebCrypto as a resident's browser does (Node has the same
// crypto.subtle), on challenges made as the database makes them: altcha-lib v2, PBKDF2/SHA-256, deterministic, with
// a counter the test knows. The browser's whole way (the database's challenge, the workers, follow_project
// accepting the solution) is proven in tests/e2e/follow-form.spec.ts.

async function challengeWithCounter(counter: number, cost: number) {
  const challenge = await createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost,
    counter,
    deriveKey,
    expiresAt: Math.floor(Date.now() / 1000) + 600,
    hmacSignatureSecret: 'signing-secret',
    hmacKeySignatureSecret: 'key-signing-secret',
  });
  const { nonce, salt, keyPrefix } = challenge.parameters;
  return { nonce, salt, keyPrefix: String(keyPrefix), cost };
}

describe('findKey', () => {
  it('finds the counter the challenge was made with, and the key PBKDF2 derives for it', async () => {
    const search = await challengeWithCounter(37, 10);
    const found = await findKey(search, 0, 1, 100);
    expect(found?.counter).toBe(37);
    const password = Buffer.concat([Buffer.from(search.nonce, 'hex'), Buffer.from([0, 0, 0, 37])]);
    expect(found?.derivedKey).toBe(pbkdf2Sync(password, Buffer.from(search.salt, 'hex'), 10, 32, 'sha256').toString('hex'));
    expect(found?.derivedKey.startsWith(search.keyPrefix)).toBe(true);
  });

  it('finds it in the share of counters that holds it, as one of several workers', async () => {
    const search = await challengeWithCounter(50, 2);
    // Three workers: counters 0, 3, 6 … ; 1, 4, 7 … ; 2, 5, 8 …; 50 is in the third share.
    expect(await findKey(search, 2, 3, 100)).toMatchObject({ counter: 50 });
    expect(await findKey(search, 0, 3, 100), 'the other shares do not hold it').toBeNull();
  });

  it('writes the counter as four bytes, big-endian, after the nonce, so counters past 255 work', async () => {
    const search = await challengeWithCounter(300, 1);
    expect(await findKey(search, 290, 1, 310)).toMatchObject({ counter: 300 });
  });

  it('ends with null when no counter up to the last one gives the key', async () => {
    const search = await challengeWithCounter(30, 1);
    expect(await findKey(search, 0, 1, 29)).toBeNull();
  });
});

describe('hex', () => {
  it('reads and writes bytes as lower-case hex', () => {
    expect(Array.from(bytesOfHex('00ff7f'))).toEqual([0, 255, 127]);
    expect(hexOfBytes(new Uint8Array([0, 255, 127]))).toBe('00ff7f');
  });
});
