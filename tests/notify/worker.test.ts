import type { SupabaseClient } from '@supabase/supabase-js';
import { createClient } from '@supabase/supabase-js';
import { JSDOM } from 'jsdom';
import type { Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalApi } from '../../src/lib/api/client.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMailJournal, type MailJournal } from '../../src/services/notify/mail-journal.ts';
import { createMailWorker, type MailWorker } from '../../src/services/notify/mail-worker.ts';
import { smtpTransport } from '../../src/services/notify/smtp-transport.ts';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { useTestFollowSettings, withSolvedChallenge } from '../database/follow-challenge.ts';
import { addFollower, clientFor, startFixturePortal } from '../database/support.ts';
import { listUnsubscribeUrl, publishUpdate, startSink, type Sink, type SinkMail } from './support.ts';

// The mail worker with real parts: the stand-in over PGlite with the migrations and the hostile fixture, the
// worker talking to it over HTTP with the service role key, and a real SMTP server receiving the mail.

const SITE = 'https://meedoen.testdam.example';
let portal: LocalSupabase;
let sink: Sink;
let transport: Transporter;
let worker: MailWorker;
let journal: MailJournal;
let editor: SupabaseClient;
let approver: SupabaseClient;
let anon: SupabaseClient;
const lines: string[] = [];

beforeAll(async () => {
  portal = await startFixturePortal();
  await useTestFollowSettings(portal.db);
  sink = await startSink();
  transport = smtpTransport(sink.url);
  journal = openMailJournal(join(mkdtempSync(join(tmpdir(), 'mail-journal-')), 'worker.jsonl'));
  worker = createMailWorker({
    api: createPortalApi({ url: portal.url, anonKey: portal.serviceRoleKey }),
    transport,
    journal,
    siteUrl: SITE,
    apiUrl: portal.url,
    log: (line) => lines.push(line),
  });
  [editor, approver] = await Promise.all([clientFor(portal, 'editor'), clientFor(portal, 'approver')]);
  anon = createClient(portal.url, portal.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { headers: { 'x-forwarded-for': '198.51.100.77' } },
  });
});
afterAll(async () => {
  transport?.close();
  journal?.close();
  await sink?.close();
  await portal?.close();
});

async function outbox(email: string): Promise<{ kind: string; status: string; attempts: number; last_error: string | null }[]> {
  const { rows } = await portal.db.query<{ kind: string; status: string; attempts: number; last_error: string | null }>(
    `select o.kind, o.status::text as status, o.attempts, o.last_error from portal.outbox o
     join portal.subscribers s on s.id = o.subscriber_id where s.email = $1 order by o.id`,
    [email],
  );
  return rows;
}

const about = (title: string) => (mail: SinkMail) => mail.subject.includes(title);

