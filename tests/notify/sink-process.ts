// A local SMTP sink in its own process, for the fault test and the fan-out benchmark: it accepts every mail, keeps
// nothing but each mail's Message-ID (to count repeats) and the time it came, and answers its parent over IPC.
// Its own process, so that the worker's rate is not shared with the sink's parsing, and a killed worker cannot take
// the sink with it.
//
//   const sink = await startSinkProcess();   // parent side (below)
//   sink.url                                  // smtp://127.0.0.1:<port>
//   await sink.stats()                        // { received, unique, repeats, firstAt, lastAt }
//   await sink.timeOf(500)                    // when the 500th mail was accepted
import { fork, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

export interface SinkStats {
  /** Mails accepted (every 250 the sink sent). */
  received: number;
  /** Distinct Message-IDs among them. */
  unique: number;
  /** Message-IDs that came more than once, with how often. */
  repeats: Record<string, number>;
  /** Mails without a Message-ID (none should come). */
  withoutId: number;
  /** performance.timeOrigin-based milliseconds of the first and last accepted mail; null before the first. */
  firstAt: number | null;
  lastAt: number | null;
}

type Request = { type: 'stats'; id: number } | { type: 'time'; id: number; n: number } | { type: 'close' };
type Reply =
  { type: 'listening'; port: number } | { type: 'stats'; id: number; stats: SinkStats } | { type: 'time'; id: number; at: number | null };

function runSink(): void {
  const seen = new Map<string, number>();
  let received = 0;
  let withoutId = 0;
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  // When each mail was accepted, in order: for a rate that leaves out the workers' start.
  const times: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    maxClients: 64,
    onData(stream, _session, callback) {
      // Only the header block is read for the Message-ID; the body streams past.
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8192 && !head.includes('\r\n\r\n')) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const id = /^message-id:\s*(<[^>\r\n]+>)/im.exec(head)?.[1];
        if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
        else withoutId += 1;
        received += 1;
        const now = performance.timeOrigin + performance.now();
        firstAt ??= now;
        lastAt = now;
        times.push(now);
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ type: 'listening', port: (server.server.address() as AddressInfo).port } satisfies Reply);
  });
  process.on('message', (message: Request) => {
    if (message.type === 'close') {
      server.close(() => process.exit(0));
      return;
    }
    if (message.type === 'time') {
      process.send?.({ type: 'time', id: message.id, at: times[message.n - 1] ?? null } satisfies Reply);
      return;
    }
    const repeats: Record<string, number> = {};
    for (const [id, count] of seen) if (count > 1) repeats[id] = count;
    process.send?.({
      type: 'stats',
      id: message.id,
      stats: { received, unique: seen.size, repeats, withoutId, firstAt, lastAt },
    } satisfies Reply);
  });
  process.on('disconnect', () => process.exit(0));
}

export interface SinkProcess {
  url: string;
  stats(): Promise<SinkStats>;
  /** When the nth accepted mail (counting from 1) came, on the clock of SinkStats; null before it came. */
  timeOf(n: number): Promise<number | null>;
  close(): Promise<void>;
}

/** Starts the sink as a child process (node with tsx's loader) and resolves once it listens. */
export async function startSinkProcess(): Promise<SinkProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--sink'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (reply: Reply) => void>();
  let next = 0;
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The SMTP sink process exited (${code}) before it listened`)));
    child.on('message', (reply: Reply) => {
      if (reply.type === 'listening') resolve(reply.port);
      else waiting.get(reply.id)?.(reply);
    });
  });
  const ask = (request: Extract<Request, { id: number }>) =>
    new Promise<Reply>((resolve) => {
      waiting.set(request.id, (reply) => {
        waiting.delete(request.id);
        resolve(reply);
      });
      child.send(request);
    });
  return {
    url: `smtp://127.0.0.1:${port}`,
    stats: () => ask({ type: 'stats', id: ++next }).then((reply) => (reply as Extract<Reply, { type: 'stats' }>).stats),
    timeOf: (n) => ask({ type: 'time', id: ++next, n }).then((reply) => (reply as Extract<Reply, { type: 'time' }>).at),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'close' } satisfies Request);
      await exited;
    },
  };
}

if (process.argv.includes('--sink') && process.send) runSink();
