import type { PortalApi } from '../../lib/api/client.ts';
import { purgeMailData } from './mail-api.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The housekeeping next to sending, for any worker that runs on (`npm start`, a polling `npm run notify`): the
 * returned function purges at its first call and then at most once a day, and says what it removed. A failed
 * purge throws and is tried again at the next call.
 *
 * @example
 * const housekeeping = dailyHousekeeping(api, console.log);
 * await worker.drain();
 * await housekeeping();
 */
export function dailyHousekeeping(api: PortalApi, log: (line: string) => void): () => Promise<void> {
  let lastRun = Number.NEGATIVE_INFINITY;
  return async () => {
    if (Date.now() - lastRun < DAY_MS) return;
    const purged = await purgeMailData(api);
    lastRun = Date.now();
    if (purged.subscribers + purged.subscriptions + purged.tokens + purged.outbox > 0) {
      log(
        `Removed ${purged.subscriptions} unconfirmed subscriptions, ${purged.subscribers} addresses, ` +
          `${purged.tokens} links that can no longer be used and ${purged.outbox} old outbox rows.`,
      );
    }
  };
}
