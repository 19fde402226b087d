import type { Locale } from '../../i18n/locales.ts';
import { mailText } from '../../i18n/text/mail.ts';
import { renderMail, type MailBlock, type MailContent } from './mail-layout.ts';

export { oneHeaderLine, type MailContent } from './mail-layout.ts';

// The e-mail that tells a follower about a published update: an HTML part and a text part with the same
// content. The update's Markdown goes through the one sanitiser of src/lib/markdown (as on the project page
// and in the feeds); every other value is escaped by the layout (mail-layout.ts). Sending, batching and the
// List-Unsubscribe headers belong to the notification worker; this only decides what a mail says.

export interface UpdateMailInput {
  locale: Locale;
  organisationName: string;
  projectTitle: string;
  /** Absolute URL of the project page in the subscriber's language. */
  projectUrl: string;
  update: { title: string; bodyMd: string };
  /** Absolute URLs that work without signing in. */
  manageUrl: string;
  unsubscribeUrl: string;
  /** Why the recipient gets this mail; default: they follow this project. */
  why?: string;
}

/**
 * The blocks of an update: its title as a heading of `level`, its Markdown body one level below, and the
 * link to read it online. A notice mail shows them at level 1, a digest at level 3 (under the project).
 */
export function updateBlocks(
  locale: Locale,
  update: { title: string; bodyMd: string },
  projectUrl: string,
  level: 1 | 2 | 3,
  title = update.title,
): MailBlock[] {
  const t = mailText[locale].notice;
  return [
    { kind: 'heading', level, text: title },
    // The body's headings sit below the update's own title.
    { kind: 'markdown', markdown: update.bodyMd, headingLevel: (level + 1) as 2 | 3 | 4 },
    { kind: 'link', text: t.readOnline, url: projectUrl },
  ];
}

/**
 * The subject, HTML and text of an update mail.
 *
 * @example
 * updateMail({ locale: 'nl', organisationName: 'Gemeente Demodam', projectTitle: 'Schoolzone', projectUrl: 'https://…',
 *   update: { title: 'Start werk', bodyMd: 'We beginnen **maandag**.' }, manageUrl: 'https://…', unsubscribeUrl: 'https://…' })
 * // => { subject: 'Schoolzone: Start werk', html: '<!doctype html>…', text: 'Er is nieuws …' }
 */
export function updateMail(input: UpdateMailInput): MailContent {
  const t = mailText[input.locale];
  return renderMail({
    locale: input.locale,
    subject: t.notice.update.subject(input.projectTitle, input.update.title),
    blocks: [{ kind: 'text', text: t.notice.intro(input.projectTitle) }, ...updateBlocks(input.locale, input.update, input.projectUrl, 1)],
    why: input.why ?? t.footer.why(input.organisationName, input.projectTitle),
    footerLinks: [
      { text: t.footer.manage, url: input.manageUrl },
      { text: t.footer.unsubscribe, url: input.unsubscribeUrl },
    ],
  });
}
