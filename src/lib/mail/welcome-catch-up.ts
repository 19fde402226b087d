import type { ProjectTimeline } from '../api/project-timeline.ts';
import { buildCatchUp, type CatchUp } from '../catch-up/catch-up.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';
import type { MailBlock } from './mail-layout.ts';
import type { MailLinks } from './mail-links.ts';

// The catch-up of a project in the welcome mail: the one view model of src/lib/catch-up (the join page shows
// the same), written as mail blocks. Every section is there, with its "nothing yet" sentence when empty, so a
// late joiner reads what happened and what did not.

/**
 * The catch-up of a project as mail blocks, on `now` (default: the moment the mail is written).
 *
 * @example
 * catchUpBlocks(timeline, { siteUrl: 'https://meedoen.example', locale: 'nl' })[0] // => { kind: 'heading', level: 2, text: 'Wat er tot nu toe is gebeurd' }
 */
export function catchUpBlocks(timeline: ProjectTimeline, links: MailLinks, now = new Date()): MailBlock[] {
  return blocksOf(buildCatchUp(timeline, links.locale, amsterdamDate(now.toISOString())));
}

function section(heading: string, blocks: MailBlock[], empty: string): MailBlock[] {
  return [{ kind: 'heading', level: 3, text: heading }, ...(blocks.length > 0 ? blocks : [{ kind: 'text', text: empty } as const])];
}

function blocksOf(c: CatchUp): MailBlock[] {
  const { headings: h, empty } = c;
  const blocks: MailBlock[] = [{ kind: 'heading', level: 2, text: h.title }];
  // An English follower reads the Dutch text where staff wrote no English version; the mail says so once.
  if (c.notice !== null) blocks.push({ kind: 'text', text: c.notice });

  blocks.push(
    ...section(
      h.phasesDone,
      c.phasesDone.length > 0
        ? [{ kind: 'list', items: c.phasesDone.map((phase) => `${phase.title} (${phase.kindLabel}): ${phase.period}`) }]
        : [],
      empty.phasesDone,
    ),
  );

  const current = c.currentPhase;
  blocks.push(
    ...section(
      h.currentPhase,
      current
        ? [
            { kind: 'text', text: `${current.title} (${current.kindLabel}): ${current.period}` },
            { kind: 'text', text: `${current.levelLabel}. ${current.levelPromise}` },
          ]
        : [],
      empty.currentPhase,
    ),
  );

  blocks.push(
    ...section(
      h.decisions,
      c.decisions.flatMap((decision): MailBlock[] => [
        { kind: 'text', text: `${decision.title}. ${decision.byline}` },
        { kind: 'text', text: decision.decision },
        { kind: 'labelled', label: h.rationale, text: decision.rationale },
        { kind: 'labelled', label: h.inputUsed, text: decision.inputUsed },
      ]),
      empty.decisions,
    ),
  );

  blocks.push(
    ...section(
      h.promisesOpen,
      c.promises.open.length > 0
        ? [
            {
              kind: 'list',
              items: c.promises.open.map((promise) =>
                [`${promise.body} (${promise.statusLabel})`, promise.dueLine].filter(Boolean).join(' '),
              ),
            },
          ]
        : [],
      empty.promisesOpen,
    ),
  );
  blocks.push(
    ...section(
      h.promisesKept,
      c.promises.kept.length > 0 ? [{ kind: 'list', items: c.promises.kept.map((promise) => promise.body) }] : [],
      empty.promisesKept,
    ),
  );
  if (c.promises.changed.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: h.promisesChanged });
    for (const promise of c.promises.changed) {
      blocks.push({ kind: 'text', text: `${promise.body} (${promise.statusLabel})` });
      if (promise.explanation?.trim()) blocks.push({ kind: 'text', text: promise.explanation });
    }
  }

  blocks.push(
    ...section(
      h.council,
      c.council.flatMap((moment): MailBlock[] => {
        const lines: MailBlock[] = [
          { kind: 'text', text: `${moment.meetsOn.text}, ${moment.body}: ${moment.agendaItem}. ${moment.outcomeLabel}.` },
        ];
        if (moment.outcomeSummary?.trim()) lines.push({ kind: 'text', text: moment.outcomeSummary });
        if (moment.differsFromParticipation) lines.push({ kind: 'labelled', label: h.councilDiffers, text: moment.councilReasons ?? '' });
        return lines;
      }),
      empty.council,
    ),
  );

  const open = c.openForInput;
  blocks.push(
    ...section(
      h.openForInput,
      open
        ? [
            { kind: 'text', text: `${open.phaseTitle} (${open.levelLabel}). ${open.levelPromise}` },
            { kind: 'text', text: open.openForInput },
          ]
        : [],
      empty.openForInput,
    ),
  );

  blocks.push(
    ...section(
      h.nextMoments,
      c.nextMoments.flatMap((moment): MailBlock[] => [
        { kind: 'text', text: [`${moment.kindLabel}: ${moment.title}. ${moment.when}.`, moment.location].filter(Boolean).join(' ') },
        { kind: 'text', text: moment.howToJoin },
      ]),
      empty.nextMoments,
    ),
  );

  if (c.contact) {
    const person = c.contact;
    blocks.push({ kind: 'heading', level: 3, text: h.contact });
    blocks.push({
      kind: 'text',
      text: [`${person.name}, ${person.jobTitle} (${person.roleLabel})`, person.department, person.phone?.text].filter(Boolean).join('. '),
    });
  }
  return blocks;
}
