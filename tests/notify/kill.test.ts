import { describe, expect, it } from 'vitest';
import { runKillTest } from './kill-run.ts';

// The mail workers' crash test at CI size (bench/notify-kills.ts runs it at 20,000 mails and 50 kills): two `npm run notify`
// processes send one update to 2,000 followers and are killed with SIGKILL at 10 random moments, each started again
// with its journal. Counted at the sink by Message-ID.

const FOLLOWERS = 2_000;
const KILLS = 10;

describe('killing mail workers with SIGKILL while they send', () => {
  it('loses no mail, and repeats at most one mail per kill, with the same Message-ID', async () => {
    const result = await runKillTest({ followers: FOLLOWERS, kills: KILLS, workers: 2, seed: Number(process.env['KILL_TEST_SEED'] ?? 16) });
    console.log(
      `Kill test: ${result.followers} mails, ${result.kills} kills, ${result.lost} lost, ${result.repeated} repeated, in ${result.seconds.toFixed(1)} s`,
    );
    expect(result.statuses).toEqual({ sent: FOLLOWERS });
    expect(result.lost).toBe(0);
    expect(result.unique).toBe(FOLLOWERS);
    // A repeat is the same Message-ID twice: the sink counts copies per id, so a repeat with a new id would show as
    // an extra unique mail above.
    expect(result.repeated).toBeLessThanOrEqual(KILLS);
    expect(Math.max(1, ...Object.values(result.repeats))).toBeLessThanOrEqual(2);
  }, 600_000);
});
