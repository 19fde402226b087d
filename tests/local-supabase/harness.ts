import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { PGlite } from '@electric-sql/pglite';
import { startLocalSupabase, type LocalSupabase, type LocalSupabaseOptions } from '../../src/services/local-supabase/index.ts';

/** Hostile text, carried through every layer so that unescaped output would show. */
export const HOSTILE = `<script>alert("x")</script> '); drop table auth.users; -- ü €`;

/** A stand-in on an ephemeral port with an in-memory database: migrations, no demo seed. */
export function startTestStandIn(options: LocalSupabaseOptions = {}): Promise<LocalSupabase> {
  // Quiet, except for internal errors, which a test should never cause.
  const log = (line: string) => {
    if (line.startsWith('Internal error')) console.error(line);
  };
  return startLocalSupabase({ seedFiles: [], port: 0, log, ...options });
}

export function anonClient(standIn: LocalSupabase): SupabaseClient {
  return createClient(standIn.url, standIn.anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
}

export function serviceClient(standIn: LocalSupabase): SupabaseClient {
  return createClient(standIn.url, standIn.serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false } });
}

/** Headers of a request as supabase-js sends it, with the anon key unless told otherwise. */
export function apiHeaders(standIn: LocalSupabase, extra: Record<string, string> = {}): Record<string, string> {
  return { apikey: standIn.anonKey, Authorization: `Bearer ${standIn.anonKey}`, 'Content-Type': 'application/json', ...extra };
}

/** Test-only functions, created the way a migration would (as postgres, so Supabase's default grants apply). */
export async function installTestFunctions(db: PGlite): Promise<void> {
  await db.exec(`
    create table public.test_notes (id serial primary key, note text not null);

    create function public.test_raise(sqlstate text, message text, detail text, hint text) returns void
    language plpgsql as $$
    begin
      raise exception using errcode = sqlstate, message = message, detail = detail, hint = hint;
    end $$;

    create function public.whoami() returns jsonb language sql stable as $$
      select jsonb_build_object(
        'current_user', current_user,
        'claims', nullif(current_setting('request.jwt.claims', true), '')::jsonb,
        'uid', auth.uid(),
        'method', current_setting('request.method', true),
        'path', current_setting('request.path', true),
        'headers', nullif(current_setting('request.headers', true), '')::jsonb)
    $$;

    create function public.test_numbers(upto int) returns table (n int, label text)
    language sql stable as $$ select i, 'nr ' || i from generate_series(1, upto) as i $$;

    create function public.test_nothing() returns void language sql as $$ select $$;

    create function public.test_log(note text) returns bigint language sql as $$
      insert into public.test_notes (note) values (note);
      select count(*) from public.test_notes;
    $$;

    create function public.test_log_then_fail(note text) returns void language plpgsql as $$
    begin
      insert into public.test_notes (note) values (note);
      raise exception 'refused after writing' using errcode = 'P0001';
    end $$;

    create function public.test_echo(t text, n int, b boolean, j jsonb, d date) returns jsonb
    language sql immutable as $$ select jsonb_build_object('t', t, 'n', n, 'b', b, 'j', j, 'd', d) $$;

    create function public.test_defaults(required text, optional text default 'default') returns text
    language sql immutable as $$ select required || '/' || optional $$;

    create function public.test_overload(a int) returns text language sql immutable as $$ select 'int' $$;
    create function public.test_overload(a text) returns text language sql immutable as $$ select 'text' $$;
  `);
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/** A user as Supabase seeds them: a row in auth.users with a pgcrypto bcrypt hash. */
export async function createUser(
  db: PGlite,
  email: string,
  options: { password?: string; confirmed?: boolean; bannedUntil?: string } = {},
): Promise<TestUser> {
  const password = options.password ?? `pw ${HOSTILE}`;
  const { rows } = await db.query<{ id: string }>(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
       raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until)
     values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1,
       extensions.crypt($2, extensions.gen_salt('bf')), case when $3 then now() end,
       '{"provider": "email", "providers": ["email"]}', jsonb_build_object('name', $4::text), now(), now(), $5::timestamptz)
     returning id::text as id`,
    [email, password, options.confirmed ?? true, HOSTILE, options.bannedUntil ?? null],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('No user inserted');
  return { id, email, password };
}

/** Decodes a JWT's payload without verifying it (what a client can read). */
export function jwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A raw HTTP request: the path goes out exactly as given (fetch would normalise `..` away). */
export function rawRequest(
  url: string,
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: AsyncIterable<Buffer> | Buffer;
    /** The local address to connect from, e.g. 127.0.0.2: another TCP peer on the same machine. */
    localAddress?: string;
  } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const target = { hostname, port, path, method: options.method ?? 'GET', headers: options.headers, localAddress: options.localAddress };
    const req = httpRequest(target, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    const body = options.body;
    if (body === undefined) return void req.end();
    if (Buffer.isBuffer(body)) return void req.end(body);
    void (async () => {
      try {
        for await (const chunk of body) {
          if (!req.write(chunk)) await new Promise((drained) => req.once('drain', drained));
        }
        req.end();
      } catch (error) {
        req.destroy(error as Error);
      }
    })();
  });
}

/**
 * A request written byte for byte onto a TCP socket (node:http and fetch refuse to send a raw NUL byte or a space in
 * a path), read until the server closes the connection.
 */
export function socketRequest(url: string, head: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(head));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const split = raw.indexOf('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1] ?? 0), body: split < 0 ? '' : raw.slice(split + 4) });
    });
  });
}
