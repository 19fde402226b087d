import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { oneHeaderLine, updateMail, type UpdateMailInput } from '../../../src/lib/mail/update-mail.ts';
import { hostileMarkdown } from '../support/hostile.ts';

const hostileText = `td-mail-title <script>alert(1)</script> "><img src=x onerror=alert(1)> & 'quotes'`;

const base: UpdateMailInput = {
  locale: 'nl',
  organisationName: 'Gemeente <b>Demodam</b>',
  projectTitle: 'Schoolzone & "veilig"',
  projectUrl: 'https://meedoen.demodam.example/projecten/schoolzone/',
  update: { title: hostileText, bodyMd: hostileMarkdown('td-mail-body') },
  manageUrl: 'https://meedoen.demodam.example/volgen/?token=abc',
  unsubscribeUrl: 'https://meedoen.demodam.example/afmelden/?token=abc',
};

describe('update mail', () => {
  it('neutralises hostile Markdown and text in the HTML part: no script, iframe, image, handler or unsafe link', () => {
    const { html } = updateMail(base);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, iframe, img, object, embed, form, style, svg').length).toBe(0);
    for (const element of Array.from(doc.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name, element.outerHTML.slice(0, 80)).not.toMatch(/^on/i);
        if (attribute.name === 'href') expect(attribute.value).toMatch(/^https?:\/\//);
      }
    }
    // Tags only as escaped text: the title's <script> is &lt;script&gt;, a code sample's is inside <code>.
    expect(html).not.toMatch(/<(script|iframe|img|svg|details|div|style)\b/i);
    // The hostile title shows as text, and the marker heading of the body as a heading.
    expect(doc.querySelector('h1')?.textContent).toBe(hostileText);
    expect(Array.from(doc.querySelectorAll('h2, h3')).some((h) => h.textContent?.includes('td-mail-body'))).toBe(true);
    expect(doc.body.textContent).toContain('Gemeente <b>Demodam</b>');
    expect(doc.documentElement.getAttribute('lang')).toBe('nl');
  });

  it('has a text part with the same content and none of the raw HTML of the body', () => {
    const { text } = updateMail(base);
    expect(text).toContain('td-mail-body kop');
    // Plain text is never read as HTML, so the title is shown exactly as written.
    expect(text).toContain(hostileText);
    const body = text.slice(text.indexOf('td-mail-body kop'));
    expect(body).not.toMatch(/<(iframe|img|svg|details|div|style)\b|on(error|load|toggle|click)=|data:text/i);
    // The only <script> left is the one written as a code sample, which the reader sees as code.
    expect(body.match(/<script>/g)?.length).toBe(2);
    expect(body).toContain('<script>alert(1)</script> als code.');
    expect(text).toContain('https://meedoen.demodam.example/afmelden/?token=abc');
    expect(text).toContain('https://meedoen.demodam.example/projecten/schoolzone/');
  });

  it('keeps the subject on one header line, so a title cannot add mail headers', () => {
    const { subject } = updateMail({ ...base, update: { title: 'Nieuws\r\nBcc: iedereen@example.com', bodyMd: 'Tekst' } });
    expect(subject).toBe('Schoolzone & "veilig": Nieuws Bcc: iedereen@example.com');
    expect(subject).not.toMatch(/[\r\n]/);
    expect(oneHeaderLine('a\u2028b\u0000c')).toBe('a b c');
  });

  it('speaks the subscriber’s language', () => {
    const { html, text } = updateMail({ ...base, locale: 'en' });
    expect(text).toContain('There is news about the project');
    expect(html).toContain('No more e-mail about this');
    expect(new JSDOM(html).window.document.documentElement.getAttribute('lang')).toBe('en');
  });

  it('refuses a link that is not a web address rather than mailing it', () => {
    expect(() => updateMail({ ...base, unsubscribeUrl: 'javascript:alert(1)' })).toThrow(/Not a web address/);
  });
});
