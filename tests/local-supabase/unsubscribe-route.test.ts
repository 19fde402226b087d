import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathFor } from '../../src/i18n/routes.ts';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { mailBatchSchema } from '../../src/lib/mail/mail-batch.ts';
import {
  handleUnsubscribeRequest,
  UNSUBSCRIBE_PAGES,
  UNSUBSCRIBE_PATH,
  unsubscribeEdgeFunction,
  unsubscribeViaPostgrest,
} from '../../supabase/functions/_shared/unsubscribe.ts';
import { useTestFollowSettings, withSolvedChallenge } from '../database/follow-challenge.ts';
import { startFixturePortal } from '../database/support.ts';

// The one-click unsubscribe (RFC 8058) at /functions/v1/unsubscribe as a mail client sends it: no apikey, no login,
// a form body. The token is the one a mail's List-Unsubscribe header carries: an unsubscribe token, which stops
// what the mail was about and nothing more. Every case runs twice, so that neither can drift from the other:
// against the stand-in's route over raw HTTP (the shared handler with public.unsubscribe in PGlite), and against
// the Edge Function of hosted Supabase as Deno.serve calls it (the same handler, from the same environment
// variables, calling public.unsubscribe through the stand-in's PostgREST route with the anon key).

let portal: LocalSupabase;
let service: SupabaseClient;
let anon: SupabaseClient;
beforeAll(async () => {
  portal = await startFixturePortal();
  await useTestFollowSettings(portal.db);
  service = createClient(portal.url, portal.serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false } });
  anon = createClient(portal.url, portal.anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
});
afterAll(async () => {
  await portal?.close();
});

/**
 * A confirmed follower of testproject, and the tokens of their welcome mail as the worker claims it: the manage
 * token of its body links and the unsubscribe token of its List-Unsubscribe header.
 */
