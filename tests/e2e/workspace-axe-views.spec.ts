import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { locales, type Locale } from '../../src/i18n/index.ts';
import { councilLinksText } from '../../src/i18n/text/council-links.ts';
import { editorText } from '../../src/i18n/text/editor.ts';
import {
  demodamProject,
  endSession,
  openProjectSection,
  rpc,
  signIn,
  signOut,
  textFor,
  tokensFor,
  unique,
  wcag22aa,
  workspacePath,
  workspaceProjects,
} from './support/workspace.ts';

// Axe reports zero WCAG 2.2 AA violations on every view of the workspace, in Dutch
// and English: sign-in, projects, a section with a record form open, the update editor with its preview and
// readability hint, a form with a validation error, the approval queue, the audit log, the team, the
// session dialog, a project's followers and the council section's agenda items from the council information
// system (a linked item being unlinked, and an id the API refused).

async function violations(page: Page, view: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return results.violations.map(
    (violation) =>
      `${view}: ${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
}

for (const locale of locales as readonly Locale[]) {
  test(`every workspace view has no WCAG 2.2 AA violation (${locale})`, async ({ page, request }) => {
    const text = textFor(locale);
    const found: string[] = [];
    const suffix = unique();

    // Something in the approval queue, written and submitted by the editor through the API.
    const editor = await tokensFor(request, 'editor');
    const project = (await workspaceProjects(request, editor)).find((candidate) => candidate.slug === demodamProject.slug);
    if (!project) throw new Error('No Schoolzone project in the demo seed');
    const saved = await rpc(request, editor.accessToken, 'staff_save_update', {
      project_id: project.id,
      title: `Wacht op fiat ${suffix}`,
      body_md: 'Een korte tekst.',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const submitted = await rpc(request, editor.accessToken, 'staff_submit', {
      kind: 'update',
      id: (saved.body as { id: string }).id,
      project_id: project.id,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    await page.goto(workspacePath(locale));
    await expect(page.getByRole('heading', { level: 2, name: text.signIn.title })).toBeVisible();
    found.push(...(await violations(page, 'sign-in')));

    await signIn(page, 'editor', locale);
    found.push(...(await violations(page, 'projects')));

    await openProjectSection(page, demodamProject.title, 'updates', locale);
    await page.getByRole('button', { name: text.editor.add.replace('{kind}', (text.kinds['update'] ?? '').toLowerCase()) }).click();
    const form = page.locator('#update-new');
    await expect(form.getByLabel(locale === 'nl' ? /^Titel/ : /^Title/)).toBeVisible();
    found.push(...(await violations(page, 'section with a record form open')));

    // A validation error from the API: the title is missing.
    await form.getByRole('button', { name: text.form.saveNew }).click();
    await expect(form.getByRole('alert')).toBeFocused();
    found.push(...(await violations(page, 'form with a validation error')));

    // Long sentences and hard words, so that the readability hint has advice; then the preview.
    const long =
      locale === 'nl'
        ? 'Ten gevolge van de implementatie van de gemeentelijke verkeersveiligheidsstrategie worden de infrastructurele voorzieningen rondom de onderwijsinstelling, in nauwe afstemming met alle belanghebbende partijen en conform de vigerende beleidskaders, gefaseerd heringericht en geoptimaliseerd. '
        : 'As a consequence of the implementation of the municipal traffic safety strategy, the infrastructural provisions surrounding the educational institution will, in close consultation with all relevant stakeholders and in accordance with the prevailing policy frameworks, be reorganised and optimised in phases. ';
    await form.getByLabel(locale === 'nl' ? /^Titel/ : /^Title/).fill(`Toegankelijk ${suffix}`);
    await form
      .getByLabel(locale === 'nl' ? /^Tekst/ : /^Text/)
      .fill(`${long}${long}\n\n**Vet** en [een link](https://www.demodam.example/).`);
    await form.getByRole('button', { name: editorText(locale).preview }).click();
    await expect(form.getByRole('region', { name: editorText(locale).previewLabel })).toContainText(
      locale === 'nl' ? 'een link' : 'een link',
    );
    await expect(form.locator('.markdown-editor__hint')).not.toBeEmpty();
    found.push(...(await violations(page, 'update editor with preview and readability hint')));

    // The session dialog, over the form.
    await endSession(page);
    await form.getByRole('button', { name: text.form.saveNew }).click();
    const dialog = page.getByRole('dialog', { name: text.session.expiredTitle });
    await expect(dialog).toBeVisible();
    found.push(...(await violations(page, 'session dialog')));
    await dialog.getByRole('button', { name: text.session.close }).click();
    await expect(dialog).toHaveCount(0);

    await page.goto(workspacePath(locale));
    await signIn(page, 'approver', locale);
    await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.approvals }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.approvals.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: `Wacht op fiat ${suffix}` })).toBeVisible();
    found.push(...(await violations(page, 'approval queue')));
    await signOut(page, locale);

    await signIn(page, 'admin', locale);
    await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.audit }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.audit.title })).toBeVisible();
    await expect(page.getByRole('table').or(page.getByText(text.audit.none)).first()).toBeVisible();
    found.push(...(await violations(page, 'audit log')));
    await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.team }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.team.title })).toBeVisible();
    await expect(page.getByText('beheer@demodam.example').last()).toBeVisible();
    found.push(...(await violations(page, 'team')));

    // A project's followers: numbers only, and the table of groups.
    await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.projects }).click();
    await openProjectSection(page, demodamProject.title, 'followers', locale);
    await expect(page.getByRole('table', { name: text.followers.caption })).toBeVisible();
    found.push(...(await violations(page, 'followers')));

    // The council section's panel of linked agenda items: one linked (through the API), its unlink confirmation
    // open, and an id with characters the API refuses at the field.
    const links = councilLinksText(locale);
    const itemId = String(Number.parseInt(suffix, 16));
    const linked = await rpc(request, editor.accessToken, 'staff_link_council_item', { project_id: project.id, source_id: itemId });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    await page
      .getByRole('navigation', { name: text.editor.sectionsLabel })
      .getByRole('link', { name: text.editor.sections.council, exact: true })
      .click();
    const panel = page.getByRole('region', { name: links.title, exact: true });
    const item = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: links.item(itemId), exact: true }) });
    await item.getByRole('button', { name: links.removeLabel(itemId), exact: true }).click();
    await expect(item.getByRole('button', { name: links.removeYes, exact: true })).toBeFocused();
    await panel.getByLabel(links.label).fill('a/b');
    await panel.getByRole('button', { name: links.submit, exact: true }).click();
    await expect(panel.getByRole('alert').filter({ hasText: text.form.errorSummary })).toBeFocused();
    found.push(...(await violations(page, 'council links panel with a confirmation and a refused id')));
    const unlinked = await rpc(request, editor.accessToken, 'staff_unlink_council_item', { project_id: project.id, source_id: itemId });
    expect(unlinked.status, JSON.stringify(unlinked.body)).toBe(200);

    expect(found, 'axe violations in the workspace').toEqual([]);
  });
}
