import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { PublishableKind } from '../records/kinds.ts';
import { formatDateTime } from '../format/dates.ts';

// What the project page says about a record's place in the public record: that it was changed after it first
// went public (with a link to what changed), and that it was published without a second check where the
// organisation allows that. The `key` goes on the record's element as data-record, so verify-ledger can find
// each record on the page and compare it with its latest approved version.

export interface RecordMeta {
  id: string;
  version: number;
  revised_at: string | null;
  self_approved: boolean;
}

export interface RecordMarkerView {
  /** "<kind>:<id>", the data-record attribute of the record's element. */
  key: string;
  changed: { text: string; linkText: string; href: string } | null;
  selfApproved: string | null;
}

/** The element id of a record's section on the project's changes page (not its id on the project page: recordAnchor). */
export function changesAnchor(kind: PublishableKind, id: string): string {
  return `record-${kind}-${id}`;
}

/**
 * The markers of one record on the project page.
 *
 * @example
 * recordMarker('decision', { id: 'd1', version: 2, revised_at: '2026-03-05T18:30:00Z', self_approved: false }, 'schoolzone', 'nl').changed
 * // => { text: 'Gewijzigd op 5 maart 2026, 19:30', linkText: 'bekijk wat er veranderde', href: '/projecten/schoolzone/wijzigingen/#record-decision-d1' }
 */
export function recordMarker(kind: PublishableKind, record: RecordMeta, projectSlug: string, locale: Locale): RecordMarkerView {
  const t = dictionaryFor(locale).history.marker;
  const revised = record.version > 1 && record.revised_at !== null;
  return {
    key: `${kind}:${record.id}`,
    changed: revised
      ? {
          text: t.changed(formatDateTime(record.revised_at ?? '', locale).text),
          linkText: t.seeChanges,
          href: `${pathFor({ page: 'projectChanges', slug: projectSlug }, locale)}#${changesAnchor(kind, record.id)}`,
        }
      : null,
    selfApproved: record.self_approved ? t.selfApproved : null,
  };
}
