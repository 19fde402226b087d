import { JSDOM } from 'jsdom';
import { pathFor } from '../../i18n/index.ts';
import { projectTimelineSchema, type ListedRecord, type ProjectTimeline } from '../api/project-timeline.ts';
import { portalOpenDataSchema, type PortalOpenData } from '../open-data/open-data-documents.ts';
import { openDataPaths } from '../open-data/open-data-paths.ts';
import { contentFields, documentLists, hasNoTranslations, publishableKinds, recordPages, type PublishableKind } from '../records/kinds.ts';
import { canonicalJson, canonicalTime, contentHash, entryHash, GENESIS_HASH } from './canonical-json.ts';
import {
  ledgerIndexOpenDataSchema,
  ledgerPageOpenDataSchema,
  ledgerPageSize,
  type LedgerEntry,
  type LedgerHead,
} from './ledger-document.ts';

// What `npm run verify-ledger` checks on a published site (a folder or a URL), with nothing but what the site
// itself publishes:
//  1. the ledger's chain, read page by page from its index: every entry's hash is sha256(previous hash + canonical JSON of its event), seq has no
//     gaps, and the head is the last entry (and, given a head someone kept earlier, that it is still in the chain);
//  2. every record in every project's open data file has exactly the content of its latest approved version in
//     the ledger, nothing withdrawn is shown, nothing approved is missing, and every withdrawal keeps its notice;
//  3. every record on every project page (or, for the council's records, on the project's council page) is there
//     (data-record) and shows the words of that version, as the project's history keeps them (whose content hash
//     the ledger vouches for);
//  4. every project the ledger says is withdrawn is in the portal's list of withdrawn projects with the ledger's
//     reason, nothing else is, and the notice at its address shows its title and that reason.
// It reports the first problem of each check; a site that passes was not rewritten after its ledger entries.

export type SiteReader = (path: string) => Promise<string>;

export interface VerifyProblem {
  check: 'ledger' | 'records' | 'pages';
  message: string;
}

export interface VerifyReport {
  organisation: string | null;
  entries: number;
  head: { seq: number; hash: string } | null;
  projects: number;
  records: number;
  pages: number;
  problems: VerifyProblem[];
}

export interface VerifyOptions {
  /** A head kept earlier (a newspaper's copy): the chain must still hold this hash at this seq. */
  expectHead?: { seq: number; hash: string };
  /** Progress lines for a long run. */
  log?: (line: string) => void;
}

/** One record of a project's document, reduced to what the ledger hashes. */
interface ShownRecord {
  kind: PublishableKind;
  id: string;
  content: Record<string, unknown>;
}

/**
 * The words of each kind that its element on its page (recordPages) must show, as they are stored; null for a kind
 * whose records are not compared on their own.
 */
const pageText = {
  project: ['summary'],
  // A person is shown on the card of their role: compared through the assignment, by name (checkPage).
  person: null,
  // Only current role holders are on the page, with their person's name: checkPage decides per record.
  assignment: null,
  // A handover has no element of its own: the who section tells it beside the contact it handed over to.
  handover: null,
  // A status change is told in its promise's history, inside the promise's element, which is compared.
  promise_status: null,
  // An invitation is on the join page, which is not among the checked pages (checkedPages).
  invitation: null,
  phase: ['title', 'open_for_input', 'fixed_frames', 'time_asked', 'results_expected'],
  decision: ['title', 'decision', 'rationale', 'input_used'],
  promise: ['body'],
  council_moment: ['agenda_item', 'proposal'],
  motion: ['title', 'asks'],
  council_letter: ['title', 'summary'],
  key_date: ['title', 'how_to_join'],
  update: ['title'],
  group: ['name', 'note'],
  input_theme: ['title', 'you_said'],
  lesson: ['title', 'lesson'],
} as const satisfies Record<PublishableKind, readonly string[] | null>;

/** The pages of a project whose records are checked (recordPages in src/lib/records/kinds.ts says which kind is where). */
const checkedPages = ['project', 'projectCouncil'] as const;

/**
 * Checks a published site against its own ledger.
 *
 * @example
 * const report = await verifySite(folderReader('dist'));
 * report.problems // => [] for a site that shows exactly its approved versions
 */
