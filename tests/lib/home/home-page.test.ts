import { describe, expect, it } from 'vitest';
import { dictionaryFor, locales } from '../../../src/i18n/index.ts';
import { buildHomePage } from '../../../src/lib/home/home-page.ts';
import { buildProjectList } from '../../../src/lib/projects/project-list.ts';
import { organisationDocument, projectCardDocument } from '../support/documents.ts';

describe('buildHomePage', () => {
  const organisation = { ...organisationDocument('nieuwdam'), name: 'Gemeente Nieuwdam', website_url: 'https://www.nieuwdam.example/' };

  it.each(locales)('lists the projects with their filter and no empty state when there are projects (%s)', (locale) => {
    const cards = [projectCardDocument('park'), projectCardDocument('plein')];
    const view = buildHomePage(organisation, cards, locale);
    expect(view.title).toBe(dictionaryFor(locale).home.title);
    expect(view.intro).toBe(dictionaryFor(locale).home.intro('Gemeente Nieuwdam'));
    expect(view.items).toEqual(buildProjectList(cards, locale));
    expect(view.filterFields.map((field) => field.kind)).toContain('search');
    expect(view.empty).toBeNull();
  });

  it.each(locales)('says there are no projects yet and links to the municipality when nothing is published (%s)', (locale) => {
    const t = dictionaryFor(locale).home.empty;
    const view = buildHomePage(organisation, [], locale);
    expect(view.items).toEqual([]);
    // Nothing to search or filter in an empty list.
    expect(view.filterFields).toEqual([]);
    expect(view.empty).toEqual({
      text: t.text('Gemeente Nieuwdam'),
      website: { text: t.meanwhile('Gemeente Nieuwdam'), href: 'https://www.nieuwdam.example/', label: t.websiteLink('Gemeente Nieuwdam') },
    });
  });

  it('says it in the language of the page, Dutch first', () => {
    expect(buildHomePage(organisation, [], 'nl').empty?.text).toMatch(/^Er staan nog geen projecten op deze site\. /);
    expect(buildHomePage(organisation, [], 'en').empty?.text).toMatch(/^There are no projects on this site yet\. /);
    expect(buildHomePage(organisation, [], 'nl').empty?.website?.label).toBe('Naar de website van Gemeente Nieuwdam');
  });

  it('leaves the link out for an organisation without a website', () => {
    const view = buildHomePage({ ...organisation, website_url: null }, [], 'nl');
    expect(view.empty?.text).toBe(dictionaryFor('nl').home.empty.text('Gemeente Nieuwdam'));
    expect(view.empty?.website).toBeNull();
  });
});
