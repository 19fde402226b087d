import { describe, expect, it } from 'vitest';
import { createDraftStore, draftStorageKey, type KeyValueStorage } from '../../../src/lib/workspace/draft-store.ts';
import { isFormValues } from '../../../src/lib/workspace/forms/convert.ts';

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const key = { userId: 'user-1', kind: 'update', scopeId: 'project-1', recordId: null };

describe('draft store', () => {
  it('keys drafts by user, kind, project and record (or new)', () => {
    expect(draftStorageKey(key)).toBe('portal-workspace-draft:v1:user-1:update:project-1:new');
    expect(draftStorageKey({ ...key, recordId: 'r1' })).not.toBe(draftStorageKey(key));
    expect(draftStorageKey({ ...key, userId: 'user-2' })).not.toBe(draftStorageKey(key));
  });

  it('saves, restores with the time and clears', () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, () => new Date('2026-11-28T05:00:00Z'));
    store.save(key, { title: 'Half af' });
    expect(store.load(key, isFormValues)).toEqual({ values: { title: 'Half af' }, savedAt: '2026-11-28T05:00:00.000Z' });
    expect(store.load({ ...key, userId: 'someone-else' }, isFormValues)).toBeNull();
    store.clear(key);
    expect(store.load(key, isFormValues)).toBeNull();
  });

  it('ignores a damaged entry and survives storage that throws', () => {
    const storage = memoryStorage();
    storage.map.set(draftStorageKey(key), '{not json');
    expect(createDraftStore(storage).load(key, isFormValues)).toBeNull();
    storage.map.set(draftStorageKey(key), JSON.stringify({ values: { title: 3 }, savedAt: 'x' }));
    expect(createDraftStore(storage).load(key, isFormValues)).toBeNull();
    const full: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createDraftStore(full);
    expect(() => store.save(key, { title: 'x' })).not.toThrow();
    expect(store.load(key, isFormValues)).toBeNull();
    expect(() => store.clear(key)).not.toThrow();
    expect(createDraftStore(null).load(key, isFormValues)).toBeNull();
  });
});