describe('the mail worker', () => {
  it('follow → confirmation mail with a working link → welcome mail with the catch-up', async () => {
    const email = 'nieuwe-volger@voorbeeld.nl';
    const input = await withSolvedChallenge(anon, { organisation: 'testdam', project: 'testproject', email, language: 'nl' });
    const followed = await anon.rpc('follow_project', { input });
    expect(followed.error).toBeNull();
    expect(await worker.drain()).toEqual({ claimed: 1, sent: 1, failed: 0, fannedOut: 0 });
    const [confirm, ...more] = sink.to(email);
    expect(more).toEqual([]);
    expect(confirm?.subject).toMatch(/^Bevestig dat u het project td-project/);
    // No one-click unsubscribe on a confirmation: nothing is subscribed yet.
    expect(confirm?.headers.has('list-unsubscribe')).toBe(false);
    expect(confirm?.headers.get('auto-submitted')).toBe('auto-generated');
    expect(confirm?.messageId).toMatch(/^<mail-\d+@meedoen\.testdam\.example>$/);
    const link = confirm?.links.find((href) => new URL(href).pathname === '/volgen/bevestigen/');
    expect(link).toBeDefined();
    const token = new URLSearchParams(new URL(link!).hash.slice(1)).get('token');
    const confirmed = await anon.rpc('confirm_subscription', { input: { token } });
    expect(confirmed.error).toBeNull();
    expect(confirmed.data).toMatchObject({ status: 'confirmed', already_confirmed: false });

    expect(await worker.drain()).toEqual({ claimed: 1, sent: 1, failed: 0, fannedOut: 0 });
    const welcome = sink.to(email)[1];
    expect(welcome?.subject).toMatch(/^Welkom: u volgt nu het project td-project/);
    expect(welcome?.text).toContain('Wat er tot nu toe is gebeurd');
    expect(welcome?.text).toContain('td-decision-published-title');
    // The fixture's hostile text arrives as text in the HTML part, never as markup.
    const doc = new JSDOM(welcome!.html).window.document;
    expect(doc.querySelectorAll('script, img, iframe, svg').length).toBe(0);
    expect(doc.body.textContent).toContain('td-decision-published-title <script>alert(1)</script>');
    expect(listUnsubscribeUrl(welcome!)).toMatch(
      new RegExp(`^${portal.url}/functions/v1/unsubscribe\\?token=[A-Za-z0-9_-]{43}&subscription=[0-9a-f-]{36}&lang=nl$`),
    );
    // The header carries a token of its own: the manage token stays in the links of the body.
    const manageLink = welcome?.links.find((href) => new URL(href).pathname === '/volgen/beheren/');
    const manageToken = new URLSearchParams(new URL(manageLink!).hash.slice(1)).get('token');
    expect(manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new URL(listUnsubscribeUrl(welcome!)).searchParams.get('token')).not.toBe(manageToken);
    expect(listUnsubscribeUrl(welcome!)).not.toContain(manageToken);
    expect(welcome?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(welcome?.headers.get('list-id')).toMatch(/ <testdam\.meedoen\.testdam\.example>$/);
    // The hostile organisation name is the sender's display name, quoted or encoded on one line.
    expect(welcome?.headers.get('from')).toMatch(/<noreply@localhost>$/);
    expect(welcome?.headers.get('from')).not.toMatch(/[\r\n]/);
    expect(lines).toContain('Mail: claimed 1, sent 1, failed 0.');
    expect((await outbox(email)).map((row) => [row.kind, row.status])).toEqual([
      ['confirm', 'sent'],
      ['welcome', 'sent'],
    ]);
  });

  it('a publish sends exactly one notice to each confirmed follower, in their language, and none to anyone else', async () => {
    await addFollower(portal.db, 'volger-1@voorbeeld.nl');
    await addFollower(portal.db, 'volger-2@voorbeeld.nl', { language: 'en' });
    await addFollower(portal.db, 'alles-volger@voorbeeld.nl', { project: null });
    await addFollower(portal.db, 'niet-bevestigd@voorbeeld.nl', { confirmed: false });
    const title = 'Werk aan de weg begint';
    await publishUpdate(editor, approver, title);
    const result = await worker.drain();
    expect(result).toMatchObject({ failed: 0, fannedOut: 4 });
    expect(lines).toContain('Mail: made 4 mails from new notices.');
    const notices = sink.mails.filter(about(title));
    expect(notices.map((mail) => mail.to).sort()).toEqual([
      'alles-volger@voorbeeld.nl',
      'nieuwe-volger@voorbeeld.nl',
      'volger-1@voorbeeld.nl',
      'volger-2@voorbeeld.nl',
    ]);
    expect(new Set(notices.map((mail) => mail.messageId)).size).toBe(4);
    const english = notices.find((mail) => mail.to === 'volger-2@voorbeeld.nl');
    expect(english?.text).toContain('There is news about the project');
    expect(english?.links.some((href) => href.startsWith(`${SITE}/en/follow/manage/#token=`))).toBe(true);
    // Draining again sends nothing more.
    expect(await worker.drain()).toEqual({ claimed: 0, sent: 0, failed: 0, fannedOut: 0 });
  });

  it("groups a daily follower's notices into one digest when its moment comes", async () => {
    const email = 'dagelijks@voorbeeld.nl';
    await addFollower(portal.db, email, { frequency: 'daily' });
    await publishUpdate(editor, approver, 'Eerste nieuws van de dag');
    await publishUpdate(editor, approver, 'Tweede nieuws van de dag');
    await worker.drain();
    expect(sink.to(email)).toEqual([]);
    // The digest moment (07:00 in Amsterdam) comes.
    await portal.db.query(
      `update portal.outbox o set next_attempt_at = now() from portal.subscribers s where s.id = o.subscriber_id and s.email = $1`,
      [email],
    );
    expect(await worker.drain()).toMatchObject({ claimed: 1, sent: 1, failed: 0 });
    const [digest, ...more] = sink.to(email);
    expect(more).toEqual([]);
    expect(digest?.subject).toBe('Uw dagelijkse overzicht: 2 berichten');
    expect(digest?.text).toContain('Nieuws: Eerste nieuws van de dag');
    expect(digest?.text).toContain('Nieuws: Tweede nieuws van de dag');
    expect((await outbox(email)).every((row) => row.status === 'sent')).toBe(true);
  });

  it('an SMTP refusal goes to fail_mail with the message, and a later retry sends the mail once', async () => {
    const email = 'drukke-postbus@voorbeeld.nl';
    await addFollower(portal.db, email);
    sink.refuseOnce(email);
    const title = 'Nieuws voor een drukke postbus';
    await publishUpdate(editor, approver, title);
    const first = await worker.drain();
    expect(first.failed).toBe(1);
    expect(sink.to(email)).toEqual([]);
    const [row] = await outbox(email);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.last_error).toMatch(/^SMTP: .*451/);
    expect(row?.last_error).not.toMatch(/\n|at .*\(/);
    // The backoff passes.
    await portal.db.query(
      `update portal.outbox o set next_attempt_at = now() from portal.subscribers s where s.id = o.subscriber_id and s.email = $1`,
      [email],
    );
    expect(await worker.drain()).toMatchObject({ sent: 1, failed: 0 });
    expect(sink.to(email).filter(about(title))).toHaveLength(1);
    expect((await outbox(email))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('the List-Unsubscribe header of a mail unsubscribes with one POST (no key, no login) and stops the next mail', async () => {
    const email = 'volger-1@voorbeeld.nl';
    const notice = sink.to(email).find(about('Werk aan de weg begint'));
    const url = listUnsubscribeUrl(notice!);
    // Mail providers fetch this address and may keep it: its token neither reads the address nor deletes it.
    const headerToken = new URL(url).searchParams.get('token');
    expect((await anon.rpc('my_subscriptions', { input: { token: headerToken } })).status).toBe(404);
    expect((await anon.rpc('delete_my_data', { input: { token: headerToken } })).status).toBe(404);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    const title = 'Nieuws na het afmelden';
    await publishUpdate(editor, approver, title);
    await worker.drain();
    expect(sink.to(email).filter(about(title))).toEqual([]);
    expect(sink.to('volger-2@voorbeeld.nl').filter(about(title))).toHaveLength(1);
  });

  it('after a crash, reports from its journal what the server had accepted and sends only the rest, once', async () => {
    const first = 'na-de-crash-1@voorbeeld.nl';
    const second = 'na-de-crash-2@voorbeeld.nl';
    await addFollower(portal.db, first);
    await addFollower(portal.db, second);
    const title = 'Nieuws voor na de crash';
    await publishUpdate(editor, approver, title);
    // The run that crashed: it made the mails, claimed them, and the server accepted the first one (written to
    // the journal) before the process died. Nothing of it reached the database.
    const service = createClient(portal.url, portal.serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false } });
    expect((await service.rpc('fan_out_notices', { input: {} })).error).toBeNull();
    const claimed = await service.rpc('claim_mail_batch', { input: { limit: 100 } });
    const mails = (claimed.data as { mails: { to: string; outbox_ids: number[] }[] }).mails.filter((mail) =>
      [first, second].includes(mail.to),
    );
    expect(mails).toHaveLength(2);
    const claim = (claimed.data as { claim_id: string }).claim_id;
    journal.claimed(claim);
    journal.sent(claim, mails.find((mail) => mail.to === first)!.outbox_ids);
    const before = sink.mails.length;

    await worker.drain();
    // The accepted one is reported sent without a second copy; the claim's rest went back and out at once.
    expect(sink.to(first).filter(about(title))).toEqual([]);
    expect(sink.to(second).filter(about(title))).toHaveLength(1);
    expect(sink.mails.length - before).toBe(sink.mails.slice(before).filter(about(title)).length);
    expect((await outbox(first)).map((row) => row.status)).toEqual(['sent']);
    expect((await outbox(second)).map((row) => row.status)).toEqual(['sent']);
    expect(
      lines.some((line) => /^Mail journal: reported 1 mails sent before the last stop and handed back \d+ not sent\.$/.test(line)),
    ).toBe(true);
    expect(journal.read()).toEqual({ claims: [], sent: new Map() });
  });
});
