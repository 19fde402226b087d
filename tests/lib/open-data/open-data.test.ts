import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, pathFor } from '../../../src/i18n/index.ts';
import { portalJsonSchema, projectJsonSchema } from '../../../src/lib/open-data/json-schemas.ts';
import { portalOpenData, projectOpenData } from '../../../src/lib/open-data/open-data-documents.ts';
import { buildOpenDataPage } from '../../../src/lib/open-data/open-data-page.ts';
import { openDataPaths } from '../../../src/lib/open-data/open-data-paths.ts';
import type { LocalSupabase } from '../../../src/services/local-supabase/index.ts';
import { loadPortals, type PortalDocuments } from '../feeds/portal-documents.ts';

// The open data files are made from the real API documents and checked against the JSON Schemas the site
// publishes, with an independent validator (ajv, draft 2020-12, formats on).

const site = 'https://meedoen.example.nl';
const orgs = ['demodam', 'voorbeeldstad', 'testdam', 'otherdam'];
let local: LocalSupabase | undefined;
let portals: Record<string, PortalDocuments> = {};

// ajv-formats is CommonJS; its default export arrives as the module object or the function, depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return { project: ajv.compile(projectJsonSchema(site)), portal: ajv.compile(portalJsonSchema(site)) };
}

beforeAll(async () => {
  ({ local, portals } = await loadPortals(orgs));
});
afterAll(async () => {
  await local?.close();
});

function portal(org: string): PortalDocuments {
  const found = portals[org];
  if (!found) throw new Error(`${org} not loaded`);
  return found;
}

/** A deep copy to break on purpose. */
function copy<T>(value: T): T {
  return structuredClone(value);
}

describe.each(orgs)('the open data of %s', (org) => {
  it('validates against the published JSON Schemas', () => {
    const validate = validator();
    const { organisation, projects, withdrawn } = portal(org);
    const portalDocument = portalOpenData(organisation, projects, withdrawn, site);
    expect(validate.portal(portalDocument), JSON.stringify(validate.portal.errors)).toBe(true);
    expect(portalDocument.projects.map((project) => project.slug)).toEqual(projects.map((project) => project.card.slug));
    expect(portalDocument.withdrawn_projects.map(({ links: _links, ...project }) => project)).toEqual(withdrawn.projects);
    expect(portalDocument.withdrawn_read_at).toBe(withdrawn.ledger_head);
    for (const { timeline } of projects) {
      const document = projectOpenData(timeline, site);
      expect(validate.project(document), JSON.stringify(validate.project.errors)).toBe(true);
      // The API's document, whole, plus links and the schema.
      const { $schema, links, ...api } = document;
      expect(api).toEqual(timeline);
      expect($schema).toBe(new URL(openDataPaths.projectSchema, site).href);
      for (const locale of locales) {
        expect(links.page[locale]).toBe(new URL(pathFor({ page: 'project', slug: timeline.project.slug }, locale), site).href);
        expect(links.feed[locale]).toBe(new URL(pathFor({ page: 'projectFeed', slug: timeline.project.slug }, locale), site).href);
        expect(links.calendar[locale]).toBe(new URL(pathFor({ page: 'projectCalendar', slug: timeline.project.slug }, locale), site).href);
      }
    }
  });

  it('holds no e-mail address and no staff account id', () => {
    const { organisation, projects, withdrawn } = portal(org);
    // What was withdrawn stays public on purpose, in its notice and in the history, and only there.
    const live = ({ withdrawn: _withdrawn, history: _history, ...rest }: ReturnType<typeof projectOpenData>) => rest;
    const { withdrawn_projects: withdrawnProjects, ...livePortal } = portalOpenData(organisation, projects, withdrawn, site);
    const files = [JSON.stringify(livePortal), ...projects.map(({ timeline }) => JSON.stringify(live(projectOpenData(timeline, site))))];
    for (const file of files) {
      expect(file).not.toMatch(/[a-z0-9._-]+@[a-z0-9-]+\.[a-z]{2,}/i);
      // The fixture's staff accounts (tests/fixtures/README.md) and the demo's have ids of this form.
      expect(file).not.toMatch(/"(author_id|approver_id|recorded_by|user_id|email)"/);
      expect(file).not.toMatch(/-draft|-awaiting|-withdrawn|td-concept|od-concept/);
      // The hostile fixture's staff accounts (tests/fixtures/README.md) wrote and approved its records.
      expect(file).not.toMatch(/00000000-0000-4000-8000-00000000000[1-5]/);
    }
    const notices = JSON.stringify(withdrawnProjects);
    expect(notices).not.toMatch(/[a-z0-9._-]+@[a-z0-9-]+\.[a-z]{2,}/i);
    expect(notices).not.toMatch(/-draft|-awaiting|td-concept|od-concept|"(author_id|approver_id|contributors)"/);
    expect(notices).not.toMatch(/00000000-0000-4000-8000-00000000000[1-5]/);
    for (const { timeline } of projects) {
      const history = JSON.stringify({ withdrawn: timeline.withdrawn, history: timeline.history });
      expect(history).not.toMatch(/[a-z0-9._-]+@[a-z0-9-]+\.[a-z]{2,}/i);
      expect(history).not.toMatch(/-draft|-awaiting|td-concept|od-concept|"(author_id|approver_id|contributors)"/);
      expect(history).not.toMatch(/00000000-0000-4000-8000-00000000000[1-5]/);
    }
  });
});

