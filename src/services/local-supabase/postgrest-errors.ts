/**
 * PostgREST's error bodies and its SQLSTATE -> HTTP status table
 * (https://docs.postgrest.org/en/stable/references/errors.html, checked against https://github.com/PostgREST/postgrest/blob/main/src/PostgREST/Error.hs).
 */
export interface PostgrestErrorBody {
  code: string;
  message: string;
  details: string | null;
  hint: string | null;
}

export interface PostgrestFailure {
  status: number;
  body: PostgrestErrorBody;
  headers?: Record<string, string>;
}

export function failure(
  status: number,
  code: string,
  message: string,
  details: string | null = null,
  hint: string | null = null,
  headers?: Record<string, string>,
): PostgrestFailure {
  return { status, body: { code, message, details, hint }, headers };
}

/**
 * The HTTP status PostgREST answers for an error raised in the database. `authenticated` is whether the
 * request ran as a role other than anon: insufficient privilege is 401 for anon (log in) and 403 otherwise.
 * The first matching rule wins, so exact codes come before their class.
 *
 * @example statusForSqlState('23505', 'duplicate key', true) // 409
 * @example statusForSqlState('PT404', 'Project "x" does not exist.', false) // 404
 */
export function statusForSqlState(code: string, message: string, authenticated: boolean): number {
  const exact: Record<string, number> = {
    '23503': 409, // foreign key violation
    '23505': 409, // uniqueness violation
    '25006': 405, // read only sql transaction
    '53400': 500, // config limit exceeded
    '57P01': 503, // terminating connection due to administrator command
    P0001: 400, // default code for "raise"
    '42883': 404, // undefined function
    '42P01': 404, // undefined table
    '42P17': 500, // infinite recursion
  };
  const known = exact[code];
  if (known !== undefined) return known;
  if (code === '42501') return authenticated ? 403 : 401;
  if (code === '21000') return message.endsWith('requires a WHERE clause') ? 400 : 500;
  if (code === '22023') return message.startsWith('role') && message.endsWith('does not exist') ? 401 : 400;
  if (code.startsWith('PT')) {
    const status = Number(code.slice(2));
    return Number.isInteger(status) && status >= 200 && status <= 599 ? status : 500;
  }
  const byClass: Record<string, number> = {
    '08': 503, // connection exception
    '09': 500, // triggered action exception
    '0L': 403, // invalid grantor
    '0P': 403, // invalid role specification
    '25': 500, // invalid transaction state
    '28': 403, // invalid authorization specification
    '2D': 500, // invalid transaction termination
    '38': 500, // external routine exception
    '39': 500, // external routine invocation exception
    '3B': 500, // savepoint exception
    '40': 500, // transaction rollback
    '53': 503, // insufficient resources
    '54': 500, // program limit exceeded
    '55': 500, // object not in prerequisite state
    '57': 500, // operator intervention
    '58': 500, // system error
    F0: 500, // configuration file error
    HV: 500, // foreign data wrapper error
    P0: 500, // PL/pgSQL error
    XX: 500, // internal error
  };
  return byClass[code.slice(0, 2)] ?? 400;
}

/** A Postgres error as PostgREST answers it: {code, message, details, hint} with the status from the table. */
export function databaseFailure(
  error: { code?: string; message: string; detail?: string; hint?: string },
  authenticated: boolean,
): PostgrestFailure {
  const code = error.code ?? 'XX000';
  const status = statusForSqlState(code, error.message, authenticated);
  return failure(
    status,
    code,
    error.message,
    error.detail ?? null,
    error.hint ?? null,
    status === 401 ? { 'WWW-Authenticate': 'Bearer' } : undefined,
  );
}
