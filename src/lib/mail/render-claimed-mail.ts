import type { ProjectTimeline } from '../api/project-timeline.ts';
import type { ClaimedMail } from './mail-batch.ts';
import { confirmMail } from './confirm-mail.ts';
import type { MailContent } from './mail-layout.ts';
import { digestMail, noticeMail } from './notice-mail.ts';
import { welcomeMail } from './welcome-mail.ts';

export interface RenderContext {
  /** The site's own address (PUBLIC_SITE_URL), without a trailing slash. */
  siteUrl: string;
  /** The timelines of the projects of this batch's welcome mails, by project slug. */
  timelines: ReadonlyMap<string, ProjectTimeline>;
}

/**
 * The subject, HTML and text of one claimed mail, in the recipient's language.
 *
 * @example
 * renderClaimedMail(mail, { siteUrl: 'https://meedoen.demodam.nl', timelines: new Map() }) // => { subject, html, text }
 */
export function renderClaimedMail(mail: ClaimedMail, context: RenderContext): MailContent {
  const links = { siteUrl: context.siteUrl, locale: mail.language };
  switch (mail.kind) {
    case 'confirm':
      return confirmMail(mail, links);
    case 'welcome':
      return welcomeMail(mail, links, mail.project ? context.timelines.get(mail.project.slug) : undefined);
    case 'notice':
      return noticeMail(mail, links);
    case 'digest':
      return digestMail(mail, links);
  }
}
