import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { councilLinksText } from '../../src/i18n/text/council-links.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import {
  demodamProject,
  openProjectSection,
  rpc,
  signIn,
  textFor,
  tokensFor,
  unique,
  wcag22aa,
  workspaceProjects,
  type Tokens,
} from './support/workspace.ts';

// The council section's panel of agenda items from the council information system (Open Raadsinformatie): an
// editor links an agenda item by its id, sees it is not imported yet, is told at the field about an id with
// characters ORI never gives and about an id the project follows already, and unlinks it again after a
// confirmation that says the imported records stay. A link whose council moment exists shows that moment's state
// and leads to it.

/** An id of the kind ORI gives (digits), new in every run. */
function newItemId(): string {
  return String(Number.parseInt(unique(), 16));
}

const refusedCharacters: Record<Locale, RegExp> = {
  nl: /Het id van het agendapunt bestaat alleen uit letters, cijfers en de tekens/,
  en: /The id of the agenda item consists of letters, digits and the characters/,
};

async function schoolzoneId(tokens: Tokens, request: Parameters<typeof tokensFor>[0]): Promise<string> {
  const project = (await workspaceProjects(request, tokens)).find((candidate) => candidate.slug === demodamProject.slug);
  if (!project) throw new Error('No Schoolzone project in the demo seed');
  return project.id;
}

/** The links of the project with this agenda item, as the API has them. */
async function linksOf(request: Parameters<typeof tokensFor>[0], tokens: Tokens, projectId: string, sourceId: string) {
  const answer = await rpc(request, tokens.accessToken, 'staff_council_links', {});
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as Array<{ project_id: string; source_id: string; moment: unknown }>).filter(
    (link) => link.project_id === projectId && link.source_id === sourceId,
  );
}

function panelOf(page: Page, locale: Locale) {
  return page.getByRole('region', { name: councilLinksText(locale).title, exact: true });
}

for (const locale of ['nl', 'en'] as const) {
  test(`an editor links an agenda item, is told about a bad id and the same id twice, and unlinks it (${locale})`, async ({
    page,
    request,
  }) => {
    const text = textFor(locale);
    const t = councilLinksText(locale);
    const tokens = await tokensFor(request, 'editor');
    const projectId = await schoolzoneId(tokens, request);
    const itemId = newItemId();

    await signIn(page, 'editor', locale);
    await openProjectSection(page, demodamProject.title, 'council', locale);
    const panel = panelOf(page, locale);
    await expect(panel).toBeVisible();
    const field = panel.getByLabel(t.label);
    await expect(field).toHaveAccessibleDescription(t.help);
    const submit = panel.getByRole('button', { name: t.submit, exact: true });
    const item = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: t.item(itemId), exact: true }) });
    await expect(panel.getByText(t.loading)).toHaveCount(0);
    await expect(item).toHaveCount(0);

    // Characters ORI never gives: the API refuses them, and the message is at the field, with a summary that has focus.
    await field.fill('a/b');
    await submit.click();
    const summary = panel.getByRole('alert').filter({ hasText: text.form.errorSummary });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(refusedCharacters[locale]);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // The help, then the error (after the warning sign the stylesheet puts before every field error).
    await expect(field).toHaveAccessibleDescription(
      new RegExp(`^${t.help.replaceAll('.', '\\.')} (⚠ )?${refusedCharacters[locale].source}`),
    );
    await summary.getByRole('link', { name: refusedCharacters[locale] }).click();
    await expect(field).toBeFocused();
    expect(await linksOf(request, tokens, projectId, 'a/b')).toEqual([]);

    // A good id: linked, said in the live region, listed as not imported yet; the field is empty and has the cursor.
    await field.fill(` ${itemId} `);
    await submit.click();
    await expect(page.getByRole('status').filter({ hasText: t.linked(itemId) })).toBeVisible();
    await expect(item).toBeVisible();
    await expect(item).toContainText(t.notImported);
    await expect(item).toContainText(t.notImportedHelp);
    await expect(summary).toHaveCount(0);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
    expect(await linksOf(request, tokens, projectId, itemId)).toEqual([expect.objectContaining({ source_id: itemId, moment: null })]);

    const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="council-links-title"]').withTags(wcag22aa).analyze();
    expect(
      axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    // The same id again: the form says it is linked already, at the field, and nothing changes.
    await field.fill(itemId);
    await submit.click();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(t.alreadyLinked(itemId));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(t.alreadyLinked(itemId).replaceAll('.', '\\.')));
    await expect(item).toHaveCount(1);
    expect(await linksOf(request, tokens, projectId, itemId)).toHaveLength(1);

    // Unlinking asks first and says the imported records stay; cancelling puts the cursor back on the button.
    const remove = item.getByRole('button', { name: t.removeLabel(itemId), exact: true });
    await remove.click();
    const confirm = item.getByRole('button', { name: t.removeYes, exact: true });
    await expect(confirm).toBeFocused();
    await expect(confirm).toHaveAccessibleDescription(t.removeConfirm(itemId));
    await item.getByRole('button', { name: text.actions.cancel, exact: true }).click();
    await expect(confirm).toHaveCount(0);
    await expect(remove).toBeFocused();
    expect(await linksOf(request, tokens, projectId, itemId)).toHaveLength(1);

    await remove.click();
    await confirm.click();
    await expect(page.getByRole('status').filter({ hasText: t.removed(itemId) })).toBeVisible();
    await expect(item).toHaveCount(0);
    await expect(panel.getByRole('heading', { level: 3, name: t.title, exact: true })).toBeFocused();
    expect(await linksOf(request, tokens, projectId, itemId)).toEqual([]);
  });
}

test('a linked agenda item whose council moment is there shows the moment’s state and leads to it', async ({ page, request }) => {
  const text = textFor('nl');
  const t = councilLinksText('nl');
  const tokens = await tokensFor(request, 'editor');
  const projectId = await schoolzoneId(tokens, request);
  const itemId = newItemId();
  const agendaItem = `Verkeersbesluit schoolzone ${itemId}`;

  // What the import makes of an agenda item: a draft council moment with the item's id.
  const saved = await rpc(request, tokens.accessToken, 'staff_save_council_moment', {
    project_id: projectId,
    meets_on: '2027-04-08',
    meeting_kind: 'council',
    body: 'Gemeenteraad',
    agenda_item: agendaItem,
    proposal: 'Het college stelt de raad voor het verkeersbesluit te nemen.',
    outcome: 'pending',
    source_id: itemId,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const momentId = (saved.body as { id: string }).id;

  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'council');
  const panel = panelOf(page, 'nl');
  await panel.getByLabel(t.label).fill(itemId);
  await panel.getByRole('button', { name: t.submit, exact: true }).click();
  const item = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: t.item(itemId), exact: true }) });
  await expect(item).toContainText(t.imported);
  await expect(item).toContainText(`${text.publication.label}: ${text.publication.draft}`);
  await expect(item).toContainText(t.motions(0));
  await expect(item).not.toContainText(t.notImported);

  await item.getByRole('link', { name: t.toMoment(agendaItem), exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: agendaItem, exact: true })).toBeFocused();

  // Unlinked, the moment stays in the section, as the confirmation says.
  await item.getByRole('button', { name: t.removeLabel(itemId), exact: true }).click();
  await item.getByRole('button', { name: t.removeYes, exact: true }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: agendaItem, exact: true })).toBeVisible();

  const deleted = await rpc(request, tokens.accessToken, 'staff_delete_draft', {
    kind: 'council_moment',
    id: momentId,
    project_id: projectId,
  });
  expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
});
