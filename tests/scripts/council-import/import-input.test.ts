import { describe, expect, it } from 'vitest';
import {
  cut,
  meetingKind,
  meetingTime,
  motionResult,
  partyVotes,
  plainText,
  resultSummary,
  toImportInput,
  totals,
} from '../../../scripts/lib/council-import/import-input.ts';
import { OriError } from '../../../scripts/lib/council-import/ori-client.ts';
import type { OriAgendaItem, OriCount, OriMotion } from '../../../scripts/lib/council-import/ori-documents.ts';

// From an agenda item as Open Raadsinformatie has it to the portal's import input: the rules the end-to-end test
// (import.test.ts) meets only once each, one by one.

const OPENGOV = 'http://www.w3.org/ns/opengov#';

function item(overrides: Partial<OriAgendaItem> = {}): OriAgendaItem {
  return {
    id: '3000001',
    name: 'Vaststellen bestemmingsplan Stationsplein',
    description: 'Het college stelt de raad voor het plan vast te stellen.',
    meeting: {
      id: '2000001',
      name: 'Raadsvergadering',
      startDate: '2026-12-10T19:30:00+01:00',
      status: 'https://argu.co/ns/meeting/EventConfirmed',
    },
    committee: { id: '1000002', type: 'Organization', name: 'Gemeenteraad', classification: 'Council' },
    motions: [],
    ...overrides,
  };
}

function motion(overrides: Partial<OriMotion> = {}): OriMotion {
  return {
    id: '4000001',
    kind: 'motion',
    name: 'Motie Meer bomen',
    text: 'Verzoekt het college om meer bomen te planten.',
    submitters: ['Sanne de Vries'],
    result: undefined,
    vote: undefined,
    ...overrides,
  };
}

const count = (option: OriCount['option'], value: number, party: string | null, id = `${option}-${party}`): OriCount => ({
  id,
  option,
  value,
  party,
});

describe('the meeting', () => {
  it('meets on the day in Amsterdam, whatever the offset ORI wrote, across summer and winter time', () => {
    const notes: string[] = [];
    expect(meetingTime('2026-12-10T19:30:00+01:00', '1', notes)).toEqual({ meetsOn: '2026-12-10', startsAt: '2026-12-10T18:30:00.000Z' });
    expect(meetingTime('2026-10-24T23:30:00Z', '1', notes)).toEqual({ meetsOn: '2026-10-25', startsAt: '2026-10-24T23:30:00.000Z' });
    expect(meetingTime('2026-01-15T23:30:00.000000+00:00', '1', notes).meetsOn).toBe('2026-01-16');
    expect(meetingTime('2026-06-30T21:59:00Z', '1', notes).meetsOn).toBe('2026-06-30');
    expect(meetingTime('2026-06-30', '1', notes)).toEqual({ meetsOn: '2026-06-30', startsAt: null });
    expect(notes).toEqual([]);
  });

  it('takes only the date of a time without a zone, and says so; refuses what is not a date', () => {
    const notes: string[] = [];
    expect(meetingTime('2026-06-30T19:30:00', '2000009', notes)).toEqual({ meetsOn: '2026-06-30', startsAt: null });
    expect(notes).toEqual(['meeting 2000009 has a start time without a time zone; only its date is imported']);
    for (const bad of ['morgen', '2026-02-30', '2026-02-30T19:30:00+01:00', '']) {
      expect(() => meetingTime(bad, '2000009', []), bad).toThrow(OriError);
    }
  });

  it("is a committee meeting for a committee or subcommittee, and the council's otherwise", () => {
    expect(meetingKind(item())).toBe('council');
    expect(meetingKind(item({ committee: { id: '1', type: 'Organization', name: 'Commissie Ruimte', classification: 'Committee' } }))).toBe(
      'committee',
    );
    expect(
      meetingKind(item({ committee: { id: '1', type: 'Organization', name: 'Werkgroep Financiën', classification: 'Subcommittee' } })),
    ).toBe('committee');
    expect(meetingKind(item({ committee: { id: '1', type: 'Committee', name: 'Commissie Bestuur', classification: undefined } }))).toBe(
      'committee',
    );
    expect(meetingKind(item({ committee: undefined }))).toBe('council');
  });

  it('names the body after the committee, else the meeting; refuses a meeting that names neither', () => {
    expect(toImportInput('p', item()).input.moment.body).toBe('Gemeenteraad');
    expect(toImportInput('p', item({ committee: undefined })).input.moment.body).toBe('Raadsvergadering');
    expect(() => toImportInput('p', item({ committee: undefined, meeting: { ...item().meeting, name: '  ' } }))).toThrow(
      /neither a committee nor a name/,
    );
  });

  it('notes a cancelled meeting for the staff who check the draft', () => {
    const { notes } = toImportInput('p', item({ meeting: { ...item().meeting, status: 'http://schema.org/EventCancelled' } }));
    expect(notes).toEqual(['meeting 2000001 is marked cancelled in ORI']);
  });
});