export async function verifySite(read: SiteReader, options: VerifyOptions = {}): Promise<VerifyReport> {
  const log = options.log ?? (() => {});
  const report: VerifyReport = { organisation: null, entries: 0, head: null, projects: 0, records: 0, pages: 0, problems: [] };
  const problem = (check: VerifyProblem['check'], message: string) => {
    if (!report.problems.some((known) => known.check === check)) report.problems.push({ check, message });
  };

  let ledger: ChainedLedger;
  try {
    ledger = await readLedger(read, log);
  } catch (error) {
    problem('ledger', firstLine(error));
    return report;
  }
  report.organisation = ledger.organisation;
  report.entries = ledger.entries.length;
  report.head = ledger.head;
  log(`Ledger of ${ledger.organisation}: ${ledger.entries.length} entries.`);
  const chainProblem = verifyChain(ledger, options.expectHead);
  if (chainProblem) problem('ledger', chainProblem);

  let portal;
  try {
    portal = portalOpenDataSchema.parse(JSON.parse(await read(openDataPaths.portal)));
  } catch (error) {
    problem('records', `${openDataPaths.portal} cannot be read: ${firstLine(error)}`);
    return report;
  }
  const lastSeq = ledger.entries.at(-1)?.seq ?? 0;
  for (const card of portal.projects) {
    const path = openDataPaths.project(card.slug);
    let document: ProjectTimeline;
    try {
      document = projectTimelineSchema.parse(withoutOpenDataKeys(JSON.parse(await read(path))));
    } catch (error) {
      problem('records', `${path} cannot be read as a project: ${firstLine(error)}`);
      continue;
    }
    report.projects += 1;
    const readAt = document.ledger_head?.seq ?? 0;
    if (readAt > lastSeq) {
      problem('records', `${path} was read at ledger entry ${readAt}, but ${openDataPaths.ledger} ends at entry ${lastSeq}.`);
      continue;
    }
    const latest = latestEvents(ledger.entries, readAt);
    const shown = shownRecords(document);
    report.records += shown.length;
    checkRecords(document, shown, latest, path, problem);
    const approved = approvedContents(document, latest, path, problem);

    for (const page of checkedPages) {
      const pagePath = pathFor({ page, slug: document.project.slug }, 'nl');
      let html: string;
      try {
        html = await read(pagePath);
      } catch (error) {
        problem('pages', `${pagePath} cannot be read: ${firstLine(error)}`);
        continue;
      }
      report.pages += 1;
      checkPage(
        html,
        shown.filter((record) => recordPages[record.kind] === page),
        pagePath,
        document,
        approved,
        problem,
      );
    }
    log(`Checked ${document.project.slug}: ${shown.length} records.`);
  }
  await checkWithdrawnProjects(read, portal, ledger.entries, problem);
  return report;
}

/** The whole chain of an organisation, as verify reads it from the site's ledger pages. */
export interface ChainedLedger {
  organisation: string;
  head: LedgerHead | null;
  entries: LedgerEntry[];
}

/**
 * Reads the ledger's index and every page it lists. A page must hold exactly the entries its number stands for,
 * and end with the entry the index names, so a page swapped for another or cut short is found before the chain
 * is checked. Throws with the first problem in words.
 */
async function readLedger(read: SiteReader, log: (line: string) => void): Promise<ChainedLedger> {
  const readJson = async <T>(path: string, parse: (value: unknown) => T): Promise<T> => {
    try {
      return parse(JSON.parse(await read(path)));
    } catch (error) {
      throw new Error(`${path} cannot be read as the ledger: ${firstLine(error)}`);
    }
  };
  const index = await readJson(openDataPaths.ledger, (value) => ledgerIndexOpenDataSchema.parse(value));
  const entries: LedgerEntry[] = [];
  for (const [position, listed] of index.pages.entries()) {
    const path = openDataPaths.ledgerPage(position + 1);
    if (listed.number !== position + 1)
      throw new Error(`${openDataPaths.ledger} lists page ${listed.number} where page ${position + 1} belongs.`);
    const page = await readJson(path, (value) => ledgerPageOpenDataSchema.parse(value));
    const first = page.entries[0];
    const last = page.entries.at(-1);
    const isLast = position === index.pages.length - 1;
    if (page.organisation !== index.organisation || page.page !== listed.number) {
      throw new Error(`${path} is not page ${listed.number} of the ledger of ${index.organisation}.`);
    }
    if (
      !first ||
      !last ||
      first.seq !== listed.first_seq ||
      last.seq !== listed.last_seq ||
      last.hash !== listed.last_hash ||
      (!isLast && page.entries.length !== ledgerPageSize)
    ) {
      throw new Error(
        `${path} does not hold the entries ${listed.first_seq} to ${listed.last_seq} that ${openDataPaths.ledger} lists for it.`,
      );
    }
    entries.push(...page.entries);
    if (index.pages.length > 1) log(`Ledger page ${listed.number} of ${index.pages.length}: entries ${first.seq} to ${last.seq}.`);
  }
  return { organisation: index.organisation, head: index.head, entries };
}

