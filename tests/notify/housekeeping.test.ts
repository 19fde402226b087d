import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalApi } from '../../src/lib/api/client.ts';
import { dailyHousekeeping } from '../../src/services/notify/housekeeping.ts';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
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

/** A follower's link that expired 31 days ago: what purge_unconfirmed removes, so links do not pile up. */
async function oldLink(email: string): Promise<string> {
  const { subscriber, subscription } = await addFollower(portal.db, email);
  const { rows } = await portal.db.query<{ hash: string }>(
    `insert into portal.subscriber_tokens (token_hash, subscriber_id, subscription_id, purpose, expires_at)
     values (extensions.gen_random_bytes(32), $1, $2, 'manage', now() - interval '31 days') returning encode(token_hash, 'hex') as hash`,
    [subscriber, subscription],
  );
  return rows[0]?.hash ?? '';
}

async function linkThere(hash: string): Promise<boolean> {
  return (await portal.db.query(`select 1 from portal.subscriber_tokens where token_hash = decode($1, 'hex')`, [hash])).rows.length === 1;
}

async function stillThere(email: string): Promise<boolean> {
  return (await portal.db.query(`select 1 from portal.subscribers where email = $1`, [email])).rows.length === 1;
}

describe('dailyHousekeeping', () => {
  it('purges at its first call and says what it removed, then not again within the day', async () => {
    const lines: string[] = [];
    const housekeeping = dailyHousekeeping(createPortalApi({ url: portal.url, anonKey: portal.serviceRoleKey }), (line) =>
      lines.push(line),
    );

    await forgottenFollower('vergeten@voorbeeld.nl');
    const link = await oldLink('blijft@voorbeeld.nl');
    await housekeeping();
    expect(await stillThere('vergeten@voorbeeld.nl')).toBe(false);
    expect(await linkThere(link)).toBe(false);
    expect(await stillThere('blijft@voorbeeld.nl'), 'a confirmed follower stays').toBe(true);
    expect(lines).toEqual([
      expect.stringMatching(
        /^Removed 1 unconfirmed subscriptions, 1 addresses, 1 links that can no longer be used and \d+ old outbox rows\.$/,
      ),
    ]);

    await forgottenFollower('later@voorbeeld.nl');
    await housekeeping();
    expect(await stillThere('later@voorbeeld.nl'), 'a second call on the same day purges nothing').toBe(true);
    expect(lines).toHaveLength(1);

    // Another worker (a fresh process) purges at its own first call.
    await dailyHousekeeping(createPortalApi({ url: portal.url, anonKey: portal.serviceRoleKey }), () => {})();
    expect(await stillThere('later@voorbeeld.nl')).toBe(false);
  });
});
