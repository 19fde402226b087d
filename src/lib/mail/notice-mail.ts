import { mailText } from '../../i18n/text/mail.ts';
import { localize } from '../content-language/localize.ts';
import type { ClaimedMail, NoticeItem } from './mail-batch.ts';
import { followerFooter } from './mail-footer.ts';
import { renderMail, type MailBlock, type MailContent } from './mail-layout.ts';
import type { MailLinks } from './mail-links.ts';
import { noticeBlocks, noticeSubject } from './notice-sections.ts';

/** A mail about one published change, for a follower who wants mail at once. */
export function noticeMail(mail: ClaimedMail, links: MailLinks): MailContent {
  const [item, ...rest] = mail.items;
  if (!item || rest.length > 0) throw new Error(`A notice mail has exactly one item, ${mail.key} has ${mail.items.length}.`);
  const t = mailText[links.locale].notice;
  return renderMail({
    locale: links.locale,
    subject: noticeSubject(item, links.locale),
    blocks: [{ kind: 'text', text: t.intro(localize(item.project, 'title', links.locale).text) }, ...noticeBlocks(item, links, 1)],
    ...followerFooter(mail, links),
  });
}

/** The daily or weekly digest: every item as a section, grouped by project in the order they came. */
export function digestMail(mail: ClaimedMail, links: MailLinks): MailContent {
  if (mail.items.length === 0) throw new Error(`A digest has at least one item, ${mail.key} has none.`);
  const t = mailText[links.locale].digest;
  const frequency = mail.frequency === 'weekly' ? 'weekly' : 'daily';
  const byProject = new Map<string, NoticeItem[]>();
  for (const item of mail.items) byProject.set(item.project.slug, [...(byProject.get(item.project.slug) ?? []), item]);
  const blocks: MailBlock[] = [
    { kind: 'heading', level: 1, text: t.heading(frequency) },
    { kind: 'text', text: t.intro(mail.items.length, mail.organisation.name) },
  ];
  for (const items of byProject.values()) {
    const project = items[0]?.project;
    blocks.push({ kind: 'heading', level: 2, text: t.project(project === undefined ? '' : localize(project, 'title', links.locale).text) });
    for (const item of items) blocks.push(...noticeBlocks(item, links, 3));
  }
  return renderMail({
    locale: links.locale,
    subject: t.subject(frequency, mail.items.length),
    blocks,
    ...followerFooter(mail, links),
  });
}
