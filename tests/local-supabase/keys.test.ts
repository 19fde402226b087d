import { describe, expect, it } from 'vitest';
import { apiKeys, DEFAULT_JWT_SECRET, jwtSecretFromEnv, verifyJwt } from '../../src/local-supabase/index.ts';

// The keys `supabase start` prints for its default secret, so local tools configured for the Supabase CLI
// work against the stand-in unchanged.
const SUPABASE_START_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';
const SUPABASE_START_SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';

describe('API keys', () => {
  it('are the keys of `supabase start` for its default secret', async () => {
    expect(jwtSecretFromEnv({})).toBe(DEFAULT_JWT_SECRET);
    expect(await apiKeys(DEFAULT_JWT_SECRET)).toEqual({
      anonKey: SUPABASE_START_ANON_KEY,
      serviceRoleKey: SUPABASE_START_SERVICE_ROLE_KEY,
    });
  });

  it('are signed with JWT_SECRET when it is set', async () => {
    const secret = 'a-different-local-secret-of-enough-length';
    expect(jwtSecretFromEnv({ JWT_SECRET: secret })).toBe(secret);
    const { anonKey } = await apiKeys(secret);
    expect(await verifyJwt(secret, anonKey)).toMatchObject({ iss: 'supabase-demo', role: 'anon', exp: 1983812996 });
    await expect(verifyJwt(DEFAULT_JWT_SECRET, anonKey)).rejects.toThrow();
  });

  it('refuse a JWT_SECRET shorter than 32 characters, as PostgREST does', () => {
    expect(() => jwtSecretFromEnv({ JWT_SECRET: 'too-short' })).toThrow(/at least 32 characters/);
  });
});
