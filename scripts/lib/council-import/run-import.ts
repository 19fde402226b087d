// One run of the council import: for every agenda item the signed-in staff member's projects link
// (public.staff_council_links), read it from Open Raadsinformatie, map it, and hand it to
// public.staff_import_council_item, which stores it whole or not at all. An item that fails (ORI's answer is
// missing, malformed or late, or the portal refuses what it says) is reported with the reason and skipped; the
// others go on. The portal compares what it is given with what it has, so a second run changes nothing.
import type { SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import { describeIssue } from '../../../src/lib/api/call-api.ts';
import { toImportInput, type CouncilImportInput } from './import-input.ts';
import { OriError, type OriClient } from './ori-client.ts';
import { readAgendaItem } from './ori-documents.ts';

const recordState = z.enum(['created', 'updated', 'unchanged']);

export const councilLinkSchema = z.object({
  id: z.string(),
  project_id: z.string(),
  project_slug: z.string(),
  organisation_id: z.string(),
  source_id: z.string(),
  created_at: z.string(),
  moment: z.object({ id: z.string(), publication: z.string(), pending_revision: z.boolean(), motions: z.number() }).nullable(),
});
export type CouncilLink = z.output<typeof councilLinkSchema>;

const importResultSchema = z.object({
  moment_id: z.string(),
  moment: recordState,
  motions: z.array(z.object({ source_id: z.string(), id: z.string(), state: recordState })),
});
export type ImportResult = z.output<typeof importResultSchema>;
export type ItemState = z.output<typeof recordState> | 'failed';

export interface ItemOutcome {
  project: string;
  sourceId: string;
  state: ItemState;
  /** For a failed item: why, in a sentence. */
  error?: string;
  result?: ImportResult;
  notes: string[];
}

export interface ImportSummary {
  items: ItemOutcome[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/** A problem that stops the whole run (the API cannot be read), as opposed to one item that fails. */
export class ImportRunError extends Error {
  override readonly name = 'ImportRunError';
  constructor(
    message: string,
    readonly unreachable: boolean,
  ) {
    super(message);
  }
}

export interface RunOptions {
  /** supabase-js, signed in as a staff member (editor) of the organisations whose links are imported. */
  api: SupabaseClient;
  ori: OriClient;
  log: (line: string) => void;
  /** Only this project's links: its slug or id. */
  project?: string;
}

export async function readLinks(api: SupabaseClient): Promise<CouncilLink[]> {
  const { data, error, status } = await api.rpc('staff_council_links', { input: {} });
  if (error) {
    throw new ImportRunError(
      status === 0
        ? `Could not reach the API to read the links: ${error.message}.`
        : `The API refused staff_council_links: HTTP ${status}: ${error.message}`,
      status === 0,
    );
  }
  const parsed = z.array(councilLinkSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportRunError(`The API returned malformed links: ${issue ? describeIssue(data, issue) : 'unexpected shape'}.`, false);
  }
  return parsed.data;
}

export async function runCouncilImport(options: RunOptions): Promise<ImportSummary> {
  const { api, ori, log } = options;
  const links = (await readLinks(api)).filter(
    (link) => options.project === undefined || link.project_slug === options.project || link.project_id === options.project,
  );
  const items: ItemOutcome[] = [];
  if (links.length === 0) {
    log(
      options.project === undefined
        ? 'No agenda items are linked to a project: nothing to import.'
        : `No agenda items are linked to ${options.project}: nothing to import.`,
    );
  }
  for (const [index, link] of links.entries()) {
    const label = `${index + 1}/${links.length} ${link.project_slug} · agenda item ${link.source_id}`;
    const outcome = await importLink(api, ori, link);
    items.push(outcome);
    log(`${label}: ${describeOutcome(outcome)}`);
    for (const note of outcome.notes) log(`    note: ${note}`);
  }
  const count = (state: ItemState) => items.filter((item) => item.state === state).length;
  const summary: ImportSummary = {
    items,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: count('failed'),
  };
  log(`Council import: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed.`);
  return summary;
}

async function importLink(api: SupabaseClient, ori: OriClient, link: CouncilLink): Promise<ItemOutcome> {
  const base = { project: link.project_slug, sourceId: link.source_id };
  let input: CouncilImportInput;
  let notes: string[];
  try {
    const item = await readAgendaItem(ori, link.source_id);
    ({ input, notes } = toImportInput(link.project_id, item));
  } catch (error) {
    if (error instanceof OriError) return { ...base, state: 'failed', error: error.message, notes: [] };
    throw error;
  }
  const { data, error, status } = await api.rpc('staff_import_council_item', { input });
  if (error) {
    const reason = status === 0 ? `could not reach the API: ${error.message}` : `the portal refused it (HTTP ${status}): ${error.message}`;
    return { ...base, state: 'failed', error: `${reason}${fieldOf(error.hint, input)}`, notes };
  }
  const parsed = importResultSchema.safeParse(data);
  if (!parsed.success) return { ...base, state: 'failed', error: 'the portal answered with something other than an import result', notes };
  const result = parsed.data;
  const state: ItemState =
    result.moment === 'created'
      ? 'created'
      : result.moment === 'updated' || result.motions.some((motion) => motion.state !== 'unchanged')
        ? 'updated'
        : 'unchanged';
  return { ...base, state, result, notes };
}

/** " (field motions.1.votes: motion 4000016)": the field the portal named, with the motion it is about. */
function fieldOf(hint: string | undefined, input: CouncilImportInput): string {
  if (!hint) return '';
  const motion = /^motions\.(\d+)(?:\.|$)/.exec(hint);
  const source = motion ? input.motions[Number(motion[1])]?.source_id : undefined;
  return ` (field ${hint}${source ? `: motion ${source}` : ''})`;
}

function describeOutcome(outcome: ItemOutcome): string {
  if (outcome.state === 'failed') return `FAILED: ${outcome.error ?? 'unknown reason'}`;
  const motions = outcome.result?.motions ?? [];
  if (motions.length === 0) return `${outcome.state}, no motions`;
  const per = (['created', 'updated', 'unchanged'] as const)
    .map((state) => [state, motions.filter((motion) => motion.state === state).length] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state}`);
  return `${outcome.state} (moment ${outcome.result?.moment}; ${motions.length === 1 ? '1 motion' : `${motions.length} motions`}: ${per.join(', ')})`;
}
