import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/services/local-supabase/index.ts';

// The demo must add up the way a resident and an editor read it: dates in order, counts that match the lists
// next to them, statuses that match their explanations, a submission date on everything in the approval queue,
// and every link to another record resolving. The demo is relative to the day it is loaded, so these checks run
// against the real migrations and supabase/seed.sql, loaded today. Each check is a function from the demo to a
// list of problems (one readable line each), so the self-checks at the end can feed it a broken copy and show
// that it fails.

type Row = Record<string, unknown>;

interface Demo {
  /** Today in Europe/Amsterdam, YYYY-MM-DD: the day the seed's relative dates count from. */
  today: string;
  projects: Row[];
  phases: Row[];
  people: Row[];
  projectPeople: Row[];
  handovers: Row[];
  decisions: Row[];
  inputThemes: Row[];
  inputResponses: Row[];
  promises: Row[];
  statusChanges: Row[];
  councilMoments: Row[];
  motions: Row[];
  updates: Row[];
  keyDates: Row[];
  groups: Row[];
  lessons: Row[];
  revisions: Row[];
}

type Check = (demo: Demo) => string[];

const str = (row: Row, field: string): string => (typeof row[field] === 'string' ? (row[field] as string) : '');
const opt = (row: Row, field: string): string | null => (typeof row[field] === 'string' ? (row[field] as string) : null);
const num = (row: Row, field: string): number | null => (row[field] === null || row[field] === undefined ? null : Number(row[field]));
const isPublic = (row: Row) => row.publication === 'published';
/** YYYY-MM-DD strings compare in date order. */
const byId = (rows: Row[]) => new Map(rows.map((row) => [str(row, 'id'), row]));
const label = (row: Row, ...fields: string[]) => fields.map((field) => str(row, field)).find((value) => value !== '') ?? str(row, 'id');

/** Every row of a table, as JSON (dates as YYYY-MM-DD, timestamps in ISO), plus extra computed columns. */
async function rows(db: PGlite, table: string, extra = ''): Promise<Row[]> {
  const { rows: result } = await db.query<{ row: Row }>(
    `select to_jsonb(t) ${extra ? `|| jsonb_build_object(${extra})` : ''} as row from ${table} t`,
  );
  return result.map(({ row }) => row);
}

/** The Amsterdam calendar day of a timestamp column, the day a resident sees on the page. */
const amsterdamDay = (column: string) => `'${column}_day', ((t.${column} at time zone 'Europe/Amsterdam')::date)::text`;

