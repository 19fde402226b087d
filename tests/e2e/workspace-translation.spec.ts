import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { translationWorkspaceText } from '../../src/i18n/text/translation.ts';
import {
  demodamProject,
  openProjectSection,
  recordItem,
  signIn,
  staffProject,
  textFor,
  tokensFor,
  unique,
  wcag22aa,
  workspaceProjects,
} from './support/workspace.ts';

// An editor writes a promise in Dutch and adds its English version side by side: both long texts get the
// plain-language hint (the English one judged as English), the English box says it is not translated yet until
// it is, the project says how many texts still lack English, and the English text is saved with the record
// (it goes public only with the Dutch, after approval). Axe finds no WCAG 2.2 AA violation on the form.

test('an editor adds an English version next to the Dutch, with the plain-language hint for both', async ({ page, request }) => {
  const text = textFor('nl');
  const tr = translationWorkspaceText('nl');
  const suffix = unique();
  const dutch = `Wij faciliteren een evaluatie van de schoolzone na drie maanden (${suffix}).`;
  const english = `We will check the school zone with residents and the school after three months ${suffix}.`;

  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'promises');
  await expect(page.locator('#project-untranslated')).toHaveText(/Engels/);

  await page.getByRole('button', { name: text.editor.add.replace('{kind}', (text.kinds['promise'] ?? '').toLowerCase()) }).click();
  const form = page.locator('#promise-new');
  const body = form.locator('#promise-new-body');
  const bodyEnglish = form.locator('#promise-new-body-en');
  await expect(bodyEnglish).toHaveAttribute('lang', 'en');
  await expect(form.getByText(tr.formHelp)).toBeVisible();

  // Side by side: the English box is to the right of the Dutch one, on the same row.
  const [dutchBox, englishBox] = [await body.boundingBox(), await bodyEnglish.boundingBox()];
  expect(englishBox!.x).toBeGreaterThan(dutchBox!.x + dutchBox!.width - 1);
  expect(Math.abs(englishBox!.y - dutchBox!.y)).toBeLessThan(40);

  await body.fill(dutch);
  // The Dutch hint names the officialese, with a plainer word.
  const dutchHint = form.locator('#promise-new-body-hint');
  await expect(dutchHint).toContainText('“faciliteren”: schrijf liever');
  await expect(form.locator('label[for="promise-new-body-en"]')).toContainText(tr.missing);
  await expect(form.locator(`#promise-new-untranslated`)).toHaveText(tr.missingFields(1));

  await bodyEnglish.fill(english);
  const englishHint = form.locator('#promise-new-body-en-hint');
  await expect(englishHint).toContainText('Leesbaarheid');
  await expect(form.locator('label[for="promise-new-body-en"]')).not.toContainText(tr.missing);

  await form.locator('#promise-new-made_on').fill('2026-12-01');
  await form.locator('#promise-new-made_by').fill('Wethouder');
  await form.locator('#promise-new-context').fill('Bij de inloopavond');
  await form.locator('#promise-new-context-en').fill('At the walk-in evening');

  const axe = await new AxeBuilder({ page }).include('#promise-new').withTags(wcag22aa).analyze();
  expect(
    axe.violations.map(
      (violation) => `${violation.id}: ${violation.help} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);

  await form.getByRole('button', { name: text.form.saveNew }).click();
  const item = recordItem(page, dutch);
  await expect(item).toBeVisible();
  // Who promised has no English yet: the record says so in words.
  await expect(item.getByText(tr.missingFields(1))).toBeVisible();

  const editor = await tokensFor(request, 'editor');
  const project = (await workspaceProjects(request, editor)).find((candidate) => candidate.slug === demodamProject.slug)!;
  const saved = (await staffProject(request, editor, project.id))['promises'].find((promise: { body: string }) => promise.body === dutch);
  expect(saved.translations).toEqual({ en: { body: english, context: 'At the walk-in evening' } });
  expect(saved.publication).toBe('draft');
});
