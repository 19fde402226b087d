import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMailJournal, readJournalText } from '../../src/services/notify/mail-journal.ts';

const CLAIM = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const OTHER = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

describe('the mail journal', () => {
  it('reads every whole line in order and skips a line torn by a kill mid-write', () => {
    const text = [
      JSON.stringify({ claim: CLAIM }),
      JSON.stringify({ claim: CLAIM, sent: [3, 4] }),
      JSON.stringify({ claim: OTHER }),
      JSON.stringify({ claim: CLAIM, sent: [7] }),
      '{"claim":"' + OTHER + '","sent":[9',
    ].join('\n');
    expect(readJournalText(text)).toEqual({ claims: [CLAIM, OTHER], sent: new Map([[CLAIM, [3, 4, 7]]]) });
    // Foreign lines are not outbox ids to report.
    expect(readJournalText('{"claim":"x","sent":[1]}\n{"claim":"' + CLAIM + '","sent":[0,-1]}\nnull\n')).toEqual({
      claims: [],
      sent: new Map(),
    });
  });

  it('keeps what was written for the next open, until cleared, and lets one worker at a time write it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'worker.jsonl');
    const first = openMailJournal(path);
    first.claimed(CLAIM);
    first.sent(CLAIM, [11, 12]);
    expect(() => openMailJournal(path)).toThrow(
      /in use by process \d+\. Give each mail worker its own journal \(npm run notify -- --journal <file>\)/,
    );
    first.close();
    const second = openMailJournal(path);
    expect(second.read()).toEqual({ claims: [CLAIM], sent: new Map([[CLAIM, [11, 12]]]) });
    second.clear();
    second.sent(OTHER, [13]);
    expect(second.read()).toEqual({ claims: [OTHER], sent: new Map([[OTHER, [13]]]) });
    second.close();
  });

  it('takes over the lock of a worker that no longer runs, with what it left', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'worker.jsonl');
    writeFileSync(path, `${JSON.stringify({ claim: CLAIM, sent: [5] })}\n`);
    // A pid no process has (above the kernel's pid_max).
    writeFileSync(`${path}.lock`, '4194305');
    const journal = openMailJournal(path);
    expect(journal.read().sent.get(CLAIM)).toEqual([5]);
    journal.close();
  });
});
