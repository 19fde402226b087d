import { mkdir, rename, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// The local SMTP catcher of the embedded default: accepts every mail on the loopback interface, stores it as
// an .eml file and prints who it was for, its subject and the links in it, so a new user sees the whole
// follow-confirm-notify loop without a mail provider. Not for production: no authentication, no TLS, and it
// delivers nothing.

export interface MailCatcherOptions {
  /** Where caught mail is stored, one <timestamp>-<n>.eml per mail; created if missing. */
  dir: string;
  /** 0 (the default) = any free port. */
  port?: number;
  /** Default 127.0.0.1: the catcher answers only this machine. */
  host?: string;
  /** A summary line per caught mail; default console.log. */
  log?: (line: string) => void;
  /** Largest mail accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
}

export interface CaughtMail {
  file: string;
  to: string[];
  subject: string;
  links: string[];
}

export interface MailCatcher {
  port: number;
  host: string;
  /** smtp://host:port, for SMTP_URL and nodemailer. */
  url: string;
  dir: string;
  /** Every mail caught since start, in the order the catcher answered 250. */
  caught: CaughtMail[];
  close(): Promise<void>;
}

/** The http(s) links in a text, in order, each once. */
export function linksIn(text: string): string[] {
  return [...new Set([...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0].replace(/[.,;:)]+$/, '')))];
}

/** A file-name-safe, sortable timestamp: 20261128T071200123Z. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

/**
 * Starts the catcher. A mail is written to disk before the catcher answers 250: SMTP hands responsibility
 * for a message to the server with that answer, so a mail the client abandons before the end of DATA (a
 * dropped connection, a killed worker) leaves no file, and a mail that was answered 250 is on disk.
 */
export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const log = options.log ?? ((line: string) => console.log(line));
  const host = options.host ?? '127.0.0.1';
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  await mkdir(options.dir, { recursive: true });
  const caught: CaughtMail[] = [];
  let counter = 0;

  const server = new SMTPServer({
    // Loopback only and nothing delivered, so no authentication; no STARTTLS, since a self-signed
    // certificate would only make clients refuse.
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    banner: 'Participation portal local mail catcher (delivers nothing)',
    logger: false,
    // Stopping `npm start` should not wait for an idle client.
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      // Destroyed with an error when the client goes away before the end of DATA: nothing is stored.
      stream.on('error', () => {
        chunks.length = 0;
      });
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          const error = Object.assign(new Error(`Message larger than ${maxBytes} bytes`), { responseCode: 552 });
          return callback(error);
        }
        const raw = Buffer.concat(chunks);
        counter += 1;
        const name = `${stamp(new Date())}-${counter}.eml`;
        const file = join(options.dir, name);
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        store(file, raw)
          .then(() => summarise(file, raw, to))
          .then((mail) => {
            caught.push(mail);
            log(`Mail to ${mail.to.join(', ')}: ${mail.subject}`);
            for (const link of mail.links) log(`  ${link}`);
            callback();
          })
          .catch((error: unknown) => {
            const failure = Object.assign(new Error(`Could not store the mail: ${(error as Error).message}`), { responseCode: 451 });
            callback(failure);
          });
      });
    },
  });
  // A client error (a reset connection, a bad command) is the client's problem, never the catcher's.
  server.on('error', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    port,
    host,
    url: `smtp://${host}:${port}`,
    dir: options.dir,
    caught,
    close() {
      closing ??= new Promise<void>((resolve) => server.close(() => resolve()));
      return closing;
    },
  };
}

/** Written to a temporary name and renamed, so nobody ever reads half a mail from the folder. */
async function store(file: string, raw: Buffer): Promise<void> {
  await writeFile(`${file}.part`, raw);
  await rename(`${file}.part`, file);
}

async function summarise(file: string, raw: Buffer, to: string[]): Promise<CaughtMail> {
  const parsed = await simpleParser(raw);
  return { file, to, subject: parsed.subject ?? '(no subject)', links: linksIn(parsed.text ?? '') };
}
