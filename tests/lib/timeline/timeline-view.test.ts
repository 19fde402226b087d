import { describe, expect, it } from 'vitest';
import type { ProjectTimeline, TimelineItem } from '../../../src/lib/api/project-timeline.ts';
import { amsterdamDate } from '../../../src/lib/timeline/amsterdam-date.ts';
import { buildTimeline } from '../../../src/lib/timeline/timeline-view.ts';
import { projectTimelineDocument } from '../support/documents.ts';

/** A document whose timeline has one item of every kind, in the order the API would give them. */
function everyKind(): ProjectTimeline {
  const doc = projectTimelineDocument('tijdlijn');
  const [vision, plan] = doc.phases;
  const [decision] = doc.decisions;
  const [promise] = doc.promises;
  const [moment] = doc.council_moments;
  const [update] = doc.updates;
  const [keyDate] = doc.key_dates;
  if (!vision || !plan || !decision || !promise || !moment || !update || !keyDate) throw new Error('fixture incomplete');
  const handover = {
    id: '00000000-0000-4000-8000-00000000f001',
    handed_over_on: '2026-03-01',
    from_phase_id: vision.id,
    to_phase_id: plan.id,
    from_department: 'Ruimte <b>',
    to_department: 'Uitvoering',
    from_person_id: null,
    to_person_id: doc.people[0]?.person_id ?? null,
    from_person: null,
    to_person: doc.people[0] ? { ...personCard(doc.people[0]) } : null,
    note: 'Overdracht & uitleg',
    version: 1,
    revised_at: null,
    self_approved: false,
  };
  const items: TimelineItem[] = [
    { kind: 'phase_start', at: '2026-01-04T23:00:00+00:00', ref_id: vision.id, title: vision.title },
    { kind: 'promise_made', at: '2026-01-31T23:00:00+00:00', ref_id: promise.id, title: promise.body },
    { kind: 'update', at: update.published_at, ref_id: update.id, title: update.title },
    { kind: 'promise_status', at: '2026-02-16T09:00:00+00:00', ref_id: promise.id, title: 'broken' },
    { kind: 'decision', at: '2026-02-19T23:00:00+00:00', ref_id: decision.id, title: decision.title },
    { kind: 'phase_start', at: '2026-02-28T23:00:00+00:00', ref_id: plan.id, title: plan.title },
    { kind: 'handover', at: '2026-02-28T23:00:00+00:00', ref_id: handover.id, title: handover.to_department },
    { kind: 'key_date', at: keyDate.starts_at, ref_id: keyDate.id, title: keyDate.title },
    { kind: 'council_moment', at: '2026-05-11T22:00:00+00:00', ref_id: moment.id, title: moment.agenda_item },
  ];
  return { ...doc, handovers: [handover], timeline: items };
}

/** The card of a role holder, as a handover names them. */
function personCard(person: ProjectTimeline['people'][number]) {
  const { person_id: id, name, job_title, department, portfolio, phone, contact_url } = person;
  return { id, name, job_title, department, portfolio, phone, contact_url };
}

