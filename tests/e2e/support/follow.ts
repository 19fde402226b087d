import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { pathFor, type Locale } from '../../../src/i18n/index.ts';
import { projectListSchema, projectTimelineSchema, type ProjectTimeline } from '../../../src/lib/api/index.ts';
import { apiKeys, jwtSecretFromEnv } from '../../../src/services/local-supabase/keys.ts';
import { solveFollowChallenge, TEST_FOLLOW_SETTINGS } from '../../database/follow-challenge.ts';
import { linkTo, mailbox, waitForMail, type CaughtMail } from './mail.ts';

// Helpers of the stories about following: the e2e server's API called the way a browser or the mail worker
// does (POST /rest/v1/rpc/<fn>), and confirmation links read from the mail the resident actually got. Every
// follow request carries a solved proof-of-work challenge: the browser's follow form solves it with its own solver
// (src/browser/follow/proof-of-work.ts), `call` with altcha-lib, both on the cheap difficulty of TEST_FOLLOW_SETTINGS.

export const organisation = process.env['PUBLIC_ORGANISATION'] ?? 'demodam';

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** A fresh address per test and run. */
export function freshAddress(label: string): string {
  return `${label}-${randomBytes(4).toString('hex')}@bewoner.example`;
}

/**
 * A made-up client address: follow_project allows 20 confirmation mails per source per hour, so each test that
 * follows gets its own, in the browser too. The e2e server trusts one proxy in front of it (TEST_FOLLOW_SETTINGS),
 * which the tests play: the address they put in x-forwarded-for is the source.
 */
export function clientAddress(): string {
  const [a = 1, b = 1, c = 1] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

let settingsApplied: Promise<void> | undefined;
/**
 * The e2e server's deployment settings for these tests (cheap challenges, one trusted proxy), set once per test
 * process through the API as the operator would (update_deployment_settings, service role).
 */
export function useTestFollowSettings(request: APIRequestContext): Promise<void> {
  settingsApplied ??= rpcAs(request, 'update_deployment_settings', { ...TEST_FOLLOW_SETTINGS }, 'service_role', 'nl').then((answer) => {
    if (answer.status !== 200) throw new Error(`update_deployment_settings: ${answer.status} ${JSON.stringify(answer.body)}`);
  });
  return settingsApplied;
}

/** Every request of the page (its fetch calls included) comes from its own made-up client. */
export async function asOwnClient(page: Page): Promise<void> {
  await useTestFollowSettings(page.request);
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': clientAddress() });
}

async function rpcAs(
  request: APIRequestContext,
  fn: string,
  input: Record<string, unknown>,
  role: 'anon' | 'service_role',
  language: string,
): Promise<Answer> {
  const keys = await apiKeys(jwtSecretFromEnv());
  const key = role === 'anon' ? keys.anonKey : keys.serviceRoleKey;
  const response = await request.post(`/rest/v1/rpc/${fn}`, {
    headers: {
      apikey: key,
      authorization: `Bearer ${key}`,
      'content-type': 'application/json',
      'accept-language': language,
      'x-forwarded-for': clientAddress(),
    },
    data: { input },
  });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

/**
 * Calls an API function as a browser (anon) or the mail worker (service role). follow_project gets a freshly
 * solved challenge, as the follow form sends it, unless the input brings its own `altcha`.
 */
export async function call(
  request: APIRequestContext,
  fn: string,
  input: Record<string, unknown>,
  role: 'anon' | 'service_role' = 'anon',
  language = 'nl',
): Promise<Answer> {
  if (fn !== 'follow_project' || 'altcha' in input) return rpcAs(request, fn, input, role, language);
  await useTestFollowSettings(request);
  const challenge = await rpcAs(request, 'follow_challenge', {}, 'anon', language);
  if (challenge.status !== 200) throw new Error(`follow_challenge: ${challenge.status} ${JSON.stringify(challenge.body)}`);
  return rpcAs(request, fn, { ...input, altcha: await solveFollowChallenge(challenge.body) }, role, language);
}

/** The token in the hash of a link from a mail (`…#token=<t>&subscription=<id>`). */
export function hashParameter(link: string, name: string): string {
  const value = new URLSearchParams(new URL(link).hash.slice(1)).get(name);
  if (!value) throw new Error(`No ${name} in the hash of ${link}`);
  return value;
}

/** Whether a caught mail is a confirmation mail: it links to the confirm page. */
export function isConfirmMail(mail: CaughtMail, locale: Locale = 'nl'): boolean {
  const path = pathFor({ page: 'followConfirm' }, locale);
  return mail.links.some((href) => new URL(href).pathname === path);
}

/**
 * The token of the `count`-th confirmation mail to this address (the newest one asked for), read from the
 * mail the e2e server's worker sent to the SMTP catcher.
 */
export async function confirmToken(
  address: string,
  { count = 1, locale = 'nl' }: { count?: number; locale?: Locale } = {},
): Promise<string> {
  const mails = await waitForMail(address, (mail) => isConfirmMail(mail, locale), { count });
  const newest = mails[count - 1];
  if (!newest) throw new Error(`No confirmation mail number ${count} to ${address}`);
  return hashParameter(linkTo(newest, pathFor({ page: 'followConfirm' }, locale)), 'token');
}

export interface ConfirmedFollower {
  email: string;
  manageToken: string;
  subscriptionId: string;
}

/** Follows through the API, waits for the confirmation mail and confirms with the token of its link. */
export async function confirmedFollower(
  request: APIRequestContext,
  project: string | null,
  { email = freshAddress('volger'), locale = 'nl', ...extra }: { email?: string; locale?: Locale } & Record<string, unknown> = {},
): Promise<ConfirmedFollower> {
  const before = (await mailbox(email)).filter((mail) => isConfirmMail(mail, locale)).length;
  const followed = await call(request, 'follow_project', { organisation, project, email, language: locale, ...extra }, 'anon', locale);
  expect(followed.status, JSON.stringify(followed.body)).toBe(200);
  const token = await confirmToken(email, { count: before + 1, locale });
  const confirmed = await call(request, 'confirm_subscription', { token }, 'anon', locale);
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  return { email, manageToken: String(confirmed.body['manage_token']), subscriptionId: String(confirmed.body['subscription_id']) };
}

/** The published projects' timelines, from the API the site was built from. */
export async function timelines(request: APIRequestContext): Promise<ProjectTimeline[]> {
  const keys = await apiKeys(jwtSecretFromEnv());
  const headers = { apikey: keys.anonKey, authorization: `Bearer ${keys.anonKey}`, 'content-type': 'application/json' };
  const list = await request.post('/rest/v1/rpc/list_projects', { headers, data: { org_slug: organisation } });
  const result: ProjectTimeline[] = [];
  for (const card of projectListSchema.parse(await list.json())) {
    const answer = await request.post('/rest/v1/rpc/project_timeline', {
      headers,
      data: { org_slug: organisation, project_slug: card.slug },
    });
    result.push(projectTimelineSchema.parse(await answer.json()));
  }
  return result;
}

/** A project in its execution phase with decisions and open promises: the late joiner's case. */
export async function projectInExecution(request: APIRequestContext): Promise<ProjectTimeline> {
  const found = (await timelines(request)).find(
    (timeline) =>
      timeline.phases.some((phase) => phase.is_current === true && phase.kind === 'execution') &&
      timeline.decisions.length > 0 &&
      timeline.promises.some((promise) => promise.status === 'open' || promise.status === 'in_progress'),
  );
  if (!found) throw new Error('The demo seed has no project in its execution phase with decisions and open promises');
  return found;
}
