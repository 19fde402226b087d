import { expect, test } from '@playwright/test';
import { locales, pathFor } from '../../src/i18n/index.ts';
import type { ProjectTimeline } from '../../src/lib/api/project-timeline.ts';
import { openDataPaths } from '../../src/lib/open-data/open-data-paths.ts';
import { blockTexts, buildParticipationReport } from '../../src/lib/report/participation-report.ts';
import { docxParagraphs } from '../lib/report/docx-text.ts';
import { waitForQuietSite } from './support/workspace.ts';

// The participation report of every demo project, in both languages: the page, its print version and the Word
// document hold the same facts. The facts are the report's view model, made here from the project's open-data file
// (the same document the build read); each of its texts must be on the page, on paper and in the .docx.

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the report page, its print version and the .docx hold the same facts for every demo project', async ({ page, request }) => {
  await waitForQuietSite();
  const portal = (await (await request.get(openDataPaths.portal)).json()) as { projects: Array<{ slug: string }> };
  expect(portal.projects.length).toBeGreaterThan(5);
  for (const { slug } of portal.projects) {
    for (const locale of locales) {
      // Read again on a retry: a story before this one may still have its project's files re-rendered one by one.
      await expect(async () => {
        const timeline = (await (await request.get(openDataPaths.project(slug))).json()) as ProjectTimeline;
        const report = buildParticipationReport(timeline, locale);
        const facts = [
          report.title,
          report.intro,
          report.asOf,
          ...report.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockTexts)]),
        ].map(squash);

        const response = await request.get(pathFor({ page: 'projectReportDocx', slug }, locale));
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain('wordprocessingml.document');
        const docx = squash(docxParagraphs(new Uint8Array(await response.body())).join(' '));

        await page.emulateMedia({ media: 'screen' });
        await page.goto(pathFor({ page: 'projectReport', slug }, locale));
        const main = page.getByRole('main');
        // Terms and values of a list of facts stand apart on the page ("Status" above "Running") and on one line in
        // Word ("Status: Running"): each is looked for as its own text.
        const screen = squash(await main.innerText());
        await page.emulateMedia({ media: 'print' });
        const paper = squash(await main.innerText());
        for (const fact of facts) {
          expect(screen, `${slug} (${locale}) on the page: "${fact.slice(0, 80)}"`).toContain(fact);
          expect(paper, `${slug} (${locale}) on paper: "${fact.slice(0, 80)}"`).toContain(fact);
          expect(docx, `${slug} (${locale}) in the .docx: "${fact.slice(0, 80)}"`).toContain(fact);
        }
        // On paper the links elsewhere go; the report stays.
        await expect(main.getByRole('link', { name: locale === 'nl' ? /Word-document/ : /Word document/ })).toBeHidden();
      }).toPass({ timeout: 60_000 });
    }
  }
});
