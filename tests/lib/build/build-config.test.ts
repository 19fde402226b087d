import { describe, expect, it } from 'vitest';
import { readBuildConfig } from '../../../src/lib/api/build-config.ts';
import { signJwt } from '../../../src/services/local-supabase/keys.ts';
import { ANON_KEY, SERVICE_ROLE_KEY } from './keys.ts';

// PUBLIC_SUPABASE_ANON_KEY ends up in dist/, in every page that calls the API. Only a key made to be public may
// be given: a JWT whose role claim is anon, or one of Supabase's publishable keys.
const url = 'https://abcdefghijklmnop.supabase.co';
const config = (key: string) => () => readBuildConfig({ PUBLIC_SUPABASE_URL: url, PUBLIC_SUPABASE_ANON_KEY: key });

describe('readBuildConfig and the anon key', () => {
  it('accepts a JWT whose role is anon, and a publishable key', () => {
    expect(config(ANON_KEY)()).toMatchObject({ anonKey: ANON_KEY, supabaseUrl: url });
    const publishable = 'sb_publishable_AbCdEfGhIjKlMnOpQrStUv_12345678';
    expect(config(publishable)().anonKey).toBe(publishable);
  });

  it('refuses a service_role key, naming its role and why, never the key itself', () => {
    let message = '';
    try {
      config(SERVICE_ROLE_KEY)();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^PUBLIC_SUPABASE_ANON_KEY is a key with role service_role, not anon\./);
    expect(message).toContain('dist/');
    expect(message).toContain('row level security');
    expect(message).not.toContain(SERVICE_ROLE_KEY);
  });

  it.each([
    [
      'a JWT for a signed-in user',
      async () => signJwt('a-secret-of-at-least-32-characters-long', { role: 'authenticated', sub: 'x' }),
      /role authenticated, not anon/,
    ],
    ['a JWT without a role', async () => signJwt('a-secret-of-at-least-32-characters-long', { iss: 'supabase' }), /has no role claim/],
    ['a secret key', async () => 'sb_secret_AbCdEfGhIjKlMnOpQrStUv_12345678', /is a secret key \(sb_secret_/],
    ['something that is no key', async () => 'anon', /is not a Supabase anon key/],
    [
      'a JWT whose payload is no JSON',
      async () => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from('geen json').toString('base64url')}.c2ln`,
      /is not a Supabase anon key/,
    ],
  ])('refuses %s', async (_, makeKey, expected) => {
    const key = await makeKey();
    expect(config(key)).toThrow(expected);
  });
});
