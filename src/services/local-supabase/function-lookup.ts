import { failure, type PostgrestFailure } from './postgrest-errors.ts';

/** Queries the catalog; a PGlite instance or transaction. */
export interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface RoutineParam {
  name: string;
  /** The name as a quoted identifier, from quote_ident. */
  quoted: string;
  /** The type as format_type writes it, usable in SQL as is. */
  type: string;
  required: boolean;
  variadic: boolean;
}

export interface Routine {
  /** The schema-qualified, quoted function name. */
  qualifiedName: string;
  params: RoutineParam[];
  returnsSet: boolean;
  returnsVoid: boolean;
  /** Stable and immutable functions run in a read-only transaction, as in PostgREST. */
  readOnly: boolean;
}

interface CatalogRow {
  qualified_name: string;
  returns_set: boolean;
  returns_void: boolean;
  volatility: string;
  defaults: number;
  args: { name: string | null; quoted: string | null; type: string; mode: string }[];
}

// Only `public` is exposed, as in Supabase's default PostgREST configuration.
export const EXPOSED_SCHEMA = 'public';

const CATALOG_SQL = `
  select quote_ident(n.nspname) || '.' || quote_ident(p.proname) as qualified_name,
         p.proretset as returns_set,
         p.prorettype = 'pg_catalog.void'::regtype as returns_void,
         p.provolatile::text as volatility,
         p.pronargdefaults::int as defaults,
         coalesce((
           select json_agg(json_build_object(
               'name', a.name, 'quoted', quote_ident(a.name), 'type', format_type(a.type, null), 'mode', a.mode)
             order by a.position)
           from unnest(
             coalesce(p.proallargtypes, p.proargtypes::oid[]),
             coalesce(p.proargmodes::text[], array_fill('i'::text, array[p.pronargs::int])),
             p.proargnames
           ) with ordinality as a(type, mode, name, position)
         ), '[]'::json) as args
  from pg_catalog.pg_proc p
  join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where n.nspname = $1 and p.proname = $2 and p.prokind = 'f'`;

/** Every function of that name in the exposed schema, with its input parameters. */
export async function loadRoutines(db: Queryable, name: string): Promise<Routine[]> {
  const { rows } = await db.query<CatalogRow>(CATALOG_SQL, [EXPOSED_SCHEMA, name]);
  return rows.map((row) => {
    const inputs = row.args.filter((arg) => arg.mode === 'i' || arg.mode === 'b' || arg.mode === 'v');
    const firstOptional = inputs.length - row.defaults;
    return {
      qualifiedName: row.qualified_name,
      returnsSet: row.returns_set,
      returnsVoid: row.returns_void,
      readOnly: row.volatility !== 'v',
      params: inputs.map((arg, index) => ({
        name: arg.name ?? '',
        quoted: arg.quoted ?? '',
        type: arg.type,
        required: index < firstOptional,
        variadic: arg.mode === 'v',
      })),
    };
  });
}

/**
 * PostgREST's overload resolution by argument names: every given name must be a parameter, and every
 * parameter without a default must be given. No match is PGRST202 (404), several are PGRST203 (300).
 */
export function chooseRoutine(name: string, routines: Routine[], argumentNames: string[], isPost: boolean): Routine | PostgrestFailure {
  const given = new Set(argumentNames);
  const matches = routines.filter((routine) => {
    const names = new Set(routine.params.map((param) => param.name).filter((param) => param !== ''));
    return [...given].every((arg) => names.has(arg)) && routine.params.every((param) => !param.required || given.has(param.name));
  });
  const [only] = matches;
  if (only && matches.length === 1) return only;

  const fn = `${EXPOSED_SCHEMA}.${name}`;
  if (matches.length > 1) {
    const candidates = matches.map((routine) => `${fn}(${routine.params.map((param) => `${param.name} => ${param.type}`).join(', ')})`);
    return failure(
      300,
      'PGRST203',
      `Could not choose the best candidate function between: ${candidates.join(', ')}`,
      null,
      'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
    );
  }
  // PostgREST keeps the argument names in a set, so its messages list them sorted.
  const list = [...given].sort().join(', ');
  const searched = argumentNames.length === 0 ? ' without parameters' : ` with parameter${argumentNames.length > 1 ? 's' : ''} ${list}`;
  const [closest] = routines;
  return failure(
    404,
    'PGRST202',
    `Could not find the function ${fn}${argumentNames.length === 0 ? ' without parameters' : `(${list})`} in the schema cache`,
    `Searched for the function ${fn}${searched}${isPost ? ' or with a single unnamed json/jsonb parameter' : ''}, but no matches were found in the schema cache.`,
    closest
      ? `Perhaps you meant to call the function ${fn}(${closest.params
          .map((param) => param.name)
          .sort()
          .join(', ')})`
      : null,
  );
}

/**
 * The SQL that calls a routine with named arguments taken from a JSON object ($1), the way PostgREST
 * does: json_to_record turns each value into its parameter's type, so no value is ever part of the SQL
 * text. The query returns one row: `body` (the JSON response text) and, for set-returning functions,
 * `row_count`.
 *
 * @example callSql(getOrganisation, ['org_slug'])
 * // select to_json(public.get_organisation(org_slug => _args.org_slug))::text as body
 * //   from json_to_record($1::json) as _args(org_slug text)
 */
export function callSql(routine: Routine, argumentNames: string[]): string {
  const given = routine.params.filter((param) => argumentNames.includes(param.name));
  const call = `${routine.qualifiedName}(${given
    .map((param) => `${param.variadic ? 'variadic ' : ''}${param.quoted} => _args.${param.quoted}`)
    .join(', ')})`;
  const args = given.length
    ? `json_to_record($1::json) as _args(${given.map((param) => `${param.quoted} ${param.type}`).join(', ')})`
    : undefined;
  if (routine.returnsSet) {
    const from = args ? `${args} cross join lateral ${call} as _result` : `${call} as _result`;
    return `select coalesce(json_agg(_result), '[]'::json)::text as body, count(*)::int as row_count from ${from}`;
  }
  if (routine.returnsVoid) return `select ${call}::text as body${args ? ` from ${args}` : ''}`;
  return `select to_json(${call})::text as body${args ? ` from ${args}` : ''}`;
}
