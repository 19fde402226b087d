import type { z } from 'zod';
import type { PortalApi } from './client.ts';

/** The read functions of the API (supabase/migrations/20261128000700_api_read.sql; the ledger in 20261204000100_public_record.sql; retention_periods in 20261205000200_retention_periods.sql; project_timelines in 20261205000800_timeline_pages.sql). */
export type ApiFunction =
  | 'get_organisation'
  | 'list_projects'
  | 'project_timeline'
  | 'project_timelines'
  | 'list_promises'
  | 'list_council_moments'
  | 'list_lessons'
  | 'changes_since'
  | 'my_staff_memberships'
  | 'ledger_entries'
  | 'withdrawn_projects'
  | 'retention_periods'
  | 'check_rules';

export type ApiFailure = 'unreachable' | 'http' | 'malformed';

/** One clear error for everything that can go wrong in an API call: it names the function, the URL and the cause. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly fn: ApiFunction,
    readonly url: string,
    readonly failure: ApiFailure,
    readonly status?: number,
  ) {
    super(message);
  }
}

const maxIssues = 5;

// Messages avoid the words "document" and "window": Astro answers any build error containing them with an
// unrelated hint about browser APIs.

/**
 * Calls an API function through supabase-js and validates the answer with a zod schema.
 * Resolves with the parsed document, or rejects with an ApiError whose message says which function, which URL
 * and which row and field are wrong, without dumping the data.
 *
 * @example
 * const projects = await callApi(api, 'list_projects', { org_slug: 'demodam' }, projectListSchema);
 */
export async function callApi<S extends z.ZodType>(
  api: PortalApi,
  fn: ApiFunction,
  args: Record<string, unknown>,
  schema: S,
): Promise<z.output<S>> {
  const endpoint = `${api.url}/rest/v1/rpc/${fn}`;
  const call = `${fn}(${describeArgs(args)})`;
  const { data, error, status } = await api.client.rpc(fn, args);
  if (error) {
    if (status === 0) {
      const cause = firstCause(error.details);
      throw new ApiError(
        `Could not reach the API for ${call} at ${endpoint}: ${error.message}${cause ? ` (${cause})` : ''}. ` +
          'Is the database running, and is PUBLIC_SUPABASE_URL right?',
        fn,
        endpoint,
        'unreachable',
      );
    }
    const code = error.code ? ` ${error.code}` : '';
    const hint = error.hint ? ` Hint: ${truncate(error.hint, 300)}` : '';
    throw new ApiError(
      `The API refused ${call} at ${endpoint}: HTTP ${status}${code}: ${truncate(error.message ?? 'no message', 500)}${hint}`,
      fn,
      endpoint,
      'http',
      status,
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, maxIssues).map((issue) => `  - ${describeIssue(data, issue)}`);
    const more = parsed.error.issues.length - maxIssues;
    if (more > 0) lines.push(`  - and ${more} more problem${more === 1 ? '' : 's'}`);
    throw new ApiError(
      `The API returned malformed data for ${call} at ${endpoint}:\n${lines.join('\n')}`,
      fn,
      endpoint,
      'malformed',
      status,
    );
  }
  return parsed.data;
}

function describeArgs(args: Record<string, unknown>): string {
  return Object.entries(args)
    .map(([name, value]) => `${name}=${truncate(JSON.stringify(value) ?? 'undefined', 80)}`)
    .join(', ');
}

/** postgrest-js puts "Caused by: Error: connect ECONNREFUSED ... (ECONNREFUSED)" and a stack in `details`. */
function firstCause(details: string | undefined): string | undefined {
  const line = details?.split('\n').find((candidate) => candidate.startsWith('Caused by: '));
  return line ? truncate(line.slice('Caused by: '.length), 200) : undefined;
}

/**
 * Names a zod issue by its path in the document, with each array element identified by its slug, id or title
 * where it has one, and a short rendering of the value found there.
 *
 * @example
 * describeIssue([{ slug: 'a' }, { slug: 'b', status: 'x' }], { path: [1, 'status'], message: 'Invalid option' })
 * // => 'row [1] (slug "b") field status: Invalid option (got "x")'
 */
export function describeIssue(document: unknown, issue: z.core.$ZodIssue): string {
  const parts: string[] = [];
  let value: unknown = document;
  for (const key of issue.path) {
    if (typeof key === 'number') {
      value = Array.isArray(value) ? value[key] : undefined;
      parts.push(`[${key}]${identify(value)}`);
    } else {
      const name = String(key);
      value = isRecord(value) ? value[name] : undefined;
      parts.push(parts.length === 0 ? name : `.${name}`);
    }
  }
  const where = parts.length === 0 ? 'the whole answer' : `${typeof issue.path[0] === 'number' ? 'row ' : 'field '}${parts.join('')}`;
  const found = issue.code === 'unrecognized_keys' ? '' : ` (got ${preview(value)})`;
  return `${where}: ${issue.message}${found}`;
}

function identify(element: unknown): string {
  if (!isRecord(element)) return '';
  for (const key of ['slug', 'id', 'title', 'name']) {
    const candidate = element[key];
    if (typeof candidate === 'string') return ` (${key} ${truncate(JSON.stringify(candidate), 60)})`;
  }
  return '';
}

function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (isRecord(value)) return 'an object';
  return truncate(JSON.stringify(value), 80);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
