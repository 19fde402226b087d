import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import { historyNl } from '../../src/i18n/text/history.ts';
import { mailNl } from '../../src/i18n/text/mail.ts';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import { confirmedFollower, timelines } from './support/follow.ts';
import { mailbox, waitForMail } from './support/mail.ts';
import {
  approvalItem,
  demodamProject,
  openProjectSection,
  pollPublicPage,
  recordItem,
  rpc,
  signIn,
  signOut,
  tokensFor,
  unique,
  waitForQuietSite,
  workspaceProjects,
} from './support/workspace.ts';

// The public record, as a resident and two staff members meet it: an editor changes what residents can expect
// of the current phase of a published project; the site, rebuilt after it, still shows the approved words; a
// different person approves the change; the page then shows the new words with the "gewijzigd" marker, the
// project's history shows old and new with the date, and a confirmed follower gets exactly one mail about it.

const text = workspaceNl;
const history = historyNl;

test("a change of the current phase's expectations goes public only after a second person approves it, with its history and one mail", async ({
  page,
  request,
}) => {
  const suffix = unique();
  const project = (await timelines(request)).find((timeline) => timeline.project.slug === demodamProject.slug);
  const phase = project?.phases.find((candidate) => candidate.is_current === true);
  if (!project || !phase) throw new Error('Schoolzone has no current phase in the demo seed');
  const oldWords = phase.open_for_input;
  const newWords = `U kiest mee welke kant van de straat de oversteekplaats krijgt, tot de bouw begint (${suffix}).`;
  const follower = await confirmedFollower(request, demodamProject.slug);
  const projectPath = pathFor({ page: 'project', slug: demodamProject.slug }, 'nl');
  const onPage = (resident: typeof page) => resident.locator(`[data-record="phase:${phase.id}"]`);

  // The editor changes the expectations: the change waits, and the editor is not offered to approve it.
  await waitForQuietSite();
  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'phases');
  const item = recordItem(page, phase.title);
  await item.getByRole('button', { name: `${text.editor.edit}: ${phase.title}` }).click();
  await item.getByLabel(/^Wat bewoners nog kunnen beïnvloeden/).fill(newWords);
  await item.getByRole('button', { name: text.form.save, exact: true }).click();
  await expect(item.getByText(text.pending.draft)).toBeVisible();
  await expect(item.getByText(oldWords)).toBeVisible(); // what the website shows until approval
  await item.getByRole('button', { name: text.actions.submit }).click();
  await expect(item.getByText(text.pending.awaiting_approval)).toBeVisible();
  await expect(item.getByRole('button', { name: text.actions.approve })).toHaveCount(0);
  await signOut(page);

  // Something else is published meanwhile, so the site is rebuilt after the change was saved: the rebuilt page
  // still shows the approved words.
  const lessonTitle = `Een les uit een ander project (${suffix})`;
  const editor = await tokensFor(request, 'editor');
  const approver = await tokensFor(request, 'approver');
  const other = (await workspaceProjects(request, editor)).find(
    (candidate) => candidate.slug !== demodamProject.slug && candidate.publication === 'published',
  );
  if (!other) throw new Error('The demo has no second published project');
  const lesson = await rpc(request, editor.accessToken, 'staff_save_lesson', {
    project_id: other.id,
    category: 'communication',
    title: lessonTitle,
    lesson: 'Vertel op tijd wat er verandert.',
    recorded_on: new Date().toISOString().slice(0, 10),
  });
  expect(lesson.status, JSON.stringify(lesson.body)).toBe(200);
  const lessonId = (lesson.body as { id: string }).id;
  expect((await rpc(request, approver.accessToken, 'staff_approve', { kind: 'lesson', id: lessonId, project_id: other.id })).status).toBe(
    200,
  );
  await pollPublicPage(page, pathFor({ page: 'lessons' }, 'nl'), Date.now(), async (resident) => {
    await expect(resident.getByText(lessonTitle)).toBeVisible({ timeout: 1_000 });
  });
  await waitForQuietSite();
  await page.goto(projectPath);
  await expect(onPage(page)).toContainText(oldWords);
  await expect(onPage(page)).not.toContainText(newWords);

  // A different person, the approver, reads the change in the queue (what the website shows and what it
  // becomes) and approves it.
  await signIn(page, 'approver');
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.approvals }).click();
  const queued = approvalItem(page, phase.title);
  await expect(queued).toContainText(text.approvals.change);
  await expect(queued.locator('del')).toContainText(oldWords);
  await expect(queued.locator('ins')).toContainText(newWords);
  await queued.getByRole('button', { name: text.actions.approve }).click();
  await expect(approvalItem(page, phase.title)).toHaveCount(0);
  const approvedAt = Date.now();

  // The page shows the new words, marked as changed, with the way to what changed.
  const seconds = await pollPublicPage(page, projectPath, approvedAt, async (resident) => {
    await expect(onPage(resident)).toContainText(newWords, { timeout: 1_000 });
  });
  console.log(`publish-to-visible (expectations revision): ${seconds.toFixed(1)} s`);
  const marker = onPage(page).locator('.record-markers');
  await expect(marker).toContainText(/^Gewijzigd op \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
  await marker.getByRole('link', { name: history.marker.seeChanges }).click();

  // The history: both versions of the phase, the change word by word, with its date and approval.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(history.changes.headingPrefix);
  const record = page.locator(`#record-phase-${phase.id}`);
  await expect(record).toBeVisible();
  const revision = record.locator('li.changes-event').first();
  await expect(revision).toContainText(history.event.revision);
  await expect(revision).toContainText(history.changes.version(phase.version + 1));
  await expect(revision.locator('time')).toHaveAttribute('datetime', new RegExp(`^${new Date().toISOString().slice(0, 10)}`));
  // Read as a resident reads it: the unchanged words with the struck-through ones give the old text, with the
  // marked ones the new text, and a rewritten sentence reads as one block each, not as a zigzag of words.
  const field = revision.locator('dd .changes-prose').first();
  const read = await field.evaluate((element) => {
    let before = '';
    let after = '';
    for (const node of Array.from(element.childNodes)) {
      const words = Array.from(node.nodeType === Node.TEXT_NODE ? [node] : node.childNodes)
        .filter((child) => !(child instanceof Element && child.classList.contains('visually-hidden')))
        .map((child) => child.textContent ?? '')
        .join('');
      if (node.nodeName !== 'INS') before += words;
      if (node.nodeName !== 'DEL') after += words;
    }
    return { before, after, changes: element.querySelectorAll('del, ins').length };
  });
  expect(read).toEqual({ before: oldWords, after: newWords, changes: 2 });
  await expect(revision).toContainText('Goedgekeurd door een fiatteur van Gemeente Demodam, niet door wie het schreef.');

  // Exactly one mail to the follower, with the old and the new words side by side.
  const aboutIt = (mail: { subject: string }) => mail.subject === mailNl.notice.expectations.subject(project.project.title);
  const [mail] = await waitForMail(follower.email, aboutIt);
  expect(mail?.text).toContain(mailNl.notice.expectations.fields.open_for_input);
  expect(mail?.text).toContain(oldWords.slice(0, 40));
  expect(mail?.text).toContain(newWords.slice(0, 40));
  // A repeat would have gone out before anything published later: publish an update, wait for its mail, count.
  const updateTitle = `Na de wijziging (${suffix})`;
  const update = await rpc(request, editor.accessToken, 'staff_save_update', {
    project_id: project.project.id,
    title: updateTitle,
    body_md: 'Een kort bericht.',
  });
  expect(update.status, JSON.stringify(update.body)).toBe(200);
  const approved = await rpc(request, approver.accessToken, 'staff_approve', {
    kind: 'update',
    id: (update.body as { id: string }).id,
    project_id: project.project.id,
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  await waitForMail(follower.email, (later) => later.subject === mailNl.notice.update.subject(project.project.title, updateTitle));
  expect((await mailbox(follower.email)).filter(aboutIt)).toHaveLength(1);
  await waitForQuietSite();
});
