import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../src/i18n/index.ts';
import { buildProjectPage } from '../../../src/lib/projects/project-page.ts';
import { projectTimelineDocument, published } from '../support/documents.ts';

describe('buildProjectPage', () => {
  const timeline = projectTimelineDocument('park');

  it('marks exactly the phase the API calls current', () => {
    const view = buildProjectPage(timeline, 'nl');
    const current = view.phases.filter((phase) => phase.isCurrent);
    expect(current.map((phase) => phase.id)).toEqual(timeline.phases.filter((phase) => phase.is_current).map((phase) => phase.id));
  });

  it('marks untranslated database text in the facts as Dutch, and not the page’s own words', () => {
    const facts = buildProjectPage(timeline, 'en').facts;
    expect(facts.filter((fact) => fact.lang === 'nl').map((fact) => fact.value)).toEqual([timeline.project.theme, timeline.project.area]);
    expect(facts.find((fact) => fact.label === 'Status')).toEqual({ label: 'Status', value: 'Running', lang: undefined });
  });

  it('treats a null is_current (no phase started yet) as not current', () => {
    const notStarted = { ...timeline, phases: timeline.phases.map((phase) => ({ ...phase, is_current: null })) };
    expect(buildProjectPage(notStarted, 'nl').phases.some((phase) => phase.isCurrent)).toBe(false);
  });

  it('explains the participation level of every phase in the chosen language', () => {
    const t = dictionaryFor('en');
    const view = buildProjectPage(timeline, 'en');
    expect(view.phases.map((phase) => phase.levelPromise)).toEqual(
      timeline.phases.map((phase) => t.participationPromise[phase.participation_level]),
    );
  });

  it('shows people with their role, a dialable phone link and never an e-mail field', () => {
    const view = buildProjectPage(timeline, 'nl');
    expect(view.people.map((person) => person.roleLabel)).toEqual(['Contactpersoon', 'Wethouder']);
    expect(view.people[0]?.phone).toEqual({ text: '+31 (0)20 123 4567', href: 'tel:+310201234567' });
    expect(JSON.stringify(view)).not.toMatch(/e-?mail/i);
  });

  it('lists current role holders before earlier ones', () => {
    const [contact] = timeline.people;
    if (!contact) throw new Error('fixture has no contact');
    const withHandover = {
      ...timeline,
      people: [{ ...contact, name: 'Vorige', since: '2025-01-01', until: '2026-01-04' }, ...timeline.people],
    };
    const names = buildProjectPage(withHandover, 'nl').people.map((person) => [person.name, person.current]);
    expect(names.at(-1)).toEqual(['Vorige', false]);
  });

  it('gives the explanation of a promise’s current status', () => {
    const [promise] = buildProjectPage(timeline, 'en').promises;
    expect(promise?.statusLabel).toBe('Broken');
    expect(promise?.explanation).toBe(timeline.promises[0]?.history.at(-1)?.explanation);
  });

  it('describes the council’s role and flags a decision that differs from participation', () => {
    const view = buildProjectPage(timeline, 'nl');
    expect(view.council.roleLabel).toBe(dictionaryFor('nl').councilRole[timeline.project.council_role]);
    expect(view.council.moments[0]?.differsFromParticipation).toBe(true);
  });

  it('shows the newest update first, its Markdown as sanitised HTML with headings from h4', () => {
    const older = { id: '00000000-0000-4000-8000-0000000000aa', title: 'Oud', body_md: 'a', published_at: '2026-01-01T10:00:00+00:00', ...published };
    const newer = { id: '00000000-0000-4000-8000-0000000000bb', title: 'Nieuw', body_md: '# b\n\nc [x](javascript:alert(1))', published_at: '2026-02-01T10:00:00+00:00', ...published };
    const view = buildProjectPage({ ...timeline, updates: [older, newer] }, 'nl');
    expect(view.updates.map((update) => update.title)).toEqual(['Nieuw', 'Oud']);
    expect(view.updates[0]?.bodyHtml).toBe('<h4>b</h4>\n<p>c x</p>\n');
  });

  it('formats key dates as a range in Dutch time', () => {
    expect(buildProjectPage(timeline, 'nl').keyDates[0]?.when).toBe('1 april 2026, 19:30–21:30');
  });
});