async function checkWithdrawnProjects(
  read: SiteReader,
  portal: PortalOpenData,
  entries: readonly LedgerEntry[],
  problem: (check: VerifyProblem['check'], message: string) => void,
): Promise<void> {
  const readAt = portal.withdrawn_read_at ?? 0;
  const lastSeq = entries.at(-1)?.seq ?? 0;
  if (readAt > lastSeq) {
    problem(
      'records',
      `The withdrawn projects in ${openDataPaths.portal} were read at ledger entry ${readAt}, but ${openDataPaths.ledger} ends at entry ${lastSeq}.`,
    );
    return;
  }
  const listed = new Map(portal.withdrawn_projects.map((project) => [project.id, project]));
  for (const [key, entry] of latestEvents(entries, readAt)) {
    if (!key.startsWith('project:')) continue;
    const project = listed.get(entry.event.record_id);
    listed.delete(entry.event.record_id);
    if (entry.event.type !== 'withdrawal') {
      if (project)
        problem(
          'records',
          `Project ${project.slug} is listed as withdrawn in ${openDataPaths.portal}, but ledger entry ${entry.seq} published it.`,
        );
      continue;
    }
    if (!project) {
      problem(
        'records',
        `Project ${entry.event.record_id} was withdrawn (ledger entry ${entry.seq}) but ${openDataPaths.portal} has no notice of it.`,
      );
      continue;
    }
    if (project.reason !== entry.event.reason || project.version !== entry.event.version) {
      problem(
        'records',
        `The notice of withdrawn project ${project.slug} in ${openDataPaths.portal} does not give the reason and version of ledger entry ${entry.seq}.`,
      );
      continue;
    }
    // Its address may have gone to a published project since; then that project's page is there, checked above.
    if (portal.projects.some((card) => card.slug === project.slug)) continue;
    const path = pathFor({ page: 'project', slug: project.slug }, 'nl');
    let html: string;
    try {
      html = await read(path);
    } catch (error) {
      problem('pages', `${path}, the notice of withdrawn project ${project.slug}, cannot be read: ${firstLine(error)}`);
      continue;
    }
    const page = new JSDOM(html).window.document;
    const notice = page.querySelector(`[data-withdrawn-project="${project.id}"]`);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const text = squeeze(notice?.textContent ?? '');
    const pageTitle = squeeze(page.querySelector('h1')?.textContent ?? '');
    if (!notice || !pageTitle.includes(squeeze(project.title)) || (project.reason !== null && !text.includes(squeeze(project.reason)))) {
      problem('pages', `${path} does not show the notice of withdrawn project ${project.slug} with its title and reason.`);
    }
  }
  for (const project of listed.values()) {
    problem(
      'records',
      `Project ${project.slug} is listed as withdrawn in ${openDataPaths.portal}, but the ledger up to entry ${readAt} has no withdrawal of it.`,
    );
  }
}

/**
 * Recomputes the chain of a ledger: the first problem in words, or null when every entry hashes its predecessor
 * and its own event, seq has no gaps and the head is the last entry (and holds a head kept earlier, if given).
 */
