import { isIP } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { SUPABASE_DEMO_JWT_SECRET } from './keys.ts';

/** The password of the demo staff accounts (supabase/seed.sql), printed in the README for everyone. */
export const DEMO_PASSWORD = 'demo-wachtwoord';

/** Whether `host` only listens on this machine: localhost, 127.0.0.0/8 or ::1. Any other name may resolve anywhere. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^(0{1,4}:){7}0{0,3}1$/.test(bare) || /^::ffff:127\./.test(bare);
  return false;
}

/**
 * Why the stand-in must not listen on `host`, or undefined. Beyond loopback anyone who can reach the port
 * talks to it, so it refuses while the JWT secret is Supabase's public demo secret (anyone can make a
 * service_role key with it) or while an account signs in with the demo password from the README.
 */
export async function exposureRefusal(db: PGlite, host: string, jwtSecret: string): Promise<string | undefined> {
  if (isLoopbackHost(host)) return undefined;
  const reasons: string[] = [];
  if (jwtSecret === SUPABASE_DEMO_JWT_SECRET) {
    reasons.push(
      "JWT_SECRET is Supabase's public demo secret: with it anyone can make a service_role key and act as any staff " +
        'member or as the mail worker. Remove JWT_SECRET (a random secret is then kept next to the data directory), ' +
        'or set it to a random value of at least 32 characters (openssl rand -base64 32).',
    );
  }
  const demoLogins = await accountsWithDemoPassword(db);
  if (demoLogins.length > 0) {
    reasons.push(
      `the demo logins work: ${demoLogins.join(', ')} sign in with the password ${DEMO_PASSWORD}, which the README ` +
        'gives to everyone. The embedded demo database is for this machine only; without the demo staff (deleted, ' +
        'or with passwords of their own) this check passes.',
    );
  }
  if (reasons.length === 0) return undefined;
  return (
    `Refusing to listen on HOST=${host}: that makes the API reachable from other machines, and\n` +
    reasons.map((reason) => `  - ${reason}\n`).join('') +
    'Keep HOST=localhost (the default). To show the demo on another machine, forward the port instead, e.g. ' +
    'ssh -L 4321:localhost:4321 <this machine>. To go live, use hosted Supabase (README.md, "Go live on hosted Supabase").'
  );
}

/** E-mail addresses of the accounts whose password is the demo password (deleted accounts aside). */
async function accountsWithDemoPassword(db: PGlite): Promise<string[]> {
  // Only bcrypt hashes are compared: crypt() with any other stored value as the salt would fail.
  const { rows } = await db.query<{ email: string }>(
    `select coalesce(email, id::text) as email from auth.users
      where deleted_at is null and encrypted_password like '$2%'
        and encrypted_password = extensions.crypt($1, encrypted_password)
      order by email`,
    [DEMO_PASSWORD],
  );
  return rows.map((row) => row.email);
}
