import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill.ts';
import type { StaffError } from '../../lib/workspace/errors.ts';
import { staffRoles, type StaffRole } from '../../lib/workspace/roles.ts';
import type { Member } from '../../lib/workspace/schemas.ts';
import { formatWhen, useViewTitle, useWorkspace } from './context.ts';
import { OrganisationPicker } from './OrganisationPicker.tsx';

/** The staff of an organisation (admins only): add or change a role by e-mail, remove a member. */
export function TeamView() {
  const { workspace, api, run, text, locale, announce, reloadWorkspace, headingRef } = useWorkspace();
  useViewTitle(text.team.title);
  const organisations = workspace.memberships.filter((membership) => membership.role === 'admin');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.organisation_id ?? '');
  const [members, setMembers] = useState<Member[]>([]);
  const [error, setError] = useState<StaffError | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('editor');
  const [confirming, setConfirming] = useState<Member | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const organisation = organisations.find((candidate) => candidate.organisation_id === organisationId);

  const fail = (staffError: StaffError) => {
    setError(staffError);
    window.setTimeout(() => alertRef.current?.focus(), 0);
  };
  const load = async () => {
    if (!organisationId) return;
    const answer = await run(() => api.members(organisationId));
    if (answer.ok) setMembers(answer.data);
    else fail(answer.error);
  };
  useEffect(() => {
    void load();
  }, [organisationId]);

  const save = async (event: Event) => {
    event.preventDefault();
    const answer = await run(() => api.setMemberRole({ organisation_id: organisationId, email: email.trim(), role }));
    if (!answer.ok) return fail(answer.error);
    setError(null);
    setEmail('');
    announce(text.team.saved);
    await load();
    void reloadWorkspace();
  };
  const remove = async (member: Member) => {
    const answer = await run(() => api.removeMember({ organisation_id: organisationId, user_id: member.user_id }));
    setConfirming(null);
    if (!answer.ok) return fail(answer.error);
    setError(null);
    announce(text.team.removed);
    await load();
    void reloadWorkspace();
  };

  return (
    <>
      <h1 class="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
        {text.team.title}
      </h1>
      {!organisation ? (
        <p class="utrecht-paragraph">{text.notAllowed}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{fill(text.team.intro, { organisation: organisation.name })}</p>
          <OrganisationPicker organisations={organisations} value={organisationId} onChange={setOrganisationId} id="team-organisation" />
          {error && (
            <div class="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={alertRef}>
              <p class="utrecht-paragraph">{error.message}</p>
            </div>
          )}
          <table class="utrecht-table workspace-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {text.team.email}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {text.team.role}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {text.team.since}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {text.team.actions}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {members.map((member) => (
                <tr class="utrecht-table__row" key={member.user_id}>
                  <th class="utrecht-table__header-cell" scope="row">
                    {member.email}
                  </th>
                  <td class="utrecht-table__cell">{text.roles[member.role]}</td>
                  <td class="utrecht-table__cell">{formatWhen(locale, member.created_at, false)}</td>
                  <td class="utrecht-table__cell">
                    {confirming?.user_id === member.user_id ? (
                      <div role="group" aria-label={text.team.remove}>
                        <p class="utrecht-paragraph">{fill(text.team.removeConfirm, { email: member.email ?? '' })}</p>
                        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => void remove(member)}>
                          {text.actions.confirm}
                        </button>{' '}
                        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setConfirming(null)}>
                          {text.actions.cancel}
                        </button>
                      </div>
                    ) : (
                      <button
                        type="button"
                        class="utrecht-button utrecht-button--secondary-action"
                        aria-label={`${text.team.remove}: ${member.email ?? ''}`}
                        onClick={() => setConfirming(member)}
                      >
                        {text.team.remove}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 class="utrecht-heading-2">{text.team.addTitle}</h2>
          <form class="workspace-form" onSubmit={save} noValidate>
            <p class="workspace-field-help" id="team-email-help">
              {text.team.addHelp}
            </p>
            <div class="utrecht-form-field">
              <label class="utrecht-form-label" for="team-email">
                {text.team.email} <span class="workspace-required">{text.form.required}</span>
              </label>
              <input
                class="utrecht-textbox"
                id="team-email"
                type="email"
                aria-required="true"
                aria-describedby="team-email-help"
                value={email}
                onInput={(event) => setEmail(event.currentTarget.value)}
              />
            </div>
            <div class="utrecht-form-field">
              <label class="utrecht-form-label" for="team-role">
                {text.team.role} <span class="workspace-required">{text.form.required}</span>
              </label>
              <select
                class="utrecht-select utrecht-select--html-select"
                id="team-role"
                value={role}
                onChange={(event) => setRole(event.currentTarget.value as StaffRole)}
              >
                {staffRoles.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {text.roles[candidate]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {text.team.save}
            </button>
          </form>
        </>
      )}
    </>
  );
}
