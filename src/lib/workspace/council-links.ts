import * as z from 'zod/mini';
import type { Publication } from './roles.ts';
import { publicationSchema } from './schemas.ts';

// Which agenda items of Open Raadsinformatie (ORI) a project follows: `npm run import:council` imports each as a
// council moment of the project, with its motions, as drafts. The answers of public.staff_council_links,
// staff_link_council_item and staff_unlink_council_item (supabase/migrations/20261206000200_council_import.sql),
// checked like the other staff answers (zod/mini).

const id = z.string().check(z.minLength(1));

/** The council moment imported for a link: its state, and whether a change to it waits for approval. */
export const councilLinkMomentSchema = z.looseObject({
  id,
  publication: publicationSchema,
  pending_revision: z._default(z.boolean(), false),
  updated_at: z._default(z.nullable(z.string()), null),
  motions: z._default(z.int().check(z.minimum(0)), 0),
});

/** One link as the API gives it; moment is null while nothing was imported for it. */
export const councilLinkSchema = z.looseObject({
  id,
  project_id: id,
  project_slug: z.string(),
  project_title: z.string(),
  organisation_id: id,
  source_id: id,
  created_at: z.string(),
  moment: z._default(z.nullable(councilLinkMomentSchema), null),
});

/** The answer of public.staff_council_links. */
export const councilLinksSchema = z.array(councilLinkSchema);

/** The answer of public.staff_unlink_council_item. */
export const councilUnlinkSchema = z.looseObject({ project_id: id, source_id: id, unlinked: z.literal(true) });

export type CouncilLink = z.output<typeof councilLinkSchema>;
export type CouncilUnlink = z.output<typeof councilUnlinkSchema>;

/** What became of a linked agenda item: not imported yet, or imported as a council moment in this state. */
export type CouncilLinkState = 'not_imported' | Publication;

/**
 * The id as the API stores it: without the spaces around it that a copy from a web page brings along. Everything
 * else (which characters are allowed, the length) the API checks, and says so at the field.
 *
 * @example sourceIdOf(' 44477\n') // => '44477'
 */
export function sourceIdOf(typed: string): string {
  return typed.trim();
}

/** The links of one project, in the API's order (oldest first). */
export function linksOfProject(links: readonly CouncilLink[], projectId: string): CouncilLink[] {
  return links.filter((link) => link.project_id === projectId);
}

/**
 * Whether the project follows this agenda item already. The API answers a second link of the same item with the
 * same link and no error, so the form checks this itself to tell the staff member at the field. ORI ids are
 * compared exactly, as the API does (its unique key is on the text as typed).
 *
 * @example isLinked([{ source_id: '44477', … }], ' 44477 ') // => true
 */
export function isLinked(links: readonly Pick<CouncilLink, 'source_id'>[], typed: string): boolean {
  const sourceId = sourceIdOf(typed);
  return sourceId !== '' && links.some((link) => link.source_id === sourceId);
}

/** The state to show for a link. */
export function councilLinkState(link: Pick<CouncilLink, 'moment'>): CouncilLinkState {
  return link.moment ? link.moment.publication : 'not_imported';
}
