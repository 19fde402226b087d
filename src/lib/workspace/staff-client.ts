import { GoTrueClient } from '@supabase/auth-js';
import type * as z from 'zod/mini';
import type { Locale } from '../../i18n/locales.ts';
import { councilLinkSchema, councilLinksSchema, councilUnlinkSchema, type CouncilLink, type CouncilUnlink } from './council-links.ts';
import { toStaffError, unreadableAnswer, type RawApiError, type StaffError } from './errors.ts';
import { followerCountsSchema, type FollowerCounts } from './followers.ts';
import {
  auditLogSchema,
  membersSchema,
  recordSchema,
  staffProjectSchema,
  staffWorkspaceSchema,
  type AuditEntry,
  type Member,
  type StaffProject,
  type StaffRecord,
  type StaffWorkspace,
} from './schemas.ts';
import type { PublishableKind } from '../records/kinds.ts';
import type { StaffRole } from './roles.ts';

// Why not supabase-js in the browser: the workspace uses two of its parts, Auth (sessions) and RPC, and the
// rest (realtime, storage, functions, the query builder) weighed half of its first load. Auth is Supabase's own
// client, @supabase/auth-js, set up as supabase-js sets it up; RPC is PostgREST's documented call, made the way
// supabase-js makes it. The build and the Node services keep supabase-js.

export type Result<T> = { ok: true; data: T } | { ok: false; error: StaffError };

export interface StaffClientConfig {
  /** The Supabase API URL, without a trailing slash. */
  apiUrl: string;
  anonKey: string;
  locale: Locale;
}

/** The key under which auth-js keeps the staff session in localStorage. */
export const staffSessionKey = 'portal-staff-session';

/**
 * The workspace's Auth client, with supabase-js's settings for a browser: the session is kept in localStorage
 * and refreshed before it expires (across tabs, through the browser's lock), and a sign-in link's tokens are
 * read from the URL. Every request says which language the messages should be in.
 */
export function createStaffAuth(config: StaffClientConfig): GoTrueClient {
  return new GoTrueClient({
    url: `${config.apiUrl}/auth/v1`,
    headers: { apikey: config.anonKey, Authorization: `Bearer ${config.anonKey}`, 'Accept-Language': config.locale },
    storageKey: staffSessionKey,
    persistSession: true,
    autoRefreshToken: true,
    detectSessionInUrl: true,
    flowType: 'implicit',
  });
}

export type { PublishableKind };

/** A record for the workflow functions; a person has no project (its organisation comes from the record). */
export interface WorkflowTarget {
  kind: PublishableKind;
  id: string;
  project_id?: string;
}

/**
 * Typed wrappers for every function of the staff API (the Staff section of supabase/API.md). Each returns a Result and never
 * throws: an unreachable API, an error of the database and an answer of the wrong shape all become a
 * StaffError with a message for the staff member.
 */
