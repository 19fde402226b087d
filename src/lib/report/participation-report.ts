import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localize, localizeOptional } from '../content-language/localize.ts';
import { buildCouncilMomentView } from '../council/council-moment-view.ts';
import { groupBy, motionName, resultSentence } from '../council/motion-view.ts';
import { buildDecisionView } from '../decisions/decision-view.ts';
import { formatDate } from '../format/dates.ts';
import { buildYouSaidWeDid } from '../projects/you-said-we-did.ts';
import { buildPromiseView } from '../promises/promise-view.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';

// The participation report (participatieverslag) of one project: who took part, how, what came out of it, what was
// done with it, the promises, the council's role, the investment and the lessons. One view model of plain blocks
// (paragraphs, facts, lists, tables) that both the page and the Word document render, so the two hold the same facts
// by construction; tests/lib/report compares their texts for every demo project.

/** A piece of text, with the language it is in where that differs from the report's (an untranslated Dutch text). */
export interface Run {
  text: string;
  lang?: Locale | undefined;
}

export type Block =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'heading'; text: Run }
  | { type: 'facts'; items: Array<{ term: string; value: Run }> }
  | { type: 'list'; items: Run[][] }
  | { type: 'table'; head: string[]; rows: Run[][] };

export interface ReportSection {
  id: string;
  heading: string;
  blocks: Block[];
}

export interface ParticipationReport {
  locale: Locale;
  title: string;
  organisation: string;
  intro: string;
  asOf: string;
  /** The day (YYYY-MM-DD, in the Netherlands) the report's data was read: the Word document carries it. */
  day: string;
  /** The project page and the Word document, for the links on the page. */
  projectHref: string;
  docxHref: string;
  sections: ReportSection[];
}

const run = (text: string, lang?: Locale): Run => (lang ? { text, lang } : { text });
const paragraph = (...runs: Run[]): Block => ({ type: 'paragraph', runs });

