import { z } from 'zod';
import { locales, pathFor, type Locale, type PageRef } from '../../i18n/index.ts';
import { organisationSchema, type Organisation } from '../api/organisation.ts';
import { projectCardSchema, type ProjectCard } from '../api/project-card.ts';
import { isoTimestamp, webUrl } from '../api/primitives.ts';
import { projectTimelineSchema, type ProjectTimeline } from '../api/project-timeline.ts';
import { withdrawnProjectSchema, type WithdrawnProjects } from '../api/public-record.ts';
import { absoluteUrl } from '../feeds/links.ts';
import {
  ledgerIndexOpenDataSchema,
  ledgerPageOf,
  ledgerPageOpenDataSchema,
  ledgerPageSize,
  type LedgerEntry,
  type LedgerHead,
  type LedgerIndexOpenData,
  type LedgerPageOpenData,
} from '../ledger/ledger-document.ts';
import { openDataPaths } from './open-data-paths.ts';

// The open data documents are the API's own documents (the same zod schemas validate both), plus absolute
// links to the pages, feeds and calendars, and a `$schema` naming the JSON Schema they follow. The API never
// returns an e-mail address or a staff id, and its strict schemas refuse any key they do not list, so neither
// can reach these files.

/** One URL per language. */
const perLanguage = z.strictObject({ nl: webUrl, en: webUrl });

const projectLinksSchema = z.strictObject({
  page: perLanguage,
  feed: perLanguage,
  calendar: perLanguage,
  json: webUrl,
});

/** /open-data/projects/<slug>.json: everything public about one project. */
export const projectOpenDataSchema = projectTimelineSchema.extend({ $schema: webUrl, links: projectLinksSchema }).meta({
  title: 'Project',
  description:
    'Everything public about one participation project: the document of the API function project_timeline with links to its pages, feed and calendar.',
});

/** /open-data/portal.json: the organisation and its published projects, each with where to find the rest. */
export const portalOpenDataSchema = z
  .strictObject({
    $schema: webUrl,
    generated_at: isoTimestamp,
    organisation: organisationSchema,
    links: z.strictObject({ home: perLanguage, feed: perLanguage, open_data: perLanguage }),
    projects: z.array(projectCardSchema.extend({ links: projectLinksSchema })),
    withdrawn_projects: z.array(withdrawnProjectSchema.extend({ links: z.strictObject({ page: perLanguage }) })).meta({
      description:
        'Projects that were public and are withdrawn (the API function withdrawn_projects): what each was, when it was withdrawn and why, newest first. Their pages keep this notice.',
    }),
    withdrawn_read_at: z.int().min(1).nullable().meta({
      description: 'The ledger entry (seq) the withdrawn projects were read at; the ledger in ledger.json reaches at least this far.',
    }),
  })
  .meta({
    title: 'Portal',
    description:
      "The organisation and its published participation projects as cards (the API function list_projects), sorted by the next moment to take part, with links to each project's own file, pages, feed and calendar, and the notices of withdrawn projects.",
  });

export type ProjectOpenData = z.infer<typeof projectOpenDataSchema>;
export type PortalOpenData = z.infer<typeof portalOpenDataSchema>;

function perLanguageUrl(ref: (locale: Locale) => PageRef, site: URL | string | undefined): { nl: string; en: string } {
  const [nl, en] = locales.map((locale) => absoluteUrl(pathFor(ref(locale), locale), site));
  return { nl: nl ?? '', en: en ?? '' };
}

function projectLinks(slug: string, site: URL | string | undefined): z.infer<typeof projectLinksSchema> {
  return {
    page: perLanguageUrl(() => ({ page: 'project', slug }), site),
    feed: perLanguageUrl(() => ({ page: 'projectFeed', slug }), site),
    calendar: perLanguageUrl(() => ({ page: 'projectCalendar', slug }), site),
    json: absoluteUrl(openDataPaths.project(slug), site),
  };
}

