import { expect, type APIRequestContext } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { pathFor, type Locale } from '../../../src/i18n/index.ts';
import { anonKey, type RpcAnswer } from './workspace.ts';
import { linkTo, waitForMail, type CaughtMail } from './mail.ts';

// Following through the public API as a resident's browser does (POST /rest/v1/rpc/<fn> with the anon key),
// for the stories that are about what happens after the follow form: the mails.

/**
 * A made-up client address per story. follow_project limits confirmation mails to 20 per source per hour and
 * reads the source from x-forwarded-for; every request of the test run comes from 127.0.0.1, so without this
 * the stories together would run into that limit.
 */
export function clientAddress(): string {
  const [a = 1, b = 1, c = 1] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

export async function publicRpc(request: APIRequestContext, fn: string, input: Record<string, unknown>, source: string, locale: Locale = 'nl'): Promise<RpcAnswer> {
  const key = await anonKey();
  const response = await request.post(`/rest/v1/rpc/${fn}`, {
    headers: { apikey: key, authorization: `Bearer ${key}`, 'content-type': 'application/json', 'accept-language': locale, 'x-forwarded-for': source },
    data: { input },
  });
  return { status: response.status(), body: (await response.json()) as unknown };
}

/** The token in the hash of a link from a mail (`…#token=<t>&subscription=<id>`). */
export function hashParameter(link: string, name: string): string {
  const value = new URLSearchParams(new URL(link).hash.slice(1)).get(name);
  if (!value) throw new Error(`No ${name} in the hash of ${link}`);
  return value;
}

/** Follows through the API, waits for the confirmation mail and confirms with the token of its link. */
export async function followAndConfirm(
  request: APIRequestContext,
  address: string,
  { project, frequency = 'immediate', locale = 'nl', source = clientAddress() }: { project: string | null; frequency?: string; locale?: Locale; source?: string },
): Promise<{ confirmMail: CaughtMail }> {
  const followed = await publicRpc(request, 'follow_project', { organisation: 'demodam', project, email: address, frequency, language: locale }, source, locale);
  expect(followed.status, JSON.stringify(followed.body)).toBe(200);
  const [confirmMail] = await waitForMail(address);
  if (!confirmMail) throw new Error(`No confirmation mail to ${address}`);
  const token = hashParameter(linkTo(confirmMail, pathFor({ page: 'followConfirm' }, locale)), 'token');
  const confirmed = await publicRpc(request, 'confirm_subscription', { token }, source, locale);
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  return { confirmMail };
}
