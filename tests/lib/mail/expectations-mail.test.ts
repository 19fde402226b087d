import { describe, expect, it } from 'vitest';
import { noticeBlocks } from '../../../src/lib/mail/notice-sections.ts';
import { noticeItemSchema, type NoticeItem } from '../../../src/lib/mail/mail-batch.ts';

// The mail about changed expectations of the current phase: the council's role in the phase is one of them, so a
// follower reads what the council now does in the phase, before and after.

const phase = {
  position: 2,
  kind: 'decision',
  title: 'Besluit',
  starts_on: '2026-10-01',
  ends_on: '2026-12-20',
  participation_level: 'informeren',
  open_for_input: 'Inspreken bij de commissie.',
  fixed_frames: 'Het budget.',
  time_asked: 'Vijf minuten.',
  time_asked_hours: 0.1,
  results_expected: 'Na het raadsbesluit.',
  results_expected_on: null,
  department: 'Ruimte',
  contact_person_id: null,
  translations: {},
};

function item(before: Record<string, unknown>, after: Record<string, unknown>): NoticeItem {
  return noticeItemSchema.parse({
    kind: 'expectations_changed',
    outbox_id: 7,
    project: { slug: 'parkeren', title: 'Parkeren', translations: {} },
    record: {
      id: '10000000-0000-4000-8000-000000000001',
      title: 'Besluit',
      changed_at: '2026-11-30T10:00:00Z',
      before: { ...phase, ...before },
      after: { ...phase, ...after },
      translations: { en: { council_role_explanation: 'The council decides on the tariffs too.' } },
    },
  });
}

const labelled = (blocks: ReturnType<typeof noticeBlocks>) =>
  blocks.flatMap((block) => (block.kind === 'labelled' || block.kind === 'heading' ? [block.text] : []));

describe('the mail about changed expectations', () => {
  it("shows the council's role in the phase before and after, the project's role standing in for none of its own", () => {
    const changed = item(
      { council_role: null, council_role_explanation: null },
      { council_role: 'besluitvormend', council_role_explanation: 'De raad besluit ook over de tarieven.' },
    );
    const nl = labelled(noticeBlocks(changed, { siteUrl: 'https://meedoen.example', locale: 'nl' }, 1));
    expect(nl).toEqual(
      expect.arrayContaining([
        'Rol van de gemeenteraad in deze fase',
        'zoals bij het hele project',
        'Besluitvormend',
        'Wat de gemeenteraad in deze fase doet',
        'niet ingevuld',
        'De raad besluit ook over de tarieven.',
      ]),
    );
    const en = labelled(noticeBlocks(changed, { siteUrl: 'https://meedoen.example', locale: 'en' }, 1));
    expect(en).toEqual(
      expect.arrayContaining([
        "The municipal council's role in this phase",
        'as for the whole project',
        'Takes the decision',
        'The council decides on the tariffs too.',
      ]),
    );
    // Only what changed is listed: the unchanged expectations are not repeated.
    expect(nl).not.toContain('Wat u nog kunt beïnvloeden');
  });

  it('says nothing about the council when its role in the phase did not change', () => {
    const changed = item(
      { council_role: 'controlerend', council_role_explanation: null, open_for_input: 'Eerst dit.' },
      { council_role: 'controlerend', council_role_explanation: null, open_for_input: 'Nu dat.' },
    );
    const nl = labelled(noticeBlocks(changed, { siteUrl: 'https://meedoen.example', locale: 'nl' }, 1));
    expect(nl).toContain('Wat u nog kunt beïnvloeden');
    expect(nl).not.toContain('Rol van de gemeenteraad in deze fase');
  });
});
