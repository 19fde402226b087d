import { useRef, useState } from 'preact/hooks';
import type { StaffError } from '../../lib/workspace/errors.ts';
import type { RecordAction } from '../../lib/workspace/roles.ts';
import type { PublishableKind, Result } from '../../lib/workspace/staff-client.ts';
import { useWorkspace } from './context.ts';

export interface WorkflowActionsProps {
  kind: string;
  id: string;
  projectId: string;
  actions: RecordAction[];
  /** For a non-publishable kind: the function that deletes it (staff_delete_phase, staff_delete_group). */
  removeFunction?: string;
  selfApproval: boolean;
  idPrefix: string;
  onDone: (action: RecordAction) => Promise<void>;
}

type Asking = 'return' | 'unpublish' | 'delete' | null;

/** Submit, approve, return, unpublish and delete, each a button; return and unpublish ask for a reason. */
export function WorkflowActions(props: WorkflowActionsProps) {
  const { api, run, text, announce } = useWorkspace();
  const [asking, setAsking] = useState<Asking>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<StaffError | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const target = { kind: props.kind as PublishableKind, id: props.id, project_id: props.projectId };

  const perform = async (action: RecordAction) => {
    setBusy(true);
    const call = (): Promise<Result<unknown>> => {
      switch (action) {
        case 'submit':
          return api.submit(target);
        case 'approve':
          return api.approve(target);
        case 'return':
          return api.returnToDraft({ ...target, reason: reason.trim() || null });
        case 'unpublish':
          return api.unpublish({ ...target, reason: reason.trim() });
        case 'delete':
          return props.removeFunction ? api.save(props.removeFunction, { id: props.id, project_id: props.projectId }) : api.deleteDraft(target);
        default:
          return Promise.resolve({ ok: true, data: null });
      }
    };
    const answer = await run(call);
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      window.setTimeout(() => alertRef.current?.focus(), 0);
      return;
    }
    setError(null);
    setAsking(null);
    setReason('');
    if (action !== 'save') announce(text.actions.done[action]);
    await props.onDone(action);
  };

  const buttons = props.actions.filter((action) => action !== 'save');
  if (buttons.length === 0) return null;
  const reasonId = `${props.idPrefix}-reason`;
  const label = (action: RecordAction) => (action === 'delete' && props.removeFunction ? text.actions.remove : text.actions[action as Exclude<RecordAction, 'save'>]);

  return (
    <div class="workspace-workflow">
      {error && (
        <div class="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={alertRef}>
          <p class="utrecht-paragraph">{error.message}</p>
        </div>
      )}
      {props.selfApproval && buttons.includes('approve') && <p class="workspace-field-help">{text.actions.selfApproval}</p>}
      {asking === null && (
        <div class="workspace-actions">
          {buttons.map((action) => (
            <button
              key={action}
              type="button"
              class={`utrecht-button ${action === 'delete' || action === 'unpublish' ? 'utrecht-button--secondary-action' : 'utrecht-button--secondary-action'}`}
              disabled={busy}
              onClick={() => (action === 'return' || action === 'unpublish' || action === 'delete' ? setAsking(action) : void perform(action))}
            >
              {label(action)}
            </button>
          ))}
        </div>
      )}
      {asking !== null && (
        <div class="workspace-confirm" role="group" aria-label={label(asking)}>
          {asking === 'delete' ? (
            <p class="utrecht-paragraph">{text.actions.deleteConfirm}</p>
          ) : (
            <div class="utrecht-form-field">
              <label class="utrecht-form-label" for={reasonId}>
                {asking === 'return' ? text.actions.reasonReturn : text.actions.reasonUnpublish}
              </label>
              <textarea
                class="utrecht-textbox workspace-textarea"
                id={reasonId}
                value={reason}
                aria-required={asking === 'unpublish' ? 'true' : undefined}
                onInput={(event) => setReason(event.currentTarget.value)}
              />
            </div>
          )}
          <div class="workspace-actions">
            <button type="button" class="utrecht-button utrecht-button--primary-action" disabled={busy} onClick={() => void perform(asking)}>
              {text.actions.confirm}: {label(asking)}
            </button>
            <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setAsking(null)}>
              {text.actions.cancel}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
