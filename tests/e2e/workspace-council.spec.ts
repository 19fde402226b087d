import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { translationWorkspaceText } from '../../src/i18n/text/translation.ts';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import {
  anonKey,
  approvalItem,
  approveFromQueue,
  demodamProject,
  openProjectSection,
  recordItem,
  signIn,
  signOut,
  staffProject,
  submitForApproval,
  tokensFor,
  unique,
  wcag22aa,
  workspaceProjects,
} from './support/workspace.ts';

// The council's part in the workspace: an editor records a motion with the votes per party on a council moment of
// the project, a second person approves it and it is public; a committee cannot adopt, which the form shows and the
// API refuses at the outcome; a phase's council role is the project's unless chosen otherwise.

const text = workspaceNl;
const english = translationWorkspaceText('nl');
const addButton = (kind: string) => text.editor.add.replace('{kind}', (text.kinds[kind] ?? kind).toLowerCase());

/** The published Schoolzone project, read through the staff API: its id, its organisation and one of its council moments the council itself held. */
async function schoolzone(request: Parameters<typeof tokensFor>[0]) {
  const tokens = await tokensFor(request, 'editor');
  const project = (await workspaceProjects(request, tokens)).find((candidate) => candidate.slug === demodamProject.slug);
  if (!project) throw new Error('No Schoolzone project in the demo seed');
  const staff = await staffProject(request, tokens, project.id);
  const moment = (staff['council_moments'] as Array<Record<string, string>>).find(
    (candidate) => candidate['publication'] === 'published' && candidate['meeting_kind'] === 'council',
  );
  if (!moment) throw new Error('The Schoolzone project has no published council moment of the council');
  return { id: project.id, organisation: staff['organisation'].slug as string, moment };
}

/** A row of the votes, by its group's name ("Partij 1"). */
function voteRow(form: Locator, number: number): Locator {
  return form.getByRole('group', { name: text.form.votes.row.replace('{number}', String(number)), exact: true });
}

