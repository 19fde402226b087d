import { mailText } from '../../i18n/text/mail.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import type { ClaimedMail } from './mail-batch.ts';
import { localize } from '../content-language/localize.ts';
import { followerFooter } from './mail-footer.ts';
import { renderMail, type MailBlock, type MailContent } from './mail-layout.ts';
import { homeUrl, joinUrl, projectUrl, type MailLinks } from './mail-links.ts';
import { catchUpBlocks } from './welcome-catch-up.ts';

/**
 * The mail after confirming: what the follower will get and how often, and for a project the catch-up (what
 * happened so far, what is open for input, the next moments to take part), the same as on its join page.
 * Following every project gets a short welcome with a link to the site.
 */
export function welcomeMail(mail: ClaimedMail, links: MailLinks, timeline: ProjectTimeline | undefined): MailContent {
  const t = mailText[links.locale].welcome;
  const organisation = mail.organisation.name;
  const project = mail.project && { ...mail.project, title: localize(mail.project, 'title', links.locale).text };
  const blocks: MailBlock[] = [
    { kind: 'text', text: project ? t.thanks(project.title) : t.thanksAll(organisation) },
    { kind: 'text', text: t.frequency[mail.frequency] },
  ];
  if (project) {
    if (!timeline) throw new Error(`The welcome mail ${mail.key} needs the timeline of the project ${project.slug}.`);
    const catchUp = catchUpBlocks(timeline, links);
    if (catchUp.length > 0) blocks.push({ kind: 'text', text: t.catchUpIntro }, ...catchUp);
    blocks.push({ kind: 'link', text: t.joinLink, url: joinUrl(links, project.slug) });
    blocks.push({ kind: 'link', text: t.projectLink, url: projectUrl(links, project.slug) });
  } else {
    blocks.push({ kind: 'text', text: t.allIntro }, { kind: 'link', text: t.allLink, url: homeUrl(links) });
  }
  blocks.push({ kind: 'text', text: t.changeLater });
  return renderMail({
    locale: links.locale,
    subject: project ? t.subject(project.title) : t.subjectAll(organisation),
    blocks,
    ...followerFooter(mail, links),
  });
}
