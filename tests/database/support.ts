import { expect } from 'vitest';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';

/**
 * The people a database test acts as, from tests/fixtures/hostile-seed.sql. `anon` is a resident without an
 * account; the rest sign in through the stand-in's Auth route with the fixture's password.
 */
export const ACTORS = {
  anon: null,
  outsider: { id: '00000000-0000-4000-8000-000000000001', email: 'buiten@test.example' },
  otherEditor: { id: '00000000-0000-4000-8000-000000000005', email: 'redacteur@otherdam.example' },
  editor: { id: '00000000-0000-4000-8000-000000000002', email: 'redacteur@testdam.example' },
  approver: { id: '00000000-0000-4000-8000-000000000003', email: 'fiatteur@testdam.example' },
  admin: { id: '00000000-0000-4000-8000-000000000004', email: 'beheer@testdam.example' },
} as const;
export type Actor = keyof typeof ACTORS;
export const ALL_ACTORS = Object.keys(ACTORS) as Actor[];
/** Staff of testdam, the organisation whose drafts the tests look for. */
export const TESTDAM_STAFF: Actor[] = ['editor', 'approver', 'admin'];
const FIXTURE_PASSWORD = 'test-wachtwoord';

export const TESTDAM = '10000000-0000-4000-8000-000000000001';
export const OTHERDAM = '10000000-0000-4000-8000-000000000002';
export const TESTPROJECT = '20000000-0000-4000-8000-000000000001';
export const ANDERPROJECT = '20000000-0000-4000-8000-000000000003';

/** A stand-in on an ephemeral port over an in-memory database: migrations plus the hostile fixture. */
export function startFixturePortal(): Promise<LocalSupabase> {
  return startLocalSupabase({
    seedFiles: ['tests/fixtures/hostile-seed.sql'],
    port: 0,
    log: (line) => {
      if (line.startsWith('Internal error')) console.error(line);
    },
  });
}

/** A supabase-js client acting as the actor: anonymous, or signed in with a password. */
export async function clientFor(portal: LocalSupabase, actor: Actor, language?: 'nl' | 'en'): Promise<SupabaseClient> {
  const client = createClient(portal.url, portal.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    // The staff workspace sends the language the staff member chose; portal.t answers in it.
    ...(language ? { global: { headers: { 'Accept-Language': language } } } : {}),
  });
  const who = ACTORS[actor];
  if (who) {
    const { error } = await client.auth.signInWithPassword({ email: who.email, password: FIXTURE_PASSWORD });
    if (error) throw new Error(`Sign-in as ${actor} failed: ${error.message}`);
  }
  return client;
}

export async function clientsFor(portal: LocalSupabase, language?: 'nl' | 'en'): Promise<Record<Actor, SupabaseClient>> {
  const entries = await Promise.all(ALL_ACTORS.map(async (actor) => [actor, await clientFor(portal, actor, language)] as const));
  return Object.fromEntries(entries) as Record<Actor, SupabaseClient>;
}

export type SqlOutcome = { ok: true; rows: Record<string, unknown>[]; affected: number } | { ok: false; code: string; message: string };

/**
 * Runs SQL directly against the tables as the actor would through PostgREST (role and JWT claims set for
 * the transaction only), then rolls back, so a write in one test never leaks into the next. This reaches
 * the row level security policies themselves, which the API functions only exercise indirectly.
 */
export async function asActor(db: PGlite, actor: Actor, sql: string, params: unknown[] = []): Promise<SqlOutcome> {
  const who = ACTORS[actor];
  const role = who ? 'authenticated' : 'anon';
  const claims = JSON.stringify(who ? { sub: who.id, role, email: who.email } : { role });
  let outcome: SqlOutcome | undefined;
  await db.transaction(async (tx: Transaction) => {
    await tx.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [role, claims]);
    try {
      const result = await tx.query<Record<string, unknown>>(sql, params);
      outcome = { ok: true, rows: result.rows, affected: result.affectedRows ?? 0 };
    } catch (error) {
      const { code = '', message = String(error) } = error as { code?: string; message?: string };
      outcome = { ok: false, code, message };
    }
    await tx.rollback();
  });
  if (!outcome) throw new Error('The transaction ended before the statement ran');
  return outcome;
}

/** One number from a query run as the superuser: the truth the actors' views are compared with. */
export async function countAsOwner(db: PGlite, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ count: number }>(`select count(*)::int as count from (${sql}) q`, params);
  return rows[0]?.count ?? 0;
}

/** The outcome of an API call, reduced to what the staff function tests compare. */
export interface RpcOutcome {
  status: number;
  data: unknown;
  code: string | undefined;
  message: string | undefined;
  hint: string | undefined;
}

