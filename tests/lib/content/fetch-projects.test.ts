import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callApi,
  createPortalApi,
  projectListSchema,
  projectTimelinePageSchema,
  projectTimelineSchema,
  type PortalApi,
} from '../../../src/lib/api/index.ts';
import { fetchProjects } from '../../../src/lib/content/fetch-projects.ts';
import { startLocalSupabase, type LocalSupabase } from '../../../src/services/local-supabase/index.ts';

// The build reads every published project through project_timelines, in keyset pages, instead of one
// project_timeline call per project. Here, on the demo (11 published projects of demodam) through the stand-in:
// pages of 3 give the same projects, in the same order and with the same documents, as one call per project.

let local: LocalSupabase | undefined;
let api: PortalApi;

beforeAll(async () => {
  local = await startLocalSupabase({ seedFiles: ['supabase/seed.sql'], port: 0, log: () => undefined });
  api = createPortalApi({ url: local.url, anonKey: local.anonKey });
});
afterAll(async () => {
  await local?.close();
});

/** generated_at is the moment of reading: two reads of one project differ there and nowhere else. */
const withoutReadMoment = <T extends { generated_at: string }>({ generated_at: _, ...rest }: T) => rest;

describe('fetchProjects', () => {
  it('gives every published project in list order, each with the document project_timeline gives, in pages of any size', async () => {
    const cards = await callApi(api, 'list_projects', { org_slug: 'demodam' }, projectListSchema);
    expect(cards.length).toBeGreaterThan(3 * 3); // several full pages and a partial one
    const singly = await Promise.all(
      cards.map((card) => callApi(api, 'project_timeline', { org_slug: 'demodam', project_slug: card.slug }, projectTimelineSchema)),
    );
    for (const pageSize of [3, 100]) {
      const entries = await fetchProjects(api, 'demodam', pageSize);
      expect(entries.map((entry) => entry.card.slug)).toEqual(cards.map((card) => card.slug));
      expect(entries.map((entry) => entry.position)).toEqual(cards.map((_, index) => index));
      expect(entries.map((entry) => entry.card)).toEqual(cards);
      expect(entries.map((entry) => withoutReadMoment(entry.timeline))).toEqual(singly.map(withoutReadMoment));
    }
  });

  it('pages by slug: each page continues after the previous one, the last says there is no next', async () => {
    const slugs: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: { timelines: { project: { slug: string } }[]; next_after: string | null } = await callApi(
        api,
        'project_timelines',
        { org_slug: 'demodam', after_slug: after, page_size: 4 },
        projectTimelinePageSchema,
      );
      pages += 1;
      slugs.push(...page.timelines.map((timeline) => timeline.project.slug));
      if (page.next_after !== null) expect(page.next_after).toBe(slugs.at(-1));
      after = page.next_after;
    } while (after !== null);
    const cards = await callApi(api, 'list_projects', { org_slug: 'demodam' }, projectListSchema);
    expect(slugs).toEqual(cards.map((card) => card.slug).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(pages).toBe(Math.floor(cards.length / 4) + 1);
  });

  it('refuses a page size out of range with a clear message', async () => {
    for (const pageSize of [0, 101]) {
      await expect(
        callApi(api, 'project_timelines', { org_slug: 'demodam', page_size: pageSize }, projectTimelinePageSchema),
      ).rejects.toThrow(/page_size must be a whole number from 1 to 100/);
    }
  });
});
