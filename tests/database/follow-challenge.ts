import type { PGlite } from '@electric-sql/pglite';
import type { SupabaseClient } from '@supabase/supabase-js';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

// Every follow request carries a solved proof-of-work challenge (public.follow_challenge, ALTCHA). Tests solve
// it as a resident's browser does, with altcha-lib instead of the widget, on a database whose challenges are
// cheap: the production difficulty would cost seconds per follow. Nothing here is a bypass; the database checks
// every solution exactly as it does in production. No vitest import: the Playwright helpers use this too.

/**
 * The deployment settings of a test database: challenges of one PBKDF2 iteration and a counter of at most 4
 * (a few milliseconds to solve), and one trusted proxy in front of the API, so that the address a test puts in
 * x-forwarded-for is the source of its requests (as a CDN's would be). Without it every request of a test run
 * comes from 127.0.0.1, the stand-in's TCP peer, and shares one per-source limit.
 */
export const TEST_FOLLOW_SETTINGS = { challenge_cost: 1, challenge_counter_max: 4, trusted_proxies: 1 } as const;

/** Applies TEST_FOLLOW_SETTINGS as the database owner (a direct connection, as an operator's SQL editor). */
export async function useTestFollowSettings(db: PGlite): Promise<void> {
  await db.query('select public.update_deployment_settings($1::jsonb)', [JSON.stringify(TEST_FOLLOW_SETTINGS)]);
}

/**
 * The payload the altcha widget sends for a challenge of follow_challenge: base64 of {challenge, solution},
 * solved with altcha-lib (PBKDF2/SHA-256, counter as 4 bytes, as the widget's workers do).
 */
export async function solveFollowChallenge(challenge: unknown): Promise<string> {
  const { parameters, signature } = challenge as Challenge;
  const solution = await solveChallenge({ challenge: { parameters, signature }, deriveKey });
  if (!solution) throw new Error(`No solution found for the follow challenge ${JSON.stringify(challenge)}`);
  return Buffer.from(JSON.stringify({ challenge: { parameters, signature }, solution })).toString('base64');
}

/** Asks the API for a challenge, as the follow form does, and solves it. */
export async function solvedChallenge(client: SupabaseClient): Promise<string> {
  const { data, error } = await client.rpc('follow_challenge', { input: {} });
  if (error) throw new Error(`follow_challenge: ${error.message}`);
  return solveFollowChallenge(data);
}

/** follow_project's input with a fresh solved challenge, unless the input brings its own `altcha`. */
export async function withSolvedChallenge(client: SupabaseClient, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  return 'altcha' in input ? input : { ...input, altcha: await solvedChallenge(client) };
}
