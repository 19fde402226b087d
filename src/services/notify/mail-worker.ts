import type { Transporter } from 'nodemailer';
import type { PortalApi } from '../../lib/api/client.ts';
import { callApi } from '../../lib/api/call-api.ts';
import { projectTimelineSchema, type ProjectTimeline } from '../../lib/api/project-timeline.ts';
import { renderClaimedMail } from '../../lib/mail/render-claimed-mail.ts';
import type { ClaimedMail } from '../../lib/mail/mail-batch.ts';
import { claimMailBatch, completeMail, failMail, fanOutNotices, publishDue, releaseMail } from './mail-api.ts';
import type { MailJournal } from './mail-journal.ts';
import { mailMessage, senderOf, type MessageSettings } from './mail-message.ts';

// The mail worker: publishes what was approved for a moment that has come, fans new notices out into one mail per
// follower, claims due mail from the outbox over the API, renders it, sends it over SMTP, and reports it back per
// claim. Exactly once, as far as SMTP allows: one mail at a time on one connection, and each accepted mail written
// to the journal (mail-journal.ts) right after the server's 250, before the next; the claim is reported with one
// complete_mail at its end. A worker that dies finds its journal at the next start and reports what was accepted
// before it claims anything. The one window left (after the 250, before the journal line) sends a repeat with the
// same Message-ID, which mail clients can drop. Throughput comes from running several workers side by side, each
// with its own journal: claims never overlap (FOR UPDATE SKIP LOCKED).

export interface MailWorkerOptions extends MessageSettings {
  /** supabase-js with the service role key. */
  api: PortalApi;
  transport: Transporter;
  /** Where accepted mails are written until their claim is reported (openMailJournal); one per worker. */
  journal: MailJournal;
  /** Mails per claim (default 100). */
  batchSize?: number;
  /** Followers per fan-out step (default 10,000). */
  fanOutBatch?: number;
  /** How long a claim holds before another run may take the mail over (default 300 s). */
  leaseSeconds?: number;
  log?: (line: string) => void;
}

export interface DrainResult {
  claimed: number;
  sent: number;
  failed: number;
  /** Outbox rows made from notices. */
  fannedOut: number;
}

export interface MailWorker {
  /** Sends what is due, batch after batch, until nothing is due or stop() was called. */
  drain(): Promise<DrainResult>;
  /** Asks the worker to stop: the mail being sent is finished and reported, then drain() returns. */
  stop(): void;
  readonly stopping: boolean;
}

/** The SMTP server could not be reached or dropped the connection: no point trying the next mail. */
export class SmtpUnavailableError extends Error {
  override readonly name = 'SmtpUnavailableError';
}

/** An error's message on one line, without a stack: what fail_mail records for the operator. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 1000) || 'Unknown error';
}

/**
 * nodemailer gives a `responseCode` when the server answered (a refused recipient or message: that mail's
 * problem); without one the connection itself failed (refused, dropped, timed out).
 */
function isConnectionFailure(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: number; code?: string };
  if (typeof responseCode === 'number') return false;
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EPROTOCOL'].includes(code ?? '');
}