/**
 * The open data document of one project. It is parsed with its own schema on the way out, so a file that would
 * not validate against the published JSON Schema fails the build instead of being published.
 */
export function projectOpenData(timeline: ProjectTimeline, site: URL | string | undefined): ProjectOpenData {
  return projectOpenDataSchema.parse({
    $schema: absoluteUrl(openDataPaths.projectSchema, site),
    ...timeline,
    links: projectLinks(timeline.project.slug, site),
  });
}

/** The number of pages of a ledger of these entries (oldest first, seq from 1 without gaps). */
export function ledgerPageCount(entries: readonly LedgerEntry[]): number {
  return ledgerPageOf(entries.at(-1)?.seq ?? 0);
}

/** /open-data/ledger.json: the head and the pages of the organisation's ledger, checked against its published schema. */
export function ledgerIndexOpenData(
  organisation: Organisation,
  ledger: { head: LedgerHead | null; entries: readonly LedgerEntry[] },
  site: URL | string | undefined,
): LedgerIndexOpenData {
  const pages = Array.from({ length: ledgerPageCount(ledger.entries) }, (_, index) => {
    const number = index + 1;
    const last = ledger.entries[Math.min(number * ledgerPageSize, ledger.entries.length) - 1] as LedgerEntry;
    return {
      number,
      href: absoluteUrl(openDataPaths.ledgerPage(number), site),
      first_seq: index * ledgerPageSize + 1,
      last_seq: last.seq,
      last_hash: last.hash,
    };
  });
  return ledgerIndexOpenDataSchema.parse({
    $schema: absoluteUrl(openDataPaths.ledgerSchema, site),
    organisation: organisation.slug,
    head: ledger.head,
    page_size: ledgerPageSize,
    pages,
  });
}

/** /open-data/ledger/<page>.json: one page of the ledger; undefined for a page the ledger does not have. */
export function ledgerPageOpenData(
  organisation: Organisation,
  entries: readonly LedgerEntry[],
  page: number,
  site: URL | string | undefined,
): LedgerPageOpenData | undefined {
  if (!Number.isInteger(page) || page < 1 || page > ledgerPageCount(entries)) return undefined;
  return ledgerPageOpenDataSchema.parse({
    $schema: absoluteUrl(openDataPaths.ledgerPageSchema, site),
    organisation: organisation.slug,
    page,
    entries: entries.slice((page - 1) * ledgerPageSize, page * ledgerPageSize),
  });
}

/**
 * The open data document of the whole portal.
 *
 * @param now when the file is made; its generated_at when there is no project document to take it from
 */
export function portalOpenData(
  organisation: Organisation,
  projects: ReadonlyArray<{ card: ProjectCard; timeline: ProjectTimeline }>,
  withdrawn: WithdrawnProjects,
  site: URL | string | undefined,
  now: Date = new Date(),
): PortalOpenData {
  // The newest moment any of the data was read from the API; the files of one build share it. A portal without
  // published projects (a new organisation) has no project document, and the file is as new as the build.
  const generatedAt =
    projects
      .map((project) => project.timeline.generated_at)
      .reduce<string | undefined>(
        (latest, moment) => (latest === undefined || Date.parse(moment) > Date.parse(latest) ? moment : latest),
        undefined,
      ) ?? now.toISOString();
  return portalOpenDataSchema.parse({
    $schema: absoluteUrl(openDataPaths.portalSchema, site),
    generated_at: generatedAt,
    organisation,
    links: {
      home: perLanguageUrl(() => ({ page: 'home' }), site),
      feed: perLanguageUrl(() => ({ page: 'feed' }), site),
      open_data: perLanguageUrl(() => ({ page: 'openData' }), site),
    },
    projects: projects.map(({ card }) => ({ ...card, links: projectLinks(card.slug, site) })),
    withdrawn_projects: withdrawn.projects.map((project) => ({
      ...project,
      links: { page: perLanguageUrl(() => ({ page: 'project', slug: project.slug }), site) },
    })),
    withdrawn_read_at: withdrawn.ledger_head,
  });
}
