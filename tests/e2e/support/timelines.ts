import { expect } from '@playwright/test';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { projectListSchema, projectTimelineSchema, type ProjectTimeline } from '../../../src/lib/api/index.ts';
import { apiKeys, jwtSecretFromEnv } from '../../../src/services/local-supabase/keys.ts';

// What the stories read through the real stand-in API to find what to look for on the built site, never by name.

/** The organisation whose site the tests build. */
export const organisation = process.env['PUBLIC_ORGANISATION'] ?? 'demodam';

/** A client of the stand-in API with the anon key, as a resident's browser has it. */
export async function anonApi(baseURL: string): Promise<SupabaseClient> {
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  return createClient(baseURL, anonKey, { auth: { persistSession: false } });
}

/** The timeline document of every published project of the organisation, as the build reads them. */
export async function readTimelines(baseURL: string): Promise<ProjectTimeline[]> {
  const supabase = await anonApi(baseURL);
  const list = await supabase.rpc('list_projects', { org_slug: organisation });
  expect(list.error).toBeNull();
  const timelines: ProjectTimeline[] = [];
  for (const card of projectListSchema.parse(list.data)) {
    const answer = await supabase.rpc('project_timeline', { org_slug: organisation, project_slug: card.slug });
    expect(answer.error).toBeNull();
    timelines.push(projectTimelineSchema.parse(answer.data));
  }
  return timelines;
}