function timelineKey(mail: ClaimedMail): string {
  return `${mail.organisation.slug}/${mail.project?.slug ?? ''}`;
}

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const log = options.log ?? ((line: string) => console.log(line));
  // A wrong MAIL_FROM fails here, at start, rather than failing every mail.
  senderOf(options.from, 'check');
  const { api, journal } = options;
  const batchSize = options.batchSize ?? 100;
  const leaseSeconds = options.leaseSeconds ?? 300;
  const fanOutBatch = options.fanOutBatch ?? 10_000;
  let stopping = false;

  /** project_timeline once per project per batch, for the welcome mails' catch-up; by organisation/project. */
  function timelinesFor(mails: ClaimedMail[]): Map<string, Promise<ProjectTimeline>> {
    const timelines = new Map<string, Promise<ProjectTimeline>>();
    for (const mail of mails) {
      if (mail.kind !== 'welcome' || !mail.project || timelines.has(timelineKey(mail))) continue;
      const request = callApi(
        api,
        'project_timeline',
        { org_slug: mail.organisation.slug, project_slug: mail.project.slug },
        projectTimelineSchema,
      );
      // Awaited per mail below; a failure fails only the mails that need this timeline.
      request.catch(() => undefined);
      timelines.set(timelineKey(mail), request);
    }
    return timelines;
  }

  /** What an earlier run of this worker left in its journal: reported before anything new is claimed. */
  async function replayJournal(): Promise<void> {
    const { claims, sent } = journal.read();
    if (claims.length === 0) return;
    let completed = 0;
    let released = 0;
    for (const claim of claims) {
      const settled = await settle(claim, sent.get(claim) ?? [], false);
      completed += settled.completed;
      released += settled.released;
    }
    // Only once every claim is settled: a crash half-way replays the rest (settling twice changes nothing).
    journal.clear();
    log(`Mail journal: reported ${completed} mails sent before the last stop and handed back ${released} not sent.`);
  }

  /** Every waiting notice into its mails, a batch per call, before the claim that sends them. */
  async function fanOut(): Promise<number> {
    let added = 0;
    while (!stopping) {
      const step = await fanOutNotices(api, fanOutBatch);
      if (step.notice_id === null) break;
      added += step.added;
    }
    return added;
  }

  /** Sends one mail; true when the server accepted it (and it is in the journal). */
  async function sendOne(claim: string, mail: ClaimedMail, timelines: Map<string, Promise<ProjectTimeline>>): Promise<boolean> {
    let message;
    try {
      const timeline = mail.kind === 'welcome' && mail.project ? await timelines.get(timelineKey(mail)) : undefined;
      const content = renderClaimedMail(mail, {
        siteUrl: options.siteUrl,
        timelines: new Map(timeline && mail.project ? [[mail.project.slug, timeline]] : []),
      });
      message = mailMessage(mail, content, options);
    } catch (error) {
      await failMail(api, claim, mail.outbox_ids, `Could not write the mail: ${errorText(error)}`);
      return false;
    }
    try {
      await options.transport.sendMail(message);
    } catch (error) {
      await failMail(api, claim, mail.outbox_ids, `SMTP: ${errorText(error)}`);
      if (isConnectionFailure(error)) throw new SmtpUnavailableError(`Could not send mail over SMTP: ${errorText(error)}`);
      return false;
    }
    // Right after the 250, before the next mail: this is what keeps a crash from sending a mail twice.
    journal.sent(claim, mail.outbox_ids);
    return true;
  }

  /**
   * Settles a claim in the database: one complete_mail for what the server accepted, and, unless every mail of it
   * was tried, release_mail for the rest. Answers how many rows each changed.
   */
  async function settle(claim: string, accepted: number[], finished: boolean): Promise<{ completed: number; released: number }> {
    const completed = accepted.length > 0 ? await completeMail(api, claim, accepted) : 0;
    const released = finished ? 0 : await releaseMail(api, claim);
    return { completed, released };
  }

  return {
    get stopping() {
      return stopping;
    },
    stop() {
      stopping = true;
    },
    async drain() {
      const total: DrainResult = { claimed: 0, sent: 0, failed: 0, fannedOut: 0 };
      await replayJournal();
      const published = await publishDue(api);
      if (published > 0) log(`Published ${published} approved ${published === 1 ? 'item' : 'items'} whose moment has come.`);
      while (!stopping) {
        const added = await fanOut();
        if (added > 0) log(`Mail: made ${added} mails from new notices.`);
        total.fannedOut += added;
        if (stopping) break;
        const { claim_id: claim, mails } = await claimMailBatch(api, batchSize, leaseSeconds);
        if (claim === null) break;
        // Everything due was cancelled (no longer public): claim again.
        if (mails.length === 0) continue;
        journal.claimed(claim);
        const batch = { claimed: mails.length, sent: 0, failed: 0 };
        const accepted: number[] = [];
        const timelines = timelinesFor(mails);
        let finished = false;
        try {
          for (const mail of mails) {
            // Mails claimed but not started when stopping are handed back (release_mail) for the next run.
            if (stopping) break;
            if (await sendOne(claim, mail, timelines)) {
              batch.sent += 1;
              accepted.push(...mail.outbox_ids);
            } else {
              batch.failed += 1;
            }
          }
          finished = !stopping;
        } catch (error) {
          if (error instanceof SmtpUnavailableError) batch.failed += 1;
          throw error;
        } finally {
          // Also when sending stopped on an error: what was accepted is reported, the rest goes back.
          await settle(claim, accepted, finished);
          journal.clear();
          log(`Mail: claimed ${batch.claimed}, sent ${batch.sent}, failed ${batch.failed}.`);
          total.claimed += batch.claimed;
          total.sent += batch.sent;
          total.failed += batch.failed;
        }
        // A batch where nothing went out would likely fail again at once; the next run tries after the backoff.
        if (batch.sent === 0) break;
      }
      return total;
    },
  };
}
