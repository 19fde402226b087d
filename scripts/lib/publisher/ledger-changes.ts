// What changed on the public site since the publisher last looked, read from the organisation's public ledger
// (public.ledger_entries, with the anon key: the publisher needs no more privilege than a resident). Every
// publication event (publish, revision, withdrawal, status change) is an entry that names its project by id, so
// the publisher can re-render that project alone. What the ledger does not record is a change to the organisation
// itself (its name, theme, council): the deploy hook still arrives for it, and `changesAfterHook` then compares the
// organisation with the one the site was last built from.
import { callApi, organisationSchema, type PortalApi } from '../../../src/lib/api/index.ts';
import { ledgerPageSchema } from '../../../src/lib/ledger/ledger-document.ts';
import type { SiteChange } from '../../../src/services/local-supabase/site-changes.ts';

export interface LedgerFollower {
  /**
   * Notes where the ledger and the organisation are now. Call it before a full build reads the data: whatever
   * comes after is found by the next call of the other two.
   */
  mark(): Promise<void>;
  /** The changes recorded in the ledger since the last call (or mark), for the poll that catches a lost hook. */
  changesInLedger(): Promise<SiteChange[]>;
  /** The same after a deploy hook; without new entries, the whole site when the organisation changed. */
  changesAfterHook(): Promise<SiteChange[]>;
}

/** Entries per call: the API allows up to 10,000. */
const pageSize = 1000;

/**
 * @param projectSlugs the slug of each published project by id, as the live site shows them: an entry whose project
 *   is not among them (a project published for the first time) or that has none (a person) takes a full build.
 */
export function createLedgerFollower(options: {
  api: PortalApi;
  organisation: string;
  projectSlugs: () => Promise<Map<string, string>>;
}): LedgerFollower {
  const { api, organisation } = options;
  let lastSeq = 0;
  let organisationText: string | undefined;
  const readOrganisation = async () =>
    JSON.stringify(await callApi(api, 'get_organisation', { org_slug: organisation }, organisationSchema));

  /** The projects of the entries after lastSeq (null for none), and the seq of the last one. */
  async function newEntries(): Promise<{ projects: Array<string | null>; last: number }> {
    const projects: Array<string | null> = [];
    let last = lastSeq;
    for (;;) {
      const page = await callApi(
        api,
        'ledger_entries',
        { org_slug: organisation, after_seq: last, max_entries: pageSize },
        ledgerPageSchema,
      );
      for (const entry of page.entries) projects.push(entry.event.project);
      last = page.entries.at(-1)?.seq ?? last;
      if (page.entries.length < pageSize) return { projects, last };
    }
  }

  async function changesInLedger(): Promise<SiteChange[]> {
    const { projects, last } = await newEntries();
    if (projects.length === 0) return [];
    const slugs = await options.projectSlugs();
    // Only now, with every step done: a failure above leaves the entries for the next look.
    lastSeq = last;
    const changes = new Map<string, SiteChange>();
    for (const id of projects) {
      const slug = id === null ? undefined : slugs.get(id);
      if (slug === undefined) return [{ organisation }];
      changes.set(slug, { organisation, project: slug });
    }
    return [...changes.values()];
  }

  return {
    async mark() {
      const [page, text] = await Promise.all([
        callApi(api, 'ledger_entries', { org_slug: organisation, after_seq: 0, max_entries: 1 }, ledgerPageSchema),
        readOrganisation(),
      ]);
      lastSeq = page.head?.seq ?? 0;
      organisationText = text;
    },
    changesInLedger,
    async changesAfterHook() {
      const changes = await changesInLedger();
      if (changes.length > 0) return changes;
      // No new entry: the hook was for the organisation itself, or a poll already took its entries.
      const text = await readOrganisation();
      if (text === organisationText) return [];
      organisationText = text;
      return [{ organisation }];
    },
  };
}
