import { readdirSync, readFileSync } from 'node:fs';

/**
 * The process ids below `root` (children, grandchildren, ...), read from /proc. Empty where there is no /proc
 * (not Linux): memory figures are then left out of the report rather than guessed.
 */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readQuietly(`/proc/${entry}/stat`);
    // The command name (2nd field) may contain spaces and parentheses; the parent id follows the last ')'.
    const afterName = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(afterName?.[1]);
    if (!Number.isInteger(parent)) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Resident set size of a process in bytes, or 0 when it has gone. */
export function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readQuietly(`/proc/${pid}/status`) ?? '');
  return match?.[1] ? Number(match[1]) * 1024 : 0;
}

/** The command line of a process as its arguments, or [] when it has gone. */
export function commandLine(pid: number): string[] {
  return (readQuietly(`/proc/${pid}/cmdline`) ?? '').split('\0').filter((arg) => arg !== '');
}

export interface TreeSampler {
  /** Highest sum of the resident set sizes of all descendants seen so far, in bytes. */
  peakBytes(): number;
  stop(): void;
}

/**
 * Samples the memory of this process's descendants (the `astro build` child and whatever it starts) every
 * `intervalMs`, and hands each new descendant's command line to `onProcess` once, so that the caller can find
 * out where a child writes.
 */
export function sampleDescendants(intervalMs: number, onProcess: (pid: number, argv: string[]) => void): TreeSampler {
  let peak = 0;
  const seen = new Set<number>();
  const sample = () => {
    let total = 0;
    for (const pid of descendantsOf(process.pid)) {
      total += residentBytes(pid);
      if (!seen.has(pid)) {
        seen.add(pid);
        onProcess(pid, commandLine(pid));
      }
    }
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    peakBytes: () => peak,
    stop: () => {
      sample();
      clearInterval(timer);
    },
  };
}

function readQuietly(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

// Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux build that matters here.
const ticksPerSecond = 100;

export interface CpuTimes {
  /** CPU seconds (user + system) of this process itself: PGlite, the stand-in, the generator. */
  self: number;
  /** CPU seconds of this process's finished children (the astro build), counted once the child has exited. */
  children: number;
}

/**
 * CPU seconds used so far, from /proc/self/stat (utime, stime, cutime, cstime). On a machine shared with other
 * work, wall-clock seconds stretch while CPU seconds barely move, so the report gives both. Zeros where there
 * is no /proc.
 */
export function cpuTimes(): CpuTimes {
  const stat = readQuietly('/proc/self/stat');
  if (!stat) return { self: 0, children: 0 };
  // Fields after the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3] ?? 0);
  return {
    self: (field(14) + field(15)) / ticksPerSecond,
    children: (field(16) + field(17)) / ticksPerSecond,
  };
}
