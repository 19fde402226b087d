import { createClient } from '@supabase/supabase-js';
import { expect, test } from '@playwright/test';
import { dictionaryFor } from '../../src/i18n/index.ts';
import { retentionPeriodsSchema, type RetentionPeriods } from '../../src/lib/api/index.ts';
import { apiKeys, jwtSecretFromEnv } from '../../src/services/local-supabase/keys.ts';

// The two statements, in both languages: their structure, their language, the accessibility statement in the
// structure of the Dutch register's model, and the privacy statement's periods as the database answers them.
// Axe and the check that no e-mail address reaches a page run for every page type in accessibility.spec.ts.
const pages = [
  { path: '/toegankelijkheid/', locale: 'nl', title: 'Toegankelijkheidsverklaring', statement: 'accessibility' },
  { path: '/en/accessibility/', locale: 'en', title: 'Accessibility statement', statement: 'accessibility' },
  { path: '/privacy/', locale: 'nl', title: 'Privacyverklaring', statement: 'privacy' },
  { path: '/en/privacy/', locale: 'en', title: 'Privacy statement', statement: 'privacy' },
] as const;

let periods: RetentionPeriods;
test.beforeAll(async ({ baseURL }) => {
  // As the build reads them: anonymously, through the API.
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  const answer = await createClient(baseURL ?? '', anonKey, { auth: { persistSession: false } }).rpc('retention_periods');
  if (answer.error) throw new Error(`retention_periods failed: ${answer.error.message}`);
  periods = retentionPeriodsSchema.parse(answer.data);
});

for (const { path, locale, title, statement } of pages) {
  test(`a resident reads the ${title} (${locale})`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const text = dictionaryFor(locale).statements;
    const sections = statement === 'privacy' ? text.privacy.sections('x', periods) : text.accessibility.sections('x');
    const headings = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(headings).toHaveText(sections.map((section) => section.heading));
    for (const section of sections) {
      await expect(page.getByRole('region', { name: section.heading })).toBeVisible();
    }
    await expect(page.getByRole('main').locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  });
}

test('the accessibility statement follows the model: scope, status A-E, standard, how tested, limitations, contact, complaints, date', async ({
  page,
}) => {
  await page.goto('/toegankelijkheid/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText([
    'Voor welke website geldt deze verklaring?',
    'Stand van zaken: status C',
    'Aan welke eisen moet de site voldoen?',
    'Hoe is de site onderzocht?',
    'Wat werkt nog niet goed?',
    'Loopt u tegen een probleem aan?',
    'Bent u niet tevreden met het antwoord?',
    'Over deze verklaring',
  ]);
  const status = page.getByRole('region', { name: 'Stand van zaken: status C' });
  await expect(status.getByRole('listitem')).toHaveCount(5);
  for (const term of [
    'EN 301 549',
    'WCAG 2.1',
    'WCAG 2.2',
    'Besluit digitale toegankelijkheid overheid',
    'axe',
    'Playwright',
    'toetsenbord',
    'Nationale ombudsman',
    'digitoegankelijk.nl',
  ]) {
    await expect(main).toContainText(term);
  }
  await expect(main).toContainText('Deze verklaring is bijgewerkt op');
});

test('the privacy statement says what is kept, why, for how long (the database’s own periods), who processes it and how to see or delete it', async ({
  page,
}) => {
  await page.goto('/privacy/');
  const main = page.getByRole('main');
  const kept = page.getByRole('region', { name: 'Als u een project volgt' });
  for (const item of ['e-mailadres', 'taal', 'hoe vaak', 'meedoen', 'buurt of groep']) await expect(kept).toContainText(item);
  const basis = page.getByRole('region', { name: 'Waarom wij dit bewaren, en op welke grond' });
  await expect(basis).toContainText('toestemming');
  await expect(basis).toContainText('publieke taak');
  const periodsRegion = page.getByRole('region', { name: 'Hoe lang wij uw gegevens bewaren' });
  await expect(periodsRegion).toContainText(`na ${periods.unconfirmed_days} dagen`);
  await expect(periodsRegion).toContainText(`${periods.finished_mail_days} dagen`);
  await expect(periodsRegion).toContainText(`${periods.mail_link_days} dagen`);
  await expect(page.getByRole('region', { name: 'Wie uw gegevens verwerkt' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Uw gegevens bekijken, veranderen of verwijderen' })).toContainText('e-mailinstellingen');
  await expect(main).not.toContainText('latere versie');
});
