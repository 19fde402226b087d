// A word-level diff of two texts, for the changes page: what was removed and what was added, in reading order.
// Myers' algorithm (An O(ND) Difference Algorithm, 1986) over words and the whitespace between them, so a
// changed word shows as that word, not as a changed line. Runs at build time; nothing of it reaches the browser.

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/** Past this many differing words a diff stops being readable: the text is shown as replaced as a whole. */
const MAX_EDITS = 1000;

/** Words and the whitespace runs between them; joined again they give the text back exactly. */
export function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * The differences between two texts, word by word; adjacent parts of one kind are joined.
 *
 * @example
 * wordDiff('de school gaat open', 'de school gaat dicht')
 * // => [{ kind: 'same', text: 'de school gaat ' }, { kind: 'removed', text: 'open' }, { kind: 'added', text: 'dicht' }]
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  const a = tokens(before);
  const b = tokens(after);
  const script = editScript(a, b);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  if (script === null) {
    if (before) push('removed', before);
    if (after) push('added', after);
    return parts;
  }
  for (const step of script) push(step.kind, step.kind === 'added' ? (b[step.index] ?? '') : (a[step.index] ?? ''));
  return parts;
}

type Step = { kind: 'same' | 'removed' | 'added'; index: number };

/** The shortest edit script from a to b, or null when it needs more than MAX_EDITS edits. */
function editScript(a: readonly string[], b: readonly string[]): Step[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  // v[k + offset] is the furthest x reached on diagonal k; one copy per edit count d, for the way back.
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[k - 1 + offset] ?? 0) < (v[k + 1 + offset] ?? 0));
      let x = down ? (v[k + 1 + offset] ?? 0) : (v[k - 1 + offset] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      next[k + offset] = x;
      if (x >= n && y >= m) return backtrack(trace, next, d, n, m, offset);
    }
    v = next;
  }
  return null;
}

function backtrack(
  trace: readonly Int32Array[],
  last: Int32Array,
  edits: number,
  n: number,
  m: number,
  offset: number,
): Step[] {
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const v = trace[d] ?? last;
    const k = x - y;
    const down = k === -d || (k !== d && (v[k - 1 + offset] ?? 0) < (v[k + 1 + offset] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[prevK + offset] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      steps.push({ kind: 'same', index: x });
    }
    if (down) {
      y -= 1;
      steps.push({ kind: 'added', index: y });
    } else {
      x -= 1;
      steps.push({ kind: 'removed', index: x });
    }
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    steps.push({ kind: 'same', index: x });
  }
  return steps.reverse();
}
