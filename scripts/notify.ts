// `npm run notify`: the mail worker on its own. Sends what is due in the outbox over SMTP and reports each mail
// back to the database over the API (src/services/notify/mail-worker.ts).
//   npm run notify -- --once            send what is due, then exit (for cron or a scheduled job)
//   npm run notify                      keep going: look for due mail every 30 seconds
//   --interval <seconds>  --lease-seconds <seconds>  --batch-size <n>
//   --journal <file>    where this worker notes the mails the SMTP server accepted until they are reported
//                       (default .data/mail-journal/notify.jsonl); run several workers side by side for more
//                       mails a second, each with its own journal
// Each --once run, and once a day when running on, it also removes addresses nobody confirmed within 8 days and
// outbox rows sent more than 30 days ago (purge_unconfirmed, purge_outbox).
// Environment: SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, SMTP_URL, PUBLIC_SITE_URL, and optionally MAIL_FROM.
// SIGTERM or Ctrl-C finishes the mail being sent, then exits.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPortalApi } from '../src/lib/api/client.ts';
import { dailyHousekeeping } from '../src/services/notify/housekeeping.ts';
import { MailApiError } from '../src/services/notify/mail-api.ts';
import { openMailJournal, type MailJournal } from '../src/services/notify/mail-journal.ts';
import { projectRoot } from '../src/services/local-supabase/project-root.ts';
import { senderOf } from '../src/services/notify/mail-message.ts';
import { createMailWorker, errorText, SmtpUnavailableError } from '../src/services/notify/mail-worker.ts';
import { smtpTransport } from '../src/services/notify/smtp-transport.ts';

class UsageError extends Error {}

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 86_400)
    throw new UsageError(`--${name} must be a whole number from 1 to 86400, not "${raw}".`);
  return value;
}

function batchSize(raw: string | undefined): number {
  const value = positiveInteger('batch-size', raw, 100);
  if (value > 1000) throw new UsageError(`--batch-size must be a whole number from 1 to 1000, not "${raw}".`);
  return value;
}

function requiredEnv(name: string, example: string, fallback?: string): string {
  const value = process.env[name]?.trim() || fallback?.trim();
  if (!value) throw new UsageError(`${name} is not set. Example: ${name}=${example}`);
  return value;
}

function webAddress(name: string, value: string): string {
  if (!/^https?:\/\/[^\s/]+/.test(value)) throw new UsageError(`${name} must be an http(s) address, not "${value}".`);
  return value.replace(/\/+$/, '');
}

function mailFrom(value: string | undefined): string | undefined {
  try {
    senderOf(value, 'check');
  } catch (error) {
    throw new UsageError(`${errorText(error)}. Example: MAIL_FROM='Gemeente Demodam <noreply@demodam.nl>'`);
  }
  return value;
}

function settings() {
  const { values } = parseArgs({
    options: {
      once: { type: 'boolean', default: false },
      interval: { type: 'string' },
      'lease-seconds': { type: 'string' },
      'batch-size': { type: 'string' },
      journal: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'Usage: npm run notify -- [--once] [--interval <seconds>] [--lease-seconds <seconds>] [--batch-size <n>] [--journal <file>]',
    );
    process.exit(0);
  }
  return {
    once: values.once,
    intervalMs: positiveInteger('interval', values.interval, 30) * 1000,
    leaseSeconds: positiveInteger('lease-seconds', values['lease-seconds'], 300),
    batchSize: batchSize(values['batch-size']),
    journal: values.journal?.trim() ? resolve(values.journal.trim()) : join(projectRoot, '.data', 'mail-journal', 'notify.jsonl'),
    apiUrl: webAddress('SUPABASE_URL', requiredEnv('SUPABASE_URL', 'http://localhost:4321', process.env['PUBLIC_SUPABASE_URL'])),
    serviceRoleKey: requiredEnv('SUPABASE_SERVICE_ROLE_KEY', '<the service_role key that npm start prints>'),
    smtpUrl: requiredEnv('SMTP_URL', 'smtp://user:password@smtp.example.org:587'),
    siteUrl: webAddress('PUBLIC_SITE_URL', requiredEnv('PUBLIC_SITE_URL', 'https://meedoen.example.nl')),
    from: mailFrom(process.env['MAIL_FROM']?.trim() || undefined),
  };
}

async function main(): Promise<number> {
  const config = settings();
  const transport = smtpTransport(config.smtpUrl);
  const api = createPortalApi({ url: config.apiUrl, anonKey: config.serviceRoleKey });
  let journal: MailJournal;
  try {
    journal = openMailJournal(config.journal);
  } catch (error) {
    throw new UsageError(errorText(error));
  }
  const housekeeping = dailyHousekeeping(api, (line) => console.log(line));
  const worker = createMailWorker({
    api,
    transport,
    journal,
    siteUrl: config.siteUrl,
    apiUrl: config.apiUrl,
    from: config.from,
    batchSize: config.batchSize,
    leaseSeconds: config.leaseSeconds,
  });

  let wake: (() => void) | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (worker.stopping) process.exit(1);
      console.log(`${signal}: finishing the mail being sent, then stopping.`);
      worker.stop();
      wake?.();
    });
  }

  try {
    // Before claiming anything: with the SMTP server down, claimed mail would only wait for its lease. A
    // long-running worker instead says so each round and tries again, as it does for any other failure.
    const smtpReachable = () =>
      transport.verify().catch((error: unknown) => {
        throw new SmtpUnavailableError(`Could not reach the SMTP server of SMTP_URL: ${errorText(error)}`);
      });
    for (;;) {
      try {
        await smtpReachable();
        await worker.drain();
        await housekeeping();
      } catch (error) {
        if (config.once) throw error;
        console.error(errorText(error));
      }
      if (config.once || worker.stopping) return 0;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, config.intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (worker.stopping) return 0;
    }
  } finally {
    transport.close();
    journal.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const unreachable = error instanceof SmtpUnavailableError || (error instanceof MailApiError && error.unreachable);
    console.error(
      error instanceof UsageError || unreachable || error instanceof MailApiError
        ? errorText(error)
        : `The mail worker stopped: ${errorText(error)}`,
    );
    process.exit(error instanceof UsageError ? 64 : unreachable ? 69 : 1);
  },
);
