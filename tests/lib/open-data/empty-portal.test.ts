import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { dictionaryFor, locales } from '../../../src/i18n/index.ts';
import { ledgerJsonSchema, portalJsonSchema } from '../../../src/lib/open-data/json-schemas.ts';
import { ledgerIndexOpenData, portalOpenData } from '../../../src/lib/open-data/open-data-documents.ts';
import { buildOpenDataPage } from '../../../src/lib/open-data/open-data-page.ts';
import { organisationDocument, projectCardDocument, projectTimelineDocument } from '../support/documents.ts';

// The open data of an organisation that has published nothing yet: the files are valid and say "nothing" as
// empty lists, and the page says it in words instead of showing an empty table.

const site = 'https://meedoen.nieuwdam.example';
const organisation = organisationDocument('nieuwdam');
const nothingWithdrawn = { ledger_head: null, projects: [] };
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return { portal: ajv.compile(portalJsonSchema(site)), ledger: ajv.compile(ledgerJsonSchema(site)) };
}

describe('portalOpenData without projects', () => {
  it('is a valid file with empty lists, made at the moment of the build', () => {
    const now = new Date('2026-12-04T09:30:00.000Z');
    const document = portalOpenData(organisation, [], nothingWithdrawn, site, now);
    const validate = validators();
    expect(validate.portal(document), JSON.stringify(validate.portal.errors)).toBe(true);
    expect(document.projects).toEqual([]);
    expect(document.withdrawn_projects).toEqual([]);
    expect(document.withdrawn_read_at).toBeNull();
    // Not the start of the Unix epoch: nothing was read from a project, so the file is as new as the build.
    expect(document.generated_at).toBe('2026-12-04T09:30:00.000Z');
  });

  it('takes generated_at from the newest project document when there are projects', () => {
    const older = { ...projectTimelineDocument('park', organisation), generated_at: '2026-03-01T10:00:00.123456+00:00' };
    const newer = { ...projectTimelineDocument('plein', organisation), generated_at: '2026-03-01T10:00:02.5+00:00' };
    const projects = [
      { card: projectCardDocument('park'), timeline: older },
      { card: projectCardDocument('plein'), timeline: newer },
    ];
    const document = portalOpenData(organisation, projects, nothingWithdrawn, site, new Date('2030-01-01T00:00:00Z'));
    expect(document.generated_at).toBe(newer.generated_at);
  });
});

describe('ledgerIndexOpenData before the first publication', () => {
  it('is a valid file without pages', () => {
    const document = ledgerIndexOpenData(organisation, { head: null, entries: [] }, site);
    const validate = validators();
    expect(validate.ledger(document), JSON.stringify(validate.ledger.errors)).toBe(true);
    expect(document).toMatchObject({ organisation: 'nieuwdam', head: null, pages: [] });
  });
});

describe('the open data page without projects', () => {
  it.each(locales)('says there are no projects instead of an empty table, and has no line to keep yet (%s)', (locale) => {
    const t = dictionaryFor(locale);
    for (const head of [null, { seq: 0, hash: '0'.repeat(64) }]) {
      const view = buildOpenDataPage(organisation, [], head, locale);
      expect(view.projects.rows).toEqual([]);
      expect(view.projects.none).toBe(t.feeds.openData.noProjects);
      expect(view.ledger.head).toBe(t.history.ledger.empty);
      expect(view.ledger.keep).toBeNull();
    }
  });

  it.each(locales)('shows the table and the line to keep once there is something (%s)', (locale) => {
    const t = dictionaryFor(locale);
    const hash = 'ab'.repeat(32);
    const view = buildOpenDataPage(organisation, [projectCardDocument('park')], { seq: 3, hash }, locale);
    expect(view.projects.rows).toHaveLength(1);
    expect(view.projects.none).toBeNull();
    expect(view.ledger.head).toBe(t.history.ledger.head(3, hash));
    expect(view.ledger.keep).toBe(t.history.ledger.keep);
  });
});
