import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { Organisation } from '../api/organisation.ts';
import type { WithdrawnProject } from '../api/public-record.ts';
import { formatDateTime } from '../format/dates.ts';

// The page that stays at a withdrawn project's address: what it was, when it was withdrawn and why, and where
// the ledger records it. Plain strings for the template.

export interface WithdrawnProjectPageView {
  slug: string;
  pageTitle: string;
  heading: string;
  title: string;
  lead: string;
  withdrawnAt: string;
  reasonLabel: string;
  reason: string;
  ledgerText: string;
  ledgerLabel: string;
  ledgerHref: string;
  homeLabel: string;
  homeHref: string;
}

export function buildWithdrawnProjectPage(project: WithdrawnProject, organisation: Organisation, locale: Locale): WithdrawnProjectPageView {
  const history = dictionaryFor(locale).history;
  const t = history.withdrawnProject;
  return {
    slug: project.slug,
    pageTitle: t.title(project.title),
    heading: t.heading,
    title: project.title,
    lead: t.lead(organisation.name, formatDateTime(project.withdrawn_at, locale).text),
    withdrawnAt: project.withdrawn_at,
    reasonLabel: t.reason,
    reason: project.reason ?? history.withdrawn.noReason,
    ledgerText: t.ledger,
    ledgerLabel: t.ledgerLink,
    ledgerHref: `${pathFor({ page: 'openData' }, locale)}#ledger`,
    homeLabel: t.home,
    homeHref: pathFor({ page: 'home' }, locale),
  };
}
