// The proof of work of the follow forms. ./follow-form.ts imports this module dynamically when a resident sends a
// form, so it stays out of every page's first load; it needs no library: WebCrypto does the key derivation, in one
// Web Worker per core (./proof-of-work-worker.ts), so the page stays responsive meanwhile.
//
// The challenge comes from the database (public.follow_challenge: ALTCHA's proof of work v2, PBKDF2/SHA-256, in
// deterministic mode; see the migration *_follow_protection.sql), is solved on the resident's own device, and the
// solution goes to follow_project, which checks it. No request goes anywhere else.
import type { FoundKey } from './pbkdf2-key-search.ts';
import type { SearchShare } from './proof-of-work-worker.ts';

/** Far beyond the second or two it takes (bench/proof-of-work.ts), short of leaving a resident waiting for ever. */
const giveUpAfterMs = 90_000;

interface Challenge {
  parameters: { algorithm: unknown; cost: unknown; keyLength: unknown; keyPrefix: unknown; nonce: unknown; salt: unknown };
  signature: unknown;
}

const isHex = (value: unknown, length: number): value is string =>
  typeof value === 'string' && new RegExp(`^[0-9a-f]{${length}}$`).test(value);

/**
 * Solves a challenge of follow_challenge and resolves with the payload follow_project takes as `altcha` (base64 of
 * the challenge and its solution, as ALTCHA's widget sends it), or null when it cannot be solved here: a challenge
 * of another kind, a browser without WebCrypto or workers, or no solution within 90 seconds.
 *
 * @example
 * const payload = await solveFollowChallenge(await rpc(target, 'follow_challenge', { input: {} }));
 * // => 'eyJjaGFsbGVuZ2UiOnsicGFyYW1ldGVycyI6…' or null
 */
export async function solveFollowChallenge(challenge: unknown): Promise<string | null> {
  const { parameters, signature } = (challenge ?? {}) as Partial<Challenge>;
  if (
    !parameters ||
    parameters.algorithm !== 'PBKDF2/SHA-256' ||
    parameters.keyLength !== 32 ||
    !Number.isInteger(parameters.cost) ||
    !isHex(parameters.keyPrefix, 32) ||
    !isHex(parameters.nonce, 32) ||
    !isHex(parameters.salt, 32) ||
    !isHex(signature, 64) ||
    typeof Worker !== 'function' ||
    !globalThis.crypto?.subtle
  ) {
    return null;
  }
  const search = { nonce: parameters.nonce, salt: parameters.salt, keyPrefix: parameters.keyPrefix, cost: parameters.cost as number };
  const count = Math.min(navigator.hardwareConcurrency || 2, 8);
  const workers: Worker[] = [];
  let giveUp: ReturnType<typeof setTimeout> | undefined;
  try {
    const solution = await new Promise<FoundKey | null>((resolve) => {
      let failed = 0;
      giveUp = setTimeout(() => resolve(null), giveUpAfterMs);
      for (let start = 0; start < count; start += 1) {
        const worker = new Worker(new URL('./proof-of-work-worker.ts', import.meta.url), { type: 'module' });
        workers.push(worker);
        // A worker that found nothing, or cannot run (its script did not load), leaves its counters to no one:
        // give up when every worker did.
        const fail = () => {
          failed += 1;
          if (failed === count) resolve(null);
        };
        worker.onmessage = ({ data }: MessageEvent<FoundKey | null>) => (data ? resolve(data) : fail());
        worker.onerror = fail;
        worker.postMessage({ search, start, step: count } satisfies SearchShare);
      }
    });
    if (!solution) return null;
    return btoa(
      JSON.stringify({ challenge: { parameters, signature }, solution: { counter: solution.counter, derivedKey: solution.derivedKey } }),
    );
  } finally {
    clearTimeout(giveUp);
    for (const worker of workers) worker.terminate();
  }
}