/** The report of one published project in one language. */
export function buildParticipationReport(timeline: ProjectTimeline, locale: Locale): ParticipationReport {
  const t = dictionaryFor(locale);
  const r = t.report;
  const { project } = timeline;
  const date = (iso: string) => formatDate(iso, locale).text;
  // A record's text in the report's language, or its Dutch text marked as Dutch.
  const local = (record: object, field: string): Run => {
    const value = localize(record as Record<string, string>, field, locale);
    return run(value.text, value.lang);
  };
  const title = localize(project, 'title', locale);
  const people = (role: string) =>
    timeline.people
      .filter((person) => person.role === role && person.until === null)
      .map((person) => person.name)
      .join(', ');

  const about: Block[] = [
    paragraph(local(project, 'summary')),
    {
      type: 'facts',
      items: [
        { term: r.facts.status, value: run(t.projectStatus[project.status]) },
        { term: r.facts.period, value: run(r.period(date(project.starts_on), project.ends_on ? date(project.ends_on) : null)) },
        { term: r.facts.area, value: local(project, 'area') },
        { term: r.facts.theme, value: local(project, 'theme') },
        { term: r.facts.alderman, value: run(people('alderman') || r.notKnown) },
        { term: r.facts.contact, value: run(people('contact') || r.notKnown) },
      ],
    },
  ];

  const involved = timeline.groups.filter((group) => group.status === 'involved');
  const gaps = timeline.groups.filter((group) => group.status === 'gap');
  const groupItems = (groups: typeof involved) => groups.map((group) => [local(group, 'name'), run(': '), local(group, 'note')]);
  const who: Block[] = [
    {
      type: 'facts',
      items: [
        { term: r.facts.meetings, value: run(String(project.investment.meetings_held)) },
        {
          term: r.facts.hours,
          value: run(project.investment.participant_hours === null ? r.notKnown : r.hours(project.investment.participant_hours)),
        },
      ],
    },
    { type: 'heading', text: run(r.groupsInvolved) },
    involved.length > 0 ? { type: 'list', items: groupItems(involved) } : paragraph(run(r.none)),
    { type: 'heading', text: run(r.gaps) },
    gaps.length > 0 ? { type: 'list', items: groupItems(gaps) } : paragraph(run(r.none)),
  ];

  const today = amsterdamDate(timeline.generated_at);
  const pastMoments = timeline.key_dates.filter((moment) => amsterdamDate(moment.starts_at) <= today);
  const how: Block[] = [
    { type: 'heading', text: run(r.phases) },
    timeline.phases.length > 0
      ? {
          type: 'list',
          items: timeline.phases.map((phase) => {
            const phaseTitle = localize(phase, 'title', locale);
            return [
              run(phaseTitle.text, phaseTitle.lang),
              run(
                `: ${t.participationLevel[phase.participation_level]} (${r.period(date(phase.starts_on), phase.ends_on ? date(phase.ends_on) : null)})`,
              ),
            ];
          }),
        }
      : paragraph(run(r.none)),
    { type: 'heading', text: run(r.moments) },
    pastMoments.length > 0
      ? {
          type: 'list',
          items: pastMoments.map((moment) => [
            run(`${date(amsterdamDate(moment.starts_at))}, ${t.keyDateKind[moment.kind]}: `),
            local(moment, 'title'),
          ]),
        }
      : paragraph(run(r.none)),
  ];

  const themes = buildYouSaidWeDid(timeline, locale);
  const input: Block[] =
    themes.length === 0
      ? [paragraph(run(r.none))]
      : themes.flatMap((theme): Block[] => [
          { type: 'heading', text: run(theme.title, theme.lang.title) },
          paragraph(run(`${r.youSaid}: `), run(theme.youSaid, theme.lang.you_said)),
          ...(theme.timesRaised === null ? [] : [paragraph(run(r.timesRaised(theme.timesRaised)))]),
          theme.answers.length === 0
            ? paragraph(run(`${r.weDid}: `), run(r.notAnswered))
            : {
                type: 'list',
                items: theme.answers.map((answer) => [
                  run(`${r.weDid} (`),
                  run(answer.decisionTitle, answer.decisionTitleLang),
                  run('): '),
                  run(answer.weDid, answer.weDidLang),
                ]),
              },
        ]);

  const done: Block[] =
    timeline.decisions.length === 0
      ? [paragraph(run(r.none))]
      : timeline.decisions.flatMap((record): Block[] => {
          const decision = buildDecisionView(record, locale);
          return [
            { type: 'heading', text: run(decision.title, decision.lang.title) },
            paragraph(run(r.decidedBy(decision.decidedBy, decision.decidedOn.text))),
            paragraph(run(`${r.decision}: `), run(decision.decision, decision.lang.decision)),
            paragraph(run(`${r.rationale}: `), run(decision.rationale, decision.lang.rationale)),
            paragraph(run(`${r.inputUsed}: `), run(decision.inputUsed, decision.lang.input_used)),
          ];
        });

  const promises: Block[] =
    timeline.promises.length === 0
      ? [paragraph(run(r.none))]
      : [
          {
            type: 'table',
            head: [r.promiseColumns.promise, r.promiseColumns.made, r.promiseColumns.due, r.promiseColumns.status],
            rows: timeline.promises.map((record) => {
              const promise = buildPromiseView(record, locale);
              return [
                run(promise.body, promise.lang.body),
                run(promise.madeOn.text),
                run(promise.dueOn?.text ?? r.notKnown),
                run(promise.statusLabel),
              ];
            }),
          },
        ];

  const roleExplanation = localizeOptional(project, 'council_role_explanation', locale);
  // Phases where the council's role is not the project's: where it sets frameworks, where it decides.
  const phaseRoles = timeline.phases.filter((phase) => phase.council_role !== null);
  const motionsOf = groupBy(timeline.motions, (motion) => motion.council_moment_id);
  const council: Block[] = [
    { type: 'facts', items: [{ term: r.facts.role, value: run(t.councilRole[project.council_role]) }] },
    ...(roleExplanation ? [paragraph(run(roleExplanation.text, roleExplanation.lang))] : []),
    ...(phaseRoles.length > 0
      ? [
          { type: 'heading', text: run(r.phaseRoles) } satisfies Block,
          {
            type: 'list',
            items: phaseRoles.map((phase) => {
              const explanation = localizeOptional(phase, 'council_role_explanation', locale);
              return [
                local(phase, 'title'),
                run(`: ${t.councilRole[phase.council_role ?? project.council_role]}`),
                ...(explanation ? [run('. '), run(explanation.text, explanation.lang)] : []),
              ];
            }),
          } satisfies Block,
        ]
      : []),
    ...timeline.council_moments.flatMap((record): Block[] => {
      const moment = buildCouncilMomentView(record, locale);
      const motions = motionsOf.get(moment.id) ?? [];
      const { outcomeSummary: summary, councilReasons: reasons } = moment;
      return [
        { type: 'heading', text: run(r.councilMoment(moment.meetsOn.text, moment.body)) },
        paragraph(run(moment.agendaItem, moment.lang.agenda_item), run(`: ${moment.outcomeLabel}`)),
        ...(summary !== null ? [paragraph(run(summary, moment.lang.outcome_summary))] : []),
        ...(moment.differsFromParticipation && reasons !== null
          ? [paragraph(run(`${r.differs}: `), run(reasons, moment.lang.council_reasons))]
          : []),
        // Each motion or amendment in one line: what it is, and how the vote went.
        ...(motions.length > 0
          ? [
              {
                type: 'list',
                items: motions.map((motion) => [
                  run(`${motionName(motion, locale)}: `),
                  local(motion, 'title'),
                  run(`. ${resultSentence(motion, locale)}`),
                ]),
              } satisfies Block,
            ]
          : []),
      ];
    }),
    ...(timeline.council_letters.length > 0
      ? [
          { type: 'heading', text: run(r.letters) } satisfies Block,
          {
            type: 'list',
            items: timeline.council_letters.map((letter) => [
              run(`${date(letter.sent_on)}${letter.reference ? `, ${letter.reference}` : ''}: `),
              local(letter, 'title'),
            ]),
          } satisfies Block,
        ]
      : []),
  ];

  const { investment } = project;
  const budgetNote = localizeOptional(project.investment, 'budget_note', locale);
  const investmentBlocks: Block[] = [
    {
      type: 'facts',
      items: [
        { term: r.facts.meetings, value: run(String(investment.meetings_held)) },
        { term: r.facts.hours, value: run(investment.participant_hours === null ? r.notKnown : r.hours(investment.participant_hours)) },
        {
          term: r.facts.budget,
          value: run(
            investment.budget_eur === null
              ? r.notKnown
              : new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(
                  investment.budget_eur,
                ),
          ),
        },
        ...(budgetNote ? [{ term: r.facts.budgetNote, value: run(budgetNote.text, budgetNote.lang) }] : []),
      ],
    },
  ];

  const lessons: Block[] =
    timeline.lessons.length === 0
      ? [paragraph(run(r.none))]
      : timeline.lessons.flatMap((lesson): Block[] => [
          { type: 'heading', text: local(lesson, 'title') },
          paragraph(local(lesson, 'lesson')),
        ]);

  return {
    locale,
    title: r.title(title.text),
    organisation: timeline.organisation.name,
    intro: r.intro(timeline.organisation.name),
    asOf: r.asOf(date(today)),
    day: today,
    projectHref: pathFor({ page: 'project', slug: project.slug }, locale),
    docxHref: pathFor({ page: 'projectReportDocx', slug: project.slug }, locale),
    sections: [
      { id: 'about', heading: r.sections.about, blocks: about },
      { id: 'who', heading: r.sections.who, blocks: who },
      { id: 'how', heading: r.sections.how, blocks: how },
      { id: 'input', heading: r.sections.input, blocks: input },
      { id: 'done', heading: r.sections.done, blocks: done },
      { id: 'promises', heading: r.sections.promises, blocks: promises },
      { id: 'council', heading: r.sections.council, blocks: council },
      { id: 'investment', heading: r.sections.investment, blocks: investmentBlocks },
      { id: 'lessons', heading: r.sections.lessons, blocks: lessons },
    ],
  };
}

/** Every text of a block, in reading order: what the page and the Word document must both hold. */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.runs.map((part) => part.text).join('')];
    case 'heading':
      return [block.text.text];
    case 'facts':
      return block.items.flatMap((item) => [item.term, item.value.text]);
    case 'list':
      return block.items.map((item) => item.map((part) => part.text).join(''));
    case 'table':
      return [...block.head, ...block.rows.flatMap((row) => row.map((cell) => cell.text))];
  }
}
