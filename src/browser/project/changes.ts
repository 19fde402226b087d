// Browser-side reading of public.changes_since. No zod here (it would outweigh the script several times over):
// the few fields shown are checked by hand, and anything unexpected is dropped, never shown half.

export const changeKinds = ['project', 'decision', 'promise', 'council_moment', 'key_date', 'update'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export interface ShownChange {
  kind: ChangeKind;
  id: string;
  title: string;
  status: string | null;
}

/**
 * The changes in an answer of changes_since, newest first as the API orders them; invalid entries are skipped.
 * Undefined when the answer as a whole is not a changes document.
 *
 * @example
 * readChanges({ checked_at: 'x', changes: [{ kind: 'promise', id: '1', title: 'Bankje', status: 'kept' }, { kind: 'evil' }] })
 * // => [{ kind: 'promise', id: '1', title: 'Bankje', status: 'kept' }]
 */
export function readChanges(answer: unknown): ShownChange[] | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const changes = (answer as { changes?: unknown }).changes;
  if (!Array.isArray(changes)) return undefined;
  const shown: ShownChange[] = [];
  for (const change of changes as unknown[]) {
    if (typeof change !== 'object' || change === null) continue;
    const { kind, id, title, status } = change as Record<string, unknown>;
    if (!(changeKinds as readonly unknown[]).includes(kind)) continue;
    if (typeof id !== 'string' || typeof title !== 'string' || title === '') continue;
    if (status !== null && typeof status !== 'string') continue;
    shown.push({ kind: kind as ChangeKind, id, title, status });
  }
  return shown;
}

/**
 * The moment to ask changes since: when the page was built, or earlier when the address asks for it with
 * `?since=<ISO timestamp>` ("what changed since I last looked", for links in update e-mails). Never later than
 * the build: what changed after the build is not on the page, whatever the visitor asks.
 *
 * @example
 * sinceFor('2026-03-01T10:00:00Z', '?since=2026-02-01T00:00:00Z') // => '2026-02-01T00:00:00.000Z'
 * sinceFor('2026-03-01T10:00:00Z', '?since=rubbish') // => '2026-03-01T10:00:00.000Z'
 */
export function sinceFor(builtAt: string, search: string): string {
  const built = Date.parse(builtAt);
  const asked = Date.parse(new URLSearchParams(search).get('since') ?? '');
  const since = Number.isFinite(asked) && asked < built ? asked : built;
  return new Date(since).toISOString();
}