async function follower(email: string): Promise<{ manage: string; token: string; subscription: string }> {
  const input = await withSolvedChallenge(anon, { organisation: 'testdam', project: 'testproject', email, language: 'nl' });
  const followed = await anon.rpc('follow_project', { input });
  expect(followed.error).toBeNull();
  const { rows } = await portal.db.query<{ id: number }>(
    `select o.id::int as id from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id where s.email = $1 and o.kind = 'confirm' order by o.id desc limit 1`,
    [email],
  );
  const issued = await service.rpc('issue_mail_token', { input: { outbox_id: rows[0]?.id } });
  expect(issued.error).toBeNull();
  const confirmed = await anon.rpc('confirm_subscription', { input: { token: issued.data.token } });
  expect(confirmed.error).toBeNull();
  const claimed = await service.rpc('claim_mail_batch', { input: { limit: 500 } });
  expect(claimed.error).toBeNull();
  const welcome = mailBatchSchema.parse(claimed.data).mails.find((mail) => mail.to === email && mail.kind === 'welcome');
  expect(welcome?.unsubscribe_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return {
    manage: confirmed.data.manage_token as string,
    token: welcome!.unsubscribe_token!,
    subscription: confirmed.data.subscription_id as string,
  };
}

async function subscriptions(email: string): Promise<number> {
  const { rows } = await portal.db.query<{ n: number }>(
    `select count(*)::int as n from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = $1`,
    [email],
  );
  return rows[0]?.n ?? -1;
}

/** Where the cases send their requests, and the site its redirects point to. */
interface Target {
  name: string;
  /** Tells this target's followers apart from the other's. */
  key: string;
  site: () => string;
  send: (query: string, init: RequestInit) => Promise<Response>;
}

/** The site the Edge Function's secret PUBLIC_SITE_URL names; the stand-in redirects to its own address. */
const EDGE_SITE = 'https://meedoen.testdam.example';
const edgeLog: string[] = [];
const TARGETS: Target[] = [
  {
    name: 'the stand-in route',
    key: 'standin',
    site: () => portal.url,
    send: (query, init) => fetch(`${portal.url}${UNSUBSCRIBE_PATH}?${query}`, init),
  },
  {
    name: 'the Edge Function',
    key: 'edge',
    site: () => EDGE_SITE,
    send: (query, init) => {
      const env: Record<string, string> = { SUPABASE_URL: portal.url, SUPABASE_ANON_KEY: portal.anonKey, PUBLIC_SITE_URL: EDGE_SITE };
      const serve = unsubscribeEdgeFunction(
        (name) => env[name],
        (line) => edgeLog.push(line),
      );
      return serve(new Request(`https://abcdefgh.supabase.co${UNSUBSCRIBE_PATH}?${query}`, init));
    },
  },
];

describe.each(TARGETS)('one-click unsubscribe in $name', (target) => {
  const email = (name: string) => `${target.key}-${name}@voorbeeld.nl`;
  function oneClick(query: string, init: RequestInit = {}): Promise<Response> {
    return target.send(query, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
      ...init,
    });
  }

  it('POST unsubscribes without apikey or login, answers a short text, and again the same (idempotent)', async () => {
    const address = email('een-klik');
    const { token, subscription } = await follower(address);
    expect(await subscriptions(address)).toBe(1);
    const response = await oneClick(`token=${token}&subscription=${subscription}&lang=nl`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('U bent afgemeld. U krijgt hierover geen e-mail meer.\n');
    expect(await subscriptions(address)).toBe(0);
    const again = await oneClick(`token=${token}&subscription=${subscription}&lang=en`);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('You have been unsubscribed');
  });

  it('its token only unsubscribes: it reads no address and deletes nothing, unlike the manage token of the body links', async () => {
    const address = email('alleen-afmelden');
    const { manage, token, subscription } = await follower(address);
    for (const fn of ['my_subscriptions', 'delete_my_data', 'update_subscription'] as const) {
      const refused = await anon.rpc(fn, { input: { token, language: 'en' } });
      expect(refused.status, fn).toBe(404);
    }
    const response = await oneClick(`token=${token}&subscription=${subscription}&lang=nl`);
    expect(response.status).toBe(200);
    expect(await subscriptions(address)).toBe(0);
    // The address is still known to its owner's manage link, and to nobody through the header's.
    expect((await anon.rpc('my_subscriptions', { input: { token: manage } })).data).toMatchObject({ email: address, subscriptions: [] });
  });

  it('accepts any body, or none', async () => {
    const address = email('zonder-body');
    const { token } = await follower(address);
    const response = await oneClick(`token=${token}`, { body: null, headers: {} });
    expect(response.status).toBe(200);
    expect(await subscriptions(address)).toBe(0);
  });

  it('GET (and HEAD) never unsubscribes: it redirects 303 to the site page with the values in the hash', async () => {
    const address = email('alleen-kijken');
    const { token, subscription } = await follower(address);
    for (const method of ['GET', 'HEAD'] as const) {
      for (const [lang, path] of [
        ['nl', '/volgen/afmelden/'],
        ['en', '/en/follow/unsubscribe/'],
      ] as const) {
        const response = await oneClick(`token=${token}&subscription=${subscription}&lang=${lang}`, { method, body: null });
        expect(response.status).toBe(303);
        expect(response.headers.get('location')).toBe(`${target.site()}${path}#token=${token}&subscription=${subscription}`);
        expect(response.headers.get('cache-control')).toBe('no-store');
      }
    }
    expect(await subscriptions(address)).toBe(1);
  });

  it.each([
    ['no token', ''],
    ['a short token', 'token=abc'],
    ['a token with markup', `token=${encodeURIComponent('<script>alert(1)</script>'.padEnd(43, 'x'))}`],
    ['a token with a line break', `token=${encodeURIComponent(`${'a'.repeat(20)}\r\nSet-Cookie: x=1${'a'.repeat(8)}`)}`],
    ['a malformed subscription', `token=${'a'.repeat(43)}&subscription=1%27%20or%201=1`],
  ])('refuses %s with 400 and a message, never a 500 or a stack', async (_name, query) => {
    for (const method of ['POST', 'GET'] as const) {
      const response = await oneClick(query, method === 'GET' ? { method, body: null } : {});
      expect(response.status).toBe(400);
      const body = await response.text();
      expect(body).toContain('Deze afmeldlink is niet compleet');
      expect(body).not.toMatch(/at \w+ \(|Error:/);
    }
    const head = await oneClick(query, { method: 'HEAD', body: null });
    expect([head.status, await head.text()]).toEqual([400, '']);
  });

  it('answers 404 with the message of public.unsubscribe for an unknown token', async () => {
    const response = await oneClick(`token=${'Z'.repeat(43)}&lang=en`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('We do not know this link');
  });

  it('refuses other methods and an oversized body', async () => {
    const put = await oneClick(`token=${'a'.repeat(43)}`, { method: 'PUT' });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, HEAD, POST']);
    expect((await oneClick(`token=${'a'.repeat(43)}`, { body: 'x'.repeat(20_000) })).status).toBe(413);
  });
});

describe('the shared handler', () => {
  it('redirects to the pages the site has', () => {
    for (const lang of ['nl', 'en'] as const) expect(UNSUBSCRIBE_PAGES[lang], lang).toBe(pathFor({ page: 'followUnsubscribe' }, lang));
  });

  it('answers a failure that is no refusal of public.unsubscribe with 500 and its own words, and logs it', async () => {
    const token = 'a'.repeat(43);
    // A PostgREST error of its own (the function is missing), a gateway's page, and no answer at all: a resident
    // sees none of their words, only that it did not work.
    const answers: (() => Promise<Response>)[] = [
      async () =>
        Response.json(
          { code: 'PGRST202', message: 'Could not find the function public.unsubscribe(input) in the schema cache' },
          { status: 404 },
        ),
      async () => new Response('<html>Bad gateway</html>', { status: 502 }),
      async () => Promise.reject(new TypeError('fetch failed')),
    ];
    for (const answer of answers) {
      const log: string[] = [];
      const response = await handleUnsubscribeRequest(
        new Request(`https://abcdefgh.supabase.co${UNSUBSCRIBE_PATH}?token=${token}&lang=en`, { method: 'POST' }),
        {
          unsubscribe: unsubscribeViaPostgrest('https://abcdefgh.supabase.co', 'anon-key', answer),
          siteUrl: EDGE_SITE,
          log: (line) => log.push(line),
        },
      );
      expect([response.status, await response.text()]).toEqual([500, 'Unsubscribing did not work just now. Please try again later.\n']);
      expect(log).toEqual([expect.stringContaining(`Internal error in POST ${UNSUBSCRIBE_PATH}`)]);
    }
  });

  it('logged nothing for any request of the cases above', () => {
    expect(edgeLog).toEqual([]);
  });
});
