import type { Membership } from '../../lib/workspace/schemas.ts';
import { useWorkspace } from './context.ts';

/** Chooses among the organisations where the caller is admin; hidden when there is only one. */
export function OrganisationPicker(props: { organisations: Membership[]; value: string; onChange: (id: string) => void; id: string }) {
  const { text } = useWorkspace();
  if (props.organisations.length < 2) return null;
  return (
    <div class="utrecht-form-field">
      <label class="utrecht-form-label" for={props.id}>
        {text.audit.organisation}
      </label>
      <select
        class="utrecht-select utrecht-select--html-select"
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.organisations.map((organisation) => (
          <option key={organisation.organisation_id} value={organisation.organisation_id}>
            {organisation.name}
          </option>
        ))}
      </select>
    </div>
  );
}
