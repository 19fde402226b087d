import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ClaimedMail, NoticeItem } from '../../../src/lib/mail/mail-batch.ts';
import { claimedMailSchema } from '../../../src/lib/mail/mail-batch.ts';
import { renderClaimedMail } from '../../../src/lib/mail/render-claimed-mail.ts';
import { projectTimelineDocument } from '../support/documents.ts';
import { hostile, hostileMarkdown } from '../support/hostile.ts';

// Every kind of mail in both languages, filled with the hostile fixture's kind of text: each field carries a
// marker, so a field that is not escaped, or missing from one of the two parts, fails here.

const TOKEN = 'A'.repeat(20) + '_-' + 'b'.repeat(21);
/** The List-Unsubscribe header's token: never in a link of the body. */
const UNSUBSCRIBE_TOKEN = 'U'.repeat(43);
const SUBSCRIPTION = '30000000-0000-4000-8000-000000000001';
const SITE = 'https://meedoen.testdam.example';
const project = { slug: 'testproject', title: hostile('m-project') };

const items: NoticeItem[] = [
  {
    kind: 'update',
    outbox_id: 11,
    project,
    record: {
      id: '40000000-0000-4000-8000-000000000001',
      title: hostile('m-update-title'),
      body_md: hostileMarkdown('m-update-body'),
      published_at: '2026-11-20T10:00:00Z',
    },
  },
  {
    kind: 'decision',
    outbox_id: 12,
    project,
    record: {
      id: '40000000-0000-4000-8000-000000000002',
      title: hostile('m-decision-title'),
      decided_on: '2026-11-19',
      decided_by: hostile('m-decision-by'),
      decision: hostile('m-decision-decision'),
      rationale: `${hostile('m-decision-rationale')}\n\nTweede alinea.`,
      input_used: hostile('m-decision-input'),
    },
  },
  {
    kind: 'promise_status',
    outbox_id: 13,
    project,
    record: {
      id: '40000000-0000-4000-8000-000000000003',
      promise_id: '40000000-0000-4000-8000-000000000004',
      promise: hostile('m-promise-text'),
      status: 'broken',
      previous_status: 'in_progress',
      changed_at: '2026-11-21T09:15:00Z',
      changed_by: hostile('m-promise-by'),
      explanation: hostile('m-promise-explanation'),
    },
  },
  {
    kind: 'council_outcome',
    outbox_id: 14,
    project,
    record: {
      id: '40000000-0000-4000-8000-000000000005',
      meets_on: '2026-11-18',
      body: hostile('m-council-body'),
      agenda_item: hostile('m-council-item'),
      outcome: 'amended',
      outcome_summary: hostile('m-council-summary'),
      differs_from_participation: true,
      council_reasons: hostile('m-council-reasons'),
    },
  },
  {
    kind: 'key_date',
    outbox_id: 15,
    project,
    record: {
      id: '40000000-0000-4000-8000-000000000006',
      kind: 'walk_in',
      title: hostile('m-keydate-title'),
      starts_at: '2026-12-01T18:30:00Z',
      ends_at: '2026-12-01T20:00:00Z',
      location: hostile('m-keydate-location'),
      online_url: "https://testdam.example/m-keydate-url?a='x'&b=(1)&c={{7*7}}",
      how_to_join: hostile('m-keydate-how'),
    },
  },
];

function mail(over: Partial<ClaimedMail>): ClaimedMail {
  return claimedMailSchema.parse({
    key: 'mail-11',
    outbox_ids: [11],
    kind: 'notice',
    attempt: 1,
    to: 'jan@voorbeeld.nl',
    language: 'nl',
    organisation: { slug: 'testdam', name: hostile('m-organisation') },
    token: TOKEN,
    token_expires_at: '2026-12-05T07:00:00Z',
    unsubscribe_token: over.kind === 'confirm' ? null : UNSUBSCRIBE_TOKEN,
    subscription_id: SUBSCRIPTION,
    frequency: 'immediate',
    project: null,
    already_confirmed: false,
    items: [],
    ...over,
  });
}

const mails: Record<string, ClaimedMail> = {
  confirm: mail({ kind: 'confirm', project }),
  confirmAll: mail({ kind: 'confirm', project: null }),
  confirmAlready: mail({ kind: 'confirm', project, already_confirmed: true }),
  welcome: mail({ kind: 'welcome', project }),
  welcomeAll: mail({ kind: 'welcome', project: null, subscription_id: SUBSCRIPTION, frequency: 'weekly' }),
  ...Object.fromEntries(
    items.map((item) => [`notice-${item.kind}`, mail({ kind: 'notice', items: [item], outbox_ids: [item.outbox_id] })]),
  ),
  digest: mail({ kind: 'digest', frequency: 'daily', subscription_id: null, items, outbox_ids: items.map((item) => item.outbox_id) }),
};