/** Calls a staff function the way the workspace does: `rpc(name, { input })`, or without arguments. */
export async function callStaff(client: SupabaseClient, name: string, input?: unknown): Promise<RpcOutcome> {
  const { data, error, status } = input === undefined ? await client.rpc(name) : await client.rpc(name, { input });
  return { status, data, code: error?.code, message: error?.message, hint: error?.hint ?? undefined };
}

/** callStaff that expects a 200 and returns the answer; a failure names the function and the API's message. */
export async function callOk(client: SupabaseClient, name: string, input?: unknown): Promise<Record<string, unknown>> {
  const outcome = await callStaff(client, name, input);
  expect(outcome.status, `${name}: ${outcome.message ?? ''}`).toBe(200);
  return outcome.data as Record<string, unknown>;
}

/**
 * A client as clientFor, sending `Accept-Language: en` with every request, as the staff workspace does for a
 * staff member who chose English; messages of the write functions then come in English.
 */
export async function englishClientFor(portal: LocalSupabase, actor: Exclude<Actor, 'anon'>): Promise<SupabaseClient> {
  const client = createClient(portal.url, portal.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { headers: { 'Accept-Language': 'en' } },
  });
  const { error } = await client.auth.signInWithPassword({ email: ACTORS[actor].email, password: FIXTURE_PASSWORD });
  if (error) throw new Error(`Sign-in as ${actor} failed: ${error.message}`);
  return client;
}

/** A supabase-js client with the service role key: the mail worker's view of the API. */
export function serviceClientFor(portal: LocalSupabase): SupabaseClient {
  return createClient(portal.url, portal.serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false } });
}

export interface FollowerOptions {
  organisation?: string;
  /** A project id, or null to follow every project of the organisation. */
  project?: string | null;
  frequency?: 'immediate' | 'daily' | 'weekly';
  confirmed?: boolean;
  language?: 'nl' | 'en';
  /** Ticked "I want to take part". */
  participate?: boolean;
  /** The neighbourhood or group the follower named. */
  groupName?: string | null;
}

/**
 * A subscriber with one subscription, written as the owner (the follow and confirm functions have their own
 * tests): returns the ids. Calling it again for the same address adds a subscription to the same subscriber.
 */
export async function addFollower(
  db: PGlite,
  email: string,
  options: FollowerOptions = {},
): Promise<{ subscriber: string; subscription: string }> {
  const {
    organisation = TESTDAM,
    project = TESTPROJECT,
    frequency = 'immediate',
    confirmed = true,
    language = 'nl',
    participate = false,
    groupName = null,
  } = options;
  const { rows } = await db.query<{ subscriber: string; subscription: string }>(
    `with s as (
       insert into portal.subscribers (organisation_id, email, language) values ($1, $2, $5)
       on conflict (organisation_id, email) do update set language = excluded.language returning id)
     insert into portal.subscriptions (subscriber_id, project_id, frequency, confirmed_at, participate, group_name)
     select s.id, $3, $4::portal.mail_frequency, case when $6 then now() end, $7, $8 from s
     returning subscriber_id as subscriber, id as subscription`,
    [organisation, email, project, frequency, language, confirmed, participate, groupName],
  );
  const row = rows[0];
  if (!row) throw new Error(`Could not add follower ${email}`);
  return row;
}

/**
 * Fans every waiting notice out into its outbox rows, as the mail worker does before it claims (public.fan_out_notices,
 * one batch per call, as the owner): a publish writes one notice, the rows come from this. Returns the rows made.
 */
export async function fanOutNotices(db: PGlite, limit = 10_000): Promise<number> {
  let added = 0;
  for (;;) {
    const { rows } = await db.query<{ step: { notice_id: number | null; added: number } }>(
      `select public.fan_out_notices(jsonb_build_object('limit', $1::int)) as step`,
      [limit],
    );
    const step = rows[0]?.step;
    if (!step || step.notice_id === null) return added;
    added += step.added;
  }
}

/**
 * What a worker function says to a caller with the authenticated API role when the execute grant is bypassed (called
 * as the owner, with that role's claims, in a transaction rolled back): its own refusal, '<code> <message>', or
 * 'called' when it let the caller through.
 */
export async function refusalInsideFunction(db: PGlite, name: string, input: unknown): Promise<string> {
  let outcome = 'not run';
  await db.transaction(async (tx) => {
    await tx.query(`select set_config('request.jwt.claims', '{"role":"authenticated"}', true)`);
    try {
      await tx.query(`select public.${name}($1::jsonb)`, [JSON.stringify(input)]);
      outcome = 'called';
    } catch (error) {
      outcome = `${(error as { code?: string }).code} ${(error as Error).message}`;
    }
    await tx.rollback();
  });
  return outcome;
}
