// Proof-of-work benchmark: how long a resident's browser takes to solve the follow forms' challenge at the
// deployment's default difficulty (challenge_cost 1000, challenge_counter_max 10000, so a counter between 5,000 and
// 10,000; see the migration *_follow_protection.sql). It loads the built solver (src/browser/follow/proof-of-work.ts
// and its worker, from a built site) into Debian's Chromium, as the follow form does, and times it on challenges
// made as the database makes them (altcha-lib v2, PBKDF2/SHA-256, deterministic). See bench/README.md.
//
//   npx tsx bench/proof-of-work.ts --dist .data/e2e-4391/dist          # 5 challenges at the default difficulty
//   npx tsx bench/proof-of-work.ts --dist dist --runs 10 --cost 1000 --counter-max 20000
//
// Performance is measured here, never asserted in timed tests.
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '5' },
    cost: { type: 'string', default: '1000' },
    'counter-max': { type: 'string', default: '10000' },
  },
});
const dist = values.dist;
const runs = Number(values.runs);
const cost = Number(values.cost);
const counterMax = Number(values['counter-max']);
const assets = join(dist, '_astro');
const solver = existsSync(assets) ? readdirSync(assets).find((name) => /^proof-of-work\.[\w-]+\.js$/.test(name)) : undefined;
if (!solver) throw new Error(`No built solver (_astro/proof-of-work.*.js) in ${dist}: build the site first, or pass --dist.`);

// The built files from 127.0.0.1 (a secure context, so WebCrypto is there), and an empty page to load them into.
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  const file = join(dist, path);
  if (path.startsWith('/_astro/') && existsSync(file)) {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  } else {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>');
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  console.log(
    `Solver ${solver}, Chromium with ${cores} cores (one worker each); cost ${cost}, counter between ${Math.ceil(counterMax / 2)} and ${counterMax}.`,
  );
  const seconds: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const counter = randomInt(Math.ceil(counterMax / 2), counterMax + 1);
    const challenge = await createChallenge({
      algorithm: 'PBKDF2/SHA-256',
      cost,
      counter,
      deriveKey,
      expiresAt: Math.floor(Date.now() / 1000) + 600,
      hmacSignatureSecret: randomBytes(32).toString('hex'),
      hmacKeySignatureSecret: randomBytes(32).toString('hex'),
    });
    const result = await page.evaluate(
      async ({ url, challenge }) => {
        const { solveFollowChallenge } = (await import(url)) as { solveFollowChallenge: (challenge: unknown) => Promise<string | null> };
        const start = performance.now();
        const payload = await solveFollowChallenge(challenge);
        return { ms: performance.now() - start, payload };
      },
      { url: `${origin}/_astro/${solver}`, challenge },
    );
    const found = result.payload ? (JSON.parse(atob(result.payload)) as { solution: { counter: number } }).solution.counter : null;
    if (found !== counter) throw new Error(`Run ${run}: the solver answered counter ${found}, the challenge was made with ${counter}.`);
    seconds.push(result.ms / 1000);
    console.log(`run ${run}: counter ${counter}, ${(result.ms / 1000).toFixed(2)} s, ${Math.round(counter / (result.ms / 1000))} tries/s`);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  console.log(`median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} s, slowest ${sorted.at(-1)?.toFixed(2)} s`);
} finally {
  await browser.close();
  server.close();
}