const timeline = projectTimelineDocument('testproject');
const render = (m: ClaimedMail) => renderClaimedMail(m, { siteUrl: SITE, timelines: new Map([['testproject', timeline]]) });

/** Every attribute of the HTML part is safe, and no hostile tag survives as markup. */
function expectSafeHtml(html: string): Document {
  const doc = new JSDOM(html).window.document;
  expect(doc.querySelectorAll('script, iframe, img, object, embed, form, style, svg').length).toBe(0);
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name, element.outerHTML.slice(0, 80)).not.toMatch(/^on/i);
      if (attribute.name === 'href') expect(attribute.value).toMatch(/^https:\/\//);
    }
  }
  expect(html).not.toMatch(/<(script|iframe|img|svg|details|div|style)\b/i);
  return doc;
}

describe.each(['nl', 'en'] as const)('every kind of mail in %s', (language) => {
  it.each(Object.keys(mails))('%s has a one-line subject, a safe HTML part and a text part with the same content', (name) => {
    const claimed = { ...mails[name]!, language };
    const { subject, html, text } = render(claimed);
    expect(subject.length).toBeGreaterThan(5);
    expect(subject).not.toMatch(/[\r\n\u0000-\u001f]/);
    const doc = expectSafeHtml(html);
    expect(doc.documentElement.getAttribute('lang')).toBe(language);
    expect(doc.title).toBe(subject);
    // The visible text of the HTML part and the text part carry the same markers.
    const visible = doc.body.textContent ?? '';
    const markers = new Set([...`${visible}\n${text}`.matchAll(/(?<![/\w-])m-[a-z-]+/g)].map((m) => m[0]));
    expect(markers.size).toBeGreaterThan(0);
    for (const marker of markers) {
      expect(visible, `${marker} in the HTML part`).toContain(marker);
      expect(text, `${marker} in the text part`).toContain(marker);
    }
    // Hostile text shows as text: the organisation's name is there with its payload as characters.
    expect(`${visible}${text}`).toContain('m-organisation');
    expect(visible).toContain('<script>alert("m-organisation")</script>');
    // No address of anyone in the body.
    expect(`${html}${text}`).not.toContain('jan@voorbeeld.nl');
  });

  it('puts the token in the hash of every link that carries it, never in a path or query', () => {
    for (const [name, m] of Object.entries(mails)) {
      const { html, text } = render({ ...m, language });
      const hrefs = Array.from(new JSDOM(html).window.document.querySelectorAll('a')).map((a) => a.href);
      const withToken = hrefs.filter((href) => href.includes(TOKEN));
      expect(withToken.length, name).toBeGreaterThan(0);
      for (const href of withToken) {
        const url = new URL(href);
        expect(url.origin).toBe(SITE);
        expect(`${url.pathname}${url.search}`).not.toContain(TOKEN);
        expect(url.hash).toContain(`token=${TOKEN}`);
        expect(text, name).toContain(href);
      }
      // The token of the List-Unsubscribe header is for that header only.
      expect(`${html}${text}`, name).not.toContain(UNSUBSCRIBE_TOKEN);
    }
  });
});

