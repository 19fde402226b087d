import type { AddressInfo } from 'node:net';
import type { SupabaseClient } from '@supabase/supabase-js';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';
import { callStaff, TESTPROJECT } from '../database/support.ts';

// A real SMTP server for the worker tests: it keeps every accepted mail in memory (parsed by mailparser, as a
// mail client would), and can refuse a recipient or hold the end of DATA, the faults the worker must survive.

export interface SinkMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Raw header values by lower-case name, unfolded (mailparser's own `headers` folds List-* into one `list` object). */
  headers: Map<string, string>;
  messageId: string;
  /** Every http(s) link of the text part. */
  links: string[];
}

export interface Sink {
  url: string;
  mails: SinkMail[];
  /** Mails to this address get one temporary 451 at RCPT, then go through. */
  refuseOnce(address: string): void;
  /** The `n`th DATA (counting from 1, over the sink's life) is read whole but never answered. */
  holdData(n: number): void;
  /** How many DATA commands came in (held ones included). */
  readonly dataCount: number;
  /** Resolves once a held DATA has come in. */
  held: Promise<void>;
  to(address: string): SinkMail[];
  close(): Promise<void>;
}

export async function startSink(port = 0): Promise<Sink> {
  const mails: SinkMail[] = [];
  const refuse = new Set<string>();
  let hold = 0;
  let dataCount = 0;
  let markHeld: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (markHeld = resolve));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 200,
    onRcptTo(address, _session, callback) {
      if (refuse.delete(address.address)) return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      dataCount += 1;
      const n = dataCount;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', () => undefined);
      stream.on('end', () => {
        if (n === hold) {
          markHeld();
          return; // never answered: the client waits for the 250 that does not come
        }
        simpleParser(Buffer.concat(chunks)).then((parsed) => {
          const text = parsed.text ?? '';
          mails.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', '),
            subject: parsed.subject ?? '',
            text,
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: rawHeaders(parsed),
            messageId: parsed.messageId ?? '',
            links: [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]),
          });
          callback();
        }, callback);
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return {
    url,
    mails,
    held,
    get dataCount() {
      return dataCount;
    },
    refuseOnce: (address) => void refuse.add(address),
    holdData: (n) => void (hold = n),
    to: (address) => mails.filter((mail) => mail.to === address),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function rawHeaders(parsed: ParsedMail): Map<string, string> {
  return new Map(
    parsed.headerLines.map((header) => [
      header.key,
      header.line
        .slice(header.line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim(),
    ]),
  );
}

/** Writes an update as the editor, submits it, and has the approver publish it (four eyes). */
export async function publishUpdate(
  editor: SupabaseClient,
  approver: SupabaseClient,
  title: string,
  project = TESTPROJECT,
): Promise<string> {
  const saved = await callStaff(editor, 'staff_save_update', { project_id: project, title, body_md: `Meer over **${title}**.` });
  expect(saved.status, saved.message).toBe(200);
  const id = (saved.data as { id: string }).id;
  expect((await callStaff(editor, 'staff_submit', { kind: 'update', id, project_id: project })).status).toBe(200);
  const approved = await callStaff(approver, 'staff_approve', { kind: 'update', id, project_id: project });
  expect(approved.status, approved.message).toBe(200);
  return id;
}

/** The http(s) address in a List-Unsubscribe header. */
export function listUnsubscribeUrl(mail: SinkMail): string {
  const text = mail.headers.get('list-unsubscribe') ?? '';
  const match = /^<(https?:\/\/[^>\s]+)>$/.exec(text);
  if (!match?.[1]) throw new Error(`No http(s) List-Unsubscribe in "${mail.subject}": ${text}`);
  return match[1];
}
