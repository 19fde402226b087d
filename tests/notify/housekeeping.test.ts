import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalApi } from '../../src/lib/api/client.ts';
import { dailyHousekeeping } from '../../src/lib/notify/housekeeping.ts';
import type { LocalSupabase } from '../../src/local-supabase/index.ts';
import { addFollower, startFixturePortal } from '../database/support.ts';

// The housekeeping that npm start and a polling npm run notify run after each round: the purges through the
// real API, at the first call and then at most once a day.

let portal: LocalSupabase;
beforeAll(async () => {
  portal = await startFixturePortal();
});
afterAll(async () => {
  await portal?.close();
});

/** An address that asked 9 days ago and never confirmed: what purge_unconfirmed removes. */
async function forgottenFollower(email: string): Promise<void> {
  const { subscriber } = await addFollower(portal.db, email, { confirmed: false });
  await portal.db.query(`update portal.subscriptions set created_at = now() - interval '9 days' where subscriber_id = $1`, [subscriber]);
  await portal.db.query(`update portal.subscribers set created_at = now() - interval '9 days' where id = $1`, [subscriber]);
}

async function stillThere(email: string): Promise<boolean> {
  return (await portal.db.query(`select 1 from portal.subscribers where email = $1`, [email])).rows.length === 1;
}

describe('dailyHousekeeping', () => {
  it('purges at its first call and says what it removed, then not again within the day', async () => {
    const lines: string[] = [];
    const housekeeping = dailyHousekeeping(createPortalApi({ url: portal.url, anonKey: portal.serviceRoleKey }), (line) => lines.push(line));

    await forgottenFollower('vergeten@voorbeeld.nl');
    await housekeeping();
    expect(await stillThere('vergeten@voorbeeld.nl')).toBe(false);
    expect(lines).toEqual([expect.stringMatching(/^Removed 1 unconfirmed subscriptions, 1 addresses and \d+ old outbox rows\.$/)]);

    await forgottenFollower('later@voorbeeld.nl');
    await housekeeping();
    expect(await stillThere('later@voorbeeld.nl'), 'a second call on the same day purges nothing').toBe(true);
    expect(lines).toHaveLength(1);

    // Another worker (a fresh process) purges at its own first call.
    await dailyHousekeeping(createPortalApi({ url: portal.url, anonKey: portal.serviceRoleKey }), () => {})();
    expect(await stillThere('later@voorbeeld.nl')).toBe(false);
  });
});
