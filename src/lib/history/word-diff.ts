// A word-level diff of two texts, for the changes page: what was removed and what was added, in reading order.
// Myers' algorithm (An O(ND) Difference Algorithm, 1986) over words and the whitespace between them, so a
// changed word shows as that word, not as a changed line. The shortest script is not the most readable one: a
// rewritten sentence shares words like "de" and "en" with the old one, and a word-by-word zigzag of removed and
// added words hides both sentences. So, as in diff-match-patch's semantic cleanup, an unchanged stretch no longer
// than the changes on both sides of it joins them, and each changed stretch reads as the old words, then the new.
// Runs at build time; nothing of it reaches the browser.

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
  return readable(parts);
}

/** Changed stretches as one removed part then one added part, with the short unchanged bits between them absorbed. */
function readable(parts: DiffPart[]): DiffPart[] {
  let current = grouped(parts);
  for (;;) {
    const index = current.findIndex((part, at) => part.kind === 'same' && absorbable(current, at));
    if (index === -1) return current;
    const same = current[index]?.text ?? '';
    current = grouped([
      ...current.slice(0, index),
      { kind: 'removed', text: same },
      { kind: 'added', text: same },
      ...current.slice(index + 1),
    ]);
  }
}

/** An unchanged part between two changed stretches, no longer than the larger side of either of them. */
function absorbable(parts: readonly DiffPart[], index: number): boolean {
  const length = parts[index]?.text.length ?? 0;
  const before = changedLength(parts, index, -1);
  const after = changedLength(parts, index, 1);
  return before > 0 && after > 0 && length <= before && length <= after;
}

/** The larger of removed and added text in the changed stretch next to parts[index] in one direction. */
function changedLength(parts: readonly DiffPart[], index: number, direction: 1 | -1): number {
  let removed = 0;
  let added = 0;
  for (let at = index + direction; at >= 0 && at < parts.length; at += direction) {
    const part = parts[at];
    if (!part || part.kind === 'same') break;
    if (part.kind === 'removed') removed += part.text.length;
    else added += part.text.length;
  }
  return Math.max(removed, added);
}

/** Joins neighbours of one kind, and orders each changed stretch as all it removed, then all it added. */
function grouped(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const part of parts) {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.kind === 'same') last.text += part.text;
      else out.push({ kind: 'same', text: part.text });
    }
  }
  flush();
  return out;
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

function backtrack(trace: readonly Int32Array[], last: Int32Array, edits: number, n: number, m: number, offset: number): Step[] {
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
