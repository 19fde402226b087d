import { translationWorkspaceText } from '../../i18n/text/translation.ts';
import { fill } from '../../i18n/fill.ts';
import { votesText } from '../../lib/workspace/forms/convert.ts';
import { formsByKind } from '../../lib/workspace/forms/index.ts';
import { hasRole, type RecordAction } from '../../lib/workspace/roles.ts';
import { hashFor, sectionForKind } from '../../lib/workspace/routes.ts';
import type { AwaitingItem } from '../../lib/workspace/schemas.ts';
import { enumLabel, formatWhen, useViewTitle, useWorkspace } from './context.ts';
import { WorkflowActions } from './WorkflowActions.tsx';

/**
 * Everything waiting for approval in the caller's organisations, with the words as they would go public (for a
 * change: what the website shows now and what it becomes). Approve is offered only where the database says the
 * caller may approve (an approver who wrote none of it); editors see the queue without buttons.
 */
export function ApprovalsView() {
  const { workspace, text, locale, reloadWorkspace, headingRef } = useWorkspace();
  useViewTitle(text.approvals.title);
  const items = workspace.awaiting_approval;
  const roleIn = (organisationId: string) =>
    workspace.memberships.find((membership) => membership.organisation_id === organisationId)?.role ?? 'editor';
  return (
    <>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
        {text.approvals.title}
      </h1>
      <p class="utrecht-paragraph">{text.approvals.intro}</p>
      {items.length === 0 ? (
        <p class="utrecht-paragraph">{text.approvals.none}</p>
      ) : (
        <ul class="workspace-records">
          {items.map((item: AwaitingItem) => {
            const approver = hasRole(roleIn(item.organisation_id), 'approver');
            const actions: RecordAction[] =
              item.state === 'scheduled'
                ? approver
                  ? ['return']
                  : []
                : [...(item.may_approve ? (['approve', 'schedule'] as const) : []), ...(approver ? (['return'] as const) : [])];
            const note = !approver
              ? text.approvals.approverOnly
              : item.is_mine && !item.may_approve && item.state !== 'scheduled'
                ? text.approvals.mine
                : null;
            const organisation = workspace.memberships.find((membership) => membership.organisation_id === item.organisation_id);
            return (
              <li class="workspace-record" key={`${item.kind}-${item.id}`}>
                <h2 class="utrecht-heading-3">{item.title || item.project_title || text.kinds[item.kind]}</h2>
                <dl class="workspace-facts">
                  <dt>{text.approvals.columns.kind}</dt>
                  <dd>
                    {text.kinds[item.kind] ?? item.kind} · {item.is_revision ? text.approvals.change : text.approvals.newItem}
                  </dd>
                  {item.project_id ? (
                    <>
                      <dt>{text.approvals.columns.project}</dt>
                      <dd>
                        <a
                          class="utrecht-link"
                          href={hashFor({ view: 'project', projectId: item.project_id, section: sectionForKind[item.kind] ?? 'basics' })}
                        >
                          {item.project_title}
                        </a>
                      </dd>
                    </>
                  ) : (
                    <>
                      <dt>{text.approvals.organisation}</dt>
                      <dd>{organisation?.name ?? ''}</dd>
                    </>
                  )}
                  <dt>{text.approvals.columns.submitted}</dt>
                  <dd>{formatWhen(locale, item.submitted_at)}</dd>
                </dl>
                {item.state === 'scheduled' && (
                  <p class="utrecht-paragraph">{fill(text.approvals.scheduledFor, { date: formatWhen(locale, item.publish_at) })}</p>
                )}
                <CheckEffect item={item} />
                <Words item={item} />
                <WorkflowActions
                  kind={item.kind}
                  id={item.id}
                  {...(item.project_id ? { projectId: item.project_id } : {})}
                  actions={actions}
                  note={note}
                  idPrefix={`approval-${item.kind}-${item.id}`}
                  onDone={reloadWorkspace}
                />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** The words that would go public: every field of a new record, the changed fields of a change with before and after. */
function Words({ item }: { item: AwaitingItem }) {
  const { text, locale, labels } = useWorkspace();
  const spec = formsByKind[item.kind];
  const content = item.content ?? {};
  const published = item.published ?? {};
  const show = (name: string, value: unknown): string => {
    const field = spec?.fields.find((candidate) => candidate.name === name);
    // A phase's council role left empty is the project's: said so, not "(leeg)".
    if ((value === null || value === '') && field?.type === 'select' && field.emptyLabel) return field.emptyLabel[locale];
    if (value === null || value === undefined || value === '') return text.approvals.empty;
    if (field?.type === 'votes') return votesText(value, text.form.votes.line) || text.approvals.empty;
    if (field?.type === 'select' && typeof value === 'string') return enumLabel(labels, text, field.enumName, value);
    if (field?.type === 'reference') return text.approvals.referenceChanged;
    if (field?.type === 'boolean') return value ? '✓' : '–';
    if (field?.type === 'date' || field?.type === 'datetime') return formatWhen(locale, String(value));
    if (Array.isArray(value)) return value.map((entry) => (entry as { we_did?: string }).we_did ?? '').join('\n');
    if (name === 'translations' && typeof value === 'object') {
      // The English versions, each under the label of the field it translates.
      const english = Object.entries((value as { en?: Record<string, string> }).en ?? {});
      return english.length === 0
        ? text.approvals.empty
        : english.map(([field, words]) => `${label(field.startsWith('responses.') ? 'responses' : field)}: ${words}`).join('\n');
    }
    return String(value);
  };
  const label = (name: string) =>
    name === 'translations'
      ? translationWorkspaceText(locale).english
      : (spec?.fields.find((field) => field.name === name)?.label[locale] ?? name);
  const names = Object.keys(content).filter(
    (name) => !item.is_revision || JSON.stringify(content[name]) !== JSON.stringify(published[name]),
  );
  if (names.length === 0) return null;
  return (
    <details open>
      <summary>{item.is_revision ? text.approvals.change : text.approvals.content}</summary>
      <dl class="workspace-facts workspace-words">
        {names.map((name) =>
          item.is_revision && name in published ? (
            <>
              <dt>{label(name)}</dt>
              <dd>
                <p class="workspace-before">
                  <span class="workspace-visually-hidden">{text.approvals.nowOnSite}: </span>
                  <del>{show(name, published[name])}</del>
                </p>
                <p class="workspace-after">
                  <span class="workspace-visually-hidden">{text.approvals.becomes}: </span>
                  <ins>{show(name, content[name])}</ins>
                </p>
              </dd>
            </>
          ) : (
            <>
              <dt>{label(name)}</dt>
              <dd class="workspace-prose">{show(name, content[name])}</dd>
            </>
          ),
        )}
      </dl>
    </details>
  );
}

/** What approving the item would change in its project's eight-keys check (portal.check_overlay), by rule title. */
function CheckEffect({ item }: { item: AwaitingItem }) {
  const { workspace, text, locale } = useWorkspace();
  const effect = item.check_effect;
  if (!effect || (effect.fixes.length === 0 && effect.breaks.length === 0)) return null;
  const title = (rule: string) => workspace.check_rules.find((candidate) => candidate.rule === rule)?.title[locale] ?? rule;
  return (
    <dl class="workspace-facts" data-check-effect>
      {effect.fixes.length > 0 && (
        <>
          <dt>{text.approvals.fixes}</dt>
          <dd>{effect.fixes.map(title).join('; ')}</dd>
        </>
      )}
      {effect.breaks.length > 0 && (
        <>
          <dt>{text.approvals.breaks}</dt>
          <dd>{effect.breaks.map(title).join('; ')}</dd>
        </>
      )}
    </dl>
  );
}
