// Unsent form values survive a closed tab, a crash or an expired session: every form writes what the staff
// member typed to localStorage, keyed by who they are and which record it is, and clears it after a save.

/** The part of the Web Storage API the store needs, so tests can hand in a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DraftKey {
  userId: string;
  /** The form kind: 'update', 'promise', 'promise_status', 'project', … */
  kind: string;
  /** The project the record belongs to, or the organisation for organisation-wide records (people). */
  scopeId: string;
  /** The record's id, or 'new' for a record not saved yet. */
  recordId: string | null;
}

export interface StoredDraft<T> {
  values: T;
  savedAt: string;
}

const prefix = 'portal-workspace-draft:v1';

export function draftStorageKey(key: DraftKey): string {
  return [prefix, ...[key.userId, key.kind, key.scopeId, key.recordId ?? 'new'].map(encodeURIComponent)].join(':');
}

/**
 * A store of unsent form values. Storage that is full or switched off (private mode) never breaks a form:
 * writes fail silently and reads give nothing.
 */
export function createDraftStore(storage: KeyValueStorage | null, now: () => Date = () => new Date()) {
  return {
    save<T>(key: DraftKey, values: T): void {
      if (!storage) return;
      try {
        storage.setItem(draftStorageKey(key), JSON.stringify({ values, savedAt: now().toISOString() }));
      } catch {
        // Quota exceeded or storage disabled: the form still works, only without the safety net.
      }
    },
    load<T>(key: DraftKey, isValues: (value: unknown) => value is T): StoredDraft<T> | null {
      if (!storage) return null;
      let raw: string | null;
      try {
        raw = storage.getItem(draftStorageKey(key));
      } catch {
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed !== 'object' || parsed === null) return null;
        const { values, savedAt } = parsed as { values?: unknown; savedAt?: unknown };
        if (typeof savedAt !== 'string' || !isValues(values)) return null;
        return { values, savedAt };
      } catch {
        return null;
      }
    },
    clear(key: DraftKey): void {
      if (!storage) return;
      try {
        storage.removeItem(draftStorageKey(key));
      } catch {
        // Nothing to do: a draft that cannot be removed is shown again, which loses nothing.
      }
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;

/** The browser's localStorage, or null where it is not available (blocked cookies, server-side). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
