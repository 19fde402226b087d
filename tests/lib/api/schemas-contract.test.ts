import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callApi,
  changesSchema,
  councilMomentListSchema,
  createPortalApi,
  lessonListSchema,
  organisationSchema,
  projectListSchema,
  projectTimelineSchema,
  promiseListSchema,
  promiseStatuses,
  type PortalApi,
} from '../../../src/lib/api/index.ts';
import { startLocalSupabase, type LocalSupabase } from '../../../src/services/local-supabase/index.ts';

// The zod schemas must mirror what the SQL functions really return: here every read function runs on PGlite
// with the real migrations, the demo seed and the hostile fixture, through the stand-in and supabase-js, and
// every answer must pass its schema (strict objects: an extra or missing key fails too).

let local: LocalSupabase | undefined;
let api: PortalApi;

beforeAll(async () => {
  local = await startLocalSupabase({
    seedFiles: ['supabase/seed.sql', 'tests/fixtures/hostile-seed.sql'],
    port: 0,
    log: () => undefined,
  });
  api = createPortalApi({ url: local.url, anonKey: local.anonKey });
});
afterAll(async () => {
  await local?.close();
});

describe.each(['demodam', 'voorbeeldstad', 'testdam', 'otherdam'])('the API documents of %s', (org) => {
  it('match the organisation, project list and project timeline schemas', async () => {
    expect((await callApi(api, 'get_organisation', { org_slug: org }, organisationSchema)).slug).toBe(org);
    const cards = await callApi(api, 'list_projects', { org_slug: org }, projectListSchema);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const timeline = await callApi(api, 'project_timeline', { org_slug: org, project_slug: card.slug }, projectTimelineSchema);
      expect(timeline.project.slug).toBe(card.slug);
    }
  });

  it('match the promise, council moment, lesson and change schemas, with every filter', async () => {
    await callApi(api, 'list_promises', { org_slug: org }, promiseListSchema);
    for (const status of promiseStatuses) {
      const promises = await callApi(api, 'list_promises', { org_slug: org, status }, promiseListSchema);
      expect(promises.every((promise) => promise.status === status)).toBe(true);
    }
    const overdue = await callApi(api, 'list_promises', { org_slug: org, overdue_only: true }, promiseListSchema);
    expect(overdue.every((promise) => promise.is_overdue)).toBe(true);
    await callApi(api, 'list_council_moments', { org_slug: org }, councilMomentListSchema);
    await callApi(api, 'list_lessons', { org_slug: org }, lessonListSchema);
    await callApi(api, 'changes_since', { org_slug: org, since: '2000-01-01T00:00:00Z' }, changesSchema);
  });
});

describe('the demo data', () => {
  it('exercises the nullable and enumerated fields the schemas allow', async () => {
    const promises = await callApi(api, 'list_promises', { org_slug: 'demodam' }, promiseListSchema);
    expect(new Set(promises.map((promise) => promise.status))).toEqual(new Set(promiseStatuses));
    const cards = await callApi(api, 'list_projects', { org_slug: 'demodam' }, projectListSchema);
    expect(cards.some((card) => card.next_moment === null)).toBe(true);
    expect(cards.some((card) => card.open_for_input)).toBe(true);
  });
});
