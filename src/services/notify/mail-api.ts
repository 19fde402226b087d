import { z } from 'zod';
import type { PortalApi } from '../../lib/api/client.ts';
import { fanOutSchema, mailBatchSchema, mailOutcomeSchema, type FanOutStep, type MailBatch } from '../../lib/mail/mail-batch.ts';

// The worker's calls into the database, over the API as the service role (never a direct connection:
// in the embedded default PGlite lives in the stand-in's process). Every answer is parsed with the contract
// of mail-batch.ts, so a drift between the SQL and the worker fails loudly instead of sending a wrong mail.

export type MailFunction =
  | 'fan_out_notices'
  | 'claim_mail_batch'
  | 'complete_mail'
  | 'fail_mail'
  | 'release_mail'
  | 'purge_unconfirmed'
  | 'purge_outbox'
  | 'publish_due';

/** A failed call; `unreachable` when no HTTP answer came at all (the API is down or the URL is wrong). */
export class MailApiError extends Error {
  override readonly name = 'MailApiError';
  constructor(
    message: string,
    readonly fn: MailFunction,
    readonly unreachable: boolean,
  ) {
    super(message);
  }
}

async function call<S extends z.ZodType>(api: PortalApi, fn: MailFunction, input: unknown, schema: S): Promise<z.output<S>> {
  const { data, error, status } = await api.client.rpc(fn, { input });
  if (error) {
    if (status === 0) {
      throw new MailApiError(
        `Could not reach the API at ${api.url} for ${fn}: ${error.message}. Is it running, and is SUPABASE_URL right?`,
        fn,
        true,
      );
    }
    throw new MailApiError(`The API refused ${fn} at ${api.url}: HTTP ${status} ${error.code ?? ''}: ${error.message}`, fn, false);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'answer'}: ${issue.message}`);
    throw new MailApiError(`The API answered ${fn} with data the worker does not understand: ${issues.join('; ')}`, fn, false);
  }
  return parsed.data;
}

/**
 * Makes the next batch of one waiting notice's mails (one outbox row per follower), in its own transaction.
 * Answers the notice worked on, or null when no notice waits.
 */
export function fanOutNotices(api: PortalApi, limit: number): Promise<FanOutStep> {
  return call(api, 'fan_out_notices', { limit }, fanOutSchema);
}

/** Claims the due mail, up to `limit`, for `leaseSeconds`; each comes with its address and a fresh token. */
export function claimMailBatch(api: PortalApi, limit: number, leaseSeconds: number): Promise<MailBatch> {
  return call(api, 'claim_mail_batch', { limit, lease_seconds: leaseSeconds }, mailBatchSchema);
}

/** The most outbox ids complete_mail and fail_mail take in one call. */
const MAX_IDS = 10_000;

/** complete_mail or fail_mail for every MAX_IDS of the ids; answers how many rows they changed in all. */
async function changedInChunks(
  api: PortalApi,
  fn: 'complete_mail' | 'fail_mail',
  outboxIds: number[],
  input: Record<string, string>,
): Promise<number> {
  let changed = 0;
  for (let start = 0; start < outboxIds.length; start += MAX_IDS) {
    changed += (await call(api, fn, { ...input, outbox_ids: outboxIds.slice(start, start + MAX_IDS) }, mailOutcomeSchema)).changed;
  }
  return changed;
}

/** Marks these outbox rows of the claim sent (what the SMTP server accepted); rows no longer under the claim stay. */
export function completeMail(api: PortalApi, claimId: string, outboxIds: number[]): Promise<number> {
  return changedInChunks(api, 'complete_mail', outboxIds, { claim_id: claimId });
}

/** Records a failed try of these rows of the claim; the database decides when to retry (backoff) and when to give up. */
export function failMail(api: PortalApi, claimId: string, outboxIds: number[], error: string): Promise<number> {
  return changedInChunks(api, 'fail_mail', outboxIds, { claim_id: claimId, error: error.slice(0, 1000) });
}

/** Hands back the rows of a claim still unsent: due again at once, for any worker. */
export async function releaseMail(api: PortalApi, claimId: string): Promise<number> {
  return (await call(api, 'release_mail', { claim_id: claimId }, mailOutcomeSchema)).changed;
}

/**
 * Publishes what an approver approved for a later moment, once that moment has come: each as its own
 * publication event (version, ledger entry, notices), so its mail is enqueued before the claim that follows.
 */
export async function publishDue(api: PortalApi): Promise<number> {
  return (await call(api, 'publish_due', {}, z.strictObject({ published: z.int().min(0) }))).published;
}

const purgedSchema = z.strictObject({
  subscriptions_removed: z.int().min(0),
  subscribers_removed: z.int().min(0),
  tokens_removed: z.int().min(0),
});
const purgedOutboxSchema = z.strictObject({ removed: z.int().min(0) });

export interface Purged {
  subscriptions: number;
  subscribers: number;
  /** Links that expired 30 days ago, and used confirmation links that expired. */
  tokens: number;
  outbox: number;
}

/**
 * The daily housekeeping next to sending: addresses nobody confirmed go after 8 days (the confirmation mail
 * promises that), links once they can no longer be used, and sent or cancelled outbox rows after 30 days.
 */
export async function purgeMailData(api: PortalApi): Promise<Purged> {
  const unconfirmed = await call(api, 'purge_unconfirmed', {}, purgedSchema);
  const outbox = await call(api, 'purge_outbox', {}, purgedOutboxSchema);
  return {
    subscriptions: unconfirmed.subscriptions_removed,
    subscribers: unconfirmed.subscribers_removed,
    tokens: unconfirmed.tokens_removed,
    outbox: outbox.removed,
  };
}
