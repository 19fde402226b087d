import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { createSignInThrottle, SIGN_IN_LIMITS, tooManySignInsMessage } from '../../src/services/local-supabase/sign-in-throttle.ts';
import { anonClient, createUser, rawRequest, startTestStandIn, type TestUser } from './harness.ts';

// Failed password sign-ins are limited per e-mail address and per source (the TCP peer), as Supabase Auth limits
// sign-ins: over the limit the answer is 429 with a message and Retry-After, before the password is checked.
let standIn: LocalSupabase;
let staff: TestUser;
let colleague: TestUser;

beforeAll(async () => {
  standIn = await startTestStandIn();
  staff = await createUser(standIn.db, 'redacteur@demodam.example');
  colleague = await createUser(standIn.db, 'fiatteur@demodam.example');
});

afterAll(async () => {
  await standIn?.close();
});

interface Attempt {
  status: number;
  retryAfter: number | undefined;
  body: Record<string, unknown>;
}

/** One password sign-in over raw HTTP, so the source address and every header are the test's choice. */
async function signIn(
  server: LocalSupabase,
  email: string,
  password: string,
  options: { localAddress?: string; headers?: Record<string, string> } = {},
): Promise<Attempt> {
  const response = await rawRequest(server.url, '/auth/v1/token?grant_type=password', {
    method: 'POST',
    headers: { apikey: server.anonKey, 'Content-Type': 'application/json', ...options.headers },
    body: Buffer.from(JSON.stringify({ email, password })),
    localAddress: options.localAddress,
  });
  const retryAfter = response.headers['retry-after'];
  return {
    status: response.status,
    retryAfter: typeof retryAfter === 'string' ? Number(retryAfter) : undefined,
    body: JSON.parse(response.body) as Record<string, unknown>,
  };
}

describe('failed sign-ins for one address', () => {
  it('are refused with 429 and Retry-After once the limit is reached, the right password included', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt++) statuses.push((await signIn(standIn, staff.email, `fout ${attempt}`)).status);
    const limit = SIGN_IN_LIMITS.perAddress.failures;
    expect(statuses).toEqual([...Array(limit).fill(400), ...Array(30 - limit).fill(429)]);

    const right = await signIn(standIn, staff.email, staff.password);
    expect(right.status).toBe(429);
    expect(right.body).not.toHaveProperty('access_token');
    expect(right.retryAfter).toBeGreaterThan(0);
    expect(right.retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.perAddress.windowSeconds);
    expect(right.body).toMatchObject({ error_code: 'over_request_rate_limit' });
    expect(String(right.body['msg'])).toMatch(
      /^Te veel mislukte pogingen om in te loggen met dit e-mailadres of vanaf deze plek\. Probeer het over \d+ (minuut|minuten) opnieuw\.$/,
    );
  });

  it('counts the address however it is written', async () => {
    expect((await signIn(standIn, `  ${staff.email.toUpperCase()} `, staff.password)).status).toBe(429);
  });

  it('answers in English to a client that asks for it, in the shape supabase-js reads', async () => {
    const english = await signIn(standIn, staff.email, staff.password, {
      headers: { 'Accept-Language': 'en-GB,en;q=0.8', 'X-Supabase-Api-Version': '2024-01-01' },
    });
    expect(english.status).toBe(429);
    expect(english.body).toEqual({
      code: 'over_request_rate_limit',
      message: expect.stringMatching(
        /^Too many failed sign-in attempts for this e-mail address or from this place\. Try again in \d+ minutes?\.$/,
      ),
    });
    const client = anonClient(standIn);
    const { error } = await client.auth.signInWithPassword({ email: staff.email, password: staff.password });
    expect(error).toMatchObject({ status: 429, code: 'over_request_rate_limit' });
  });

  it('leaves other addresses alone', async () => {
    expect((await signIn(standIn, colleague.email, colleague.password)).status).toBe(200);
  });
});

