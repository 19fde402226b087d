import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { untranslatedNotice } from '../../../src/i18n/text/translation.ts';
import type { ProjectTimeline } from '../../../src/lib/api/index.ts';
import { projectCalendar } from '../../../src/lib/feeds/calendar.ts';
import { projectFeedEntries } from '../../../src/lib/feeds/feed-items.ts';
import { renderClaimedMail } from '../../../src/lib/mail/render-claimed-mail.ts';
import { claimedMailSchema, type NoticeItem } from '../../../src/lib/mail/mail-batch.ts';
import { buildProjectPage } from '../../../src/lib/projects/project-page.ts';
import { buildTimeline } from '../../../src/lib/timeline/timeline-view.ts';
import { buildCatchUp } from '../../../src/lib/catch-up/catch-up.ts';
import { buildCouncilOverview } from '../../../src/lib/council/council-overview.ts';
import { buildProjectCouncilPage } from '../../../src/lib/council/project-council-page.ts';
import { buildLessonLibrary } from '../../../src/lib/lessons/lesson-library.ts';
import { buildProjectList } from '../../../src/lib/projects/project-list.ts';
import { buildPromiseTracker } from '../../../src/lib/promises/promise-tracker.ts';
import { lessonCategories } from '../../../src/lib/api/enums.ts';
import { projectCardDocument, projectTimelineDocument, published } from '../support/documents.ts';

// Every reader of the public record in the reader's language: the project page's view model, the timeline,
// the feed, the calendar and the mails take the English version where staff wrote one, and the Dutch text,
// marked and announced, where they did not. The Dutch reader always gets Dutch.

const dutch = projectTimelineDocument('park');
const decision = dutch.decisions[0];
const phase = dutch.phases[1];
const keyDate = dutch.key_dates[0];
if (!decision || !phase || !keyDate) throw new Error('the fixture lacks a decision, a second phase or a key date');

/** The fixture with an English version of every text of the project, its decisions, phases and key dates. */
function translated(): ProjectTimeline {
  const en = (record: object, fields: string[]) => ({
    en: Object.fromEntries(fields.map((field) => [field, `EN ${field} of ${String((record as { id?: string }).id ?? 'project')}`])),
  });
  const withTranslations = <T extends object>(record: T, fields: string[]): T => ({ ...record, translations: en(record, fields) });
  return {
    ...dutch,
    project: withTranslations(dutch.project, ['title', 'summary', 'theme', 'area', 'council_role_explanation']),
    phases: dutch.phases.map((p) =>
      withTranslations(p, [
        'title',
        'open_for_input',
        'fixed_frames',
        'time_asked',
        'results_expected',
        'department',
        ...(p.council_role_explanation ? ['council_role_explanation'] : []),
      ]),
    ),
    decisions: dutch.decisions.map((d) => withTranslations(d, ['title', 'decided_by', 'decision', 'rationale', 'input_used'])),
    key_dates: dutch.key_dates.map((k) => withTranslations(k, ['title', 'location', 'how_to_join'])),
    motions: dutch.motions.map((m) =>
      withTranslations(m, ['title', 'submitted_by', 'asks', ...(m.result_summary ? ['result_summary'] : [])]),
    ),
    council_letters: dutch.council_letters.map((l) => withTranslations(l, ['title', 'summary'])),
  };
}

const english = translated();