export function verifyChain(ledger: ChainedLedger, expectHead?: VerifyOptions['expectHead']): string | null {
  let previous = GENESIS_HASH;
  for (const [index, entry] of ledger.entries.entries()) {
    if (entry.seq !== index + 1) return `Ledger entry ${entry.seq} is at position ${index + 1}: the chain has a gap or is out of order.`;
    if (entry.event.seq !== entry.seq) return `Ledger entry ${entry.seq} holds an event numbered ${entry.event.seq}.`;
    if (entry.event.organisation !== ledger.organisation)
      return `Ledger entry ${entry.seq} belongs to ${entry.event.organisation}, not ${ledger.organisation}.`;
    if (entry.prev_hash !== previous)
      return `Ledger entry ${entry.seq} does not follow entry ${entry.seq - 1}: its prev_hash is not that entry's hash.`;
    const hash = entryHash(previous, entry.event);
    if (hash !== entry.hash)
      return `Ledger entry ${entry.seq} does not match its hash: its event was changed after it was written (expected ${hash}).`;
    previous = entry.hash;
  }
  const last = ledger.entries.at(-1);
  if (ledger.head && (ledger.head.seq !== (last?.seq ?? 0) || (last && ledger.head.hash !== last.hash))) {
    return `The head of the ledger (entry ${ledger.head.seq}) is not its last entry (${last?.seq ?? 0}).`;
  }
  if (expectHead) {
    const kept = ledger.entries[expectHead.seq - 1];
    if (!kept || kept.hash !== expectHead.hash) {
      return `The head kept earlier (entry ${expectHead.seq}, ${expectHead.hash}) is not in this ledger: it was rewritten since.`;
    }
  }
  return null;
}

/** The latest event of every record up to a seq: what the site must show of it. */
function latestEvents(entries: readonly LedgerEntry[], upTo: number): Map<string, LedgerEntry> {
  const latest = new Map<string, LedgerEntry>();
  for (const entry of entries) {
    if (entry.seq > upTo) break;
    latest.set(`${entry.event.kind}:${entry.event.record_id}`, entry);
  }
  return latest;
}

/** The open data file adds $schema and links to the API's document. */
function withoutOpenDataKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const { $schema: _schema, links: _links, ...document } = value as Record<string, unknown>;
  return document;
}

/** The public content of a record as the ledger hashes it, from the fields a document shows. */
export function contentOf(kind: PublishableKind, shown: Record<string, unknown>): Record<string, unknown> {
  const spec = contentFields[kind];
  const content: Record<string, unknown> = {};
  for (const field of spec.fields) {
    const value = shown[field] ?? null;
    // As portal.record_content: a record without English versions is hashed as it was before they existed.
    if (field === 'translations' && hasNoTranslations(value)) continue;
    content[field] = spec.times?.includes(field) && typeof value === 'string' ? canonicalTime(value) : value;
  }
  return content;
}

/** Every record a project's document shows, each with its content. */
function shownRecords(document: ProjectTimeline): ShownRecord[] {
  const records: ShownRecord[] = [];
  const add = (kind: PublishableKind, id: string, fields: Record<string, unknown>) =>
    records.push({ kind, id, content: contentOf(kind, fields) });
  const { project } = document;
  add('project', project.id, { ...project, ...project.investment });
  // Every kind the document lists on its own (src/lib/records/kinds.ts), then those it names inside others.
  for (const kind of publishableKinds) {
    const list = documentLists[kind];
    if (list !== null) for (const record of document[list] as readonly ListedRecord[]) add(kind, record.id, record);
  }
  // A person once, however many roles, phases and handovers name them.
  const people = new Map<string, Record<string, unknown>>();
  for (const person of document.people) people.set(person.person_id, person);
  for (const phase of document.phases) if (phase.contact) people.set(phase.contact.id, phase.contact);
  for (const handover of document.handovers) {
    if (handover.from_person) people.set(handover.from_person.id, handover.from_person);
    if (handover.to_person) people.set(handover.to_person.id, handover.to_person);
  }
  for (const [id, person] of people) add('person', id, person);
  for (const promise of document.promises) for (const change of promise.history) add('promise_status', change.id, change);
  return records;
}