describe('what each mail says', () => {
  it('confirm: the link to the confirm page, how long it works, what to do if it was not you, and no unsubscribe link', () => {
    const { html, text } = render(mails.confirm!);
    // The project rides along, so that the page can lead back to it when the link has expired.
    expect(text).toContain(`${SITE}/volgen/bevestigen/#token=${TOKEN}&project=${project.slug}`);
    expect(render(mails.confirmAll!).text).toContain(`${SITE}/volgen/bevestigen/#token=${TOKEN}\n`);
    expect(text).toContain('7 dagen, tot 5 december 2026, 08:00');
    expect(text).toContain('Hebt u dit niet gevraagd?');
    expect(html).not.toContain('/volgen/afmelden/');
    const en = render({ ...mails.confirm!, language: 'en' });
    expect(en.text).toContain(`${SITE}/en/follow/confirm/#token=${TOKEN}`);
  });

  it('confirm for an address that already follows says so', () => {
    const { subject, text } = render(mails.confirmAlready!);
    expect(subject).toContain('U volgt het project');
    expect(text).toContain('U hoeft niets te doen');
    expect(text).not.toContain('Hebt u dit niet gevraagd?');
  });

  it('notices and digests carry the manage and unsubscribe links of their subscription', () => {
    const notice = render(mails['notice-decision']!);
    expect(notice.text).toContain(`${SITE}/volgen/beheren/#token=${TOKEN}`);
    expect(notice.text).toContain(`${SITE}/volgen/afmelden/#token=${TOKEN}&subscription=${SUBSCRIPTION}`);
    const digest = render(mails.digest!);
    // Without a subscription the link unsubscribes from everything, and says so.
    expect(digest.text).toContain(`Geen e-mail meer van ons: ${SITE}/volgen/afmelden/#token=${TOKEN}\n`);
  });

  it('a decision has its rationale and what was done with the input', () => {
    const { text } = render({ ...mails['notice-decision']!, language: 'en' });
    expect(text).toMatch(/Why:\nm-decision-rationale[^\n]*\n\nTweede alinea\./);
    expect(text).toContain('What was done with the input of residents:\nm-decision-input');
    expect(text).toContain('Decided on 19 November 2026 by m-decision-by');
  });

  it('a promise status change has the old and new status and the explanation', () => {
    const { subject, text } = render(mails['notice-promise_status']!);
    expect(subject).toContain('Niet nagekomen');
    expect(text).toContain('van "In uitvoering" naar "Niet nagekomen"');
    expect(text).toContain('Uitleg:\nm-promise-explanation');
  });

  it('a council outcome says when it differs from participation and why', () => {
    const { text } = render(mails['notice-council_outcome']!);
    expect(text).toContain('Aangenomen met wijzigingen');
    expect(text).toContain('wijkt af van wat inwoners hebben ingebracht. De redenen:\nm-council-reasons');
  });

  it('a key date says when, where, online and how to join, with the join page', () => {
    const { html, text } = render(mails['notice-key_date']!);
    expect(text).toContain('1 december 2026, 19:30–21:00');
    expect(text).toContain('Waar:\nm-keydate-location');
    expect(text).toContain('Zo doet u mee:\nm-keydate-how');
    expect(text).toContain(`${SITE}/projecten/testproject/meedoen/`);
    // The online address keeps working, its quotes percent-encoded, & escaped in the attribute.
    expect(html).toContain('href="https://testdam.example/m-keydate-url?a=%27x%27&amp;b=(1)&amp;c={{7*7}}"');
  });

  it('a digest groups its items under their project, each as a section', () => {
    const { subject, html } = render(mails.digest!);
    expect(subject).toBe('Uw dagelijkse overzicht: 5 berichten');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(Array.from(doc.querySelectorAll('h2')).map((h) => h.textContent)).toEqual([`Project: ${project.title}`]);
    expect(doc.querySelectorAll('h3').length).toBeGreaterThanOrEqual(5);
  });

  it('a welcome to every project links to the site and says how often mail comes', () => {
    const { text } = render({ ...mails.welcomeAll!, language: 'en' });
    expect(text).toContain('at most one e-mail a week');
    expect(text).toContain(`See all projects: ${SITE}/en/`);
  });

  it('a welcome to a project carries the catch-up: decisions with their rationale, promises, council, in both parts', () => {
    const { html, text } = render(mails.welcome!);
    const visible = new JSDOM(html).window.document.body.textContent ?? '';
    for (const part of [visible, text]) {
      expect(part).toContain('Wat er tot nu toe is gebeurd');
      expect(part).toContain('Besluiten');
      expect(part).toContain('decision-title <script>');
      expect(part).toContain('decision-rationale');
      expect(part).toContain('decision-input-used');
      expect(part).toContain('promise-body');
      expect(part).toContain('promise-explanation');
      expect(part).toContain('council-reasons');
    }
    const en = render({ ...mails.welcome!, language: 'en' }).text;
    expect(en).toContain('What has happened so far');
    expect(en).toContain('Decisions');
  });

  it('a welcome to a project needs its timeline, and links to the join page', () => {
    expect(() => renderClaimedMail(mails.welcome!, { siteUrl: SITE, timelines: new Map() })).toThrow(/needs the timeline/);
    expect(render(mails.welcome!).text).toContain(`${SITE}/projecten/testproject/meedoen/`);
  });

  it('keeps hostile titles out of the headers: the subject is one line', () => {
    const injected = {
      ...items[0]!,
      record: { ...(items[0] as Extract<NoticeItem, { kind: 'update' }>).record, title: 'Nieuws\r\nBcc: iedereen@example.com\u2028X' },
    } as NoticeItem;
    const { subject } = render(mail({ kind: 'notice', items: [injected] }));
    expect(subject).not.toMatch(/[\r\n\u2028]/);
    expect(subject).toContain('Nieuws Bcc: iedereen@example.com X');
  });
});
