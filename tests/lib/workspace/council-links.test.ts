import { describe, expect, it } from 'vitest';
import { councilLinksEn, councilLinksNl, councilLinksText } from '../../../src/i18n/text/council-links.ts';
import {
  councilLinkSchema,
  councilLinksSchema,
  councilLinkState,
  councilUnlinkSchema,
  isLinked,
  linksOfProject,
  sourceIdOf,
  type CouncilLink,
} from '../../../src/lib/workspace/council-links.ts';

// The council links panel of the workspace (src/islands/workspace/CouncilLinksPanel.tsx): the answers of
// staff_council_links, staff_link_council_item and staff_unlink_council_item, and the form's own check.

const link = (overrides: Partial<Record<string, unknown>> = {}) => ({
  id: 'l1',
  project_id: 'p1',
  project_slug: 'schoolzone',
  project_title: 'Schoolzone',
  organisation_id: 'o1',
  source_id: '44477',
  created_at: '2027-03-01T10:00:00+00:00',
  moment: null,
  ...overrides,
});

describe('council links in the workspace', () => {
  it('reads a link without an imported moment, and one with its moment, its state and number of motions', () => {
    expect(councilLinkSchema.parse(link()).moment).toBeNull();
    // A link from an older answer without the moment key reads as not imported.
    const { moment: _moment, ...withoutMoment } = link();
    expect(councilLinkSchema.parse(withoutMoment).moment).toBeNull();
    const imported = councilLinkSchema.parse(
      link({ moment: { id: 'm1', publication: 'published', pending_revision: true, updated_at: '2027-03-02T10:00:00+00:00', motions: 2 } }),
    );
    expect(imported.moment).toEqual({
      id: 'm1',
      publication: 'published',
      pending_revision: true,
      updated_at: '2027-03-02T10:00:00+00:00',
      motions: 2,
    });
    expect(councilLinkSchema.parse(link({ moment: { id: 'm1', publication: 'draft' } })).moment).toEqual({
      id: 'm1',
      publication: 'draft',
      pending_revision: false,
      updated_at: null,
      motions: 0,
    });
  });

  it('refuses an answer of another shape', () => {
    expect(councilLinkSchema.safeParse(link({ source_id: '' })).success).toBe(false);
    expect(councilLinkSchema.safeParse(link({ project_id: undefined })).success).toBe(false);
    expect(councilLinkSchema.safeParse(link({ moment: { id: 'm1', publication: 'imported' } })).success).toBe(false);
    expect(councilLinkSchema.safeParse(link({ moment: { id: 'm1', publication: 'draft', motions: -1 } })).success).toBe(false);
    expect(councilLinksSchema.safeParse(link()).success).toBe(false);
    expect(councilLinksSchema.parse([link(), link({ id: 'l2', source_id: '44478' })])).toHaveLength(2);
    expect(councilUnlinkSchema.safeParse({ project_id: 'p1', source_id: '44477', unlinked: true }).success).toBe(true);
    expect(councilUnlinkSchema.safeParse({ project_id: 'p1', source_id: '44477', unlinked: false }).success).toBe(false);
  });

  it("keeps the links of the one project, in the API's order", () => {
    const links = councilLinksSchema.parse([
      link({ id: 'a', source_id: '1' }),
      link({ id: 'b', project_id: 'p2', source_id: '2' }),
      link({ id: 'c', source_id: '3' }),
    ]);
    expect(linksOfProject(links, 'p1').map((item) => item.id)).toEqual(['a', 'c']);
    expect(linksOfProject(links, 'p3')).toEqual([]);
  });

  it('finds an id that is linked already, as typed or with spaces around it, but not another one', () => {
    const links = [{ source_id: '44477' }, { source_id: 'ori:Ab.1' }];
    expect(sourceIdOf('  44477\n')).toBe('44477');
    expect(isLinked(links, '44477')).toBe(true);
    expect(isLinked(links, ' 44477 ')).toBe(true);
    expect(isLinked(links, 'ori:Ab.1')).toBe(true);
    // The API compares exactly: another case is another id, and so is a part of one.
    expect(isLinked(links, 'ORI:AB.1')).toBe(false);
    expect(isLinked(links, '4447')).toBe(false);
    expect(isLinked(links, '   ')).toBe(false);
    expect(isLinked([], '44477')).toBe(false);
  });

  it('says not imported while there is no moment, else the state of the moment', () => {
    expect(councilLinkState({ moment: null })).toBe('not_imported');
    for (const publication of ['draft', 'awaiting_approval', 'published'] as const) {
      const parsed: CouncilLink = councilLinkSchema.parse(link({ moment: { id: 'm1', publication } }));
      expect(councilLinkState(parsed)).toBe(publication);
    }
  });

  it('has every text in Dutch and in English, with the id in the texts about one item', () => {
    expect(Object.keys(councilLinksEn).sort()).toEqual(Object.keys(councilLinksNl).sort());
    expect(councilLinksText('nl')).toBe(councilLinksNl);
    expect(councilLinksText('en')).toBe(councilLinksEn);
    expect(councilLinksNl.help).toBe(
      'Het id van het agendapunt in Open Raadsinformatie, bijvoorbeeld 44477. Daarna haalt de import het agendapunt en de moties op als concept.',
    );
    for (const text of [councilLinksNl, councilLinksEn]) {
      for (const say of [text.item, text.linked, text.alreadyLinked, text.removeLabel, text.removeConfirm, text.removed])
        expect(say('44477')).toContain('44477');
      expect(text.motions(1)).not.toBe(text.motions(2));
      expect(text.motions(2)).toContain('2');
    }
    // The confirmation says what happens to what was imported: it stays.
    expect(councilLinksNl.removeConfirm('1')).toContain('blijft staan');
    expect(councilLinksEn.removeConfirm('1')).toContain('stays');
  });
});
