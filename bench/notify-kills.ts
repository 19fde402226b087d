// The mail workers' crash test at full size: one update to N followers (default 20,000), `npm run notify` worker
// processes killed with SIGKILL at K random moments (default 50) and started again with their journals; mails
// counted at an SMTP sink in its own process by Message-ID. Prints lost and repeated mails. The same run at CI size
// is tests/notify/kill.test.ts (2,000 mails, 10 kills); both use tests/notify/kill-run.ts. See bench/README.md.
//
//   npx tsx bench/notify-kills.ts
//   npx tsx bench/notify-kills.ts --followers 5000 --kills 20 --workers 2 --seed 7
import { parseArgs } from 'node:util';
import { runKillTest } from '../tests/notify/kill-run.ts';

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} takes a whole number from ${min} to ${max}; got "${raw}".`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({
  options: {
    followers: { type: 'string', default: '20000' },
    kills: { type: 'string', default: '50' },
    workers: { type: 'string', default: '2' },
    seed: { type: 'string', default: '16' },
  },
  strict: true,
});
const followers = wholeNumber('followers', values.followers, 10, 1_000_000);
const kills = wholeNumber('kills', values.kills, 0, 1000);
const workers = wholeNumber('workers', values.workers, 1, 8);
const seed = wholeNumber('seed', values.seed, 0, 2 ** 31);

console.log(`Crash test: ${followers.toLocaleString('en')} mails, ${kills} SIGKILLs, ${workers} worker processes, seed ${seed}.`);
runKillTest({ followers, kills, workers, seed, log: (line) => console.log(line) }).then(
  (result) => {
    console.log('');
    console.log(
      '| Mails | Kills | Received (distinct Message-IDs) | Lost | Repeated | Most copies of one mail | Outbox at the end | Time |',
    );
    console.log('|---:|---:|---:|---:|---:|---:|---|---:|');
    const most = Math.max(1, ...Object.values(result.repeats));
    console.log(
      `| ${followers.toLocaleString('en')} | ${kills} | ${result.unique.toLocaleString('en')} | ${result.lost} | ${result.repeated} | ${most} | ${JSON.stringify(result.statuses)} | ${result.seconds.toFixed(0)} s |`,
    );
    console.log(
      `\n${result.lost === 0 ? 'No mail lost' : `${result.lost} mails LOST`}; ${result.repeated} repeats for ${kills} kills (${result.repeated <= kills ? 'at most one per kill' : 'MORE than one per kill'}).`,
    );
    process.exit(result.lost === 0 && result.repeated <= kills ? 0 : 1);
  },
  (error: unknown) => {
    console.error(`Crash test failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
