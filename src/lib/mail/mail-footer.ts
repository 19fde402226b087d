import { mailText } from '../../i18n/text/mail.ts';
import type { ClaimedMail } from './mail-batch.ts';
import type { MailLink } from './mail-layout.ts';
import { manageUrl, unsubscribeUrl, type MailLinks } from './mail-links.ts';

/**
 * Why a follower gets this mail, and the manage and unsubscribe links (the mail's manage token in the hash).
 * Without a subscription id the unsubscribe link stops every mail of the recipient, and says so.
 */
export function followerFooter(mail: ClaimedMail, links: MailLinks): { why: string; footerLinks: MailLink[] } {
  const t = mailText[links.locale].footer;
  const projects = new Set(mail.items.map((item) => item.project.title));
  const project = mail.project?.title ?? (projects.size === 1 ? [...projects][0] : undefined);
  return {
    why: project === undefined ? t.whyAll(mail.organisation.name) : t.why(mail.organisation.name, project),
    footerLinks: [
      { text: t.manage, url: manageUrl(links, mail.token) },
      { text: mail.subscription_id ? t.unsubscribe : t.unsubscribeAll, url: unsubscribeUrl(links, mail.token, mail.subscription_id) },
    ],
  };
}
