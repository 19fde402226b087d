import { describe, expect, it } from 'vitest';
import { meetingId, meetingKey, meetingKindNote, meetingTime } from '../../../src/lib/council/meeting.ts';

describe('which meeting an agenda item is on', () => {
  it('is the meeting in Open Raadsinformatie where there is one, else the body on its day', () => {
    const moment = { meets_on: '2026-05-12', starts_at: null, body: 'Gemeenteraad', meeting_source_id: null };
    expect(meetingKey(moment)).toBe('day:2026-05-12:Gemeenteraad');
    expect(meetingKey({ ...moment, meeting_source_id: 'ori-7' })).toBe('ori:ori-7');
    expect(meetingKey({ ...moment, body: 'Commissie Ruimte' })).not.toBe(meetingKey(moment));
  });

  it('has an id that every build gives again, and that differs per organisation and per meeting', () => {
    const id = meetingId('demodam', 'day:2026-05-12:Gemeenteraad');
    expect(id).toBe('89b1155a-3f93-5899-b3a4-6fb1ed04dc4c');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(meetingId('testdam', 'day:2026-05-12:Gemeenteraad')).not.toBe(id);
    expect(meetingId('demodam', 'day:2026-05-13:Gemeenteraad')).not.toBe(id);
  });
});

describe('when a meeting starts', () => {
  it('is the time in the Netherlands where it is known, in summer and in winter', () => {
    expect(meetingTime({ meets_on: '2026-05-12', starts_at: '2026-05-12T17:30:00+00:00' }, 'nl')).toEqual({
      datetime: '2026-05-12T17:30:00.000Z',
      text: '12 mei 2026, 19:30',
    });
    expect(meetingTime({ meets_on: '2026-12-03', starts_at: '2026-12-03T18:30:00+00:00' }, 'en')).toEqual({
      datetime: '2026-12-03T18:30:00.000Z',
      text: '3 December 2026, 19:30',
    });
  });

  it('is the day alone where the start is not known', () => {
    expect(meetingTime({ meets_on: '2026-05-12', starts_at: null }, 'en')).toEqual({ datetime: '2026-05-12', text: '12 May 2026' });
  });
});

describe('the kind of meeting after its name', () => {
  it('is said only where the name does not say it already', () => {
    expect(meetingKindNote('Commissie Ruimte', 'committee', 'nl')).toBeNull();
    expect(meetingKindNote('Gemeenteraad', 'council', 'nl')).toBeNull();
    expect(meetingKindNote('Raadsvergadering', 'council', 'nl')).toBe('gemeenteraad');
    expect(meetingKindNote('Commissie Ruimte', 'committee', 'en')).toBe('committee');
  });
});