test('an editor records a motion with the votes of two parties; once an approver approves it, it is published', async ({
  page,
  request,
}) => {
  const { id: projectId, organisation, moment } = await schoolzone(request);
  const suffix = unique();
  const title = `Motie meer bomen op het schoolplein ${suffix}`;

  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'motions');
  await expect(page.getByText(text.editor.motionsIntro)).toBeVisible();
  await page.getByRole('button', { name: addButton('motion') }).click();
  const form = page.locator('#motion-new');

  // The council moment is one of the project's, named by its meeting and agenda item.
  const momentSelect = form.getByLabel(/^Raadsmoment/);
  await momentSelect.selectOption(moment['id']!);
  await expect(momentSelect.locator('option:checked')).toContainText(moment['agenda_item']!);
  await expect(form.getByLabel(/^Motie of amendement/)).toHaveValue('motion');
  await form.getByLabel(/^Nummer/).fill(`M-${suffix}`);
  await form.getByLabel(/^Titel/).fill(title);
  await form.getByLabel(english.englishOf('Titel')).fill(`Motion for more trees in the school playground ${suffix}`);
  await form.getByLabel(/^Ingediend door/).fill('J. de Vries (Groen Demodam), A. Bakker (Lokaal Belang)');
  await form.getByLabel(/^Wat het vraagt/).fill('De raad vraagt het college om zes bomen op het schoolplein te planten.');

  // Votes belong to a vote: not asked for until the motion was adopted or rejected.
  const votes = form.getByRole('group', { name: /^Stemmen per partij/ });
  await expect(form.getByLabel(/^Uitslag/)).toHaveValue('pending');
  await expect(votes).toHaveCount(0);
  await form.getByLabel(/^Uitslag/).selectOption({ label: 'Aangenomen' });
  await expect(votes).toBeVisible();
  await expect(votes.getByText(text.form.votes.none)).toBeVisible();
  await form.getByLabel(/^Wat het veranderde/).fill('Het college plant in het najaar zes bomen op het schoolplein.');

  const add = votes.getByRole('button', { name: text.form.votes.add });
  await add.click();
  const first = voteRow(votes, 1);
  await expect(first.getByLabel(text.form.votes.party)).toBeFocused();
  await first.getByLabel(text.form.votes.party).fill('Groen Demodam');
  await first.getByLabel(text.form.votes.for).fill('12');
  // A count that is no whole number from 0 to 999 is marked at once, at its own box.
  const against = first.getByLabel(text.form.votes.against);
  await against.fill('-3');
  await expect(against).toHaveAttribute('aria-invalid', 'true');
  await expect(against).toHaveAccessibleDescription(new RegExp(text.form.votes.notACount.replaceAll('.', '\\.')));
  await against.fill('3');
  await expect(against).not.toHaveAttribute('aria-invalid', 'true');

  await add.click();
  const second = voteRow(votes, 2);
  // The same party twice (in other letters): the API refuses it, below.
  await second.getByLabel(text.form.votes.party).fill('groen demodam');
  await second.getByLabel(text.form.votes.for).fill('3');
  await second.getByLabel(text.form.votes.against).fill('9');
  // A row added by mistake is removed again, and the cursor goes back to "add".
  await add.click();
  await voteRow(votes, 3).getByLabel(text.form.votes.party).fill('Vergissing');
  await voteRow(votes, 3)
    .getByRole('button', { name: `${text.form.votes.remove}: Vergissing` })
    .click();
  await expect(voteRow(votes, 3)).toHaveCount(0);
  await expect(add).toBeFocused();

  // The API's refusal is shown at the votes, and the summary's link leads there.
  await form.getByRole('button', { name: text.form.saveNew, exact: true }).click();
  const summary = form.getByRole('alert').filter({ hasText: text.form.errorSummary });
  await expect(summary).toBeFocused();
  const refusal = /De stemmen per partij kloppen niet/;
  await expect(votes).toHaveAccessibleDescription(refusal);
  await summary.getByRole('link', { name: refusal }).click();
  await expect(votes).toBeFocused();

  const axe = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  await second.getByLabel(text.form.votes.party).fill('Lokaal Belang');
  await form.getByRole('button', { name: text.form.saveNew, exact: true }).click();
  const item = recordItem(page, title);
  await expect(item.getByText(`${text.publication.label}: ${text.publication.draft}`)).toBeVisible();
  await submitForApproval(page, item, title);
  // Saved as typed: the rows come back from the API in the edit panel.
  await expect(voteRow(item, 1).getByLabel(text.form.votes.party)).toHaveValue('Groen Demodam');
  await expect(voteRow(item, 2).getByLabel(text.form.votes.against)).toHaveValue('9');
  await signOut(page);

  // The approver reads the words that would go public, the votes as lines, and approves.
  await signIn(page, 'approver');
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.approvals }).click();
  const queued = approvalItem(page, title);
  await expect(queued).toContainText(text.kinds['motion']!);
  await expect(queued).toContainText('Groen Demodam: 12 voor, 3 tegen');
  await expect(queued).toContainText('Lokaal Belang: 3 voor, 9 tegen');
  await approveFromQueue(page, title);

  // Published: the workspace says so, and the public API gives the motion with its votes.
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.projects }).click();
  await openProjectSection(page, demodamProject.title, 'motions');
  await expect(recordItem(page, title).getByText(`${text.publication.label}: ${text.publication.published}`)).toBeVisible();

  const answer = await request.post('/rest/v1/rpc/project_timeline', {
    headers: { apikey: await anonKey(), 'content-type': 'application/json' },
    data: { org_slug: organisation, project_slug: demodamProject.slug },
  });
  expect(answer.status()).toBe(200);
  const timeline = (await answer.json()) as { project: { id: string }; motions: Array<Record<string, unknown>> };
  expect(timeline.project.id).toBe(projectId);
  expect(timeline.motions.find((motion) => motion['title'] === title)).toMatchObject({
    council_moment_id: moment['id'],
    kind: 'motion',
    reference: `M-${suffix}`,
    result: 'adopted',
    votes: [
      { party: 'Groen Demodam', for: 12, against: 3 },
      { party: 'Lokaal Belang', for: 3, against: 9 },
    ],
    translations: { en: { title: `Motion for more trees in the school playground ${suffix}` } },
  });
});