describe('the project page view model', () => {
  it('shows an English reader the English texts, without lang attributes or notices where everything is translated', () => {
    const view = buildProjectPage(english, 'en');
    expect(view.title).toBe(`EN title of ${dutch.project.id}`);
    expect(view.lang).toEqual({});
    expect(view.notices.about).toBeNull();
    const [first] = view.decisions;
    expect(first).toMatchObject({ title: `EN title of ${decision.id}`, rationale: `EN rationale of ${decision.id}`, lang: {} });
    expect(view.notices.decisions).toBeNull();
    expect(view.notices.phases).toBeNull();
    expect(view.phases[1]).toMatchObject({ openForInput: `EN open_for_input of ${phase.id}`, lang: {} });
    expect(view.phases[1]?.council).toMatchObject({
      explanation: `EN council_role_explanation of ${phase.id}`,
      explanationLang: undefined,
      untranslated: false,
    });
    expect(view.expectations).toMatchObject({ openForInput: `EN open_for_input of ${phase.id}`, lang: {}, notice: null });
    expect(view.facts.map((fact) => fact.lang)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('shows an English reader the Dutch text marked lang="nl" and one notice per section where there is no English', () => {
    const view = buildProjectPage(dutch, 'en');
    expect(view.title).toBe(dutch.project.title);
    expect(view.lang.title).toBe('nl');
    expect(view.notices.about).toBe(untranslatedNotice.en);
    expect(view.decisions[0]).toMatchObject({ title: decision.title, lang: { title: 'nl', rationale: 'nl', decision: 'nl' } });
    expect(view.notices.decisions).toBe(untranslatedNotice.en);
    expect(view.notices.promises).toBe(untranslatedNotice.en);
    expect(view.expectations?.notice).toBe(untranslatedNotice.en);
    // The council's records: the phase's role explanation, the motions and the letters.
    expect(view.phases[1]?.council).toMatchObject({ explanation: phase.council_role_explanation, explanationLang: 'nl' });
    expect(view.phases[1]?.council.motions[0]?.titleLang).toBe('nl');
    expect(view.council.moments[0]?.motions[0]?.titleLang).toBe('nl');
    expect(view.council.letters[0]?.lang.title).toBe('nl');
    expect(view.notices.council).toBe(untranslatedNotice.en);
    // In full on the project's council page, each text marked, one notice per section.
    const council = buildProjectCouncilPage(dutch, 'en');
    expect(council.projectTitleLang).toBe('nl');
    expect(council.moments[0]?.motions[0]?.lang).toEqual({ title: 'nl', submitted_by: 'nl', asks: 'nl', result_summary: 'nl' });
    expect(council.letters[0]?.lang).toEqual({ title: 'nl', summary: 'nl' });
    expect(council.phases[1]?.council).toMatchObject({ explanation: phase.council_role_explanation, explanationLang: 'nl' });
    expect(council.notices).toEqual({
      role: untranslatedNotice.en,
      moments: untranslatedNotice.en,
      letters: untranslatedNotice.en,
      promises: untranslatedNotice.en,
    });
  });

  it('gives an English reader the English motions and letters where staff wrote them, and then no notice of them', () => {
    const onlyCouncilRecords = {
      ...english,
      council_moments: english.council_moments.map((m) => ({
        ...m,
        translations: {
          en: Object.fromEntries(
            (['body', 'agenda_item', 'proposal', 'outcome_summary', 'council_reasons', 'effect_on_promises'] as const)
              .filter((field) => m[field] !== null)
              .map((field) => [field, `EN ${field}`]),
          ),
        },
      })),
    };
    const view = buildProjectPage(onlyCouncilRecords, 'en');
    const [motion] = dutch.motions;
    expect(view.council.moments[0]?.motions[0]).toMatchObject({ title: `EN title of ${motion?.id}`, titleLang: undefined });
    expect(view.council.letters[0]).toMatchObject({ title: `EN title of ${dutch.council_letters[0]?.id}` });
    expect(view.council.letters[0]?.lang.title).toBeUndefined();
    // The project's own council role explanation is translated too (translated() above), so the section has nothing to say.
    expect(view.notices.council).toBeNull();
    const council = buildProjectCouncilPage(onlyCouncilRecords, 'en');
    expect(council.moments[0]?.motions[0]).toMatchObject({ title: `EN title of ${motion?.id}`, lang: {}, untranslated: false });
    expect(council.letters[0]).toMatchObject({ title: `EN title of ${dutch.council_letters[0]?.id}`, lang: {} });
    expect(council.notices.moments).toBeNull();
    expect(council.notices.letters).toBeNull();
  });

  it('mixes per field: a translated title with an untranslated rationale', () => {
    const partly = { ...dutch, decisions: [{ ...decision, translations: { en: { title: 'Only the title' } } }] };
    const [view] = buildProjectPage(partly, 'en').decisions;
    expect(view?.title).toBe('Only the title');
    expect(view?.lang.title).toBeUndefined();
    expect(view?.lang.rationale).toBe('nl');
  });

  it('always shows a Dutch reader the Dutch text, with no lang attributes and no notices', () => {
    const view = buildProjectPage(english, 'nl');
    expect(view.title).toBe(dutch.project.title);
    expect(view.decisions[0]?.title).toBe(decision.title);
    expect(view.lang).toEqual({});
    expect(Object.values(view.notices).every((notice) => notice === null)).toBe(true);
  });

  it('gives the timeline the same choice, with its own notice', () => {
    const line = { kind: 'decision' as const, at: '2026-02-19T23:00:00+00:00', ref_id: decision.id, title: decision.title };
    const onlyDecision = (timeline: ProjectTimeline): ProjectTimeline => ({ ...timeline, timeline: [line] });
    const translatedLine = buildTimeline(onlyDecision(english), 'en', new Date(english.generated_at)).items.find(
      (item) => item.kind === 'decision',
    );
    expect(translatedLine?.heading).toEqual({ text: `EN title of ${decision.id}`, lang: undefined });
    expect(buildTimeline(onlyDecision(english), 'en', new Date(english.generated_at)).notice).toBeNull();
    const dutchView = buildTimeline(onlyDecision(dutch), 'en', new Date(dutch.generated_at));
    expect(dutchView.items.find((item) => item.kind === 'decision')?.heading).toEqual({ text: decision.title, lang: 'nl' });
    expect(dutchView.notice).toBe(untranslatedNotice.en);
    expect(buildTimeline(onlyDecision(dutch), 'nl', new Date(dutch.generated_at)).notice).toBeNull();
  });
});

describe('the pages across projects', () => {
  const lesson = {
    id: '00000000-0000-4000-8000-0000000001e5',
    phase_id: null,
    category: lessonCategories[0],
    title: 'Vroeg beginnen',
    lesson: 'Begin vroeg met de buurt.',
    recorded_on: '2026-02-01',
    ...published,
  };
  const base: ProjectTimeline = { ...dutch, lessons: [lesson] };
  const promise = base.promises[0];
  const moment = base.council_moments[0];
  if (!promise || !moment) throw new Error('the fixture lacks a promise or a council moment');
  const everything: ProjectTimeline = {
    ...english,
    promises: dutch.promises.map((p) => ({
      ...p,
      translations: { en: { body: `EN body of ${p.id}`, made_by: 'The alderman', context: 'An evening' } },
      history: p.history.map((h) => ({
        ...h,
        translations: { en: { changed_by: 'The team', ...(h.explanation ? { explanation: 'Done' } : {}) } },
      })),
    })),
    council_moments: dutch.council_moments.map((m) => ({
      ...m,
      translations: {
        en: Object.fromEntries(
          (['body', 'agenda_item', 'proposal', 'outcome_summary', 'council_reasons', 'effect_on_promises'] as const)
            .filter((field) => m[field] !== null)
            .map((field) => [field, `EN ${field}`]),
        ),
      },
    })),
    lessons: base.lessons.map((l) => ({ ...l, translations: { en: { title: `EN lesson title ${l.id}`, lesson: 'EN lesson' } } })),
  };

  it('the promises tracker: English where there is English, else Dutch marked and one notice', () => {
    const translatedTracker = buildPromiseTracker([everything], 'en', '2026-03-01');
    expect(translatedTracker.promises.find((p) => p.id === promise.id)).toMatchObject({ body: `EN body of ${promise.id}`, lang: {} });
    expect(translatedTracker.notice).toBeNull();
    const dutchTracker = buildPromiseTracker([base], 'en', '2026-03-01');
    expect(dutchTracker.promises.find((p) => p.id === promise.id)).toMatchObject({ body: promise.body, lang: { body: 'nl' } });
    expect(dutchTracker.notice).toBe(untranslatedNotice.en);
    expect(buildPromiseTracker([everything], 'nl', '2026-03-01').promises[0]?.body).toBe(dutch.promises[0]?.body);
  });

  it('the council overview and the lessons library make the same choice', () => {
    const overview = buildCouncilOverview([everything], 'en', '2026-03-01');
    const items = (o: typeof overview) => [...o.coming, ...o.past].flatMap((meeting) => meeting.items);
    expect(items(overview).find((m) => m.id === moment.id)).toMatchObject({ agendaItem: 'EN agenda_item', lang: {} });
    expect(overview.notice).toBeNull();
    const dutchOverview = buildCouncilOverview([base], 'en', '2026-03-01');
    expect(items(dutchOverview).find((m) => m.id === moment.id)?.lang.agenda_item).toBe('nl');
    expect(dutchOverview.notice).toBe(untranslatedNotice.en);
    const library = buildLessonLibrary([everything], 'en');
    expect(library.groups.flatMap((group) => group.lessons).find((l) => l.id === lesson.id)).toMatchObject({
      lesson: 'EN lesson',
      lang: {},
    });
    expect(library.notice).toBeNull();
    expect(buildLessonLibrary([base], 'en').notice).toBe(untranslatedNotice.en);
    expect(buildLessonLibrary([base], 'nl').notice).toBeNull();
  });

  it('the home page cards', () => {
    const card = projectCardDocument('park');
    const [plain] = buildProjectList([card], 'en');
    expect(plain).toMatchObject({ title: card.title, lang: { title: 'nl', summary: 'nl' }, untranslated: true });
    const [english] = buildProjectList(
      [{ ...card, translations: { en: { title: 'Park', summary: 'A park', theme: 'Green', area: 'North' } } }],
      'en',
    );
    expect(english).toMatchObject({ title: 'Park', summary: 'A park', lang: {} });
    expect(buildProjectList([card], 'nl')[0]?.untranslated).toBe(false);
  });
});

describe('the catch-up of the join page and the welcome mail', () => {
  it('takes the English decisions where there are, and says once that the rest is in Dutch', () => {
    const english = buildCatchUp(translated(), 'en', '2026-03-01');
    expect(english.decisions[0]).toMatchObject({ title: `EN title of ${decision.id}`, lang: {} });
    expect(english.project).toMatchObject({ title: `EN title of ${dutch.project.id}`, titleLang: undefined });
    // The promises of the fixture have no English version: Dutch, marked, and the one notice.
    expect(english.notice).toBe(untranslatedNotice.en);
    const dutchCatchUp = buildCatchUp(dutch, 'en', '2026-03-01');
    expect(dutchCatchUp.decisions[0]).toMatchObject({ title: decision.title, lang: { title: 'nl', rationale: 'nl' } });
    expect(buildCatchUp(translated(), 'nl', '2026-03-01')).toMatchObject({
      notice: null,
      decisions: [{ title: decision.title, lang: {} }],
    });
  });

  it('the welcome mail of an English follower carries the notice once; a Dutch one never', () => {
    const welcome = (language: 'nl' | 'en') =>
      renderClaimedMail(
        claimedMailSchema.parse({
          key: 'mail-20',
          outbox_ids: [20],
          kind: 'welcome',
          attempt: 1,
          to: 'jan@voorbeeld.nl',
          language,
          organisation: { slug: 'demodam', name: 'Gemeente Demodam' },
          token: 'A'.repeat(43),
          token_expires_at: '2026-12-05T07:00:00Z',
          unsubscribe_token: 'U'.repeat(43),
          subscription_id: null,
          frequency: 'immediate',
          project: { slug: 'park', title: 'Parkplan' },
          already_confirmed: false,
          items: [],
        }),
        { siteUrl: 'https://meedoen.example', timelines: new Map([['park', dutch]]) },
      );
    expect(welcome('en').text.split(untranslatedNotice.en)).toHaveLength(2);
    expect(welcome('nl').text).not.toContain(untranslatedNotice.nl);
  });
});

describe('feeds and calendars', () => {
  const decisionEntry = (timeline: ProjectTimeline, locale: 'nl' | 'en') =>
    projectFeedEntries(timeline, { locale, site: 'https://meedoen.example' }).find(
      (entry) => entry.guid && entry.link.includes(decision.id),
    );

  it('an English feed item carries the English text, without the notice', () => {
    const entry = decisionEntry(english, 'en');
    expect(entry?.title).toContain(`EN title of ${decision.id}`);
    expect(entry?.description).toContain(`EN rationale of ${decision.id}`);
    expect(entry?.description).not.toContain(untranslatedNotice.en);
  });

  it('an English feed item without English carries the Dutch text and says so first; a Dutch one never does', () => {
    const entry = decisionEntry(dutch, 'en');
    expect(entry?.description.startsWith(untranslatedNotice.en)).toBe(true);
    expect(entry?.description).toContain(decision.rationale);
    expect(decisionEntry(english, 'nl')?.description).not.toContain('EN rationale');
    expect(decisionEntry(dutch, 'nl')?.description).not.toContain(untranslatedNotice.en);
  });

  it('the English calendar takes the English title and how to join, or the Dutch with the notice', () => {
    const eventOf = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .map((component) => new ICAL.Event(component))
        .find((event) => event.uid === `key-date-${keyDate.id}@participatieportaal`);
    const translatedEvent = eventOf(projectCalendar(english, 'en', 'https://meedoen.example'));
    expect(translatedEvent?.summary).toContain(`EN title of ${keyDate.id}`);
    expect(translatedEvent?.description).toContain(`EN how_to_join of ${keyDate.id}`);
    expect(translatedEvent?.description).not.toContain(untranslatedNotice.en);
    const dutchEvent = eventOf(projectCalendar(dutch, 'en', 'https://meedoen.example'));
    expect(dutchEvent?.summary).toContain(keyDate.title);
    expect(dutchEvent?.description.startsWith(untranslatedNotice.en)).toBe(true);
    expect(eventOf(projectCalendar(english, 'nl', 'https://meedoen.example'))?.summary).toContain(keyDate.title);
  });
});

describe('mails follow the language the follower chose', () => {
  const item = (translations?: Record<string, Record<string, string>>): NoticeItem => ({
    kind: 'decision',
    outbox_id: 12,
    project: { slug: 'park', title: 'Parkplan', translations: { en: { title: 'Park plan' } } },
    record: {
      id: decision.id,
      title: 'Drempels',
      decided_on: '2026-11-19',
      decided_by: 'College',
      decision: 'We leggen drempels aan.',
      rationale: 'Ouders vroegen erom.',
      input_used: 'Alle reacties gelezen.',
      ...(translations === undefined ? {} : { translations }),
    },
  });
  const render = (language: 'nl' | 'en', notice: NoticeItem) =>
    renderClaimedMail(
      claimedMailSchema.parse({
        key: 'mail-12',
        outbox_ids: [12],
        kind: 'notice',
        attempt: 1,
        to: 'jan@voorbeeld.nl',
        language,
        organisation: { slug: 'demodam', name: 'Gemeente Demodam' },
        token: 'A'.repeat(43),
        token_expires_at: '2026-12-05T07:00:00Z',
        unsubscribe_token: 'U'.repeat(43),
        subscription_id: null,
        frequency: 'immediate',
        project: null,
        already_confirmed: false,
        items: [notice],
      }),
      { siteUrl: 'https://meedoen.example', timelines: new Map() },
    );
  const full = {
    en: {
      title: 'Speed bumps',
      decided_by: 'The executive',
      decision: 'We build speed bumps.',
      rationale: 'Parents asked.',
      input_used: 'We read every reply.',
    },
  };

  it('an English follower gets the English text where there is one, without the notice', () => {
    const mail = render('en', item(full));
    expect(mail.subject).toContain('Speed bumps');
    expect(mail.subject).toContain('Park plan');
    expect(mail.text).toContain('Parents asked.');
    expect(mail.text).not.toContain('Ouders vroegen erom.');
    expect(mail.text).not.toContain(untranslatedNotice.en);
  });

  it('an English follower gets the Dutch text with the notice where there is no English', () => {
    const mail = render('en', item({ en: { title: 'Speed bumps' } }));
    expect(mail.text).toContain('Ouders vroegen erom.');
    expect(mail.text).toContain(untranslatedNotice.en);
    expect(mail.html).toContain(untranslatedNotice.en);
    expect(mail.text.match(new RegExp(untranslatedNotice.en.replace(/[.;]/g, '\\$&'), 'g'))).toHaveLength(1);
  });

  it('a Dutch follower always gets Dutch', () => {
    const mail = render('nl', item(full));
    expect(mail.subject).toContain('Drempels');
    expect(mail.text).toContain('Ouders vroegen erom.');
    expect(mail.text).not.toContain('Parents asked.');
    expect(mail.text).not.toContain(untranslatedNotice.nl);
  });
});
