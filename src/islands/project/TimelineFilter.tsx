import { useEffect, useState } from 'preact/hooks';

export interface TimelineFilterProps {
  /** The id of the timeline's list; its items carry data-filter. */
  listId: string;
  filters: Array<{ filter: string; label: string; count: number }>;
  legend: string;
  /** With {shown} and {total}. */
  status: string;
}

/**
 * Filters the timeline by kind. The list itself is plain HTML from the build, complete without JavaScript; this
 * island only hides items. It renders nothing until it runs, so no control shows that could not work.
 */
export default function TimelineFilter({ listId, filters, legend, status }: TimelineFilterProps) {
  const [ready, setReady] = useState(false);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => setReady(true), []);
  useEffect(() => {
    const items = document.getElementById(listId)?.querySelectorAll<HTMLElement>('[data-filter]') ?? [];
    for (const item of items) item.hidden = hidden.has(item.dataset['filter'] ?? '');
  }, [hidden, ready]);

  if (!ready) return null;
  const total = filters.reduce((sum, entry) => sum + entry.count, 0);
  const shown = filters.reduce((sum, entry) => sum + (hidden.has(entry.filter) ? 0 : entry.count), 0);
  const toggle = (filter: string) => {
    const next = new Set(hidden);
    if (next.has(filter)) next.delete(filter);
    else next.add(filter);
    setHidden(next);
  };
  return (
    <fieldset class="timeline-filter">
      <legend>{legend}</legend>
      {filters.map((entry) => (
        <label class="timeline-filter__option" key={entry.filter}>
          <input
            type="checkbox"
            class="utrecht-checkbox utrecht-checkbox--html-input"
            checked={!hidden.has(entry.filter)}
            onChange={() => toggle(entry.filter)}
          />{' '}
          {entry.label} ({entry.count})
        </label>
      ))}
      <p class="utrecht-paragraph" role="status">
        {status.replace('{shown}', String(shown)).replace('{total}', String(total))}
      </p>
    </fieldset>
  );
}
