/**
 * Limits failed password sign-ins, as Supabase Auth limits sign-ins: per e-mail address (someone guessing one
 * colleague's password from many places) and per source (one place guessing many addresses). The source is the
 * TCP peer address, never a header the client writes. Counts live in memory, per server: a restart forgets them.
 *
 * Over a limit, sign-ins for that address or from that source are refused before the password is checked, also
 * the right one, until the oldest failure in the window is old enough. A success does not clear the counts:
 * an attacker who knows one password must not be able to reset the count of their source with it. Refused
 * attempts are not counted, so a locked-out colleague is free again once the window has passed.
 */
export const SIGN_IN_LIMITS = {
  /** Enough for someone who mistypes; about 1,000 guesses a day at most. */
  perAddress: { failures: 10, windowSeconds: 15 * 60 },
  /** As Supabase Auth's default for sign-ins per IP address: 30 per 5 minutes. */
  perSource: { failures: 30, windowSeconds: 5 * 60 },
} as const;

export interface SignInThrottle {
  /**
   * Starts a password sign-in. Over a limit: how long until one may be tried. Otherwise the attempt counts as a
   * failure from now on, so that attempts sent at the same moment cannot all pass the check before any of them
   * has failed; when the password turns out right, `succeeded()` takes it back.
   */
  attempt(address: string, source: string): { refused: true; retryAfterSeconds: number } | { refused: false; succeeded(): void };
}

interface Limit {
  failures: number;
  windowMs: number;
  /** Failure times per key, oldest first, at most `failures` of them. */
  times: Map<string, number[]>;
}

// Keys above this many make every attempt sweep out the ones whose failures have all left their window.
const SWEEP_ABOVE = 10_000;
// Longer keys are no e-mail address (RFC 5321 allows 254 characters); cut so a key never holds a large body.
const MAX_KEY_LENGTH = 320;

export function createSignInThrottle(options: { now?: () => number } = {}): SignInThrottle {
  const now = options.now ?? Date.now;
  const limit = ({ failures, windowSeconds }: { failures: number; windowSeconds: number }): Limit => ({
    failures,
    windowMs: windowSeconds * 1000,
    times: new Map(),
  });
  const byAddress = limit(SIGN_IN_LIMITS.perAddress);
  const bySource = limit(SIGN_IN_LIMITS.perSource);
  const keyOf = (address: string) => address.trim().toLowerCase().slice(0, MAX_KEY_LENGTH);

  /** The failures of `key` still inside the window (the expired ones are dropped). */
  const recent = (limit: Limit, key: string, at: number): number[] => {
    const times = (limit.times.get(key) ?? []).filter((time) => at - time < limit.windowMs);
    if (times.length === 0) limit.times.delete(key);
    else limit.times.set(key, times);
    return times;
  };
  const sweep = (limit: Limit, at: number) => {
    if (limit.times.size <= SWEEP_ABOVE) return;
    for (const key of [...limit.times.keys()]) recent(limit, key, at);
  };
  const waitFor = (limit: Limit, key: string, at: number): number => {
    const times = recent(limit, key, at);
    const oldest = times[0];
    if (times.length < limit.failures || oldest === undefined) return 0;
    return Math.max(1, Math.ceil((oldest + limit.windowMs - at) / 1000));
  };

  return {
    attempt(address, source) {
      const at = now();
      const keys = [
        [byAddress, keyOf(address)],
        [bySource, source],
      ] as const;
      const wait = Math.max(...keys.map(([limit, key]) => waitFor(limit, key, at)));
      if (wait > 0) return { refused: true, retryAfterSeconds: wait };
      for (const [limit, key] of keys) {
        sweep(limit, at);
        const times = recent(limit, key, at);
        times.push(at);
        // Only the newest `failures` matter for the limit; older ones need not be kept.
        limit.times.set(key, times.slice(-limit.failures));
      }
      return {
        refused: false,
        succeeded() {
          for (const [limit, key] of keys) {
            const times = limit.times.get(key) ?? [];
            const index = times.lastIndexOf(at);
            if (index >= 0) times.splice(index, 1);
            if (times.length === 0) limit.times.delete(key);
          }
        },
      };
    },
  };
}

/** What a refused sign-in says, in the language of the request; rounded up to whole minutes. */
export function tooManySignInsMessage(language: 'nl' | 'en', retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return language === 'en'
    ? `Too many failed sign-in attempts for this e-mail address or from this place. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
    : `Te veel mislukte pogingen om in te loggen met dit e-mailadres of vanaf deze plek. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`;
}
