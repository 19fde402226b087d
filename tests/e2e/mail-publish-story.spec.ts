import { expect, test } from '@playwright/test';
import { call, confirmedFollower, freshAddress, organisation } from './support/follow.ts';
import { mailbox, waitForMail } from './support/mail.ts';
import { demodamProject, rpc, tokensFor, unique, waitForQuietSite, workspaceProjects } from './support/workspace.ts';

// A staff publish (through the API, as staff) produces exactly one mail per confirmed
// follower. Followers of the project and of every Demodam project get it; someone who never confirmed does
// not. The mail travels the whole way: outbox row in the approving transaction, the e2e server's worker,
// SMTP, the catcher's .eml files, read back with mailparser.

test('an approved update reaches every confirmed follower exactly once, and nobody who did not confirm', async ({ request }) => {
  const suffix = unique();
  const projectFollowers = [freshAddress('volger-a'), freshAddress('volger-b')];
  const allProjectsFollower = freshAddress('alles');
  const pending = freshAddress('onbevestigd');

  for (const address of projectFollowers) await confirmedFollower(request, demodamProject.slug, { email: address });
  await confirmedFollower(request, null, { email: allProjectsFollower });
  const followed = await call(request, 'follow_project', { organisation, project: demodamProject.slug, email: pending });
  expect(followed.status, JSON.stringify(followed.body)).toBe(200);
  await waitForMail(pending); // Its confirmation mail, which it never follows.

  const title = `Nieuws voor volgers ${suffix}`;
  const editor = await tokensFor(request, 'editor');
  const approver = await tokensFor(request, 'approver');
  const project = (await workspaceProjects(request, editor)).find((candidate) => candidate.slug === demodamProject.slug);
  if (!project) throw new Error('No Schoolzone project in the demo seed');
  const saved = await rpc(request, editor.accessToken, 'staff_save_update', {
    project_id: project.id,
    title,
    body_md: 'De werkzaamheden starten **maandag**.',
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const id = (saved.body as { id: string }).id;
  const submitted = await rpc(request, editor.accessToken, 'staff_submit', { kind: 'update', id, project_id: project.id });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  const approved = await rpc(request, approver.accessToken, 'staff_approve', { kind: 'update', id, project_id: project.id });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);

  const aboutIt = (mail: { subject: string; text: string }) => mail.subject.includes(title) || mail.text.includes(title);
  for (const address of [...projectFollowers, allProjectsFollower]) {
    const [notice] = await waitForMail(address, aboutIt);
    expect(notice?.text, `the update's text in the mail to ${address}`).toContain('De werkzaamheden starten');
    expect(notice?.headers.get('list-unsubscribe-post'), 'one-click unsubscribe (RFC 8058)').toBe('List-Unsubscribe=One-Click');
  }
  // Several rounds of the worker later (it sends every 2 s), still one each, and none to the unconfirmed one.
  await new Promise((resolve) => setTimeout(resolve, 7_000));
  for (const address of [...projectFollowers, allProjectsFollower]) {
    expect((await mailbox(address)).filter(aboutIt), `mails about the update to ${address}`).toHaveLength(1);
  }
  expect((await mailbox(pending)).filter(aboutIt), 'mail about the update to an address that never confirmed').toHaveLength(0);
  expect(await mailbox(pending), 'only the confirmation mail for the unconfirmed address').toHaveLength(1);
  // The publish also rebuilt the public site; the specs after this one compare that site with the API.
  await waitForQuietSite();
});