describe('the published JSON Schemas', () => {
  it('refuse a file with a missing field, an extra field, a wrong value or a bad link', () => {
    const validate = validator();
    const { organisation, projects } = portal('testdam');
    const [first] = projects;
    if (!first) throw new Error('testdam has no projects');
    const good = projectOpenData(first.timeline, site);
    expect(validate.project(good)).toBe(true);

    const missing = copy(good) as Record<string, unknown> & { project: Record<string, unknown> };
    delete missing.project['title'];
    expect(validate.project(missing)).toBe(false);

    const missingNullable = copy(good) as Record<string, unknown> & { project: Record<string, unknown> };
    delete missingNullable.project['ends_on'];
    expect(validate.project(missingNullable)).toBe(false);

    const extra = copy(good);
    const [person] = extra.people;
    if (!person) throw new Error('testdam project has no people');
    Object.assign(person, { email: 'someone@example.org' });
    expect(validate.project(extra)).toBe(false);
    expect(JSON.stringify(validate.project.errors)).toContain('additionalProperties');

    const extraTop = { ...copy(good), staff: [] };
    expect(validate.project(extraTop)).toBe(false);

    const wrongStatus = copy(good);
    Object.assign(wrongStatus.project, { status: 'finished' });
    expect(validate.project(wrongStatus)).toBe(false);

    const badLink = copy(good);
    badLink.links.page.nl = 'javascript:alert(1)';
    expect(validate.project(badLink)).toBe(false);

    const badDate = copy(good);
    Object.assign(badDate.project, { starts_on: '28-11-2026' });
    expect(validate.project(badDate)).toBe(false);

    const portalDocument = portalOpenData(organisation, projects, portal('testdam').withdrawn, site);
    const brokenPortal = copy(portalDocument) as unknown as { projects: Array<Record<string, unknown>> };
    delete brokenPortal.projects[0]?.['links'];
    expect(validate.portal(brokenPortal)).toBe(false);
  });

  it('are JSON Schema 2020-12 documents with the ids they are published at', () => {
    for (const [schema, path] of [
      [projectJsonSchema(site), openDataPaths.projectSchema],
      [portalJsonSchema(site), openDataPaths.portalSchema],
    ] as const) {
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(new URL(path, site).href);
      expect(schema['additionalProperties']).toBe(false);
      expect(typeof schema['title']).toBe('string');
      expect(typeof schema['description']).toBe('string');
    }
  });
});

describe('the open data page', () => {
  it.each(locales)('lists the files of every published project in %s', (locale) => {
    const { organisation, projects } = portal('demodam');
    const view = buildOpenDataPage(
      organisation,
      projects.map((project) => project.card),
      null,
      locale,
    );
    expect(view.portal.href).toBe('/open-data/portal.json');
    expect(view.projects.rows).toEqual(
      projects.map(({ card }) => {
        // An English page shows the English title where the project has one, else the Dutch title marked as Dutch.
        const english =
          locale === 'en' ? (card as { translations?: { en?: Record<string, string> } }).translations?.en?.['title'] : undefined;
        return {
          title: english ?? card.title,
          titleLang: locale === 'en' && english === undefined ? 'nl' : undefined,
          dataHref: `/open-data/projects/${card.slug}.json`,
          feedHref: pathFor({ page: 'projectFeed', slug: card.slug }, locale),
          calendarHref: pathFor({ page: 'projectCalendar', slug: card.slug }, locale),
        };
      }),
    );
    // Every top-level field of a project file that holds records is explained.
    const explained = view.fields.rows.map((row) => row.name);
    const [first] = projects;
    for (const key of Object.keys(first?.timeline ?? {}).filter((key) => !['generated_at', 'organisation'].includes(key))) {
      expect(explained).toContain(key);
    }
    for (const row of view.fields.rows) expect(row.meaning.length).toBeGreaterThan(20);
  });

  it.each(locales)('links the site feed and the calendar of the council meetings in %s', (locale) => {
    const { organisation, projects } = portal('demodam');
    const view = buildOpenDataPage(
      organisation,
      projects.map((project) => project.card),
      null,
      locale,
    );
    expect(view.feeds.siteFeed.href).toBe(locale === 'nl' ? '/feed.xml' : '/en/feed.xml');
    expect(view.feeds.councilCalendar.href).toBe(locale === 'nl' ? '/gemeenteraad/vergaderingen.ics' : '/en/council/meetings.ics');
  });
});
