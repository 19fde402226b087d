import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { acquireLockFile } from '../lock-file.ts';

// The worker's journal of what the SMTP server accepted, so that it can report mails to the database per batch
// (one complete_mail per claim instead of one per mail) without sending anything twice after a crash.
//
// Before sending a claim the worker writes the claim id; after each 250 it writes the mail's outbox ids, before it
// starts the next mail. A write returns once the operating system has the bytes, so a killed process (SIGKILL,
// an out-of-memory kill) loses nothing of it; only a crash of the machine itself can lose the last lines, and then
// those mails are sent again, as before. When the batch is reported the journal is emptied. A worker that starts
// and finds lines replays them first: it completes what was accepted and hands the rest of its old claims back
// (release_mail), so they go out at once instead of after the lease. What stays at risk is the one mail in flight
// when the process died: accepted by the server, but not yet written here. It is sent again, with the same
// Message-ID. The journal holds claim ids and outbox ids only: no address, no token.

export interface JournalState {
  /** Claims taken and not yet fully reported, oldest first. */
  claims: string[];
  /** Outbox ids the SMTP server accepted, per claim, not yet completed in the database. */
  sent: Map<string, number[]>;
}

export interface MailJournal {
  readonly path: string;
  /** What an earlier run left: claims it took and mails the server accepted that were not reported. */
  read(): JournalState;
  /** Written before the claim's first mail is sent. */
  claimed(claimId: string): void;
  /** Written right after the server accepted a mail, before the next one. */
  sent(claimId: string, outboxIds: number[]): void;
  /** Once everything written is reported to the database. */
  clear(): void;
  /** Releases the file and its lock (the contents stay for the next run). */
  close(): void;
}

type Line = { claim: string; sent?: number[] };

function parseLine(text: string): Line | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { claim, sent } = value as { claim?: unknown; sent?: unknown };
    if (typeof claim !== 'string' || !/^[0-9a-f-]{36}$/i.test(claim)) return undefined;
    if (sent === undefined) return { claim };
    if (!Array.isArray(sent) || !sent.every((id) => Number.isSafeInteger(id) && (id as number) > 0)) return undefined;
    return { claim, sent: sent as number[] };
  } catch {
    // The last line of a process killed mid-write; the mail it named was not reported and is sent again.
    return undefined;
  }
}

/** Reads a journal's text: every whole line, in order; a torn or foreign line is skipped. */
export function readJournalText(text: string): JournalState {
  const claims: string[] = [];
  const sent = new Map<string, number[]>();
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    const line = parseLine(raw);
    if (!line) continue;
    if (!claims.includes(line.claim)) claims.push(line.claim);
    if (line.sent) sent.set(line.claim, [...(sent.get(line.claim) ?? []), ...line.sent]);
  }
  return { claims, sent };
}

/**
 * Opens (or creates) the journal at `path`, with a lock beside it (`<path>.lock`, src/services/lock-file.ts): two workers
 * writing one journal would report each other's mails. A lock whose process is gone (a crash, kill -9) is taken
 * over, together with what that process left in the journal.
 *
 * @example
 * const journal = openMailJournal('.data/mail-journal/worker-1.jsonl');
 */
export function openMailJournal(path: string): MailJournal {
  mkdirSync(dirname(path), { recursive: true });
  const lock = acquireLockFile(
    `${path}.lock`,
    (owner) =>
      `The mail journal ${path} is in use by process ${owner ?? '(starting)'}. Give each mail worker its own journal ` +
      '(npm run notify -- --journal <file>), or stop that process first.',
  );
  const fd = openSync(path, 'a+');
  const write = (line: Line) => {
    writeSync(fd, `${JSON.stringify(line)}\n`);
  };
  let closed = false;
  return {
    path,
    read: () => (existsSync(path) ? readJournalText(readFileSync(path, 'utf8')) : { claims: [], sent: new Map() }),
    claimed: (claim) => write({ claim }),
    sent: (claim, outboxIds) => write({ claim, sent: outboxIds }),
    clear: () => ftruncateSync(fd, 0),
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
      lock.release();
    },
  };
}
