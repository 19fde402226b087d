import type { Locale } from '../../i18n/locales.ts';
import { mailText } from '../../i18n/text/mail.ts';
import { escapeHtml } from '../feeds/plain-text.ts';
import { markdownToPlainText } from '../markdown/plain-text.ts';
import { renderMarkdownOnServer } from '../markdown/render-on-server.ts';

// The e-mail that tells a follower about a published update: an HTML part and a text part with the same
// content. The update's Markdown goes through the one sanitiser of src/lib/markdown (as on the project page
// and in the feeds); every other value is escaped here. Sending, batching and the List-Unsubscribe headers
// belong to the notification worker; this only decides what a mail says.

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
}

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

/**
 * A header value on one line: a line break in a title would otherwise start a new mail header (header
 * injection), and control characters have no place in a subject.
 *
 * @example
 * oneHeaderLine('Nieuws\r\nBcc: x@y.example') // => 'Nieuws Bcc: x@y.example'
 */
export function oneHeaderLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 250);
}

/** Only http(s) links go into a mail; anything else would be a bug upstream, so it fails loudly. */
function webUrl(url: string): string {
  if (!/^https?:\/\/[^\s<>"]+$/i.test(url)) throw new Error(`Not a web address for a mail link: ${JSON.stringify(url.slice(0, 100))}`);
  return url;
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
  const projectUrl = webUrl(input.projectUrl);
  const manageUrl = webUrl(input.manageUrl);
  const unsubscribeUrl = webUrl(input.unsubscribeUrl);
  const subject = oneHeaderLine(t.update.subject(input.projectTitle, input.update.title));
  // The mail's own h1 is the update title, so the body's headings start at h2.
  const body = renderMarkdownOnServer(input.update.bodyMd, 2);
  const e = escapeHtml;

  const html = `<!doctype html>
<html lang="${input.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em; margin: 0 auto; padding: 1em;">
<p>${e(t.update.intro(input.projectTitle))}</p>
<h1 style="font-size: 1.4em;">${e(input.update.title)}</h1>
${body}
<p><a href="${e(projectUrl)}">${e(t.update.readOnline)}</a></p>
<hr>
<p style="font-size: 0.9em;">${e(t.footer.why(input.organisationName, input.projectTitle))}<br>
<a href="${e(manageUrl)}">${e(t.footer.manage)}</a> · <a href="${e(unsubscribeUrl)}">${e(t.footer.unsubscribe)}</a></p>
</body>
</html>
`;

  const text = [
    t.update.intro(input.projectTitle),
    '',
    input.update.title,
    '='.repeat(Math.min(input.update.title.length, 72)),
    '',
    markdownToPlainText(input.update.bodyMd),
    '',
    `${t.update.readOnline}: ${projectUrl}`,
    '',
    '--',
    t.footer.why(input.organisationName, input.projectTitle),
    `${t.footer.manage}: ${manageUrl}`,
    `${t.footer.unsubscribe}: ${unsubscribeUrl}`,
    '',
  ].join('\n');

  return { subject, html, text };
}