describe('texts', () => {
  it('turns HTML into plain text, and leaves plain text as it is but for its spaces', () => {
    expect(plainText('<p>Het plan &amp; de <strong>kaders</strong>.</p><p>Tweede&nbsp;alinea<br/>regel</p>')).toBe(
      'Het plan & de kaders.\nTweede alinea\nregel',
    );
    expect(plainText('<script>alert(1)</script>Voorstel &#8364; 5 &#x20AC; 6')).toBe('Voorstel € 5 € 6');
    expect(plainText('Als a < b en c > d, dan   blijft het\u0007 zo.')).toBe('Als a < b en c > d, dan blijft het zo.');
    expect(plainText('  Eerste\n\n\n\nTweede  ')).toBe('Eerste\n\nTweede');
  });

  it('cuts a title that is too long at a word, as Postgres counts characters, and notes it', () => {
    const notes: string[] = [];
    const long = `${'Motie over de herinrichting van het Stationsplein '.repeat(5)}🌳🌳`;
    const title = cut(long, 200, 'the title of motion 1', notes);
    expect(title).toBe(`${'Motie over de herinrichting van het Stationsplein '.repeat(3)}Motie over de herinrichting van het…`);
    expect(notes).toEqual([`the title of motion 1 was ${Array.from(long).length} characters long and is cut to 200`]);
    expect(cut('🌳'.repeat(200), 200, 'x', [])).toBe('🌳'.repeat(200));
  });

  it('cuts the names (body, agenda item, motion title) but hands the proposal and what a motion asks over whole', () => {
    const longText = 'woord '.repeat(900).trim();
    const mapped = toImportInput(
      'p',
      item({ name: longText, description: longText, motions: [motion({ name: longText, text: longText })] }),
    );
    expect(Array.from(mapped.input.moment.agenda_item).length).toBeLessThanOrEqual(500);
    expect(Array.from(mapped.input.motions[0]!.title).length).toBeLessThanOrEqual(200);
    expect(mapped.input.moment.proposal).toBe(longText);
    expect(mapped.input.motions[0]!.asks).toBe(longText);
    expect(mapped.notes).toHaveLength(2);
  });

  it('uses the name where ORI has no description or motion text', () => {
    const mapped = toImportInput('p', item({ description: undefined, motions: [motion({ text: '<p></p>' })] }));
    expect(mapped.input.moment.proposal).toBe('Vaststellen bestemmingsplan Stationsplein');
    expect(mapped.input.motions[0]!.asks).toBe('Motie Meer bomen');
  });
});

