import { expect, test, type Locator } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import { editorText } from '../../src/i18n/text/editor.ts';
import {
  addUpdate,
  approveFromQueue,
  demodamProject,
  openProjectSection,
  pollPublicPage,
  signIn,
  signOut,
  submitForApproval,
  unique,
  waitForQuietSite,
} from './support/workspace.ts';

// Markdown with hostile content, written through the workspace, is neutralised in the
// editor's preview, on the public project page and in the project's feed, while its harmless text shows.

const text = workspaceNl;

function hostileBody(suffix: string): string {
  return [
    `Veilige tekst ${suffix} over de schoolzone.`,
    '',
    `<script>window.__pwned_${suffix} = true; alert('script')</script>`,
    '',
    `<iframe src="https://evil.example/${suffix}"></iframe>`,
    '',
    `<img src=x onerror="window.__pwned_${suffix} = true; alert('img')">`,
    '',
    `[klik hier ${suffix}](javascript:alert(1)) en [lees dit ${suffix}](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  ].join('\n');
}

/** The traces of the hostile parts that must not survive, in markup or in a feed's text. */
const forbidden = (suffix: string) => [
  `__pwned_${suffix}`,
  `evil.example/${suffix}`,
  'onerror',
  'javascript:',
  'data:text/html',
  '<iframe',
  '&lt;iframe',
  '<script>window',
  '&lt;script',
];

/** No script, frame, event handler or script URL inside the container; `siteScripts` allows the page's own scripts. */
async function expectNeutralised(container: Locator, siteScripts = false): Promise<void> {
  const report = await container.evaluate((root, allowScripts) => {
    const elements = [...root.querySelectorAll('*')];
    return {
      scripts: [...root.querySelectorAll('script')].filter((script) => !allowScripts || /__pwned|alert\(/.test(script.textContent ?? ''))
        .length,
      frames: root.querySelectorAll('iframe, frame, object, embed').length,
      handlers: elements.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `${element.tagName} ${attribute.name}`),
      ),
      badUrls: elements.flatMap((element) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href']
          .map((name) => element.getAttribute(name))
          .filter((value): value is string => value !== null && /^\s*(javascript|data|vbscript):/i.test(value)),
      ),
    };
  }, siteScripts);
  expect(report).toEqual({ scripts: 0, frames: 0, handlers: [], badUrls: [] });
}

test('hostile Markdown is neutralised in the preview, on the project page and in its feed', async ({ page }) => {
  const suffix = unique();
  const title = `Veilig bericht ${suffix}`;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'updates');
  // The preview, before saving: the same sanitiser as the public page.
  await page.getByRole('button', { name: text.editor.add.replace('{kind}', 'nieuwsbericht') }).click();
  const form = page.locator('#update-new');
  await form.getByLabel(/^Titel/).fill(title);
  await form.getByLabel(/^Tekst/).fill(hostileBody(suffix));
  await form.getByRole('button', { name: editorText('nl').preview }).click();
  const preview = form.getByRole('region', { name: editorText('nl').previewLabel });
  await expect(preview).toContainText(`Veilige tekst ${suffix} over de schoolzone.`);
  await expect(preview).toContainText(`klik hier ${suffix}`);
  await expectNeutralised(preview);
  expect(await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], `__pwned_${suffix}`)).toBeUndefined();
  // Closing the new form again: addUpdate opens its own.
  await page.getByRole('button', { name: text.editor.add.replace('{kind}', 'nieuwsbericht') }).click();

  const item = await addUpdate(page, title, hostileBody(suffix));
  await submitForApproval(page, item, title);
  await signOut(page);
  await signIn(page, 'approver');
  await waitForQuietSite();
  await approveFromQueue(page, title);
  const approvedAt = Date.now();

  const path = pathFor({ page: 'project', slug: demodamProject.slug }, 'nl');
  const seconds = await pollPublicPage(page, path, approvedAt, async (resident) => {
    await expect(resident.getByRole('heading', { name: title })).toBeVisible({ timeout: 1_000 });
  });
  console.log(`publish-to-visible (hostile Markdown story): ${seconds.toFixed(1)} s`);
  const article = page
    .locator('main')
    .getByText(`Veilige tekst ${suffix} over de schoolzone.`)
    .locator('xpath=ancestor::*[self::article or self::li][1]');
  await expect(article).toBeVisible();
  await expectNeutralised(article);
  await expectNeutralised(page.locator('main'), true);
  const html = await page.content();
  for (const trace of forbidden(suffix)) expect(html, `the project page contains ${trace}`).not.toContain(trace);
  expect(await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], `__pwned_${suffix}`)).toBeUndefined();

  const feed = await page.request.get(`/projecten/${demodamProject.slug}/feed.xml`);
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml).toContain(title);
  expect(xml).toContain(`Veilige tekst ${suffix} over de schoolzone.`);
  for (const trace of forbidden(suffix)) expect(xml, `the feed contains ${trace}`).not.toContain(trace);
  expect(dialogs).toEqual([]);
});
