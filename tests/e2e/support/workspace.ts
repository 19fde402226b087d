import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { pathFor, type Locale } from '../../../src/i18n/index.ts';
import { workspaceEn, workspaceNl, type WorkspaceText } from '../../../src/i18n/text/workspace.ts';
import { apiKeys, jwtSecretFromEnv } from '../../../src/services/local-supabase/keys.ts';

// Helpers for the staff workspace stories: the seeded demo staff (supabase/seed.sql, README), signing in
// through the page or through the Auth API, and calling the staff API directly with a user's own token.

export const demoPassword = 'demo-wachtwoord';

export const staff = {
  editor: 'redacteur@demodam.example',
  approver: 'fiatteur@demodam.example',
  admin: 'beheer@demodam.example',
  otherEditor: 'redacteur@voorbeeldstad.example',
} as const;
export type StaffMember = keyof typeof staff;

/** The key under which auth-js keeps the workspace session (src/lib/workspace/staff-client.ts). */
export const sessionKey = 'portal-staff-session';

/** Demodam's draft project in supabase/seed.sql: never public, never visible to another municipality. */
export const demodamDraft = { slug: 'herinrichting-marktplein', title: 'CONCEPT: Herinrichting Marktplein' };

export function textFor(locale: Locale): WorkspaceText {
  return locale === 'en' ? workspaceEn : workspaceNl;
}

export function workspacePath(locale: Locale = 'nl'): string {
  return pathFor({ page: 'workspace' }, locale);
}

/** A short random suffix, so that every run writes text of its own and re-runs never match old records. */
export function unique(): string {
  return randomBytes(4).toString('hex');
}

export async function anonKey(): Promise<string> {
  return (await apiKeys(jwtSecretFromEnv())).anonKey;
}

/** Signs in through the workspace's own form and waits for the projects list. */
export async function signIn(page: Page, who: StaffMember, locale: Locale = 'nl'): Promise<void> {
  const text = textFor(locale);
  await page.goto(workspacePath(locale));
  await expect(page.getByRole('heading', { level: 2, name: text.signIn.title })).toBeVisible();
  await page.getByLabel(text.signIn.email).fill(staff[who]);
  await page.getByLabel(text.signIn.password).fill(demoPassword);
  await page.getByRole('button', { name: text.signIn.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: text.projects.title })).toBeVisible();
}

export async function signOut(page: Page, locale: Locale = 'nl'): Promise<void> {
  const text = textFor(locale);
  await page.getByRole('button', { name: text.session.signOut }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.signIn.title })).toBeVisible();
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  userId: string;
}

/** Signs a demo staff member in through the Auth API (`grant_type=password`), as any API client could. */
export async function tokensFor(request: APIRequestContext, who: StaffMember): Promise<Tokens> {
  const key = await anonKey();
  const response = await request.post('/auth/v1/token?grant_type=password', {
    headers: { apikey: key, 'content-type': 'application/json' },
    data: { email: staff[who], password: demoPassword },
  });
  expect(response.status(), `sign-in of ${who} through the Auth API`).toBe(200);
  const body = (await response.json()) as { access_token: string; refresh_token: string; user: { id: string } };
  return { accessToken: body.access_token, refreshToken: body.refresh_token, userId: body.user.id };
}

export interface RpcAnswer {
  status: number;
  body: unknown;
}

/** Calls a staff function over HTTP with the caller's own token, the way the workspace does. */
export async function rpc(
  request: APIRequestContext,
  token: string,
  fn: string,
  input?: Record<string, unknown>,
  locale: Locale = 'nl',
): Promise<RpcAnswer> {
  const key = await anonKey();
  const response = await request.post(`/rest/v1/rpc/${fn}`, {
    headers: { apikey: key, authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': locale },
    data: input === undefined ? {} : { input },
  });
  const raw = await response.text();
  let body: unknown = raw;
  try {
    body = JSON.parse(raw);
  } catch {
    // Not JSON: keep the text, the assertion shows it.
  }
  return { status: response.status(), body };
}

interface WorkspaceProject {
  id: string;
  slug: string;
  title: string;
  publication: string;
  organisation_id: string;
}

/** The projects a staff member's workspace lists, read through staff_workspace with their token. */
export async function workspaceProjects(request: APIRequestContext, tokens: Tokens): Promise<WorkspaceProject[]> {
  const answer = await rpc(request, tokens.accessToken, 'staff_workspace');
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { projects: WorkspaceProject[] }).projects;
}

/**
 * A document read loosely: each story names the few fields it needs (ids, current values); the shape itself is
 * checked by the zod contracts in src/lib/workspace and the database tests.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseDocument = Record<string, any>;

/** One project as staff_project returns it, for ids and current values. */
export async function staffProject(request: APIRequestContext, tokens: Tokens, projectId: string): Promise<LooseDocument> {
  const answer = await rpc(request, tokens.accessToken, 'staff_project', { project_id: projectId });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as LooseDocument;
}

/** Opens a project of the list by its title and then one of its sections through the section navigation. */
export async function openProjectSection(
  page: Page,
  projectTitle: string,
  section: keyof WorkspaceText['editor']['sections'],
  locale: Locale = 'nl',
): Promise<void> {
  const text = textFor(locale);
  await page.getByRole('link', { name: projectTitle, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: projectTitle, exact: true })).toBeVisible();
  if (section !== 'basics') {
    await page
      .getByRole('navigation', { name: text.editor.sectionsLabel })
      .getByRole('link', { name: text.editor.sections[section], exact: true })
      .click();
  }
  await expect(page.getByRole('heading', { level: 2, name: text.editor.sections[section], exact: true })).toBeVisible();
}

