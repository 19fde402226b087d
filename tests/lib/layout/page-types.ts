import { createClient } from '@supabase/supabase-js';
import { pathFor, type Locale, type PageRef } from '../../../src/i18n/index.ts';
import { projectListSchema, projectTimelineSchema, withdrawnProjectsSchema } from '../../../src/lib/api/index.ts';
import { apiKeys, jwtSecretFromEnv } from '../../../src/services/local-supabase/keys.ts';

// The page types of the site, one row each, for the browser tests that must visit every kind of page in both
// languages (accessibility, landmarks, keyboard). Adding a page type to the site means adding a row here.

export interface PageType {
  name: string;
  /** The page in the route table; null for the page-not-found page, which has no route of its own. */
  ref: (demo: DemoFacts) => PageRef | null;
  /** A path that is not a page, for the 404 page. */
  missingPath?: (locale: Locale) => string;
}

export const pageTypes: PageType[] = [
  { name: 'home', ref: () => ({ page: 'home' }) },
  { name: 'project', ref: (demo) => ({ page: 'project', slug: demo.richestProjectSlug }) },
  { name: 'promises', ref: () => ({ page: 'promises' }) },
  { name: 'council', ref: () => ({ page: 'council' }) },
  { name: 'lessons', ref: () => ({ page: 'lessons' }) },
  { name: 'accessibility', ref: () => ({ page: 'accessibility' }) },
  { name: 'privacy', ref: () => ({ page: 'privacy' }) },
  { name: 'open data', ref: () => ({ page: 'openData' }) },
  { name: 'monitor', ref: () => ({ page: 'monitor' }) },
  { name: 'participation report', ref: (demo) => ({ page: 'projectReport', slug: demo.richestProjectSlug }) },
  { name: 'join', ref: (demo) => ({ page: 'projectJoin', slug: demo.richestProjectSlug }) },
  // The public history of the project with the most content; the demo has a changed decision in it.
  { name: 'changes', ref: (demo) => ({ page: 'projectChanges', slug: demo.richestProjectSlug }) },
  // The council's part in the project with the most content, in full: motions with the votes per party, letters.
  { name: 'project council', ref: (demo) => ({ page: 'projectCouncil', slug: demo.richestProjectSlug }) },
  // What stays at the address of a withdrawn project: the notice of when and why.
  { name: 'withdrawn project', ref: (demo) => ({ page: 'project', slug: demo.withdrawnProjectSlug }) },
  // The pages a subscription mail links to, as they open without the token of a mail.
  { name: 'follow confirm', ref: () => ({ page: 'followConfirm' }) },
  { name: 'follow manage', ref: () => ({ page: 'followManage' }) },
  { name: 'follow unsubscribe', ref: () => ({ page: 'followUnsubscribe' }) },
  {
    name: 'page not found',
    ref: () => null,
    missingPath: (locale) => (locale === 'nl' ? '/bestaat-niet/' : '/en/does-not-exist/'),
  },
];

/** The path to visit for a page type in a language. */
export function pathOf(type: PageType, demo: DemoFacts, locale: Locale): string {
  const ref = type.ref(demo);
  if (ref) return pathFor(ref, locale);
  if (!type.missingPath) throw new Error(`Page type ${type.name} has neither a route nor a missing path`);
  return type.missingPath(locale);
}

/** The language a page is in: its locale, except the one 404 page, which is Dutch first (English inside it). */
export function languageOf(type: PageType, locale: Locale): Locale {
  return type.missingPath ? 'nl' : locale;
}

export interface DemoFacts {
  organisation: string;
  /** The published project with the longest timeline: the page with the most content and controls. */
  richestProjectSlug: string;
  /** A project that was withdrawn: its address keeps a notice. */
  withdrawnProjectSlug: string;
}

/** Reads the facts the tests need from the API the site was built from, never from a list in the tests. */
export async function readDemoFacts(baseURL: string): Promise<DemoFacts> {
  const organisation = process.env['PUBLIC_ORGANISATION'] ?? 'demodam';
  const { anonKey } = await apiKeys(jwtSecretFromEnv());
  const supabase = createClient(baseURL, anonKey, { auth: { persistSession: false } });
  const list = await supabase.rpc('list_projects', { org_slug: organisation });
  if (list.error) throw new Error(`list_projects failed: ${list.error.message}`);
  let richest: { slug: string; items: number } | null = null;
  for (const card of projectListSchema.parse(list.data)) {
    const answer = await supabase.rpc('project_timeline', { org_slug: organisation, project_slug: card.slug });
    if (answer.error) throw new Error(`project_timeline failed: ${answer.error.message}`);
    const items = projectTimelineSchema.parse(answer.data).timeline.length;
    if (!richest || items > richest.items) richest = { slug: card.slug, items };
  }
  if (!richest) throw new Error(`The organisation ${organisation} has no published project.`);
  const withdrawn = await supabase.rpc('withdrawn_projects', { org_slug: organisation });
  if (withdrawn.error) throw new Error(`withdrawn_projects failed: ${withdrawn.error.message}`);
  const [notice] = withdrawnProjectsSchema.parse(withdrawn.data).projects;
  if (!notice) throw new Error(`The organisation ${organisation} has no withdrawn project to show a notice of.`);
  return { organisation, richestProjectSlug: richest.slug, withdrawnProjectSlug: notice.slug };
}