async function loadDemo(db: PGlite): Promise<Demo> {
  const { rows: today } = await db.query<{ today: string }>(`select ((now() at time zone 'Europe/Amsterdam')::date)::text as today`);
  return {
    today: today[0]!.today,
    projects: await rows(db, 'portal.projects'),
    phases: await rows(db, 'portal.phases'),
    people: await rows(db, 'portal.people'),
    projectPeople: await rows(db, 'portal.project_people'),
    handovers: await rows(db, 'portal.handovers'),
    decisions: await rows(db, 'portal.decisions', amsterdamDay('published_at')),
    inputThemes: await rows(db, 'portal.input_themes'),
    inputResponses: await rows(db, 'portal.input_responses'),
    promises: await rows(db, 'portal.promises', amsterdamDay('published_at')),
    statusChanges: await rows(db, 'portal.promise_status_changes', amsterdamDay('changed_at')),
    councilMoments: await rows(db, 'portal.council_moments', amsterdamDay('published_at')),
    motions: await rows(db, 'portal.council_motions'),
    updates: await rows(db, 'portal.updates', `${amsterdamDay('published_at')}, ${amsterdamDay('unpublished_at')}`),
    keyDates: await rows(db, 'portal.key_dates', `${amsterdamDay('starts_at')}, ${amsterdamDay('published_at')}`),
    groups: await rows(db, 'portal.groups_involved'),
    lessons: await rows(db, 'portal.lessons'),
    revisions: await rows(db, 'portal.revisions'),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Dates in order

/** Phases follow each other without overlap, inside the project's dates, with results expected after they start. */
const phasesInOrder: Check = (demo) => {
  const problems: string[] = [];
  for (const project of demo.projects) {
    const phases = demo.phases.filter((phase) => phase.project_id === project.id).sort((a, b) => num(a, 'position')! - num(b, 'position')!);
    phases.forEach((phase, index) => {
      const name = `${str(project, 'slug')} phase ${num(phase, 'position')}`;
      if (str(phase, 'starts_on') < str(project, 'starts_on')) problems.push(`${name} starts before the project`);
      const projectEnd = opt(project, 'ends_on');
      const phaseEnd = opt(phase, 'ends_on');
      if (projectEnd !== null && phaseEnd !== null && phaseEnd > projectEnd) problems.push(`${name} ends after the project`);
      const next = phases[index + 1];
      if (next && (phaseEnd === null || phaseEnd >= str(next, 'starts_on'))) problems.push(`${name} overlaps the next phase`);
      const results = opt(phase, 'results_expected_on');
      if (results !== null && results < str(phase, 'starts_on')) problems.push(`${name} expects results before it starts`);
    });
  }
  return problems;
};

/** A key date falls inside its phase, and a public one was announced before it took place. */
const keyDatesInTheirPhase: Check = (demo) => {
  const phases = byId(demo.phases);
  const problems: string[] = [];
  for (const date of demo.keyDates) {
    const phase = phases.get(str(date, 'phase_id'));
    const start = str(date, 'starts_at_day');
    if (phase && (start < str(phase, 'starts_on') || (opt(phase, 'ends_on') !== null && start > str(phase, 'ends_on')))) {
      problems.push(
        `key date "${str(date, 'title')}" (${start}) lies outside its phase (${str(phase, 'starts_on')} to ${opt(phase, 'ends_on') ?? 'open'})`,
      );
    }
    if (isPublic(date) && str(date, 'published_at') > str(date, 'starts_at'))
      problems.push(`key date "${str(date, 'title')}" was announced after it started`);
  }
  return problems;
};

/**
 * A promise made at a meeting that is on the timeline (its context names the key date) was made on that day,
 * and every status change comes after the promise was made, in order.
 */
const promisesMadeWhenTheirMeetingWas: Check = (demo) => {
  const problems: string[] = [];
  for (const promise of demo.promises) {
    const context = str(promise, 'context').toLowerCase();
    for (const date of demo.keyDates.filter((d) => d.project_id === promise.project_id && isPublic(d))) {
      if (context.includes(str(date, 'title').toLowerCase()) && str(date, 'starts_at_day') !== str(promise, 'made_on')) {
        problems.push(
          `promise "${str(promise, 'body')}" was made at "${str(date, 'title')}" (${str(date, 'starts_at_day')}) but is dated ${str(promise, 'made_on')}`,
        );
      }
    }
    const changes = demo.statusChanges.filter((change) => change.promise_id === promise.id);
    for (const change of changes) {
      if (str(change, 'changed_at_day') < str(promise, 'made_on'))
        problems.push(`promise "${str(promise, 'body')}" changed status before it was made`);
    }
    if (isPublic(promise) && str(promise, 'published_at_day') < str(promise, 'made_on'))
      problems.push(`promise "${str(promise, 'body')}" was published before it was made`);
  }
  return problems;
};

/**
 * Decisions come before what follows them: published on or after the day they were taken, after the input they
 * answer was asked for, and a council decision on a day the council met and decided.
 */
const decisionsBeforeWhatFollows: Check = (demo) => {
  const decisions = byId(demo.decisions);
  const phases = byId(demo.phases);
  const themes = byId(demo.inputThemes);
  const problems: string[] = [];
  for (const decision of demo.decisions.filter(isPublic)) {
    if (str(decision, 'published_at_day') < str(decision, 'decided_on'))
      problems.push(`decision "${str(decision, 'title')}" was published before it was taken`);
    if (str(decision, 'decided_on') > demo.today) problems.push(`public decision "${str(decision, 'title')}" is dated in the future`);
    if (/gemeenteraad/i.test(str(decision, 'decided_by'))) {
      const met = demo.councilMoments.some(
        (moment) =>
          moment.project_id === decision.project_id &&
          moment.meets_on === decision.decided_on &&
          ['adopted', 'amended'].includes(str(moment, 'outcome')),
      );
      if (!met)
        problems.push(`council decision "${str(decision, 'title')}" has no council moment that decided on ${str(decision, 'decided_on')}`);
    }
  }
  for (const response of demo.inputResponses) {
    const decision = decisions.get(str(response, 'decision_id'));
    const theme = themes.get(str(response, 'input_theme_id'));
    const phase = theme ? phases.get(str(theme, 'phase_id')) : undefined;
    if (decision && phase && isPublic(decision) && str(phase, 'starts_on') > str(decision, 'decided_on')) {
      problems.push(`decision "${str(decision, 'title')}" answers "${str(theme!, 'title')}", input of a phase that started after it`);
    }
  }
  return problems;
};

/**
 * Council moments: one still to come has no outcome, one that took place has one; an outcome is published after
 * the meeting, a coming meeting before it; and a decision the council has yet to take comes before the project is
 * carried out (the tariffs before paid parking starts), not after.
 */
const councilMomentsMatchTheCalendar: Check = (demo) => {
  const problems: string[] = [];
  for (const moment of demo.councilMoments.filter(isPublic)) {
    const name = `council moment "${str(moment, 'agenda_item')}" (${str(moment, 'meets_on')})`;
    const pending = moment.outcome === 'pending';
    if (pending && str(moment, 'meets_on') < demo.today) problems.push(`${name} took place but has no outcome`);
    if (!pending && str(moment, 'meets_on') > demo.today) problems.push(`${name} has an outcome before it met`);
    if (pending && str(moment, 'published_at_day') > str(moment, 'meets_on')) problems.push(`${name} was announced after it met`);
    if (!pending && str(moment, 'published_at_day') < str(moment, 'meets_on'))
      problems.push(`${name} has its outcome published before it met`);
    if (pending !== (opt(moment, 'outcome_summary') === null))
      problems.push(`${name}: outcome "${str(moment, 'outcome')}" does not match its summary`);
    if (moment.differs_from_participation === true && !opt(moment, 'council_reasons'))
      problems.push(`${name} differs from participation without reasons`);
    const execution = demo.phases.find((phase) => phase.project_id === moment.project_id && phase.kind === 'execution');
    if (pending && /gemeenteraad/i.test(str(moment, 'body')) && execution && str(execution, 'starts_on') <= str(moment, 'meets_on')) {
      problems.push(`${name}: the council still has to decide, but carrying out the project starts ${str(execution, 'starts_on')}`);
    }
  }
  return problems;
};

/** Updates: submitted before published, published by today, withdrawn after they were published. */
const updatesInOrder: Check = (demo) => {
  const problems: string[] = [];
  for (const update of demo.updates) {
    const name = `update "${str(update, 'title')}"`;
    const submitted = opt(update, 'submitted_at');
    const published = opt(update, 'published_at');
    if (submitted !== null && published !== null && Date.parse(submitted) > Date.parse(published))
      problems.push(`${name} was published before it was submitted`);
    if (isPublic(update) && published !== null && Date.parse(published) > Date.now())
      problems.push(`${name} is public with a date in the future`);
    if (update.publication === 'unpublished') {
      const withdrawn = opt(update, 'unpublished_at');
      if (withdrawn === null) problems.push(`${name} was withdrawn without a date`);
      else if (published !== null && Date.parse(withdrawn) < Date.parse(published))
        problems.push(`${name} was withdrawn before it was published`);
    }
  }
  return problems;
};

/** A handover is the day the new person starts and the day after the old one stopped. */
const handoversMatchPeople: Check = (demo) => {
  const problems: string[] = [];
  for (const handover of demo.handovers) {
    const on = str(handover, 'handed_over_on');
    const roles = demo.projectPeople.filter((role) => role.project_id === handover.project_id);
    const starts = roles.some((role) => role.person_id === handover.to_person_id && role.since === on);
    const before = new Date(Date.parse(`${on}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const stops = roles.some((role) => role.person_id === handover.from_person_id && role.until === before);
    if (!starts || !stops)
      problems.push(`handover on ${on} in project ${str(handover, 'project_id')} does not match who was the contact when`);
  }
  return problems;
};

// ---------------------------------------------------------------------------------------------------------
// Counts that match lists

const numberWords: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
};

/** The number a phrase counts: the first number word or numeral in it, or null. */
function countIn(phrase: string): number | null {
  for (const word of phrase
    .replace(/\*\*/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)) {
    if (/^\d+$/.test(word)) return Number(word);
    if (word in numberWords && word !== 'een') return numberWords[word] ?? null;
  }
  return null;
}

/**
 * A Markdown list introduced by a count ("De kinderjury koos drie ontwerpen:", or a heading "Acht buren en
 * organisaties" over "Erin zitten:") has as many as the count says: each item counts as one, or as the number it
 * starts with ("vier bewoners", "twee ondernemers").
 */
function listCountProblems(markdown: string): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    if (/^#+\s/.test(lines[i]!)) heading = lines[i]!.replace(/^#+\s*/, '');
    const isItem = (line: string | undefined) => line !== undefined && /^\s*(?:[-*+]|\d+\.)\s+/.test(line);
    if (!isItem(lines[i]) || isItem(lines[i - 1])) continue;
    let intro = '';
    for (let j = i - 1; j >= 0 && intro === ''; j--) intro = lines[j]!.trim();
    if (!intro.endsWith(':')) continue;
    const lastSentence = intro.split(/(?<=[.!?])\s+/).pop() ?? intro;
    const expected = countIn(lastSentence) ?? countIn(heading);
    if (expected === null) continue;
    let total = 0;
    for (let k = i; isItem(lines[k]); k++) {
      const item = lines[k]!.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '');
      const first = item.replace(/\*\*/g, '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      total += /^\d+$/.test(first) ? Number(first) : (numberWords[first] ?? 1);
    }
    if (total !== expected) problems.push(`"${lastSentence}" (${heading || 'no heading'}) counts ${expected} but the list has ${total}`);
  }
  return problems;
}

const listsMatchTheirCounts: Check = (demo) =>
  demo.updates.flatMap((update) =>
    listCountProblems(str(update, 'body_md')).map((problem) => `update "${str(update, 'title')}": ${problem}`),
  );

/** The meetings held that a project reports are at least the meetings on its timeline that took place. */
const meetingsHeldCoverTheTimeline: Check = (demo) => {
  const meetingKinds = new Set(['meeting', 'workshop', 'sounding_board', 'site_visit', 'walk_in', 'online_session']);
  return demo.projects.flatMap((project) => {
    const held = demo.keyDates.filter(
      (date) =>
        date.project_id === project.id && isPublic(date) && meetingKinds.has(str(date, 'kind')) && str(date, 'starts_at_day') < demo.today,
    ).length;
    return (num(project, 'meetings_held') ?? 0) < held
      ? [`${str(project, 'slug')} reports ${num(project, 'meetings_held')} meetings held, its timeline shows ${held}`]
      : [];
  });
};

// ---------------------------------------------------------------------------------------------------------
// Statuses that match their explanations

/** Words that say part of a promise is still to come: a promise that says so is not kept yet. */
const stillToCome = /\b(?:nog niet|de andere|zodra|binnenkort|straks|volgt nog|volgen nog|komt nog|komen nog)\b/i;

const promiseStatusesMatchExplanations: Check = (demo) => {
  const problems: string[] = [];
  for (const promise of demo.promises) {
    const changes = demo.statusChanges
      .filter((change) => change.promise_id === promise.id)
      .sort((a, b) => str(a, 'changed_at').localeCompare(str(b, 'changed_at')));
    for (const change of changes) {
      const explanation = str(change, 'explanation').trim();
      if (change.status !== 'open' && explanation === '')
        problems.push(`promise "${str(promise, 'body')}" is ${str(change, 'status')} without an explanation`);
      if (change.status === 'kept' && stillToCome.test(explanation)) {
        problems.push(`promise "${str(promise, 'body')}" is kept, but its explanation says part is still to come: "${explanation}"`);
      }
    }
    const kept = changes.findIndex((change) => change.status === 'kept');
    if (kept !== -1 && kept < changes.length - 1) problems.push(`promise "${str(promise, 'body')}" changed status after it was kept`);
  }
  return problems;
};

/** A project's status matches its dates: running today, completed in the past, planned in the future. */
const projectStatusesMatchDates: Check = (demo) =>
  demo.projects.flatMap((project) => {
    const start = str(project, 'starts_on');
    const end = opt(project, 'ends_on');
    const name = `${str(project, 'slug')} (${str(project, 'status')}, ${start} to ${end ?? 'open'})`;
    switch (project.status) {
      case 'running':
        if (start > demo.today || (end !== null && end < demo.today)) return [`${name} is running outside its dates`];
        if (
          !demo.phases.some(
            (p) => p.project_id === project.id && str(p, 'starts_on') <= demo.today && (opt(p, 'ends_on') ?? '9999') >= demo.today,
          )
        ) {
          return [`${name} is running but no phase is current`];
        }
        return [];
      case 'completed':
        return end === null || end > demo.today ? [`${name} is completed but has not ended`] : [];
      case 'planned':
        return start <= demo.today ? [`${name} is planned but has started`] : [];
      default:
        return start > demo.today ? [`${name} has not started yet`] : [];
    }
  });

/** Key date kinds say what the moment is: a vote is not a survey. */
const keyDateKindsMatchTitles: Check = (demo) =>
  demo.keyDates
    .filter((date) => date.kind === 'survey' && /\bstem(?:men|ming|t)?\b/i.test(`${str(date, 'title')} ${str(date, 'how_to_join')}`))
    .map((date) => `key date "${str(date, 'title')}" is a vote typed as a survey`);

/**
 * The participation budget is what participation costs, not money the texts call maintenance or building
 * money: its amount may not be the one a sentence about onderhoud, aanleg or bouw names.
 */
const participationBudgetIsNotOtherMoney: Check = (demo) =>
  demo.projects.flatMap((project) => {
    const budget = num(project, 'budget_eur');
    if (budget === null) return [];
    const texts = [
      str(project, 'budget_note'),
      ...demo.decisions.filter((d) => d.project_id === project.id).flatMap((d) => [str(d, 'decision'), str(d, 'rationale')]),
    ];
    const otherMoney = texts
      .flatMap((text) => text.split(/(?<=[.!?])\s+/))
      .filter((sentence) => /onderhoud|aanleg|bouw|maaien/i.test(sentence))
      .flatMap((sentence) =>
        [...sentence.matchAll(/(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*euro/g)].map((m) => Number(m[1]!.replace(/\./g, ''))),
      );
    return otherMoney.includes(budget)
      ? [`${str(project, 'slug')} shows ${budget} euro as its participation budget, which its texts call other money`]
      : [];
  });

// ---------------------------------------------------------------------------------------------------------
// The approval queue and links between records

/** Everything waiting for approval says since when and who wrote it. */
const queuedRecordsHaveASubmissionDate: Check = (demo) => {
  const tables: [string, Row[], string][] = [
    ['project', demo.projects, 'title'],
    ['phase', demo.phases, 'title'],
    ['decision', demo.decisions, 'title'],
    ['promise', demo.promises, 'body'],
    ['council moment', demo.councilMoments, 'agenda_item'],
    ['update', demo.updates, 'title'],
    ['key date', demo.keyDates, 'title'],
    ['lesson', demo.lessons, 'title'],
    ['group', demo.groups, 'name'],
    ['input theme', demo.inputThemes, 'title'],
    ['handover', demo.handovers, 'note'],
  ];
  const problems = tables.flatMap(([kind, list, field]) =>
    list
      .filter(
        (row) =>
          ['awaiting_approval', 'scheduled'].includes(str(row, 'publication')) &&
          (opt(row, 'submitted_at') === null || opt(row, 'author_id') === null),
      )
      .map((row) => `${kind} "${label(row, field)}" waits for approval without a submission date or an author`),
  );
  for (const revision of demo.revisions.filter((r) => ['awaiting_approval', 'scheduled'].includes(str(r, 'state')))) {
    if (opt(revision, 'submitted_at') === null)
      problems.push(`revision of ${str(revision, 'kind')} ${str(revision, 'record_id')} waits without a submission date`);
  }
  return problems;
};

/** Links between records stay inside one project and one organisation, and point at something that is there. */
const linksResolve: Check = (demo) => {
  const problems: string[] = [];
  const projects = byId(demo.projects);
  const phases = byId(demo.phases);
  const people = byId(demo.people);
  const decisions = byId(demo.decisions);
  const themes = byId(demo.inputThemes);
  const promises = byId(demo.promises);
  const orgOf = (projectId: unknown) => projects.get(String(projectId))?.organisation_id;
  const samePhase = (what: string, row: Row, field: string) => {
    const id = opt(row, field);
    if (id !== null && phases.get(id)?.project_id !== row.project_id) problems.push(`${what}: ${field} is not a phase of its project`);
  };
  const samePerson = (what: string, row: Row, field: string) => {
    const id = opt(row, field);
    if (id !== null && people.get(id)?.organisation_id !== orgOf(row.project_id))
      problems.push(`${what}: ${field} is not a person of its organisation`);
  };
  for (const phase of demo.phases) samePerson(`phase "${str(phase, 'title')}"`, phase, 'contact_person_id');
  for (const role of demo.projectPeople) samePerson(`role ${str(role, 'role')}`, role, 'person_id');
  for (const handover of demo.handovers) {
    for (const field of ['from_phase_id', 'to_phase_id']) samePhase('handover', handover, field);
    for (const field of ['from_person_id', 'to_person_id']) samePerson('handover', handover, field);
  }
  for (const [what, list] of [
    ['decision', demo.decisions],
    ['promise', demo.promises],
    ['key date', demo.keyDates],
    ['lesson', demo.lessons],
    ['input theme', demo.inputThemes],
  ] as const) {
    for (const row of list) samePhase(`${what} "${label(row, 'title', 'body')}"`, row, 'phase_id');
  }
  for (const response of demo.inputResponses) {
    if (decisions.get(str(response, 'decision_id'))?.project_id !== response.project_id)
      problems.push(`input response "${str(response, 'we_did')}" answers with a decision of another project`);
    if (themes.get(str(response, 'input_theme_id'))?.project_id !== response.project_id)
      problems.push(`input response "${str(response, 'we_did')}" answers a theme of another project`);
  }
  for (const change of demo.statusChanges) {
    if (promises.get(str(change, 'promise_id'))?.project_id !== change.project_id)
      problems.push(`status change "${str(change, 'explanation')}" belongs to a promise of another project`);
  }
  // A withdrawal that points residents to a replacement names it, and the replacement is public in the same project.
  const pointsOn = /(?:juiste|nieuwe?) (?:bericht|project)|hieronder|hierboven/i;
  for (const [what, list, titleField] of [
    ['update', demo.updates, 'title'],
    ['project', demo.projects, 'title'],
  ] as const) {
    for (const row of list.filter((r) => r.publication === 'unpublished')) {
      const reason = str(row, 'unpublished_reason');
      if (!pointsOn.test(reason) && !/bericht "/.test(reason)) continue;
      const named = [...reason.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      const projectId = what === 'project' ? row.id : row.project_id;
      const found = named.some((title) => demo.updates.some((u) => u.project_id === projectId && isPublic(u) && str(u, 'title') === title));
      if (!found) problems.push(`${what} "${str(row, titleField)}" was withdrawn pointing to a message that is not there: "${reason}"`);
    }
  }
  for (const revision of demo.revisions) {
    const kindTable: Record<string, Map<string, Row>> = {
      decision: decisions,
      promise: promises,
      promise_status: promises,
      phase: phases,
      project: projects,
    };
    const table = kindTable[str(revision, 'kind')];
    if (table && !table.has(str(revision, 'record_id')))
      problems.push(`revision of ${str(revision, 'kind')} points to a record that is not there`);
  }
  return problems;
};

/**
 * A committee discusses and advises, the council decides: a meeting of a committee is typed as one (and so never
 * "adopts"), motions are voted on in the council, and a motion's result follows from its votes per party.
 */
const councilDecidesCommitteesDiscuss: Check = (demo) => {
  const problems: string[] = [];
  const moments = new Map(demo.councilMoments.map((moment) => [String(moment.id), moment]));
  for (const moment of demo.councilMoments) {
    const committee = /^commissie/i.test(str(moment, 'body'));
    if (committee !== (moment.meeting_kind === 'committee')) {
      problems.push(`council moment "${str(moment, 'agenda_item')}": "${str(moment, 'body')}" is typed as ${str(moment, 'meeting_kind')}`);
    }
  }
  for (const motion of demo.motions) {
    const name = `motion "${str(motion, 'title')}"`;
    if (moments.get(String(motion.council_moment_id))?.meeting_kind !== 'council')
      problems.push(`${name} was voted on outside the council`);
    const votes = (motion.votes as Array<{ for: number; against: number }>) ?? [];
    const total = (side: 'for' | 'against') => votes.reduce((sum, vote) => sum + vote[side], 0);
    if (motion.result === 'adopted' && !(total('for') > total('against')))
      problems.push(`${name} is adopted with ${total('for')} for and ${total('against')} against`);
    if (motion.result === 'rejected' && total('for') > total('against'))
      problems.push(`${name} is rejected with ${total('for')} for and ${total('against')} against`);
  }
  return problems;
};

const checks: Record<string, Check> = {
  "a committee discusses, the council decides, and a motion's result follows its votes": councilDecidesCommitteesDiscuss,
  'phases follow each other inside the project': phasesInOrder,
  'key dates fall inside their phase and are announced before they start': keyDatesInTheirPhase,
  'promises are dated on the meeting where they were made, before their status changes': promisesMadeWhenTheirMeetingWas,
  'decisions come before what follows them, council decisions on a council day': decisionsBeforeWhatFollows,
  'council moments have an outcome once they met, and only then': councilMomentsMatchTheCalendar,
  'updates are submitted, published and withdrawn in that order': updatesInOrder,
  'handovers match who was the contact when': handoversMatchPeople,
  'a count next to a list matches the list': listsMatchTheirCounts,
  'meetings held cover the meetings on the timeline': meetingsHeldCoverTheTimeline,
  'promise statuses match their explanations': promiseStatusesMatchExplanations,
  'project statuses match their dates and phases': projectStatusesMatchDates,
  'key date kinds match what they are': keyDateKindsMatchTitles,
  'the participation budget is not maintenance or building money': participationBudgetIsNotOtherMoney,
  'everything in the approval queue has a submission date and an author': queuedRecordsHaveASubmissionDate,
  'every link to another record resolves': linksResolve,
};

let db: PGlite;
let demo: Demo;

beforeAll(async () => {
  db = await openDatabase({ seedFiles: ['supabase/seed.sql'] });
  demo = await loadDemo(db);
});
afterAll(async () => {
  await db?.close();
});

describe('the demo adds up', () => {
  it('has data to check', () => {
    expect(demo.projects.length).toBeGreaterThan(10);
    expect(demo.keyDates.length).toBeGreaterThan(30);
  });
  for (const [name, check] of Object.entries(checks)) {
    it(name, () => {
      expect(check(demo)).toEqual([]);
    });
  }
});

// Each check fails on the kind of contradiction it is there for: a copy of the demo with one such fault.
describe('each check can fail', () => {
  const copy = (): Demo => structuredClone(demo);
  const find = (list: Row[], field: string, value: string) => {
    const row = list.find((r) => r[field] === value);
    if (!row) throw new Error(`the demo has no row with ${field} = ${value}; update this self-check`);
    return row;
  };
  const shiftDay = (value: string, days: number) =>
    new Date(Date.parse(`${value}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  const faults: Record<string, [Check, (d: Demo) => void]> = {
    'a phase that overlaps the next': [
      phasesInOrder,
      (d) => {
        const p = d.phases.find((x) => opt(x, 'ends_on') !== null && num(x, 'position') === 1)!;
        p.ends_on = shiftDay(str(p, 'ends_on'), 400);
      },
    ],
    'a key date outside its phase': [
      keyDatesInTheirPhase,
      (d) => {
        find(d.keyDates, 'title', 'Wijkavond Centrum').starts_at_day = shiftDay(d.today, 900);
      },
    ],
    'a promise made at an evening months before that evening': [
      promisesMadeWhenTheirMeetingWas,
      (d) => {
        find(d.keyDates, 'title', 'Wijkavond Noord').starts_at_day = shiftDay(d.today, 9);
      },
    ],
    'a council decision on a day the council did not meet': [
      decisionsBeforeWhatFollows,
      (d) => {
        const x = d.decisions.find((r) => /gemeenteraad/i.test(str(r, 'decided_by')))!;
        x.decided_on = shiftDay(str(x, 'decided_on'), -3);
      },
    ],
    'tariffs decided after they were due': [
      councilMomentsMatchTheCalendar,
      (d) => {
        find(d.councilMoments, 'agenda_item', 'Parkeerbelastingverordening centrum').meets_on = shiftDay(d.today, 40);
      },
    ],
    'an update withdrawn without a date': [
      updatesInOrder,
      (d) => {
        find(d.updates, 'title', 'Wijkavond Noord verplaatst').unpublished_at = null;
      },
    ],
    'a handover on another day than the new contact started': [
      handoversMatchPeople,
      (d) => {
        const h = d.handovers[0]!;
        h.handed_over_on = shiftDay(str(h, 'handed_over_on'), 10);
      },
    ],
    '"twaalf" next to a list of eight': [
      listsMatchTheirCounts,
      (d) => {
        const u = d.updates.find((x) => str(x, 'body_md').includes('## Acht'))!;
        u.body_md = str(u, 'body_md').replace('## Acht', '## Twaalf');
      },
    ],
    'more meetings on the timeline than reported': [
      meetingsHeldCoverTheTimeline,
      (d) => {
        find(d.projects, 'slug', 'omgevingsvisie').meetings_held = 1;
      },
    ],
    'kept after one of three openings': [
      promiseStatusesMatchExplanations,
      (d) => {
        const c = d.statusChanges.find((x) => str(x, 'explanation').startsWith('De kinderjury opende'))!;
        c.status = 'kept';
      },
    ],
    'a running project before its start': [
      projectStatusesMatchDates,
      (d) => {
        find(d.projects, 'slug', 'omgevingsvisie').starts_on = shiftDay(d.today, 30);
      },
    ],
    'voting typed as a survey': [
      keyDateKindsMatchTitles,
      (d) => {
        find(d.keyDates, 'title', 'Laatste dag om te stemmen').kind = 'survey';
      },
    ],
    'maintenance money shown as participation budget': [
      participationBudgetIsNotOtherMoney,
      (d) => {
        find(d.projects, 'slug', 'buurttuin-de-groene-hoek').budget_eur = 8500;
      },
    ],
    'a queued item without a submission date': [
      queuedRecordsHaveASubmissionDate,
      (d) => {
        find(d.keyDates, 'title', 'CONCEPT: openbare telavond').submitted_at = null;
      },
    ],
    'a committee typed as the council': [
      councilDecidesCommitteesDiscuss,
      (d) => {
        find(d.councilMoments, 'agenda_item', 'Raadsvoorstel parkeren centrum').meeting_kind = 'council';
      },
    ],
    'an amendment adopted by a minority': [
      councilDecidesCommitteesDiscuss,
      (d) => {
        find(d.motions, 'reference', 'A2026-07').votes = [{ party: 'VVD', for: 6, against: 25 }];
      },
    ],
    'a withdrawal pointing to a message that does not exist': [
      linksResolve,
      (d) => {
        find(d.updates, 'title', 'Wijkavond Noord: nieuwe datum').title = 'Iets anders';
      },
    ],
  };

  for (const [fault, [check, breakIt]] of Object.entries(faults)) {
    it(`finds ${fault}`, () => {
      const broken = copy();
      breakIt(broken);
      expect(check(broken).length).toBeGreaterThan(0);
    });
  }

  it('counts lists the way a reader does', () => {
    expect(listCountProblems('De jury koos drie ontwerpen:\n\n- een waterspeeltuin\n- een klimbos\n- hutten')).toEqual([]);
    expect(listCountProblems('## Acht leden\n\nErin zitten:\n\n- vier bewoners;\n- de vereniging;\n- twee ondernemers.')).toHaveLength(1);
    expect(listCountProblems('Er kwamen 320 mensen.\n\n- groen\n- wonen')).toEqual([]);
  });
});