/** The list item of a record in an editor section, found by its heading. */
export function recordItem(page: Page, title: string): Locator {
  return page.locator('li.workspace-record').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}

/** The approval queue's item for a record, found by its heading. */
export function approvalItem(page: Page, title: string): Locator {
  return page.locator('li.workspace-record').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/**
 * Reloads a public page until `check` passes, at most 60 seconds (the portal's promise to residents), and
 * returns how many seconds it took from `since`.
 */
export async function pollPublicPage(
  page: Page,
  path: string,
  since: number,
  check: (page: Page) => Promise<void>,
  timeout = 300_000,
): Promise<number> {
  await expect(async () => {
    const response = await page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(200);
    await check(page);
  }).toPass({ timeout, intervals: [1_000, 2_000, 2_000, 3_000] });
  return (Date.now() - since) / 1000;
}

/** Axe's WCAG 2.2 AA tags, the same as tests/e2e/accessibility.spec.ts uses. */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A published Demodam project (supabase/seed.sql) that the stories write to. */
export const demodamProject = { slug: 'schoolzone-de-regenboog', title: 'Schoolzone 30 km/u rond basisschool De Regenboog' };

/** In the open project's Updates section: adds an update through the form, returns its list item. */
export async function addUpdate(page: Page, title: string, body: string, locale: Locale = 'nl'): Promise<Locator> {
  const text = textFor(locale);
  const kind = text.kinds['update'] ?? 'update';
  await page.getByRole('button', { name: text.editor.add.replace('{kind}', kind.toLowerCase()) }).click();
  const form = page.locator('#update-new');
  await form.getByLabel(locale === 'nl' ? /^Titel/ : /^Title/).fill(title);
  await form.getByLabel(locale === 'nl' ? /^Tekst/ : /^Text/).fill(body);
  await form.getByRole('button', { name: text.form.saveNew }).click();
  const item = recordItem(page, title);
  await expect(item).toBeVisible();
  await expect(item.getByText(`${text.publication.label}: ${text.publication.draft}`)).toBeVisible();
  return item;
}

/** Opens a record's edit panel and submits it for approval. */
export async function submitForApproval(page: Page, item: Locator, title: string, locale: Locale = 'nl'): Promise<void> {
  const text = textFor(locale);
  await item.getByRole('button', { name: `${text.editor.edit}: ${title}` }).click();
  await item.getByRole('button', { name: text.actions.submit }).click();
  await expect(item.getByText(`${text.publication.label}: ${text.publication.awaiting_approval}`)).toBeVisible();
}

/** As an approver: finds the record in the approval queue and approves it. */
export async function approveFromQueue(page: Page, title: string, locale: Locale = 'nl'): Promise<void> {
  const text = textFor(locale);
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.approvals }).click();
  await expect(page.getByRole('heading', { level: 1, name: text.approvals.title })).toBeVisible();
  const item = approvalItem(page, title);
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: text.actions.approve }).click();
  await expect(approvalItem(page, title)).toHaveCount(0);
}

/**
 * Ends the workspace's session for real: signs the user out everywhere through the Auth API (so its refresh
 * token is revoked) and marks the stored session expired, so auth-js must refresh, which now fails.
 */
export async function endSession(page: Page): Promise<void> {
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), sessionKey);
  const session = JSON.parse(stored ?? 'null') as { access_token: string; expires_at: number } | null;
  if (!session) throw new Error('No workspace session in localStorage');
  const response = await page.request.post('/auth/v1/logout?scope=global', {
    headers: { apikey: await anonKey(), authorization: `Bearer ${session.access_token}` },
  });
  expect(response.status(), 'global sign-out through the Auth API').toBeLessThan(300);
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    sessionKey,
    JSON.stringify({ ...session, expires_at: Math.floor(Date.now() / 1000) - 3600 }),
  ] as const);
}

/**
 * Whether the embedded default (scripts/start.ts) is building the site for this test server right now: its
 * build runs `astro build` in a child process whose environment names this server's API
 * (PUBLIC_SUPABASE_URL) and a build error file (scripts/lib/build-site.ts). Read from /proc (Linux).
 */
function siteBuildRunning(port: string): boolean {
  const api = `PUBLIC_SUPABASE_URL=http://127.0.0.1:${port}\0`;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let environment: string;
    try {
      environment = readFileSync(`/proc/${pid}/environ`, 'latin1');
    } catch {
      continue; // Gone meanwhile, or another user's process.
    }
    if (environment.includes(api) && environment.includes('PORTAL_BUILD_ERROR_FILE=')) return true;
  }
  return false;
}

/**
 * Waits until the embedded default has no site build running and none started for `quietMs`, so that a story
 * measures its own publish-to-visible time and not the builds that other stories caused just before it. A
 * change starts a build within 1.5 s (quietMs of scripts/lib/site-rebuilder.ts), so 3 s without a build
 * means the rebuilder is idle.
 */
export async function waitForQuietSite(quietMs = 3_000, timeout = 600_000): Promise<void> {
  const port = process.env['PORTAL_E2E_PORT'] ?? '4391';
  const started = Date.now();
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() - started > timeout) throw new Error(`The site was still being rebuilt after ${timeout / 1000} s`);
    if (siteBuildRunning(port)) quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const waited = (Date.now() - started - quietMs) / 1000;
  if (waited > 0.5) console.log(`waited ${waited.toFixed(1)} s for earlier site builds to finish`);
}
