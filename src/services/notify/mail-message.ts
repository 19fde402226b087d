import type { SendMailOptions } from 'nodemailer';
import type { MailContent } from '../../lib/mail/mail-layout.ts';
import type { ClaimedMail } from '../../lib/mail/mail-batch.ts';

// The envelope and headers of one mail. Header values never come straight from the database: the subject is
// one line (mail-layout.ts), the recipient must be a plain address, and nodemailer quotes or encodes the
// organisation's name where it appears (From, List-Id).

export interface MessageSettings {
  /** The site's address: the host of the Message-ID and the List-Id. */
  siteUrl: string;
  /** Where the API answers: the one-click unsubscribe is <apiUrl>/functions/v1/unsubscribe. */
  apiUrl: string;
  /** MAIL_FROM: "Name <address>" or an address; unset = the organisation's name and noreply@localhost. */
  from?: string | undefined;
}

/** The address as portal.is_email_address accepts it; anything else would let a value add recipients. */
const plainAddress = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The sender: MAIL_FROM's name and address, or the organisation's name with MAIL_FROM's bare address.
 *
 * @example
 * senderOf('noreply@demodam.nl', 'Gemeente Demodam') // => { name: 'Gemeente Demodam', address: 'noreply@demodam.nl' }
 * senderOf('Meedoen <noreply@demodam.nl>', 'Gemeente Demodam') // => { name: 'Meedoen', address: 'noreply@demodam.nl' }
 */
export function senderOf(from: string | undefined, organisationName: string): { name: string; address: string } {
  const value = from?.trim() || 'noreply@localhost';
  const named = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value);
  const name = (named ? named[1]!.replace(/^"|"$/g, '') : '').trim() || organisationName;
  const address = named ? named[2]! : value;
  if (!/^[^\s@<>",]+@[^\s@<>",]+$/.test(address)) throw new Error(`MAIL_FROM is not an e-mail address: ${JSON.stringify(value)}`);
  return { name: name.replace(/[\r\n\u0000-\u001f\u007f]+/g, ' '), address };
}

/**
 * The one-click unsubscribe address of RFC 8058, with the mail's unsubscribe token: mail providers fetch this
 * address and may keep it, so it carries a token that can only unsubscribe, never the manage token of the links
 * in the body (which also opens the settings and deletes the data). The language makes its answer and redirect
 * speak the recipient's.
 */
export function oneClickUrl(mail: ClaimedMail, apiUrl: string): string {
  if (!mail.unsubscribe_token)
    throw new Error(`No unsubscribe token for the List-Unsubscribe header (outbox ${mail.outbox_ids.join(', ')})`);
  const query = new URLSearchParams({ token: mail.unsubscribe_token });
  if (mail.subscription_id) query.set('subscription', mail.subscription_id);
  query.set('lang', mail.language);
  return `${apiUrl.replace(/\/+$/, '')}/functions/v1/unsubscribe?${query.toString()}`;
}

/**
 * What nodemailer sends for a claimed mail: From, To and the envelope, Message-ID built from the mail's stable
 * key (so a retry carries the same id and a mail client can drop a repeat), List-Id, Auto-Submitted, and the
 * one-click unsubscribe headers for every mail but a confirmation.
 */
export function mailMessage(mail: ClaimedMail, content: MailContent, settings: MessageSettings): SendMailOptions {
  if (!plainAddress.test(mail.to)) throw new Error(`Not a deliverable e-mail address (outbox ${mail.outbox_ids.join(', ')})`);
  const host = new URL(settings.siteUrl).hostname.replace(/^\[|\]$/g, '') || 'localhost';
  const sender = senderOf(settings.from, mail.organisation.name);
  const message: SendMailOptions = {
    from: sender,
    to: mail.to,
    envelope: { from: sender.address, to: [mail.to] },
    subject: content.subject,
    text: content.text,
    html: content.html,
    messageId: `<${mail.key}@${host}>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
    list: { id: { url: `${mail.organisation.slug}.${host}`, comment: mail.organisation.name } },
  };
  // An invitation's replies go to the project's contact person (the address staff gave), not to the sender.
  const invitation = mail.kind === 'notice' ? mail.items.find((item) => item.kind === 'invitation') : undefined;
  if (invitation?.kind === 'invitation') {
    if (!plainAddress.test(invitation.record.reply_to)) throw new Error(`Not a reply address (outbox ${mail.outbox_ids.join(', ')})`);
    message.replyTo = invitation.record.reply_to;
  }
  // A confirmation mail gets no List-Unsubscribe: nothing is subscribed yet, and it has no unsubscribe token.
  // Ignoring the mail is enough; the body says so.
  if (mail.kind !== 'confirm') {
    message.list = { ...message.list, unsubscribe: oneClickUrl(mail, settings.apiUrl) };
    message.headers = { ...(message.headers as Record<string, string>), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }
  return message;
}
