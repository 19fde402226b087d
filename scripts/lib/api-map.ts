import type { PGlite } from '@electric-sql/pglite';
import { definingFiles, readMigrations } from './sql-definitions.ts';

// supabase/API.md: the map of the SQL API, written from the database itself. Every function in schema public is
// the API (PostgREST serves them as /rest/v1/rpc/<name>); what it does is its own comment, and who may call it is
// its execute grants, so the map cannot say something the migrations do not. `npm run api-map` writes it;
// tests/scripts/api-map.test.ts fails while the file differs from what the migrations give.

export interface ApiFunction {
  name: string;
  /** The argument list as Postgres prints it, e.g. `input jsonb`. */
  args: string;
  volatility: 'immutable' | 'stable' | 'volatile';
  anon: boolean;
  authenticated: boolean;
  serviceRole: boolean;
  comment: string | null;
}

/** Who a function is for, from its grants and whether it writes: the map's sections, in this order. */
const audiences = [
  {
    id: 'public-read',
    title: 'Public read',
    about:
      'Anyone, without an account: the site reads these at build time and in the browser. They only read (stable), take named arguments and answer published records only.',
    test: (f: ApiFunction) => f.anon && f.volatility !== 'volatile' && f.args !== 'input jsonb',
  },
  {
    id: 'resident',
    title: 'Residents',
    about:
      'Anyone, without an account, for what a resident does: follow a project (with a proof-of-work challenge), confirm, read or change their settings or leave through the token of a mail link (one `input jsonb`). Each stands behind its own checks and limits.',
    test: (f: ApiFunction) => f.anon && (f.volatility === 'volatile' || f.args === 'input jsonb'),
  },
  {
    id: 'staff',
    title: 'Staff',
    about:
      "Signed-in staff of an organisation (role authenticated); each checks the caller's role in the organisation (editor, approver, admin) itself, and row level security stands behind it.",
    test: (f: ApiFunction) => !f.anon && f.authenticated,
  },
  {
    id: 'worker',
    title: 'Mail worker and services',
    about:
      "The service role only: the mail worker (`npm run notify`, `npm start`), the publisher, the council import's housekeeping and the deployment's settings. Never callable with the anon key or a staff login.",
    test: (f: ApiFunction) => !f.anon && !f.authenticated && f.serviceRole,
  },
] as const;

/** The functions of schema public with their grants and comments, ordered by name and arguments. */
export async function readApiFunctions(db: PGlite): Promise<ApiFunction[]> {
  const { rows } = await db.query<{
    name: string;
    args: string;
    volatility: string;
    anon: boolean;
    authenticated: boolean;
    service_role: boolean;
    comment: string | null;
  }>(`
    select p.proname as name, pg_get_function_identity_arguments(p.oid) as args,
      case p.provolatile when 'i' then 'immutable' when 's' then 'stable' else 'volatile' end as volatility,
      has_function_privilege('anon', p.oid, 'EXECUTE') as anon,
      has_function_privilege('authenticated', p.oid, 'EXECUTE') as authenticated,
      has_function_privilege('service_role', p.oid, 'EXECUTE') as service_role,
      obj_description(p.oid, 'pg_proc') as comment
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.prokind = 'f'
    order by p.proname, 2`);
  return rows.map((row) => ({
    name: row.name,
    args: row.args,
    volatility: row.volatility as ApiFunction['volatility'],
    anon: row.anon,
    authenticated: row.authenticated,
    serviceRole: row.service_role,
    comment: row.comment,
  }));
}

/** One line of markdown: a comment may hold line breaks and pipes. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The map as markdown: per audience, each function with its arguments, the migration that defines it (and any
 * that replace it later) and its comment. A function that fits no audience (nobody may call it) is listed apart,
 * since it would be dead API.
 */
export function apiMapMarkdown(functions: ApiFunction[], migrationsDir: string): string {
  const lines = [
    '# The SQL API',
    '',
    '<!-- Written by `npm run api-map` from the migrations (comments and execute grants of the functions in schema',
    'public); tests/scripts/api-map.test.ts fails while this file is out of date. Do not edit by hand. -->',
    '',
    'Every function in schema `public` is an endpoint: PostgREST (and the local stand-in) serves it as',
    '`POST /rest/v1/rpc/<name>` (stable ones also as `GET`), with one `input jsonb` argument unless listed otherwise.',
    "Errors are PostgREST's: a 400 names the field in `hint`. Grouped by who may call it (its execute grants).",
    '',
  ];
  const definitions = definingFiles(readMigrations(migrationsDir));
  const listed = new Set<ApiFunction>();
  for (const audience of audiences) {
    const members = functions.filter((f) => audience.test(f));
    lines.push(`## ${audience.title}`, '', audience.about, '');
    lines.push('| Function | Defined in | What it does |', '|---|---|---|');
    for (const f of members) {
      listed.add(f);
      const files = definitions.get(`function public.${f.name}`) ?? [];
      const where =
        files.length === 0
          ? '(not found)'
          : files.map((file, index) => (index === 0 ? `\`${file}\`` : `replaced in \`${file}\``)).join(', ');
      const args = f.args === 'input jsonb' ? '' : `(${f.args})`;
      lines.push(
        `| \`${f.name}\`${args ? ` \`${args}\`` : ''} | ${where} | ${oneLine(f.comment ?? '(no comment)').replace(/\|/g, '\\|')} |`,
      );
    }
    lines.push('');
  }
  const uncallable = functions.filter((f) => !listed.has(f));
  if (uncallable.length > 0) {
    lines.push('## Callable by nobody', '', 'In schema public but granted to no API role.', '');
    for (const f of uncallable) lines.push(`- \`${f.name}(${f.args})\``);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
