import { expect, test } from '@playwright/test';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import { call, confirmedFollower, freshAddress, organisation } from './support/follow.ts';
import { mailbox, waitForMail } from './support/mail.ts';
import {
  approvalItem,
  demodamProject,
  openProjectSection,
  recordItem,
  signIn,
  signOut,
  submitForApproval,
  unique,
  waitForQuietSite,
} from './support/workspace.ts';

// An editor invites the followers of one group who want to take part; an approver approves it. The invitation
// reaches exactly the confirmed followers of that project who ticked "take part" and named that group (in any
// case), each once, with replies going to the contact's address; nobody else gets it, and staff see only how many.

const text = workspaceNl;

test('an invitation to one group reaches exactly its confirmed followers who take part, each once; staff see only the count', async ({
  page,
  request,
}) => {
  const suffix = unique();
  const invited = [freshAddress('jong-a'), freshAddress('jong-b')];
  await confirmedFollower(request, demodamProject.slug, { email: invited[0], participate: true, group_name: 'Jongeren' });
  await confirmedFollower(request, demodamProject.slug, { email: invited[1], participate: true, group_name: 'jongeren ' });
  const otherGroup = freshAddress('ouder');
  await confirmedFollower(request, demodamProject.slug, { email: otherGroup, participate: true, group_name: 'Ouderen' });
  const onlyFollows = freshAddress('alleen-volgen');
  await confirmedFollower(request, demodamProject.slug, { email: onlyFollows, participate: false, group_name: 'Jongeren' });
  const allProjects = freshAddress('alles');
  await confirmedFollower(request, null, { email: allProjects, participate: true, group_name: 'Jongeren' });
  const unconfirmed = freshAddress('onbevestigd');
  const followed = await call(request, 'follow_project', {
    organisation,
    project: demodamProject.slug,
    email: unconfirmed,
    participate: true,
    group_name: 'Jongeren',
  });
  expect(followed.status, JSON.stringify(followed.body)).toBe(200);
  await waitForMail(unconfirmed); // Its confirmation mail, which it never follows.

  const title = `Praat mee in de klankbordgroep (${suffix})`;
  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'invitations');
  await page.getByRole('button', { name: text.editor.add.replace('{kind}', 'uitnodiging') }).click();
  const form = page.locator('#invitation-new');
  await form.getByLabel(/^Waarvoor/).fill(title);
  await form
    .getByLabel(/^Uitnodiging/)
    .fill('Op de avond van 12 januari praten we over de oversteekplaatsen. Antwoord op deze e-mail om u aan te melden.');
  await form.getByLabel(/^Alleen voor de buurt of groep/).fill('Jongeren');
  await form.getByLabel(/^Antwoorden gaan naar/).fill('schoolzone@demodam.example');
  await form.getByRole('button', { name: text.form.saveNew }).click();
  const item = recordItem(page, title);
  await expect(item).toBeVisible();
  await submitForApproval(page, item, title);
  await signOut(page);

  await signIn(page, 'approver');
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.approvals }).click();
  await approvalItem(page, title).getByRole('button', { name: text.actions.approve }).click();
  await expect(approvalItem(page, title)).toHaveCount(0);

  const aboutIt = (mail: { subject: string; text: string }) => mail.subject.includes(title);
  for (const address of invited) {
    const [mail] = await waitForMail(address, aboutIt);
    expect(mail?.text).toContain('oversteekplaatsen');
    expect(mail?.headers.get('reply-to'), 'replies go to the contact person').toContain('schoolzone@demodam.example');
    expect(mail?.headers.get('list-unsubscribe-post'), 'one-click unsubscribe (RFC 8058)').toBe('List-Unsubscribe=One-Click');
  }

  // Staff see to how many it went, and no address of any of them.
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.projects }).click();
  await openProjectSection(page, demodamProject.title, 'invitations');
  const sent = recordItem(page, title);
  await expect(sent).toContainText(text.editor.sentTo.replace('{count}', '2'));
  const workspaceText = await page.locator('body').innerText();
  for (const address of [...invited, otherGroup, onlyFollows, allProjects, unconfirmed]) expect(workspaceText).not.toContain(address);
  await signOut(page);

  // Two rows were made in the approving transaction (the count above); several worker rounds later (it sends every
  // 2 s) each invited follower still has one, and nobody else has any.
  await new Promise((resolve) => setTimeout(resolve, 7_000));
  for (const address of invited) expect((await mailbox(address)).filter(aboutIt), address).toHaveLength(1);
  for (const address of [otherGroup, onlyFollows, allProjects, unconfirmed])
    expect((await mailbox(address)).filter(aboutIt), address).toHaveLength(0);
  await waitForQuietSite();
});