describe('failed sign-ins from one source', () => {
  let second: LocalSupabase;
  beforeAll(async () => {
    // A server of its own, so the counts of the tests above do not carry over.
    second = await startLocalSupabase({ db: standIn.db, port: 0, log: () => undefined });
  });
  afterAll(async () => {
    await second?.close();
  });

  it('are refused with 429 once the limit is reached, whatever address they try', async () => {
    const limit = SIGN_IN_LIMITS.perSource.failures;
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= limit; attempt++) {
      statuses.push((await signIn(second, `gok-${attempt}@demodam.example`, 'demo-wachtwoord')).status);
    }
    expect(statuses).toEqual([...Array(limit).fill(400), 429]);
    const right = await signIn(second, colleague.email, colleague.password);
    expect(right.status).toBe(429);
    expect(right.retryAfter).toBeGreaterThan(0);
    expect(right.retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.perSource.windowSeconds);
  });

  it('are counted by the TCP peer, not by a header the client writes', async () => {
    const spoofed = await signIn(second, colleague.email, colleague.password, { headers: { 'X-Forwarded-For': '198.51.100.23' } });
    expect(spoofed.status).toBe(429);
    // Another peer (127.0.0.2 reaches the same loopback server) is not held back by the first one's failures.
    expect((await signIn(second, 'nog-een-gok@demodam.example', 'fout', { localAddress: '127.0.0.2' })).status).toBe(400);
    expect((await signIn(second, colleague.email, colleague.password, { localAddress: '127.0.0.2' })).status).toBe(200);
  });
});

describe('sign-ins sent at the same moment', () => {
  let third: LocalSupabase;
  const email = 'gelijktijdig@demodam.example';
  beforeAll(async () => {
    third = await startLocalSupabase({ db: standIn.db, port: 0, log: () => undefined });
    // A hash as slow as GoTrue's (cost 12 here; GoTrue uses 10): while one comparison runs, the others arrive.
    await standIn.db.query(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at)
       values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1,
               extensions.crypt('het goede wachtwoord', extensions.gen_salt('bf', 12)), now(), now(), now())`,
      [email],
    );
  });
  afterAll(async () => {
    await third?.close();
  });

  it('cannot all pass the check before the first of them has failed', async () => {
    const attempts = await Promise.all(Array.from({ length: 25 }, (_, attempt) => signIn(third, email, `gelijktijdig ${attempt}`)));
    const statuses = attempts.map((attempt) => attempt.status);
    const limit = SIGN_IN_LIMITS.perAddress.failures;
    expect(statuses.filter((status) => status === 400)).toHaveLength(limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25 - limit);
  });
});

describe('the sign-in throttle', () => {
  it('forgets a failure once it is older than the window, and counts a success as no failure', () => {
    let now = 1_000_000;
    const throttle = createSignInThrottle({ now: () => now });
    const { failures, windowSeconds } = SIGN_IN_LIMITS.perAddress;
    // Right passwords first: taken back, they leave no count behind.
    for (let attempt = 0; attempt < failures * 2; attempt++) {
      const started = throttle.attempt('a@b.example', '192.0.2.1');
      if (started.refused) throw new Error(`A success was refused at attempt ${attempt}`);
      started.succeeded();
    }
    for (let attempt = 0; attempt < failures; attempt++) {
      expect(throttle.attempt('a@b.example', '192.0.2.1')).toMatchObject({ refused: false });
      now += 1000;
    }
    // The oldest failure was (failures) seconds ago; it leaves the window that much sooner.
    expect(throttle.attempt('a@b.example', '192.0.2.1')).toEqual({ refused: true, retryAfterSeconds: windowSeconds - failures });
    now += (windowSeconds - failures) * 1000;
    expect(throttle.attempt('a@b.example', '192.0.2.1')).toMatchObject({ refused: false });
    expect(throttle.attempt('c@d.example', '192.0.2.1')).toMatchObject({ refused: false });
  });

  it('says how long to wait in whole minutes, in Dutch or English', () => {
    expect(tooManySignInsMessage('nl', 61)).toBe(
      'Te veel mislukte pogingen om in te loggen met dit e-mailadres of vanaf deze plek. Probeer het over 2 minuten opnieuw.',
    );
    expect(tooManySignInsMessage('nl', 5)).toMatch(/over 1 minuut opnieuw\.$/);
    expect(tooManySignInsMessage('en', 60)).toMatch(/Try again in 1 minute\.$/);
  });
});