function checkRecords(
  document: ProjectTimeline,
  shown: readonly ShownRecord[],
  latest: Map<string, LedgerEntry>,
  path: string,
  problem: (check: VerifyProblem['check'], message: string) => void,
): void {
  const name = (record: { kind: string; id: string }) => `${record.kind} ${record.id} of project ${document.project.slug}`;
  const seen = new Set<string>();
  for (const record of shown) {
    const key = `${record.kind}:${record.id}`;
    seen.add(key);
    const entry = latest.get(key);
    if (!entry) {
      problem('records', `${name(record)} is in ${path} but not in the ledger: it was never published through the workflow.`);
      continue;
    }
    if (entry.event.type === 'withdrawal') {
      problem('records', `${name(record)} is in ${path}, but ledger entry ${entry.seq} withdrew it.`);
      continue;
    }
    if (contentHash(record.content) !== entry.event.content_hash) {
      const approved = document.history.find((version) => version.seq === entry.seq)?.content;
      const fields = approved
        ? Object.keys(record.content).filter((field) => canonicalJson(record.content[field]) !== canonicalJson(approved[field] ?? null))
        : [];
      problem(
        'records',
        `${name(record)} in ${path} is not its latest approved version (ledger entry ${entry.seq})` +
          (fields.length > 0 ? `: ${fields.join(', ')} differ${fields.length === 1 ? 's' : ''}.` : '.'),
      );
    }
  }
  for (const [key, entry] of latest) {
    if (entry.event.project !== document.project.id || seen.has(key)) continue;
    if (entry.event.type === 'publish' || entry.event.type === 'revision') {
      problem(
        'records',
        `${entry.event.kind} ${entry.event.record_id} of project ${document.project.slug} was approved (ledger entry ${entry.seq}) but is missing from ${path}.`,
      );
    }
    if (
      entry.event.type === 'withdrawal' &&
      entry.event.kind !== 'promise_status' &&
      !document.withdrawn.some((item) => item.kind === entry.event.kind && item.id === entry.event.record_id)
    ) {
      problem(
        'records',
        `${entry.event.kind} ${entry.event.record_id} of project ${document.project.slug} was withdrawn (ledger entry ${entry.seq}) but ${path} has no notice of it.`,
      );
    }
  }
}

/**
 * The approved content of every record, from the project's history: the version the latest ledger entry names,
 * whose content hash must be the one in that entry. The page is compared with these words, not with the
 * project's file, so a file and a page changed alike do not vouch for each other.
 */
function approvedContents(
  document: ProjectTimeline,
  latest: Map<string, LedgerEntry>,
  path: string,
  problem: (check: VerifyProblem['check'], message: string) => void,
): Map<string, Record<string, unknown>> {
  const approved = new Map<string, Record<string, unknown>>();
  for (const version of document.history) {
    const key = `${version.kind}:${version.record_id}`;
    const entry = latest.get(key);
    if (!entry || entry.seq !== version.seq) continue;
    if (contentHash(version.content) !== entry.event.content_hash) {
      problem(
        'records',
        `The history in ${path} of ${version.kind} ${version.record_id} does not match ledger entry ${entry.seq}: its content was changed.`,
      );
      continue;
    }
    approved.set(key, version.content);
  }
  return approved;
}

function checkPage(
  html: string,
  shown: readonly ShownRecord[],
  path: string,
  document: ProjectTimeline,
  approved: Map<string, Record<string, unknown>>,
  problem: (check: VerifyProblem['check'], message: string) => void,
): void {
  const page = new JSDOM(html).window.document;
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  // Only current role holders are on the page; earlier ones are in the history.
  const current = new Set(document.people.filter((person) => person.until === null).map((person) => person.id));
  for (const record of shown) {
    const fields = record.kind === 'assignment' ? (current.has(record.id) ? ['name'] : null) : pageText[record.kind];
    if (!fields) continue;
    const element = page.querySelector(`[data-record="${record.kind}:${record.id}"]`);
    if (!element) {
      problem('pages', `${record.kind} ${record.id} is not on ${path}.`);
      continue;
    }
    const text = squeeze(element.textContent ?? '');
    // A role holder shows their person's card: the person's approved name.
    const personId = record.kind === 'assignment' ? document.people.find((person) => person.id === record.id)?.person_id : undefined;
    const source = approved.get(personId ? `person:${personId}` : `${record.kind}:${record.id}`);
    if (!source) {
      problem('pages', `${record.kind} ${record.id} on ${path} has no approved version in the project's history to compare with.`);
      continue;
    }
    for (const field of fields) {
      const value = source[field];
      if (typeof value === 'string' && !text.includes(squeeze(value))) {
        problem('pages', `${record.kind} ${record.id} on ${path} does not show its approved ${field}.`);
        break;
      }
    }
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
