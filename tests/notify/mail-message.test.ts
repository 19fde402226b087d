import { createTransport } from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { mailMessage, oneClickUrl, senderOf } from '../../src/services/notify/mail-message.ts';
import { claimedMailSchema, type ClaimedMail } from '../../src/lib/mail/mail-batch.ts';
import { hostile } from '../lib/support/hostile.ts';

// The envelope and headers of a mail, built by nodemailer into the raw message an SMTP server receives:
// hostile values from the database stay inside their own header line.

const TOKEN = 'x'.repeat(43);
const UNSUBSCRIBE_TOKEN = 'u'.repeat(43);
const base: ClaimedMail = claimedMailSchema.parse({
  key: 'mail-42',
  outbox_ids: [42, 43],
  kind: 'notice',
  attempt: 1,
  to: 'jan@voorbeeld.nl',
  language: 'en',
  organisation: { slug: 'testdam', name: `Gemeente\r\nBcc: iedereen@example.com ${hostile('org')}` },
  token: TOKEN,
  token_expires_at: '2027-11-28T07:00:00Z',
  unsubscribe_token: UNSUBSCRIBE_TOKEN,
  subscription_id: '30000000-0000-4000-8000-000000000001',
  frequency: 'immediate',
  project: null,
  already_confirmed: false,
  items: [],
});
const content = { subject: 'Onderwerp', html: '<p>Hallo</p>', text: 'Hallo' };
const settings = { siteUrl: 'https://meedoen.testdam.example', apiUrl: 'https://abc.supabase.co/' };

/** nodemailer's whole pipeline up to the bytes it would send, without a server. */
const stream = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
async function raw(mail: ClaimedMail): Promise<string> {
  const info = await stream.sendMail(mailMessage(mail, content, settings));
  return (info.message as Buffer).toString('utf8');
}

function headerBlock(message: string): string[] {
  // Unfolded header lines: a continuation line starts with white space.
  return message
    .slice(0, message.indexOf('\r\n\r\n'))
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n');
}

describe('the headers of a mail', () => {
  it('has Message-ID from the key, List-Id, Auto-Submitted and the one-click unsubscribe headers', async () => {
    const lines = headerBlock(await raw(base));
    expect(lines).toContain('Message-ID: <mail-42@meedoen.testdam.example>');
    expect(lines).toContain('Auto-Submitted: auto-generated');
    expect(lines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(lines).toContain(
      `List-Unsubscribe: <https://abc.supabase.co/functions/v1/unsubscribe?token=${UNSUBSCRIBE_TOKEN}&subscription=30000000-0000-4000-8000-000000000001&lang=en>`,
    );
    expect(lines.find((line) => line.startsWith('List-ID: '))).toMatch(/ <testdam\.meedoen\.testdam\.example>$/);
    expect(lines).toContain('To: jan@voorbeeld.nl');
  });

  it('keeps a hostile organisation name inside the From and List-Id lines: no Bcc, no extra header', async () => {
    const lines = headerBlock(await raw(base));
    expect(lines.some((line) => /^bcc:/i.test(line))).toBe(false);
    const names = lines.map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
    expect(names.sort()).toEqual(
      [
        'auto-submitted',
        'content-type',
        'date',
        'from',
        'list-id',
        'list-unsubscribe',
        'list-unsubscribe-post',
        'message-id',
        'mime-version',
        'subject',
        'to',
      ].sort(),
    );
    expect(lines.find((line) => line.startsWith('From: '))).toMatch(/<noreply@localhost>$/);
  });

  it('never puts the manage token of the body links in a header: mail providers fetch and may keep the one-click address', async () => {
    const message = await raw(base);
    const headers = message.slice(0, message.indexOf('\r\n\r\n'));
    expect(headers).not.toContain(TOKEN);
    expect(() => oneClickUrl({ ...base, unsubscribe_token: null }, 'http://localhost:4321')).toThrow(/No unsubscribe token/);
  });

  it('gives a confirmation mail no List-Unsubscribe: nothing is subscribed yet', async () => {
    const lines = headerBlock(await raw({ ...base, kind: 'confirm', unsubscribe_token: null }));
    expect(lines.some((line) => line.startsWith('List-Unsubscribe'))).toBe(false);
    expect(lines).toContain('Auto-Submitted: auto-generated');
  });

  it('refuses a recipient that is not one plain address', () => {
    for (const to of [
      'jan@voorbeeld.nl, piet@voorbeeld.nl',
      'jan@voorbeeld.nl\r\nBcc: x@y.nl',
      'Jan <jan@voorbeeld.nl>',
      '"a b"@voorbeeld.nl',
    ]) {
      expect(() => mailMessage({ ...base, to }, content, settings)).toThrow(/Not a deliverable e-mail address/);
    }
  });

  it('leaves the subscription out of the one-click address of a mail about all of them', () => {
    expect(oneClickUrl({ ...base, subscription_id: null, language: 'nl' }, 'http://localhost:4321')).toBe(
      `http://localhost:4321/functions/v1/unsubscribe?token=${UNSUBSCRIBE_TOKEN}&lang=nl`,
    );
  });

  it('reads MAIL_FROM as "Name <address>" or an address, and refuses anything else', () => {
    expect(senderOf('Meedoen Demodam <noreply@demodam.nl>', 'Gemeente')).toEqual({
      name: 'Meedoen Demodam',
      address: 'noreply@demodam.nl',
    });
    expect(senderOf('noreply@demodam.nl', 'Gemeente Demodam')).toEqual({ name: 'Gemeente Demodam', address: 'noreply@demodam.nl' });
    expect(senderOf(undefined, 'Gemeente Demodam')).toEqual({ name: 'Gemeente Demodam', address: 'noreply@localhost' });
    expect(() => senderOf('niet een adres', 'x')).toThrow(/MAIL_FROM is not an e-mail address/);
  });
});

describe('an invitation', () => {
  const invitation = (replyTo: string): ClaimedMail =>
    claimedMailSchema.parse({
      ...base,
      items: [
        {
          kind: 'invitation',
          outbox_id: 42,
          project: { slug: 'testproject', title: 'Testproject' },
          record: {
            id: '40000000-0000-4000-8000-000000000001',
            title: 'Klankbordgroep',
            body: 'Doe mee.',
            group_name: null,
            reply_to: replyTo,
            translations: {},
            moment: null,
          },
        },
      ],
    });

  it('sends replies to the address staff gave, in a header of its own', async () => {
    const lines = headerBlock(await raw(invitation('contact@testdam.example')));
    expect(lines).toContain('Reply-To: contact@testdam.example');
    expect(headerBlock(await raw(base)).some((line) => line.startsWith('Reply-To'))).toBe(false);
  });

  it('refuses a reply address that would add a header or a recipient', () => {
    expect(() =>
      claimedMailSchema.parse({
        ...invitation('a@b.nl'),
        items: [
          {
            ...invitation('a@b.nl').items[0],
            record: { ...(invitation('a@b.nl').items[0] as { record: object }).record, reply_to: 'a@b.nl\r\nBcc: x@y.nl' },
          },
        ],
      }),
    ).toThrow();
    // What the database would never store (it keeps addresses in lower case) is refused again on the way out.
    expect(() => mailMessage(invitation('Contact@Testdam.example'), content, settings)).toThrow(/Not a reply address/);
  });
});
