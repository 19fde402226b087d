// `npm run import:council`: brings the agenda items that projects follow in from Open Raadsinformatie (ORI) as
// drafts for staff to check and approve: each item's meeting, the item itself, and the motions and amendments
// submitted there with their votes per party. Runs as a staff account (an editor), through the same save functions
// staff use, so nothing is public before a second person approves it (scripts/lib/council-import/).
//   npm run import:council                                  import every linked agenda item
//   npm run import:council -- --project <slug>              only one project's
//   npm run import:council -- --list                        the links and what was imported for them
//   npm run import:council -- --link <project> <item id>    follow an agenda item (its ORI id) in a project
//   npm run import:council -- --unlink <project> <item id>  stop following it (what was imported stays)
// Environment: SUPABASE_URL (or PUBLIC_SUPABASE_URL), SUPABASE_ANON_KEY (or PUBLIC_SUPABASE_ANON_KEY),
// COUNCIL_IMPORT_EMAIL and COUNCIL_IMPORT_PASSWORD (the staff account), and optionally ORI_BASE_URL (default the
// public API), ORI_INDEX (default ori_*) and ORI_TIMEOUT_SECONDS (default 30).
// Exit codes: 0 done; 1 one or more items failed (each is reported, the others imported); 64 a missing or wrong
// setting or sign-in; 69 the API or ORI's host cannot be reached at all.
import { parseArgs } from 'node:util';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import { createOriClient, DEFAULT_ORI_BASE_URL, DEFAULT_ORI_INDEX, ORI_ID_PATTERN } from './lib/council-import/ori-client.ts';
import { ImportRunError, readLinks, runCouncilImport, type CouncilLink } from './lib/council-import/run-import.ts';

class UsageError extends Error {}
class UnreachableError extends Error {}

const USAGE = `Usage:
  npm run import:council [-- --project <slug>]
  npm run import:council -- --list
  npm run import:council -- --link <project slug> <agenda item id in ORI>
  npm run import:council -- --unlink <project slug> <agenda item id in ORI>`;

function requiredEnv(names: string[], example: string): string {
  for (const name of names) {
    const value = process.env[name]?.trim();
    if (value) return value;
  }
  throw new UsageError(`${names[0]} is not set. Example: ${names[0]}=${example}`);
}

function webAddress(name: string, value: string): string {
  if (!/^https?:\/\/[^\s/]+/.test(value)) throw new UsageError(`${name} must be an http(s) address, not "${value}".`);
  return value;
}

function settings() {
  const { values, positionals } = parseArgs({
    options: {
      project: { type: 'string' },
      list: { type: 'boolean', default: false },
      link: { type: 'boolean', default: false },
      unlink: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const modes = [values.list, values.link, values.unlink].filter(Boolean).length;
  if (modes > 1) throw new UsageError(`Choose one of --list, --link and --unlink.\n${USAGE}`);
  const editing = values.link || values.unlink;
  if (editing && positionals.length !== 2)
    throw new UsageError(`--${values.link ? 'link' : 'unlink'} takes a project and an agenda item id.\n${USAGE}`);
  if (!editing && positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".\n${USAGE}`);
  const timeout = process.env['ORI_TIMEOUT_SECONDS']?.trim();
  const timeoutSeconds = timeout ? Number(timeout) : 30;
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > 600) {
    throw new UsageError(`ORI_TIMEOUT_SECONDS must be a number of seconds from 0 to 600, not "${timeout}".`);
  }
  return {
    mode: values.list ? ('list' as const) : values.link ? ('link' as const) : values.unlink ? ('unlink' as const) : ('import' as const),
    project: values.project,
    positionals,
    apiUrl: webAddress('SUPABASE_URL', requiredEnv(['SUPABASE_URL', 'PUBLIC_SUPABASE_URL'], 'http://localhost:4321')),
    anonKey: requiredEnv(['SUPABASE_ANON_KEY', 'PUBLIC_SUPABASE_ANON_KEY'], '<the anon key that npm start prints>'),
    email: requiredEnv(['COUNCIL_IMPORT_EMAIL'], 'raadsinformatie@gemeente-x.nl'),
    password: requiredEnv(['COUNCIL_IMPORT_PASSWORD'], "<that account's password>"),
    oriBaseUrl: webAddress('ORI_BASE_URL', process.env['ORI_BASE_URL']?.trim() || DEFAULT_ORI_BASE_URL),
    oriIndex: process.env['ORI_INDEX']?.trim() || DEFAULT_ORI_INDEX,
    oriTimeoutMs: Math.round(timeoutSeconds * 1000),
  };
}

async function signIn(url: string, anonKey: string, email: string, password: string): Promise<SupabaseClient> {
  const client = createClient(url, anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    // The portal's messages in English, like the rest of this script's output.
    global: {
      headers: { 'Accept-Language': 'en' },
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          signal: init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(60_000)]) : AbortSignal.timeout(60_000),
        }),
    },
  });
  const { error } = await client.auth.signInWithPassword({ email, password });
  if (error) {
    if (!error.status || error.name === 'AuthRetryableFetchError')
      throw new UnreachableError(`Could not reach the API at ${url} to sign in: ${error.message}`);
    throw new UsageError(`Signing in as ${email} failed: ${error.message}. Check COUNCIL_IMPORT_EMAIL and COUNCIL_IMPORT_PASSWORD.`);
  }
  return client;
}

