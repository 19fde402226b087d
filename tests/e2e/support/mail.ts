import { expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { linksIn } from '../../../src/services/local-mail/index.ts';

// The mail the e2e server's SMTP catcher caught (src/services/local-mail): every accepted message is one .eml file in
// the `mail` folder next to the server's database (playwright.config.ts: .data/e2e-<port>/db), written only
// once the SMTP server answered 250. The stories read those files as a resident's mailbox: parsed with
// mailparser, as a mail client would, not with regular expressions over the raw text.

const port = Number(process.env['PORTAL_E2E_PORT'] ?? 4391);
export const mailDir = join(`.data/e2e-${port}`, 'mail');

export interface CaughtMail {
  file: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  /** Every http(s) link of the text part, in order, each once (as the catcher prints them). */
  links: string[];
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((entry) => entry.value.map((one) => (one.address ?? '').toLowerCase()));
}

async function parse(file: string): Promise<CaughtMail> {
  const parsed = await simpleParser(readFileSync(join(mailDir, file)));
  const text = parsed.text ?? '';
  return {
    file,
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text,
    html: typeof parsed.html === 'string' ? parsed.html : '',
    // Raw values from headerLines: mailparser's own `headers` folds List-Unsubscribe, List-Unsubscribe-Post and
    // List-Id into one parsed `list` object, so `headers.get('list-unsubscribe')` would be undefined there.
    headers: new Map(
      parsed.headerLines.map((header) => [
        header.key,
        header.line
          .slice(header.line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      ]),
    ),
    links: linksIn(text),
  };
}

const parsedCache = new Map<string, CaughtMail>();

/** Every caught mail addressed to this address, oldest first (file names start with the time caught). */
export async function mailbox(address: string): Promise<CaughtMail[]> {
  if (!existsSync(mailDir)) return [];
  const files = readdirSync(mailDir)
    .filter((name) => name.endsWith('.eml'))
    .sort();
  const mails: CaughtMail[] = [];
  for (const file of files) {
    let mail = parsedCache.get(file);
    if (!mail) {
      mail = await parse(file);
      parsedCache.set(file, mail);
    }
    if (mail.to.includes(address.toLowerCase())) mails.push(mail);
  }
  return mails;
}

/**
 * Waits until the mailbox holds `count` mails that match, and returns them. The worker of the e2e server sends
 * every 2 seconds; a digest or a slow build can take longer, hence the generous default.
 */
export async function waitForMail(
  address: string,
  match: (mail: CaughtMail) => boolean = () => true,
  { count = 1, timeout = 300_000 }: { count?: number; timeout?: number } = {},
): Promise<CaughtMail[]> {
  let found: CaughtMail[] = [];
  await expect
    .poll(
      async () => {
        found = (await mailbox(address)).filter(match);
        return found.length;
      },
      { timeout, intervals: [500, 1000], message: `${count} mail(s) to ${address}` },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}

/** The first link of a mail's text part that starts with this path (for example the confirm page's). */
export function linkTo(mail: CaughtMail, path: string): string {
  const link = mail.links.find((href) => new URL(href).pathname === path);
  if (!link) throw new Error(`No link to ${path} in "${mail.subject}": ${mail.links.join(', ')}`);
  return link;
}
