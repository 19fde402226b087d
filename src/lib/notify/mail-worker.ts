import type { Transporter } from 'nodemailer';
import type { PortalApi } from '../api/client.ts';
import { callApi } from '../api/call-api.ts';
import { projectTimelineSchema, type ProjectTimeline } from '../api/project-timeline.ts';
import { renderClaimedMail } from '../mail/render-claimed-mail.ts';
import type { ClaimedMail } from './mail-batch.ts';
import { claimMailBatch, completeMail, failMail, publishDue } from './mail-api.ts';
import { mailMessage, senderOf, type MessageSettings } from './mail-message.ts';

// The mail worker: publishes what was approved for a moment that has come, claims due mail from the outbox over
// the API, renders it, sends it over SMTP, and reports each mail back. Exactly once, as far as SMTP allows: one mail at a time per connection, and complete_mail
// right after the server's 250 for that mail, before the next. A worker that dies before the 250 leaves its
// mail 'sending'; once the lease lapses another run claims it again. The one window left (after the 250,
// before complete_mail) sends a repeat with the same Message-ID, which mail clients can drop.

export interface MailWorkerOptions extends MessageSettings {
  /** supabase-js with the service role key. */
  api: PortalApi;
  transport: Transporter;
  /** Mails per claim (default 25). */
  batchSize?: number;
  /** How long a claim holds before another run may take the mail over (default 300 s). */
  leaseSeconds?: number;
  log?: (line: string) => void;
}

export interface DrainResult {
  claimed: number;
  sent: number;
  failed: number;
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
  const batchSize = options.batchSize ?? 25;
  const leaseSeconds = options.leaseSeconds ?? 300;
  let stopping = false;

  /** project_timeline once per project per batch, for the welcome mails' catch-up; by organisation/project. */
  function timelinesFor(mails: ClaimedMail[]): Map<string, Promise<ProjectTimeline>> {
    const timelines = new Map<string, Promise<ProjectTimeline>>();
    for (const mail of mails) {
      if (mail.kind !== 'welcome' || !mail.project || timelines.has(timelineKey(mail))) continue;
      const request = callApi(options.api, 'project_timeline', { org_slug: mail.organisation.slug, project_slug: mail.project.slug }, projectTimelineSchema);
      // Awaited per mail below; a failure fails only the mails that need this timeline.
      request.catch(() => undefined);
      timelines.set(timelineKey(mail), request);
    }
    return timelines;
  }

  async function sendOne(mail: ClaimedMail, timelines: Map<string, Promise<ProjectTimeline>>): Promise<boolean> {
    let message;
    try {
      const timeline = mail.kind === 'welcome' && mail.project ? await timelines.get(timelineKey(mail)) : undefined;
      const content = renderClaimedMail(mail, {
        siteUrl: options.siteUrl,
        timelines: new Map(timeline && mail.project ? [[mail.project.slug, timeline]] : []),
      });
      message = mailMessage(mail, content, options);
    } catch (error) {
      await failMail(options.api, mail.outbox_ids, `Could not write the mail: ${errorText(error)}`);
      return false;
    }
    try {
      await options.transport.sendMail(message);
    } catch (error) {
      await failMail(options.api, mail.outbox_ids, `SMTP: ${errorText(error)}`);
      if (isConnectionFailure(error)) throw new SmtpUnavailableError(`Could not send mail over SMTP: ${errorText(error)}`);
      return false;
    }
    // Right after the 250, before the next mail: this is what keeps a crash from sending a mail twice.
    await completeMail(options.api, mail.outbox_ids);
    return true;
  }

  return {
    get stopping() {
      return stopping;
    },
    stop() {
      stopping = true;
    },
    async drain() {
      const total: DrainResult = { claimed: 0, sent: 0, failed: 0 };
      const published = await publishDue(options.api);
      if (published > 0) log(`Published ${published} approved ${published === 1 ? 'item' : 'items'} whose moment has come.`);
      while (!stopping) {
        const { mails } = await claimMailBatch(options.api, batchSize, leaseSeconds);
        if (mails.length === 0) break;
        const batch: DrainResult = { claimed: mails.length, sent: 0, failed: 0 };
        const timelines = timelinesFor(mails);
        try {
          for (const mail of mails) {
            // Mails claimed but not started when stopping wait for their lease to lapse, then go out.
            if (stopping) break;
            if (await sendOne(mail, timelines)) batch.sent += 1;
            else batch.failed += 1;
          }
        } catch (error) {
          if (error instanceof SmtpUnavailableError) batch.failed += 1;
          throw error;
        } finally {
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