describe('motions and votes', () => {
  it("takes the result of the vote, else the motion's, in the vocabularies ORI uses", () => {
    expect(motionResult(motion())).toBe('pending');
    expect(motionResult(motion({ result: `${OPENGOV}ResultPassed` }))).toBe('adopted');
    expect(motionResult(motion({ result: 'https://argu.co/ns/meeting/ResultWithdrawn' }))).toBe('withdrawn');
    expect(motionResult(motion({ result: 'https://argu.co/ns/meeting/ResultPostponed' }))).toBe('held');
    expect(motionResult(motion({ result: 'Verworpen' }))).toBe('rejected');
    expect(motionResult(motion({ vote: { id: '5', result: `${OPENGOV}ResultFailed`, counts: [] } }))).toBe('rejected');
  });

  it('refuses a result it cannot show, and a motion and vote that disagree', () => {
    expect(() => motionResult(motion({ result: 'https://argu.co/ns/meeting/ResultExpired' }))).toThrow(/cannot show/);
    expect(() =>
      motionResult(motion({ result: `${OPENGOV}ResultPassed`, vote: { id: '5', result: `${OPENGOV}ResultFailed`, counts: [] } })),
    ).toThrow('Motion 4000001 is adopted in ORI, but its vote 5 says rejected.');
  });

  it("counts yes and no per party, sorted by party, leaving out abstentions and the whole council's counts", () => {
    const counts = [
      count('yes', 6, 'VVD'),
      count('no', 0, 'VVD'),
      count('no', 7, 'GroenLinks-PvdA'),
      count('other', 2, 'D66'),
      count('yes', 13, null),
      count('yes', 1, 'D66'),
    ];
    expect(partyVotes(counts, '5')).toEqual([
      { party: 'D66', for: 1, against: 0 },
      { party: 'GroenLinks-PvdA', for: 0, against: 7 },
      { party: 'VVD', for: 6, against: 0 },
    ]);
    expect(totals(counts)).toEqual({ for: 7, against: 7 });
    expect(totals([count('yes', 20, null), count('no', 7, null), count('other', 0, null)])).toEqual({ for: 20, against: 7 });
    expect(totals([count('other', 3, 'SP')])).toBeUndefined();
    expect(() => partyVotes([count('yes', 6, 'VVD', 'a'), count('yes', 5, 'vvd', 'b')], '5')).toThrow(
      'Vote 5 has two yes counts for vvd in ORI.',
    );
  });

  it('writes a factual summary of an adopted or rejected motion, and adds votes only to those', () => {
    expect(resultSummary('adopted', { for: 1, against: 26 }, '2026-12-10')).toBe('Aangenomen met 1 stem voor en 26 tegen.');
    expect(resultSummary('rejected', undefined, '2026-03-05')).toBe('Verworpen in de raad van 5 maart 2026.');
    const vote = { id: '5', result: `${OPENGOV}ResultPassed`, counts: [count('yes', 4, 'D66'), count('no', 3, 'CDA')] };
    const [adopted, withdrawn, unknownCounts] = toImportInput(
      'p',
      item({
        motions: [
          motion({ vote }),
          motion({ id: '4000002', result: 'https://argu.co/ns/meeting/ResultWithdrawn', vote: { ...vote, result: undefined } }),
          motion({ id: '4000003', result: `${OPENGOV}ResultPassed` }),
        ],
      }),
    ).input.motions;
    expect(adopted).toMatchObject({
      result: 'adopted',
      result_summary: 'Aangenomen met 4 stemmen voor en 3 tegen.',
      votes: [
        { party: 'CDA', for: 0, against: 3 },
        { party: 'D66', for: 4, against: 0 },
      ],
    });
    expect(withdrawn).toMatchObject({ result: 'withdrawn', result_summary: null, votes: [] });
    expect(unknownCounts).toMatchObject({ result: 'adopted', result_summary: 'Aangenomen in de raad van 10 december 2026.', votes: [] });
  });

  it('refuses a motion without a submitter, and joins several', () => {
    expect(() => toImportInput('p', item({ motions: [motion({ submitters: [] })] }))).toThrow(/no submitter/);
    expect(toImportInput('p', item({ motions: [motion({ submitters: ['Sanne de Vries', 'D66'] })] })).input.motions[0]!.submitted_by).toBe(
      'Sanne de Vries, D66',
    );
  });
});
