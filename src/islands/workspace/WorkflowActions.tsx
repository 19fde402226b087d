import { useRef, useState } from 'preact/hooks';
import type { StaffError } from '../../lib/workspace/errors.ts';
import type { RecordAction } from '../../lib/workspace/roles.ts';
import type { PublishableKind, Result } from '../../lib/workspace/staff-client.ts';
import { useWorkspace } from './context.ts';

export interface WorkflowActionsProps {
  kind: string;
  id: string;
  /** Absent for a person, who belongs to the organisation. */
  projectId?: string;
  actions: RecordAction[];
  /** The actions work on a pending change of a published record: delete then discards the change. */
  onChange?: boolean;
  /** Shown above the buttons: why approval is not on offer, or what approving one's own words means here. */
  note?: string | null;
  idPrefix: string;
  onDone: (action: RecordAction) => Promise<void>;
}

type Asking = 'return' | 'unpublish' | 'delete' | 'schedule' | null;

/**
 * Submit, approve (now or at a chosen moment), return, withdraw and delete, each a button; return, withdraw and
 * a later publication ask for a reason or a moment first.
 */
export function WorkflowActions(props: WorkflowActionsProps) {
  const { api, run, text, announce } = useWorkspace();
  const [asking, setAsking] = useState<Asking>(null);
  const [reason, setReason] = useState('');
  const [moment, setMoment] = useState('');
  const [error, setError] = useState<StaffError | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const target = { kind: props.kind as PublishableKind, id: props.id, ...(props.projectId ? { project_id: props.projectId } : {}) };

  const fail = (message: string) => {
    setError({ message, status: 400, code: '', sessionExpired: false });
    window.setTimeout(() => alertRef.current?.focus(), 0);
  };

  const perform = async (action: RecordAction) => {
    let publishAt: string | undefined;
    if (action === 'schedule') {
      // datetime-local is the staff member's own clock, which is the Netherlands' for this portal's staff.
      const when = moment ? new Date(moment) : null;
      if (!when || Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
        fail(text.actions.publishAtMissing);
        return;
      }
      publishAt = when.toISOString();
    }
    setBusy(true);
    const call = (): Promise<Result<unknown>> => {
      switch (action) {
        case 'submit':
          return api.submit(target);
        case 'approve':
          return api.approve(target);
        case 'schedule':
          return api.approve({ ...target, ...(publishAt ? { publish_at: publishAt } : {}) });
        case 'return':
          return api.returnToDraft({ ...target, reason: reason.trim() || null });
        case 'unpublish':
          return api.unpublish({ ...target, reason: reason.trim() });
        case 'delete':
          return api.deleteDraft(target);
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
    setMoment('');
    if (action !== 'save') announce(text.actions.done[action]);
    await props.onDone(action);
  };

  const buttons = props.actions.filter((action) => action !== 'save');
  if (buttons.length === 0) return props.note ? <p class="workspace-field-help">{props.note}</p> : null;
  const reasonId = `${props.idPrefix}-reason`;
  const momentId = `${props.idPrefix}-publish-at`;
  const label = (action: Exclude<RecordAction, 'save'>) =>
    action === 'delete' && props.onChange ? text.actions.discard : text.actions[action];

  return (
    <div class="workspace-workflow">
      {error && (
        <div class="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={alertRef}>
          <p class="utrecht-paragraph">{error.message}</p>
        </div>
      )}
      {props.note && <p class="workspace-field-help">{props.note}</p>}
      {asking === null && (
        <div class="workspace-actions">
          {buttons.map((action) => (
            <button
              key={action}
              type="button"
              class={`utrecht-button ${action === 'approve' ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
              disabled={busy}
              onClick={() =>
                action === 'return' || action === 'unpublish' || action === 'delete' || action === 'schedule'
                  ? setAsking(action)
                  : void perform(action)
              }
            >
              {label(action as Exclude<RecordAction, 'save'>)}
            </button>
          ))}
        </div>
      )}
      {asking !== null && (
        <div class="workspace-confirm" role="group" aria-label={label(asking)}>
          {asking === 'delete' && <p class="utrecht-paragraph">{text.actions.deleteConfirm}</p>}
          {(asking === 'return' || asking === 'unpublish') && (
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
          {asking === 'schedule' && (
            <div class="utrecht-form-field">
              <label class="utrecht-form-label" for={momentId}>
                {text.actions.publishAt}
              </label>
              <p class="workspace-field-help" id={`${momentId}-help`}>
                {text.actions.publishAtHelp}
              </p>
              <input
                class="utrecht-textbox"
                type="datetime-local"
                id={momentId}
                value={moment}
                aria-required="true"
                aria-describedby={`${momentId}-help`}
                onInput={(event) => setMoment(event.currentTarget.value)}
              />
            </div>
          )}
          <div class="workspace-actions">
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              disabled={busy}
              onClick={() => void perform(asking)}
            >
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
