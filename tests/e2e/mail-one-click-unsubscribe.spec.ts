import { expect, test, type APIRequestContext } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import { call, confirmedFollower, freshAddress, hashParameter } from './support/follow.ts';
import { linkTo, mailbox, waitForMail } from './support/mail.ts';
import { demodamProject, rpc, tokensFor, unique, waitForQuietSite, workspaceProjects } from './support/workspace.ts';

// The one-click unsubscribe from the mail's header stops further mail. The test does what
// a mail client does for RFC 8058: it reads List-Unsubscribe from the mail it received and POSTs
// "List-Unsubscribe=One-Click" to that address, without any key, cookie or login. That address carries
// a token of its own, which mail providers may keep, and which only unsubscribes; the manage token stays in the
// links of the body.

async function publishUpdate(request: APIRequestContext, title: string): Promise<void> {
  const editor = await tokensFor(request, 'editor');
  const approver = await tokensFor(request, 'approver');
  const project = (await workspaceProjects(request, editor)).find((candidate) => candidate.slug === demodamProject.slug);
  if (!project) throw new Error('No Schoolzone project in the demo seed');
  const saved = await rpc(request, editor.accessToken, 'staff_save_update', { project_id: project.id, title, body_md: 'Een korte tekst.' });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const id = (saved.body as { id: string }).id;
  expect((await rpc(request, editor.accessToken, 'staff_submit', { kind: 'update', id, project_id: project.id })).status).toBe(200);
  expect((await rpc(request, approver.accessToken, 'staff_approve', { kind: 'update', id, project_id: project.id })).status).toBe(200);
}

/** The http(s) URI of a List-Unsubscribe header: `<https://…>`, possibly next to a mailto: one. */
function oneClickUrl(header: unknown): string {
  const value = typeof header === 'string' ? header : JSON.stringify(header);
  const match = /<(https?:\/\/[^>]+)>/.exec(value);
  if (!match?.[1]) throw new Error(`No http(s) URI in List-Unsubscribe: ${value}`);
  return match[1];
}

test('the one-click unsubscribe of a mail header stops further mail, without a login', async ({ request, playwright }) => {
  const suffix = unique();
  const address = freshAddress('afmelder');
  // Someone who stays, so the test knows when the second update has been mailed.
  const stays = freshAddress('blijver');
  await confirmedFollower(request, demodamProject.slug, { email: address });
  await confirmedFollower(request, demodamProject.slug, { email: stays });

  const first = `Eerste bericht ${suffix}`;
  await publishUpdate(request, first);
  const [notice] = await waitForMail(address, (mail) => mail.subject.includes(first) || mail.text.includes(first));
  if (!notice) throw new Error('No notice mail');
  expect(notice.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  const url = oneClickUrl(notice.headers.get('list-unsubscribe'));
  const manageToken = hashParameter(linkTo(notice, pathFor({ page: 'followManage' }, 'nl')), 'token');
  const headerToken = new URL(url).searchParams.get('token') ?? '';
  expect(url).not.toContain(manageToken);
  // Whoever keeps the header's address can stop this mail, but not read the address or delete it.
  expect((await call(request, 'my_subscriptions', { token: headerToken })).status).toBe(404);
  expect((await call(request, 'delete_my_data', { token: headerToken })).status).toBe(404);

  // A bare HTTP client: no apikey, no Authorization, no cookies, as a mail provider's one-click request.
  const mailClient = await playwright.request.newContext();
  try {
    const response = await mailClient.post(url, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: 'List-Unsubscribe=One-Click',
    });
    expect(response.status(), await response.text()).toBe(200);
    // Idempotent: a second click (or a provider that retries) answers the same.
    expect(
      (
        await mailClient.post(url, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: 'List-Unsubscribe=One-Click' })
      ).status(),
    ).toBe(200);
  } finally {
    await mailClient.dispose();
  }

  // Unsubscribed in the database: the owner's manage link (from the body) shows nothing followed any more. A
  // publish enqueues its mail for the confirmed followers of that moment, in its own transaction, so the next
  // one adds nothing for this address: once the follower who stays has it, nothing more can come.
  const mine = await call(request, 'my_subscriptions', { token: manageToken });
  expect(mine.status).toBe(200);
  expect(mine.body['subscriptions']).toEqual([]);
  const second = `Tweede bericht ${suffix}`;
  await publishUpdate(request, second);
  await waitForMail(stays, (mail) => mail.subject.includes(second) || mail.text.includes(second));
  const after = (await mailbox(address)).filter((mail) => mail.subject.includes(second) || mail.text.includes(second));
  expect(after, 'mail after the one-click unsubscribe').toHaveLength(0);
  // The publish also rebuilt the public site; the specs after this one compare that site with the API.
  await waitForQuietSite();
});