const workspaceSchema = z.object({ projects: z.array(z.object({ id: z.string(), slug: z.string(), title: z.string() })) });

/** The project's id, from its slug (or id) among the signed-in staff member's projects. */
async function projectId(api: SupabaseClient, project: string): Promise<string> {
  const { data, error } = await api.rpc('staff_workspace');
  if (error) throw new ImportRunError(`The API refused staff_workspace: ${error.message}`, false);
  const parsed = workspaceSchema.safeParse(data);
  if (!parsed.success) throw new ImportRunError('The API returned a malformed staff_workspace.', false);
  const matches = parsed.data.projects.filter((candidate) => candidate.slug === project || candidate.id === project);
  if (matches.length === 0) throw new UsageError(`None of your projects is called "${project}".`);
  if (matches.length > 1)
    throw new UsageError(`Several of your projects are called "${project}": give its id instead (${matches.map((m) => m.id).join(', ')}).`);
  return matches[0]!.id;
}

function describeLink(link: CouncilLink): string {
  const moment = link.moment
    ? `imported: council moment ${link.moment.id}, ${link.moment.publication}${link.moment.pending_revision ? ' with a pending change' : ''}, ${link.moment.motions} ${link.moment.motions === 1 ? 'motion' : 'motions'}`
    : 'not imported yet';
  return `${link.project_slug} · agenda item ${link.source_id} (${moment})`;
}

async function main(): Promise<number> {
  const config = settings();
  const api = await signIn(config.apiUrl, config.anonKey, config.email, config.password);
  if (config.mode === 'list') {
    const links = await readLinks(api);
    for (const link of links) console.log(describeLink(link));
    console.log(links.length === 1 ? '1 link.' : `${links.length} links.`);
    return 0;
  }
  if (config.mode === 'link' || config.mode === 'unlink') {
    const [project, sourceId] = config.positionals as [string, string];
    if (!ORI_ID_PATTERN.test(sourceId)) throw new UsageError(`"${sourceId}" is not an id of Open Raadsinformatie (for example 44477).`);
    const fn = config.mode === 'link' ? 'staff_link_council_item' : 'staff_unlink_council_item';
    const { error } = await api.rpc(fn, { input: { project_id: await projectId(api, project), source_id: sourceId } });
    if (error) throw new UsageError(`The portal refused it: ${error.message}`);
    console.log(
      config.mode === 'link'
        ? `${project} follows agenda item ${sourceId}; npm run import:council brings it in.`
        : `${project} no longer follows agenda item ${sourceId}; what was imported stays.`,
    );
    return 0;
  }
  const ori = createOriClient({ baseUrl: config.oriBaseUrl, index: config.oriIndex, timeoutMs: config.oriTimeoutMs });
  const summary = await runCouncilImport({ api, ori, log: (line) => console.log(line), project: config.project });
  return summary.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const unreachable = error instanceof UnreachableError || (error instanceof ImportRunError && error.unreachable);
    const known = error instanceof UsageError || error instanceof ImportRunError || error instanceof UnreachableError;
    console.error(known ? message : `The council import stopped: ${message}`);
    process.exit(error instanceof UsageError ? 64 : unreachable ? 69 : 1);
  },
);
