import { describe, expect, it } from 'vitest';
import type { Motion } from '../../../src/lib/api/council-moment.ts';
import { buildMotionView, groupBy, motionLink, motionName, voteTotals } from '../../../src/lib/council/motion-view.ts';
import { projectTimelineDocument } from '../support/documents.ts';

const fixture = projectTimelineDocument('park').motions[0];
if (!fixture) throw new Error('The test document has no motion.');

// The demo's amendment A2026-07: 19 for, 12 against, over seven parties.
const amendment: Motion = {
  ...fixture,
  kind: 'amendment',
  reference: 'A2026-07',
  title: 'Betaald parkeren in plaats van een blauwe zone',
  result: 'adopted',
  votes: [
    { party: 'Lokaal Demodam', for: 0, against: 7 },
    { party: 'VVD', for: 6, against: 0 },
    { party: 'GroenLinks', for: 5, against: 0 },
    { party: 'PvdA', for: 4, against: 0 },
    { party: 'CDA', for: 4, against: 0 },
    { party: 'D66', for: 0, against: 3 },
    { party: 'SP', for: 0, against: 2 },
  ],
};

describe('the votes on a motion or amendment', () => {
  it('adds up the votes per party', () => {
    expect(voteTotals(amendment.votes)).toEqual({ for: 19, against: 12 });
    expect(voteTotals([])).toEqual({ for: 0, against: 0 });
  });

  it('says the result and the totals in one sentence, in either language', () => {
    expect(buildMotionView(amendment, 'nl').votes?.summary).toBe('Aangenomen met 19 stemmen voor en 12 tegen.');
    expect(buildMotionView(amendment, 'en').votes?.summary).toBe('Adopted with 19 votes for and 12 against.');
    const lonely: Motion = { ...amendment, result: 'rejected', votes: [{ party: 'SP', for: 1, against: 30 }] };
    expect(buildMotionView(lonely, 'nl').votes?.summary).toBe('Verworpen met 1 stem voor en 30 tegen.');
    expect(buildMotionView(lonely, 'en').votes?.summary).toBe('Rejected with 1 vote for and 30 against.');
  });

  it('gives the table a caption that names the motion, its rows in the order of the API and the totals', () => {
    const votes = buildMotionView(amendment, 'nl').votes;
    expect(votes?.caption).toBe('Hoe de partijen stemden over amendement A2026-07');
    expect(votes?.rows.map((row) => row.party)).toEqual(amendment.votes.map((vote) => vote.party));
    expect(votes?.totals).toEqual({ for: 19, against: 12 });
    expect(buildMotionView({ ...amendment, kind: 'motion', reference: null }, 'en').votes?.caption).toBe(
      'How the parties voted on this motion',
    );
  });

  it('has no table where no votes were recorded: withdrawn, held over, or not voted on yet', () => {
    for (const result of ['withdrawn', 'held', 'pending'] as const) {
      const view = buildMotionView({ ...amendment, result, votes: [] }, 'nl');
      expect(view.votes).toBeNull();
      expect(view.resultLabel).toBe({ withdrawn: 'Ingetrokken', held: 'Aangehouden', pending: 'Nog niet gestemd' }[result]);
    }
  });
});

describe('a motion or amendment in words', () => {
  it('names it by kind and reference, and labels what it asks by its kind', () => {
    expect(motionName(amendment, 'nl')).toBe('Amendement A2026-07');
    expect(motionName({ kind: 'motion', reference: null }, 'en')).toBe('Motion');
    expect(buildMotionView(amendment, 'nl').asksLabel).toBe('Wat het amendement verandert aan het voorstel');
    expect(buildMotionView({ ...amendment, kind: 'motion' }, 'en').asksLabel).toBe('What the motion asks');
  });

  it('anchors it on the project page, where the phases and the council page link to', () => {
    const view = buildMotionView(amendment, 'nl');
    expect(view.anchor).toBe(`motion-${amendment.id}`);
    expect(motionLink(amendment, 'nl').href).toBe(`#motion-${amendment.id}`);
    expect(motionLink(amendment, 'en', '/en/projects/park/')).toEqual({
      id: amendment.id,
      href: `/en/projects/park/#motion-${amendment.id}`,
      name: 'Amendment A2026-07',
      title: amendment.title,
      titleLang: 'nl',
      resultLabel: 'Adopted',
    });
  });

  it('shows an English reader the English text where there is one, the Dutch marked as Dutch where not', () => {
    const partly = { ...fixture, translations: { en: { title: 'Paid parking', asks: 'A zone' } } };
    const view = buildMotionView(partly, 'en');
    expect(view).toMatchObject({ title: 'Paid parking', asks: 'A zone', submittedBy: fixture.submitted_by, untranslated: true });
    expect(view.lang).toEqual({ submitted_by: 'nl', result_summary: 'nl' });
    expect(buildMotionView(fixture, 'nl')).toMatchObject({ lang: {}, untranslated: false, title: fixture.title });
  });
});

describe('groupBy', () => {
  it('groups rows by a key in one pass, each group in the order of the rows', () => {
    const rows = [
      { id: 'a', on: 1 },
      { id: 'b', on: 2 },
      { id: 'c', on: 1 },
    ];
    expect([...groupBy(rows, (row) => row.on)]).toEqual([
      [1, [rows[0], rows[2]]],
      [2, [rows[1]]],
    ]);
  });
});
