import { hashFor, type ProjectSection } from '../../lib/workspace/routes.ts';
import type { AwaitingItem } from '../../lib/workspace/schemas.ts';
import { formatWhen, useViewTitle, useWorkspace } from './context.ts';
import { WorkflowActions } from './WorkflowActions.tsx';

// The editor section where each kind is edited, for the "open" link.
const sectionOf: Record<string, ProjectSection> = {
  project: 'basics',
  update: 'updates',
  decision: 'decisions',
  promise: 'promises',
  council_moment: 'council',
  key_date: 'key-dates',
  lesson: 'lessons',
};

/** Everything awaiting approval in the caller's organisations, with approve and return on each. */
export function ApprovalsView() {
  const { workspace, text, locale, reloadWorkspace, headingRef } = useWorkspace();
  useViewTitle(text.approvals.title);
  const items = workspace.awaiting_approval;
  return (
    <>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
        {text.approvals.title}
      </h1>
      {items.length === 0 ? (
        <p class="utrecht-paragraph">{text.approvals.none}</p>
      ) : (
        <ul class="workspace-records">
          {items.map((item: AwaitingItem) => (
            <li class="workspace-record" key={`${item.kind}-${item.id}`}>
              <h2 class="utrecht-heading-3">{item.title || item.project_title}</h2>
              <dl class="workspace-facts">
                <dt>{text.approvals.columns.kind}</dt>
                <dd>{text.kinds[item.kind] ?? item.kind}</dd>
                <dt>{text.approvals.columns.project}</dt>
                <dd>
                  <a class="utrecht-link" href={hashFor({ view: 'project', projectId: item.project_id, section: sectionOf[item.kind] ?? 'basics' })}>
                    {item.project_title}
                  </a>
                </dd>
                <dt>{text.approvals.columns.submitted}</dt>
                <dd>{formatWhen(locale, item.submitted_at)}</dd>
              </dl>
              <WorkflowActions
                kind={item.kind}
                id={item.id}
                projectId={item.project_id}
                actions={['approve', 'return']}
                selfApproval={item.is_mine}
                idPrefix={`approval-${item.kind}-${item.id}`}
                onDone={reloadWorkspace}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