test('a committee cannot adopt: the form does not offer it, and the API’s refusal is shown at the outcome', async ({ page }) => {
  const suffix = unique();
  const agendaItem = `Bespreking fietsenstalling ${suffix}`;
  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'council');
  await page.getByRole('button', { name: addButton('council_moment') }).click();
  const form = page.locator('#council_moment-new');
  await form.getByLabel(/^Datum van de vergadering/).fill('2027-03-11');
  await form.getByLabel(/^Begintijd/).fill('2027-03-11T19:30');
  await form.getByLabel(/^Wie vergadert/).fill('Commissie Ruimte');
  await form.getByLabel(/^Agendapunt/).fill(agendaItem);
  await form.getByLabel(/^Voorstel/).fill('Het college laat de commissie de plannen voor de fietsenstalling zien.');
  await form.getByLabel(/^Id van het agendapunt/).fill(`ori-${suffix}`);

  const kind = form.getByLabel(/^Soort vergadering/);
  const outcome = form.getByLabel(/^Uitkomst/);
  await expect(kind).toHaveValue('council');
  const option = (label: string) => outcome.locator('option').filter({ hasText: new RegExp(`^${label}$`) });
  // The council adopts; only a committee finds a proposal ready for the council.
  await expect(option('Aangenomen')).toBeEnabled();
  await expect(option('Rijp voor besluit in de raad')).toBeDisabled();
  await outcome.selectOption({ label: 'Aangenomen' });
  await form.getByLabel(/^Samenvatting van de uitkomst/).fill('De commissie is positief.');
  await kind.selectOption({ label: 'Commissie' });
  await expect(option('Aangenomen')).toBeDisabled();
  await expect(option('Verworpen')).toBeDisabled();
  await expect(option('Rijp voor besluit in de raad')).toBeEnabled();

  // Still chosen from before: the API refuses it and the form puts its reason at the outcome.
  await form.getByRole('button', { name: text.form.saveNew, exact: true }).click();
  const summary = form.getByRole('alert').filter({ hasText: text.form.errorSummary });
  await expect(summary).toBeFocused();
  const refusal = /Kies bijvoorbeeld besproken/;
  await expect(summary).toContainText(refusal);
  await expect(outcome).toHaveAttribute('aria-invalid', 'true');
  await expect(outcome).toHaveAccessibleDescription(refusal);

  await outcome.selectOption({ label: 'Rijp voor besluit in de raad' });
  await form.getByRole('button', { name: text.form.saveNew, exact: true }).click();
  const item = recordItem(page, agendaItem);
  await expect(item.getByText(`${text.publication.label}: ${text.publication.draft}`)).toBeVisible();
  await item.getByRole('button', { name: `${text.editor.edit}: ${agendaItem}` }).click();
  await expect(item.getByLabel(/^Soort vergadering/)).toHaveValue('committee');
  await expect(item.getByLabel(/^Uitkomst/)).toHaveValue('ready_for_council');
  await expect(item.getByLabel(/^Begintijd/)).toHaveValue('2027-03-11T19:30');
  await expect(item.getByLabel(/^Id van het agendapunt/)).toHaveValue(`ori-${suffix}`);
});

test('a phase has the project’s council role unless one is chosen, and a promise is to residents unless made to the council', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'phases');
  await page.getByRole('button', { name: addButton('phase') }).click();
  const phase = page.locator('#phase-new');
  const role = phase.getByLabel(/^Rol van de gemeenteraad in deze fase/);
  await expect(role).toHaveValue('');
  await expect(role.locator('option:checked')).toHaveText('Zoals bij het project');
  await expect(phase.getByLabel(/^Uitleg over de rol van de raad/)).toHaveCount(0);
  await role.selectOption({ label: 'Adviesrecht' });
  await expect(phase.getByLabel(/^Uitleg over de rol van de raad/)).toBeVisible();
  await expect(phase.getByLabel(english.englishOf('Uitleg over de rol van de raad'))).toBeVisible();

  await page
    .getByRole('navigation', { name: text.editor.sectionsLabel })
    .getByRole('link', { name: text.editor.sections.promises, exact: true })
    .click();
  await page.getByRole('button', { name: addButton('promise') }).click();
  const madeTo = page.locator('#promise-new').getByLabel(/^Aan wie het beloofd is/);
  await expect(madeTo.locator('option:checked')).toHaveText('Aan inwoners');
  await madeTo.selectOption({ label: 'Aan de gemeenteraad' });
  await expect(madeTo).toHaveValue('council');
});