describe('buildTimeline', () => {
  const doc = everyKind();
  const now = new Date('2026-03-15T12:00:00Z');

  it('keeps the API order and resolves every item to its record, with an in-page link where there is one', () => {
    const view = buildTimeline(doc, 'nl', now);
    expect(view.items.map((item) => item.kind)).toEqual(doc.timeline.map((item) => item.kind));
    const byKind = Object.fromEntries(view.items.map((item) => [item.kind, item]));
    expect(byKind['decision']?.href).toBe(`#decision-${doc.decisions[0]?.id}`);
    expect(byKind['decision']?.lines).toEqual([{ label: 'Besloten door', text: doc.decisions[0]?.decided_by, lang: undefined }]);
    expect(byKind['promise_made']?.href).toBe(`#promise-${doc.promises[0]?.id}`);
    expect(byKind['council_moment']?.href).toBe(`#council-moment-${doc.council_moments[0]?.id}`);
    expect(byKind['key_date']?.href).toBe(`#key-date-${doc.key_dates[0]?.id}`);
    expect(byKind['update']?.href).toBe(`#update-${doc.updates[0]?.id}`);
    expect(byKind['handover']?.href).toBeNull();
    expect(byKind['handover']?.heading).toEqual({ text: 'Ruimte <b> → Uitvoering', lang: undefined });
    expect(byKind['handover']?.lines.map((line) => line.text)).toEqual([doc.people[0]?.name, 'Overdracht & uitleg']);
  });

  it('says what a promise status change was, with the explanation of that change', () => {
    const change = buildTimeline(doc, 'en', now).items.find((item) => item.kind === 'promise_status');
    expect(change?.heading).toEqual({ text: doc.promises[0]?.body, lang: 'nl' });
    expect(change?.lines).toEqual([
      { label: 'New status', text: 'Broken', lang: undefined },
      { text: doc.promises[0]?.history[0]?.explanation, lang: 'nl' },
    ]);
    expect(change?.attention).toBe(true);
  });

  it('flags a council moment that differs from participation in words, not only in colour', () => {
    const moment = buildTimeline(doc, 'nl', now).items.find((item) => item.kind === 'council_moment');
    expect(moment?.attention).toBe(true);
    expect(moment?.lines.map((line) => line.text)).toContain('De raad besloot anders dan de uitkomst van de participatie.');
    const agreeing = { ...doc, council_moments: doc.council_moments.map((m) => ({ ...m, differs_from_participation: false })) };
    expect(buildTimeline(agreeing, 'nl', now).items.find((item) => item.kind === 'council_moment')?.attention).toBe(false);
  });

  it('marks the current phase in words', () => {
    const phases = buildTimeline(doc, 'en', now).items.filter((item) => item.kind === 'phase_start');
    expect(phases.map((phase) => phase.isCurrentPhase)).toEqual([false, true]);
    expect(phases[1]?.lines.map((line) => line.text)).toContain('Current phase');
  });

  it('puts the now marker after the last item that has happened', () => {
    const view = buildTimeline(doc, 'nl', now);
    const firstFuture = doc.timeline.findIndex((item) => new Date(item.at) > now);
    expect(view.nowIndex).toBe(firstFuture);
    expect(view.items.slice(0, view.nowIndex).every((item) => !item.isFuture)).toBe(true);
    expect(view.items.slice(view.nowIndex).every((item) => item.isFuture)).toBe(true);
    expect(view.now).toEqual({ datetime: '2026-03-15', text: '15 maart 2026' });
    expect(buildTimeline(doc, 'nl', new Date('2020-01-01T00:00:00Z')).nowIndex).toBe(0);
    expect(buildTimeline(doc, 'nl', new Date('2030-01-01T00:00:00Z')).nowIndex).toBe(doc.timeline.length);
  });

  it('offers only the filters that have items, with promises made and changed as one filter', () => {
    const view = buildTimeline(doc, 'en', now);
    expect(view.filters).toEqual([
      { filter: 'phase', label: 'Phases', count: 2 },
      { filter: 'handover', label: 'Handovers', count: 1 },
      { filter: 'key_date', label: 'Moments', count: 1 },
      { filter: 'decision', label: 'Decisions', count: 1 },
      { filter: 'council_moment', label: 'Council', count: 1 },
      { filter: 'promise', label: 'Promises', count: 2 },
      { filter: 'update', label: 'News', count: 1 },
    ]);
    const onlyDecisions = { ...doc, timeline: doc.timeline.filter((item) => item.kind === 'decision') };
    expect(buildTimeline(onlyDecisions, 'en', now).filters.map((entry) => entry.filter)).toEqual(['decision']);
  });

  it('gives every item a unique key, also when one promise changes status twice', () => {
    const promise = doc.promises[0];
    if (!promise) throw new Error('fixture has no promise');
    const twice = {
      ...doc,
      promises: [
        {
          ...promise,
          history: [
            { ...promise.history[0]!, status: 'in_progress' as const, changed_at: '2026-02-10T09:00:00+00:00' },
            ...promise.history,
          ],
        },
      ],
      timeline: [
        { kind: 'promise_status' as const, at: '2026-02-10T09:00:00+00:00', ref_id: promise.id, title: 'in_progress' },
        { kind: 'promise_status' as const, at: '2026-02-16T09:00:00+00:00', ref_id: promise.id, title: 'broken' },
      ],
    };
    const items = buildTimeline(twice, 'nl', now).items;
    expect(new Set(items.map((item) => item.key)).size).toBe(2);
    expect(items.map((item) => item.lines[0]?.text)).toEqual(['In uitvoering', 'Niet nagekomen']);
  });

  it('shows dates as the day in the Netherlands and moments to take part with their time', () => {
    const items = buildTimeline(doc, 'nl', now).items;
    expect(items[0]?.when).toEqual({ datetime: '2026-01-05', text: '5 januari 2026' });
    expect(items.find((item) => item.kind === 'key_date')?.when.text).toBe('1 april 2026, 19:30');
  });

  it('still shows the title of an item whose record is missing from the document', () => {
    const orphan = {
      ...doc,
      timeline: [
        {
          kind: 'decision' as const,
          at: '2026-02-19T23:00:00+00:00',
          ref_id: '00000000-0000-4000-8000-00000000dead',
          title: 'Los besluit',
        },
      ],
    };
    const [item] = buildTimeline(orphan, 'nl', now).items;
    expect(item?.heading).toEqual({ text: 'Los besluit', lang: undefined });
    expect(item?.href).toBeNull();
  });
});

describe('amsterdamDate', () => {
  it('gives the Dutch calendar day in winter and summer time', () => {
    expect(amsterdamDate('2026-01-04T23:00:00Z')).toBe('2026-01-05');
    expect(amsterdamDate('2026-07-04T21:59:00Z')).toBe('2026-07-04');
    expect(amsterdamDate('2026-07-04T22:00:00Z')).toBe('2026-07-05');
  });

  it('refuses what is not a timestamp', () => {
    expect(() => amsterdamDate('gisteren')).toThrow(RangeError);
  });
});
