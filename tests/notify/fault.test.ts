import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { addFollower, clientFor, startFixturePortal } from '../database/support.ts';
import { startNotifyProcess, type NotifyProcess } from './notify-process.ts';
import { publishUpdate, startSink, type Sink } from './support.ts';

// The mail worker's fault test: a crash mid-batch neither loses a mail nor sends one twice. `npm run notify` runs
// as a child process (scripts/notify.ts) against the stand-in; the SMTP server stalls on the end of DATA of the 8th mail (so the
// worker waits for a 250 that never comes), and the worker is killed with SIGKILL while it waits. The worker started
// after it with the same journal reports the seven mails the server accepted, hands the rest of the claim back, and
// drains the outbox.

const FOLLOWERS = 30;
const HELD = 8;
const LEASE = 5;
let portal: LocalSupabase;
let sink: Sink;
let editor: SupabaseClient;
let approver: SupabaseClient;
const children: ChildProcess[] = [];

beforeAll(async () => {
  portal = await startFixturePortal();
  sink = await startSink();
  [editor, approver] = await Promise.all([clientFor(portal, 'editor'), clientFor(portal, 'approver')]);
  for (let i = 1; i <= FOLLOWERS; i += 1) await addFollower(portal.db, `volger-${i}@voorbeeld.nl`, { language: i % 2 ? 'nl' : 'en' });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await sink?.close();
  await portal?.close();
});

const JOURNAL = join(mkdtempSync(join(tmpdir(), 'mail-fault-')), 'worker.jsonl');

function startWorker(args: string[]): NotifyProcess {
  const worker = startNotifyProcess(['--journal', JOURNAL, ...args], {
    apiUrl: portal.url,
    serviceRoleKey: portal.serviceRoleKey,
    smtpUrl: sink.url,
  });
  children.push(worker.child);
  return worker;
}

async function statuses(): Promise<Record<string, number>> {
  const { rows } = await portal.db.query<{ status: string; n: number }>(
    `select status::text as status, count(*)::int as n from portal.outbox where kind = 'update' group by status`,
  );
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('killing the worker mid-batch', () => {
  it('leaves every recipient with exactly one mail after a restart', async () => {
    const title = 'Nieuws voor de fouttest';
    await publishUpdate(editor, approver, title);
    // The publish wrote one notice; the worker makes the mails.
    expect(await statuses()).toEqual({});
    sink.holdData(HELD);

    const first = startWorker(['--once', '--lease-seconds', String(LEASE)]);
    await Promise.race([
      sink.held,
      first.exited.then(() => {
        throw new Error(`The worker ended early:\n${first.output()}`);
      }),
    ]);
    // The 8th mail is in the SMTP server's hands but not accepted: the worker waits for its 250.
    expect(sink.mails).toHaveLength(HELD - 1);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    // The seven accepted mails are in the worker's journal, not yet in the database: the claim is reported at its end.
    const afterKill = await statuses();
    expect(afterKill.sent).toBeUndefined();
    expect(afterKill.sending).toBe(FOLLOWERS);

    const second = startWorker(['--interval', '1', '--lease-seconds', String(LEASE)]);
    await until(async () => (await statuses()).sent === FOLLOWERS, 300_000, `all ${FOLLOWERS} mails sent:\n${second.output()}`);
    // SIGTERM: the worker finishes what it is doing and exits cleanly.
    second.child.kill('SIGTERM');
    expect(await second.exited, second.output()).toBe(0);
    expect(second.output()).toContain('SIGTERM: finishing the mail being sent, then stopping.');

    const notices = sink.mails.filter((mail) => mail.subject.includes(title));
    const perRecipient = new Map<string, number>();
    for (const mail of notices) perRecipient.set(mail.to, (perRecipient.get(mail.to) ?? 0) + 1);
    expect(perRecipient.size).toBe(FOLLOWERS);
    expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
    expect(notices).toHaveLength(FOLLOWERS);
    expect(second.output()).toMatch(/Mail: claimed \d+, sent \d+, failed 0\./);
    expect(second.output()).toContain(
      `Mail journal: reported ${HELD - 1} mails sent before the last stop and handed back ${FOLLOWERS - HELD + 1} not sent.`,
    );
  });
});
