import { connect } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from '../../src/services/local-mail/index.ts';

// The local SMTP catcher with a real SMTP client (nodemailer) and a raw socket that gives up halfway.
let dir: string;
let catcher: MailCatcher;
const lines: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catcher-'));
  catcher = await startMailCatcher({ dir: join(dir, 'mail'), log: (line) => lines.push(line) });
});
afterAll(async () => {
  await catcher?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Speaks SMTP line by line, waiting for each answer. */
async function rawSession(steps: string[]): Promise<{ answers: string[]; destroy(): void }> {
  const socket = connect(catcher.port, catcher.host);
  const answers: string[] = [];
  let buffer = '';
  let waiting: (() => void) | undefined;
  socket.on('data', (chunk) => {
    buffer += chunk.toString();
    if (/\r\n$/.test(buffer) && !/^\d{3}-/m.test(buffer.split('\r\n').at(-2) ?? '')) {
      answers.push(buffer);
      buffer = '';
      waiting?.();
    }
  });
  const answer = () => new Promise<void>((resolve) => (waiting = resolve));
  await answer();
  for (const step of steps) {
    socket.write(step);
    if (step.endsWith('\r\n') && !step.startsWith('Subject')) await answer();
  }
  return { answers, destroy: () => socket.destroy() };
}

describe('the local mail catcher', () => {
  it('stores a complete mail as .eml before answering 250, and prints the recipient, subject and links', async () => {
    const transport = createTransport(catcher.url);
    const info = await transport.sendMail({
      from: 'Gemeente Testdam <noreply@localhost>',
      to: 'jan@voorbeeld.nl',
      subject: 'Bevestig dat u wilt volgen',
      text: 'Klik op https://meedoen.example/volgen/bevestigen/#token=abc. Klaar.',
      html: '<p>Klik</p>',
    });
    transport.close();
    expect(info.response).toMatch(/^250/);
    const files = (await readdir(join(dir, 'mail'))).filter((name) => name.endsWith('.eml'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{8}T\d{9}Z-1\.eml$/);
    const raw = await readFile(join(dir, 'mail', files[0]!), 'utf8');
    expect(raw).toContain('Subject: Bevestig dat u wilt volgen');
    expect(lines).toContain('Mail to jan@voorbeeld.nl: Bevestig dat u wilt volgen');
    expect(lines).toContain('  https://meedoen.example/volgen/bevestigen/#token=abc');
    expect(catcher.caught).toHaveLength(1);
  });

  it('stores nothing for a client that disconnects before the end of DATA', async () => {
    const before = (await readdir(join(dir, 'mail'))).length;
    const session = await rawSession([
      'EHLO test\r\n',
      'MAIL FROM:<a@b.example>\r\n',
      'RCPT TO:<c@d.example>\r\n',
      'DATA\r\n',
      'Subject: half\r\n\r\nThe first half of a mail, and then',
    ]);
    expect(session.answers.at(-1)).toMatch(/^354/);
    session.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readdir(join(dir, 'mail'))).toHaveLength(before);
    expect(catcher.caught).toHaveLength(1);
  });

  it('listens on the loopback interface only', () => {
    expect(catcher.host).toBe('127.0.0.1');
    expect(catcher.url).toBe(`smtp://127.0.0.1:${catcher.port}`);
  });
});
