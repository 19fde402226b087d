import { expect, test } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import { councilMomentListSchema, type CouncilMomentListItem } from '../../src/lib/api/index.ts';
import { localize } from '../../src/lib/content-language/localize.ts';
import { apiKeys, jwtSecretFromEnv } from '../../src/local-supabase/keys.ts';

// The expected council moments come from the API the site was built from, never from a list here.
const organisation = process.env['PUBLIC_ORGANISATION'] ?? 'demodam';

async function listCouncilMoments(baseURL: string): Promise<CouncilMomentListItem[]> {
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  const supabase = createClient(baseURL, anonKey, { auth: { persistSession: false } });
  const { data, error } = await supabase.rpc('list_council_moments', { org_slug: organisation });
  expect(error).toBeNull();
  return councilMomentListSchema.parse(data);
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';

for (const [locale, path, text] of [
  ['nl', '/gemeenteraad/', { coming: 'Binnenkort in de raad', past: 'Eerder in de raad', reasons: 'Waarom de raad anders besloot' }],
  ['en', '/en/council/', { coming: 'Coming up in the council', past: 'Earlier in the council', reasons: 'Why the council decided differently' }],
] as const) {
  test(`every council moment is on the council page, coming or past (${locale})`, async ({ page, baseURL }) => {
    const moments = await listCouncilMoments(baseURL ?? '');
    expect(moments.length).toBeGreaterThan(0);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const coming = page.getByRole('region', { name: text.coming });
    const past = page.getByRole('region', { name: text.past });
    await expect(coming.getByRole('article').or(past.getByRole('article'))).toHaveCount(moments.length);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    for (const moment of moments) {
      const region = moment.meets_on >= today ? coming : past;
      const article = region.locator('article').filter({ has: page.locator(`time[datetime="${moment.meets_on}"]`) }).filter({ hasText: localize(moment, 'agenda_item', locale).text });
      await expect(article).toHaveCount(1);
      await expect(article).toContainText(localize(moment.project, 'title', locale).text);
      await expect(article).toContainText(firstLine(localize(moment, 'proposal', locale).text));
      if (moment.differs_from_participation && moment.council_reasons) {
        await expect(article.getByRole('heading', { name: text.reasons })).toBeVisible();
        await expect(article).toContainText(firstLine(localize(moment, 'council_reasons', locale).text));
      }
    }
  });
}

test('a resident reads on the council page why the council decided differently', async ({ page, baseURL }) => {
  const moments = await listCouncilMoments(baseURL ?? '');
  const differing = moments.filter((moment) => moment.differs_from_participation);
  expect(differing.length, 'the demo has a council that decided differently').toBeGreaterThan(0);
  await page.goto('/gemeenteraad/');
  await expect(page.getByText('De raad besloot anders dan de uitkomst van de participatie.')).toHaveCount(differing.length);
  const moment = differing[0];
  if (!moment?.council_reasons) throw new Error('A differing council moment must give its reasons.');
  await expect(page.getByText(firstLine(moment.council_reasons), { exact: false })).toBeVisible();
  await page.getByRole('link', { name: moment.project.title, exact: true }).first().click();
  await expect(page).toHaveURL(`/projecten/${moment.project.slug}/`);
});
