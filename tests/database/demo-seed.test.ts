import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';

// The demo a new user sees after `npm start`: what Demodam must show, read through the API.

let portal: LocalSupabase;
let anon: SupabaseClient;
type Doc = Record<string, unknown> & {
  phases: { kind: string; is_current: boolean }[];
  people: { role: string; until: string | null }[];
  decisions: unknown[];
  promises: { status: string; is_overdue: boolean }[];
  council_moments: { differs_from_participation: boolean; meets_on: string }[];
  key_dates: { starts_at: string }[];
  updates: unknown[];
  lessons: unknown[];
  groups: { status: string }[];
};
let docs: Doc[];

beforeAll(async () => {
  portal = await startLocalSupabase({ port: 0, log: () => {} });
  anon = createClient(portal.url, portal.anonKey, { auth: { persistSession: false } });
  const { data, error } = await anon.rpc('list_projects', { org_slug: 'demodam' });
  if (error) throw new Error(error.message);
  docs = await Promise.all(
    (data as { slug: string }[]).map(async ({ slug }) => {
      const result = await anon.rpc('project_timeline', { org_slug: 'demodam', project_slug: slug });
      if (result.error) throw new Error(`${slug}: ${result.error.message}`);
      return result.data as Doc;
    }),
  );
});
afterAll(async () => {
  await portal?.close();
});

describe('the Demodam demo', () => {
  it('has at least ten published projects, in every kind of phase', () => {
    expect(docs.length).toBeGreaterThanOrEqual(10);
    const current = new Set(docs.map((doc) => doc.phases.find((phase) => phase.is_current)?.kind));
    expect(current).toEqual(new Set(['vision', 'plan', 'decision', 'execution', 'management']));
  });

  it('gives every project a contact, a project lead, an alderman, expectations and decisions', () => {
    for (const doc of docs) {
      const current = doc.people
        .filter((person) => person.until === null)
        .map((person) => person.role)
        .sort();
      expect(current).toEqual(['alderman', 'contact', 'project_lead']);
      expect(doc.phases.length).toBeGreaterThan(0);
      expect(doc.decisions.length + doc.key_dates.length).toBeGreaterThan(0);
    }
  });

  it('shows promises in every status, some overdue, and a council that decided differently', () => {
    const promises = docs.flatMap((doc) => doc.promises);
    expect(new Set(promises.map((promise) => promise.status))).toEqual(new Set(['open', 'in_progress', 'kept', 'changed', 'broken']));
    expect(promises.some((promise) => promise.is_overdue)).toBe(true);
    expect(docs.some((doc) => doc.council_moments.some((moment) => moment.differs_from_participation))).toBe(true);
  });

  it('has past and coming moments, updates, lessons and named gaps, relative to today', () => {
    const now = Date.now();
    const moments = docs.flatMap((doc) => doc.key_dates.map((date) => Date.parse(date.starts_at)));
    expect(moments.some((at) => at < now)).toBe(true);
    expect(moments.some((at) => at > now)).toBe(true);
    expect(docs.flatMap((doc) => doc.updates).length).toBeGreaterThan(0);
    expect(docs.flatMap((doc) => doc.lessons).length).toBeGreaterThan(0);
    expect(docs.some((doc) => doc.groups.some((group) => group.status === 'gap'))).toBe(true);
  });

  it('never shows draft text or an e-mail address', () => {
    const text = JSON.stringify(docs);
    expect(text).not.toMatch(/CONCEPT:/);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.\w+/);
  });

  it('lets the documented demo staff sign in', async () => {
    for (const email of [
      'redacteur@demodam.example',
      'fiatteur@demodam.example',
      'beheer@demodam.example',
      'redacteur@voorbeeldstad.example',
    ]) {
      const client = createClient(portal.url, portal.anonKey, { auth: { persistSession: false } });
      const { error } = await client.auth.signInWithPassword({ email, password: 'demo-wachtwoord' });
      expect(error, email).toBeNull();
      const { data } = await client.rpc('my_staff_memberships');
      expect((data as unknown[]).length, email).toBe(1);
    }
  });
});
