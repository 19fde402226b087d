import { mailText } from '../../i18n/text/mail.ts';
import { formatDateTime } from '../format/dates.ts';
import type { ClaimedMail } from './mail-batch.ts';
import { renderMail, type MailBlock, type MailContent } from './mail-layout.ts';
import { confirmUrl, type MailLinks } from './mail-links.ts';

/**
 * The double opt-in mail: the confirmation link (valid 7 days), or, when the address already follows this,
 * a note that nothing needs doing with a link to the settings (confirming twice is harmless, and the
 * confirmation page offers the manage page).
 *
 * Its footer has no manage or unsubscribe link: nothing is subscribed yet, and a confirmation token cannot
 * open the manage page. What to do if it was not you is in the body: nothing.
 */
export function confirmMail(mail: ClaimedMail, links: MailLinks): MailContent {
  const t = mailText[links.locale].confirm;
  const organisation = mail.organisation.name;
  const project = mail.project?.title;
  const url = confirmUrl(links, mail.token, mail.project?.slug ?? null);
  let subject: string;
  let blocks: MailBlock[];
  if (mail.already_confirmed) {
    subject = project === undefined ? t.subjectAlreadyAll(organisation) : t.subjectAlready(project);
    blocks = [
      { kind: 'text', text: t.already(project === undefined ? t.alreadyAll(organisation) : t.alreadyProject(project)) },
      { kind: 'link', text: t.alreadyLink, url },
    ];
  } else {
    subject = project === undefined ? t.subjectAll(organisation) : t.subject(project);
    blocks = [
      { kind: 'text', text: project === undefined ? t.askedAll(organisation) : t.asked(project, organisation) },
      { kind: 'link', text: t.link, url },
      { kind: 'text', text: t.validUntil(formatDateTime(mail.token_expires_at, links.locale).text) },
      { kind: 'text', text: t.notYou },
    ];
  }
  return renderMail({ locale: links.locale, subject, blocks, why: t.why(organisation), footerLinks: [] });
}