export function createStaffApi(auth: GoTrueClient, config: StaffClientConfig) {
  const { locale } = config;

  /**
   * POST /rest/v1/rpc/<fn> with the arguments as JSON, as supabase-js sends it: the session's access token
   * (auth-js refreshes it first when it has expired) or else the anon key as bearer, and the database's
   * messages in the staff member's language (its portal.t follows Accept-Language).
   */
  async function call(fn: string, args: Record<string, unknown> = {}): Promise<Result<unknown>> {
    let status = 0;
    let body: string;
    try {
      const { data } = await auth.getSession();
      const response = await fetch(`${config.apiUrl}/rest/v1/rpc/${fn}`, {
        method: 'POST',
        headers: {
          apikey: config.anonKey,
          Authorization: `Bearer ${data.session?.access_token ?? config.anonKey}`,
          'Accept-Language': locale,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(args),
      });
      status = response.status;
      body = await response.text();
    } catch (thrown) {
      // No answer (offline, the connection dropped): status 0, which the staff member reads as "no connection".
      const name = thrown instanceof Error ? thrown.name : 'FetchError';
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      return { ok: false, error: toStaffError({ name, message: `${name}: ${message}` }, 0, locale) };
    }
    if (status >= 200 && status < 300) {
      try {
        return { ok: true, data: body === '' ? null : (JSON.parse(body) as unknown) };
      } catch {
        return { ok: false, error: unreadableAnswer(locale, status) };
      }
    }
    // PostgREST's error body: { code, message, details, hint }. A gateway's page that is no JSON keeps its text.
    let error: RawApiError;
    try {
      error = JSON.parse(body) as RawApiError;
    } catch {
      error = { message: body };
    }
    return { ok: false, error: toStaffError(typeof error === 'object' && error !== null ? error : { message: body }, status, locale) };
  }

  async function parsed<S extends z.ZodMiniType>(fn: string, schema: S, args?: Record<string, unknown>): Promise<Result<z.output<S>>> {
    const answer = await call(fn, args);
    if (!answer.ok) return answer;
    const result = schema.safeParse(answer.data);
    if (!result.success) {
      console.error(`${fn} answered in an unexpected shape`, result.error.issues.slice(0, 5));
      return { ok: false, error: unreadableAnswer(locale) };
    }
    return { ok: true, data: result.data };
  }

  const write = (fn: string) => (input: Record<string, unknown>) => parsed(fn, recordSchema, { input });
  const done = async (fn: string, input: Record<string, unknown>): Promise<Result<unknown>> => call(fn, { input });

  return {
    /** Any save function by name (the generic record form knows its function from the field spec). */
    save: (fn: string, input: Record<string, unknown>): Promise<Result<unknown>> => call(fn, { input }),

    workspace: (): Promise<Result<StaffWorkspace>> => parsed('staff_workspace', staffWorkspaceSchema),
    project: (projectId: string): Promise<Result<StaffProject>> =>
      parsed('staff_project', staffProjectSchema, { input: { project_id: projectId } }),
    auditLog: (input: {
      organisation_id: string;
      before_id?: string;
      limit?: number;
      project_id?: string;
    }): Promise<Result<AuditEntry[]>> => parsed('staff_audit_log', auditLogSchema, { input }),
    members: (organisationId: string): Promise<Result<Member[]>> =>
      parsed('staff_members', membersSchema, { input: { organisation_id: organisationId } }),
    followerCounts: (projectId: string): Promise<Result<FollowerCounts>> =>
      parsed('follower_counts', followerCountsSchema, { input: { project_id: projectId } }),

    saveProject: write('staff_save_project'),
    savePhase: write('staff_save_phase'),
    savePerson: write('staff_save_person'),
    assignPerson: (input: { project_id: string; person_id: string; role: string; since: string }) => done('staff_assign_person', input),
    saveHandover: write('staff_save_handover'),
    saveGroup: write('staff_save_group'),
    saveInputTheme: write('staff_save_input_theme'),
    saveUpdate: write('staff_save_update'),
    saveDecision: write('staff_save_decision'),
    savePromise: write('staff_save_promise'),
    changePromiseStatus: (input: {
      promise_id: string;
      project_id: string;
      status: string;
      explanation?: string | null;
      evidence_url?: string | null;
      changed_by: string;
    }) => done('staff_change_promise_status', input),
    saveCouncilMoment: write('staff_save_council_moment'),
    saveKeyDate: write('staff_save_key_date'),
    /** The agenda items of Open Raadsinformatie that the organisation's projects follow, with what was imported. */
    councilLinks: (organisationId: string): Promise<Result<CouncilLink[]>> =>
      parsed('staff_council_links', councilLinksSchema, { input: { organisation_id: organisationId } }),
    /** Links a project to an agenda item (its ORI id); a second link of the same item answers the same link. */
    linkCouncilItem: (input: { project_id: string; source_id: string }): Promise<Result<CouncilLink>> =>
      parsed('staff_link_council_item', councilLinkSchema, { input }),
    /** Stops importing the agenda item into the project; what was imported stays. */
    unlinkCouncilItem: (input: { project_id: string; source_id: string }): Promise<Result<CouncilUnlink>> =>
      parsed('staff_unlink_council_item', councilUnlinkSchema, { input }),
    saveLesson: write('staff_save_lesson'),
    deleteDraft: (input: WorkflowTarget) => done('staff_delete_draft', { ...input }),

    submit: (input: WorkflowTarget) => done('staff_submit', { ...input }),
    /** Approves now, or with publish_at (ISO 8601) approves now and publishes then. */
    approve: (input: WorkflowTarget & { publish_at?: string }) => done('staff_approve', { ...input }),
    returnToDraft: (input: WorkflowTarget & { reason?: string | null }) => done('staff_return_to_draft', { ...input }),
    unpublish: (input: WorkflowTarget & { reason: string }) => done('staff_unpublish', { ...input }),

    setMemberRole: (input: { organisation_id: string; email: string; role: StaffRole }) => done('staff_set_member_role', input),
    removeMember: (input: { organisation_id: string; user_id: string }) => done('staff_remove_member', input),
  };
}

export type StaffApi = ReturnType<typeof createStaffApi>;
export type { StaffRecord };
