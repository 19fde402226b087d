import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { projectListSchema, projectTimelineSchema, type ProjectTimeline } from '../../src/lib/api/index.ts';
import { apiKeys, jwtSecretFromEnv } from '../../src/local-supabase/keys.ts';

// Helpers of the follow-*.spec.ts browser tests (not a spec itself: Playwright runs *.spec.ts only). They talk
// to the e2e server's API the way a browser or the mail worker does: POST /rest/v1/rpc/<fn>.

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
 * A made-up client address: follow_project allows 20 confirmation mails per source per hour and reads the
 * source from x-forwarded-for, so each test that follows gets its own, in the browser too.
 */
export function clientAddress(): string {
  const [a = 1, b = 1, c = 1] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** Every request of the page (its fetch calls included) comes from its own made-up client. */
export async function asOwnClient(page: Page): Promise<void> {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': clientAddress() });
}

export async function call(request: APIRequestContext, fn: string, input: Record<string, unknown>, role: 'anon' | 'service_role' = 'anon', language = 'nl'): Promise<Answer> {
  const keys = await apiKeys(jwtSecretFromEnv());
  const key = role === 'anon' ? keys.anonKey : keys.serviceRoleKey;
  const response = await request.post(`/rest/v1/rpc/${fn}`, {
    headers: { apikey: key, authorization: `Bearer ${key}`, 'content-type': 'application/json', 'accept-language': language, 'x-forwarded-for': clientAddress() },
    data: { input },
  });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

// The outbox is closed to the API; only issue_mail_token (service role, as the mail worker) opens a mail by its
// id. Ids ascend, so the newest confirmation mail is the last one found scanning up from where the previous
// scan ended. Tests run one at a time (workers: 1), so the newest is the one the test just asked for.
let scannedUpTo = 0;

/** Scans the outbox from where the last scan ended; the token of the newest confirmation mail found, if any. */
export async function scanOutbox(request: APIRequestContext): Promise<string | null> {
  let found: string | null = null;
  let misses = 0;
  for (let id = scannedUpTo + 1; misses < 10; id += 1) {
    const issued = await call(request, 'issue_mail_token', { outbox_id: id }, 'service_role');
    if (issued.status === 404) {
      misses += 1;
      continue;
    }
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    misses = 0;
    scannedUpTo = id;
    if (issued.body['purpose'] === 'confirm') found = String(issued.body['token']);
  }
  return found;
}

/** A real confirmation token for the confirmation mail asked for since the last scan, as the mail worker gets it. */
export async function newestConfirmToken(request: APIRequestContext): Promise<string> {
  let found: string | null = null;
  await expect
    .poll(async () => (found = found ?? (await scanOutbox(request))), { timeout: 10_000, message: 'a confirmation mail in the outbox' })
    .not.toBeNull();
  if (found === null) throw new Error('no confirmation mail');
  return found;
}

/** Follows through the API and confirms: the manage token and subscription id of a confirmed follower. */
export async function confirmedFollower(request: APIRequestContext, project: string | null, extra: Record<string, unknown> = {}): Promise<{ email: string; manageToken: string; subscriptionId: string }> {
  const email = freshAddress('volger');
  await scanOutbox(request); // Past older mail.
  const followed = await call(request, 'follow_project', { organisation, project, email, ...extra });
  expect(followed.status, JSON.stringify(followed.body)).toBe(200);
  const token = await newestConfirmToken(request);
  const confirmed = await call(request, 'confirm_subscription', { token });
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
    const answer = await request.post('/rest/v1/rpc/project_timeline', { headers, data: { org_slug: organisation, project_slug: card.slug } });
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

/** Islands hydrate when idle; wait until none is left to hydrate. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });
}
