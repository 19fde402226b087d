import { useEffect, useState } from 'preact/hooks';
import { readChanges, sinceFor, type ChangeKind, type ShownChange } from './changes.ts';
import { rpc } from './rpc.ts';

export interface FreshnessLabels {
  title: string;
  reload: string;
  /** With {count}. */
  more: string;
  kinds: Record<ChangeKind, string>;
  /** Status and outcome values in words, for every kind that has one. */
  statuses: Record<string, string>;
}

export interface FreshnessNoticeProps {
  apiUrl: string;
  anonKey: string;
  organisation: string;
  project: string;
  /** generated_at of the document the page was built from. */
  builtAt: string;
  labels: FreshnessLabels;
  /** 'nl' on English pages, for the Dutch titles from the database. */
  contentLang?: string | undefined;
}

const shownAtMost = 10;

/**
 * Asks the API what changed in this project since the page was built and, if anything did, says so in a polite
 * live region with a link to reload. Silent when nothing changed or the API cannot be reached.
 */
export default function FreshnessNotice(props: FreshnessNoticeProps) {
  const [changes, setChanges] = useState<ShownChange[]>([]);
  // Which moment was asked about, once the API answered: shown to nobody, but it says what the notice covers.
  const [checkedSince, setCheckedSince] = useState<string | undefined>(undefined);

  useEffect(() => {
    let active = true;
    const since = sinceFor(props.builtAt, window.location.search);
    void rpc({ url: props.apiUrl, anonKey: props.anonKey }, 'changes_since', {
      org_slug: props.organisation,
      since,
      project_slug: props.project,
    }).then((answer) => {
      const found = readChanges(answer);
      if (!active || !found) return;
      setChanges(found);
      setCheckedSince(since);
    });
    return () => {
      active = false;
    };
  }, []);

  const { labels } = props;
  // The region is rendered empty from the start: screen readers announce what is added to an existing region.
  return (
    <div role="status" class="freshness" data-checked-since={checkedSince} data-changes={changes.length}>
      {changes.length > 0 && (
        <div class="utrecht-alert utrecht-alert--info">
          <p class="utrecht-paragraph">
            <strong>{labels.title}</strong>
          </p>
          <ul class="utrecht-unordered-list">
            {changes.slice(0, shownAtMost).map((change) => (
              <li class="utrecht-unordered-list__item" key={`${change.kind}-${change.id}`}>
                {labels.kinds[change.kind]}: <span lang={props.contentLang}>{change.title}</span>
                {change.status !== null && labels.statuses[change.status] && <> ({labels.statuses[change.status]})</>}
              </li>
            ))}
          </ul>
          {changes.length > shownAtMost && (
            <p class="utrecht-paragraph">{labels.more.replace('{count}', String(changes.length - shownAtMost))}</p>
          )}
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={window.location.pathname}>
              {labels.reload}
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
