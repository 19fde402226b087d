-- The staff workflow and what watches over it:
--  * portal.audit_log: one row per insert, update or delete by a signed-in user on a table staff can write,
--    readable by the admins of the organisation only;
--  * site change notification: a write that changes what the public site shows notifies the channel
--    portal_site_changed and, where configured and where pg_net is installed, posts to the organisation's
--    deploy hook once per transaction;
--  * the workflow functions (submit, approve, return to draft, unpublish, delete a draft), generic over the
--    publishable kinds;
--  * the staff reads (workspace, one project with everything, the audit log, the members) and the admin
--    functions for members.
-- Names and shapes follow the staff workspace API contract (issue 4).

-- Audit log ---------------------------------------------------------------------------------------------------

create table portal.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  organisation_id uuid,
  project_id uuid,
  table_name text not null,
  record_id text not null,
  action text not null check (action in ('insert', 'update', 'delete')),
  before jsonb,
  after jsonb
);
comment on table portal.audit_log is 'Who changed what and when: one row per insert, update or delete by a signed-in user on a table staff can write. Written only by the trigger function portal.audit_row(); readable by the admins of the organisation.';
comment on column portal.audit_log.id is 'Primary key, ascending in the order of the writes; the audit log pages by it.';
comment on column portal.audit_log.at is 'When the write happened (the start of its transaction).';
comment on column portal.audit_log.actor_id is 'The signed-in user who wrote. No foreign key: the log outlives a removed account.';
comment on column portal.audit_log.organisation_id is 'The organisation the record belongs to; decides who may read the row.';
comment on column portal.audit_log.project_id is 'The project the record belongs to, when it belongs to one.';
comment on column portal.audit_log.table_name is 'The table in schema portal that was written.';
comment on column portal.audit_log.record_id is 'The id of the record (user_id for memberships, input_theme_id:decision_id for input responses).';
comment on column portal.audit_log.action is 'insert, update or delete.';
comment on column portal.audit_log.before is 'The record before the write (update and delete), all columns.';
comment on column portal.audit_log.after is 'The record after the write (insert and update), all columns.';

create index audit_log_organisation_idx on portal.audit_log (organisation_id, id desc);

alter table portal.audit_log enable row level security;
-- Nobody writes the log directly, not even service_role: only the trigger function, which runs as its owner.
revoke all on portal.audit_log from public, anon, authenticated, service_role;
grant select on portal.audit_log to authenticated, service_role;
create policy "Admins can read the audit log of their organisation" on portal.audit_log
  for select to authenticated using (portal.has_staff_role(organisation_id, 'admin'));

-- Security definer: staff have no insert privilege on audit_log, and must not have one.
create function portal.audit_row() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  row_json jsonb := coalesce(new_row, old_row);
  org uuid;
  project uuid;
begin
  -- System writes (the demo seed, the test fixture, migrations, maintenance as the superuser) run without a
  -- signed-in user and are not audited: the log answers "which staff member did this".
  if auth.uid() is null then
    return null;
  end if;
  -- A save that changes nothing but updated_at (an unchanged form saved again) tells an admin nothing and
  -- would bury the real changes.
  if tg_op = 'UPDATE' and (old_row - 'updated_at') = (new_row - 'updated_at') then
    return null;
  end if;
  project := case when tg_table_name = 'projects' then (row_json ->> 'id')::uuid else (row_json ->> 'project_id')::uuid end;
  org := case
    when tg_table_name = 'organisations' then (row_json ->> 'id')::uuid
    when row_json ? 'organisation_id' then (row_json ->> 'organisation_id')::uuid
    else portal.project_organisation(project)
  end;
  -- Records deleted by the cascade of a deleted project can no longer be traced to an organisation; the
  -- project's own audit row holds that deletion.
  if org is null then
    return null;
  end if;
  insert into portal.audit_log (actor_id, organisation_id, project_id, table_name, record_id, action, before, after)
  values (
    auth.uid(), org, project, tg_table_name,
    coalesce(row_json ->> 'id', row_json ->> 'user_id',
             concat_ws(':', row_json ->> 'input_theme_id', row_json ->> 'decision_id')),
    lower(tg_op), old_row, new_row);
  return null;
end
$$;
comment on function portal.audit_row() is 'Trigger: writes one audit_log row for a write by a signed-in user (system writes such as the seed are not audited, nor updates that change only updated_at).';
revoke all on function portal.audit_row() from public;

do $$
declare
  tbl text;
begin
  foreach tbl in array array['organisations', 'staff_memberships', 'projects', 'people', 'project_people', 'phases',
    'handovers', 'decisions', 'input_themes', 'input_responses', 'promises', 'promise_status_changes',
    'council_moments', 'updates', 'key_dates', 'groups_involved', 'lessons'] loop
    execute format('create trigger %I after insert or update or delete on portal.%I for each row execute function portal.audit_row()',
      tbl || '_audit', tbl);
  end loop;
end
$$;

-- Why an approver sent a record back ------------------------------------------------------------------------
-- The editor needs the approver's reason to fix the draft; it is staff-only (anon's column grants on these
-- tables are explicit lists that do not include it).

do $$
declare
  tbl text;
begin
  foreach tbl in array array['projects', 'updates', 'decisions', 'promises', 'council_moments', 'key_dates', 'lessons'] loop
    execute format('alter table portal.%I add column returned_reason text check (char_length(returned_reason) <= 2000)', tbl);
    execute format('comment on column portal.%I.returned_reason is %L', tbl,
      'Why an approver sent it back to draft; cleared when it is submitted again. Not public.');
  end loop;
end
$$;
grant update (returned_reason) on portal.promises to authenticated;

-- Site change notification ----------------------------------------------------------------------------------

create table portal.deploy_hooks (
  organisation_id uuid primary key references portal.organisations (id) on delete cascade,
  url text not null check (portal.is_web_url(url)),
  secret text check (char_length(secret) <= 500),
  updated_at timestamptz not null default now()
);
comment on table portal.deploy_hooks is 'The production deploy hook of an organisation''s public site: posted to when published content changes. Admins only; not audited, so its secret never lands in the audit log.';
comment on column portal.deploy_hooks.organisation_id is 'The organisation whose site the hook rebuilds.';
comment on column portal.deploy_hooks.url is 'The build hook URL (Netlify, Vercel, Cloudflare Pages, or a GitHub repository_dispatch endpoint).';
comment on column portal.deploy_hooks.secret is 'Sent as "Authorization: Bearer <secret>" when set (GitHub needs a token; most build hooks need none).';
comment on column portal.deploy_hooks.updated_at is 'When the row last changed.';

create trigger deploy_hooks_touch before update on portal.deploy_hooks
  for each row execute function portal.touch_updated_at();

alter table portal.deploy_hooks enable row level security;
revoke all on portal.deploy_hooks from public, anon, authenticated;
grant select, insert, update, delete on portal.deploy_hooks to authenticated;
grant all on portal.deploy_hooks to service_role;
create policy "Admins can read their organisation's deploy hook" on portal.deploy_hooks
  for select to authenticated using (portal.has_staff_role(organisation_id, 'admin'));
create policy "Admins can set their organisation's deploy hook" on portal.deploy_hooks
  for insert to authenticated with check (portal.has_staff_role(organisation_id, 'admin'));
create policy "Admins can change their organisation's deploy hook" on portal.deploy_hooks
  for update to authenticated
  using (portal.has_staff_role(organisation_id, 'admin'))
  with check (portal.has_staff_role(organisation_id, 'admin'));
create policy "Admins can remove their organisation's deploy hook" on portal.deploy_hooks
  for delete to authenticated using (portal.has_staff_role(organisation_id, 'admin'));

-- Whether a version of a row (old or new) is on the public site. Security definer: it reads the parent
-- decision or promise of a row, which a policy of the caller might hide.
create function portal.row_is_public(tbl text, r jsonb) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if r is null then
    return false;
  end if;
  case tbl
    when 'organisations' then
      return true;
    when 'projects' then
      return r ->> 'publication' = 'published';
    when 'people' then
      return exists (select 1 from portal.project_people pp where pp.person_id = (r ->> 'id')::uuid and portal.project_is_public(pp.project_id))
          or exists (select 1 from portal.phases ph where ph.contact_person_id = (r ->> 'id')::uuid and portal.project_is_public(ph.project_id))
          or exists (select 1 from portal.handovers h where (r ->> 'id')::uuid in (h.from_person_id, h.to_person_id) and portal.project_is_public(h.project_id));
    when 'input_responses' then
      return exists (select 1 from portal.decisions d where d.id = (r ->> 'decision_id')::uuid and d.publication = 'published')
         and portal.project_is_public((r ->> 'project_id')::uuid);
    when 'promise_status_changes' then
      return exists (select 1 from portal.promises p where p.id = (r ->> 'promise_id')::uuid and p.publication = 'published')
         and portal.project_is_public((r ->> 'project_id')::uuid);
    else
      return (not r ? 'publication' or r ->> 'publication' = 'published')
         and portal.project_is_public((r ->> 'project_id')::uuid);
  end case;
end
$$;
comment on function portal.row_is_public(text, jsonb) is 'True when this version of a row of a portal table is shown on the public site: a published project, a published record of a published project, a record without its own publication state of a published project, an organisation, a person named in a published project.';
revoke all on function portal.row_is_public(text, jsonb) from public;

-- Security definer: editors' writes fire it, and only admins may read deploy_hooks (the URL and secret).
create function portal.notify_site_changed() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  row_json jsonb := coalesce(new_row, old_row);
  org uuid;
  org_slug text;
  hook record;
  posted text;
begin
  -- Nothing changed, or only what the site never shows: updated_at, and an organisation's setting for
  -- self-approval.
  if tg_op = 'UPDATE' and (old_row - 'updated_at' - 'allow_self_approval') = (new_row - 'updated_at' - 'allow_self_approval') then
    return null;
  end if;
  -- Visible before or after: publishing, changing and withdrawing all change the site.
  if not (portal.row_is_public(tg_table_name, old_row) or portal.row_is_public(tg_table_name, new_row)) then
    return null;
  end if;
  org := case
    when tg_table_name = 'organisations' then (row_json ->> 'id')::uuid
    when row_json ? 'organisation_id' then (row_json ->> 'organisation_id')::uuid
    else portal.project_organisation(coalesce((row_json ->> 'project_id')::uuid, (row_json ->> 'id')::uuid))
  end;
  select o.slug into org_slug from portal.organisations o where o.id = org;
  if org_slug is null then
    return null;
  end if;
  -- Postgres folds identical notifications of one transaction into one.
  perform pg_notify('portal_site_changed', org_slug);

  -- The deploy hook: once per organisation per transaction, remembered in a transaction-local setting.
  posted := coalesce(current_setting('portal.deploy_hook_posted', true), '');
  if position(org::text in posted) > 0 then
    return null;
  end if;
  perform set_config('portal.deploy_hook_posted', posted || org::text || ',', true);
  select d.url, d.secret into hook from portal.deploy_hooks d where d.organisation_id = org;
  if hook.url is null or to_regprocedure('net.http_post(text,jsonb,jsonb,jsonb,integer)') is null then
    return null;
  end if;
  -- Dynamic SQL, so this migration also applies where pg_net is not installed (PGlite, plain Postgres).
  -- pg_net queues the request in a table: a rolled-back transaction posts nothing.
  begin
    execute 'select net.http_post(url := $1, body := $2, params := ''{}''::jsonb, headers := $3, timeout_milliseconds := 5000)'
    using hook.url,
      jsonb_build_object('event_type', 'portal_site_changed', 'client_payload', jsonb_build_object('organisation', org_slug)),
      jsonb_strip_nulls(jsonb_build_object('Content-Type', 'application/json',
        'Authorization', case when hook.secret is not null then 'Bearer ' || hook.secret end));
  exception when others then
    -- A deploy hook that cannot be queued must not cost the staff member their save.
    raise warning 'portal: the deploy hook of % could not be queued: %', org_slug, sqlerrm;
  end;
  return null;
end
$$;
comment on function portal.notify_site_changed() is 'Trigger: when a write changes what the public site shows, notifies channel portal_site_changed with the organisation''s slug and, when the organisation has a deploy hook and pg_net is installed, posts to the hook once per transaction.';
revoke all on function portal.notify_site_changed() from public;

do $$
declare
  tbl text;
begin
  foreach tbl in array array['organisations', 'projects', 'people', 'project_people', 'phases', 'handovers', 'decisions',
    'input_themes', 'input_responses', 'promises', 'promise_status_changes', 'council_moments', 'updates', 'key_dates',
    'groups_involved', 'lessons'] loop
    execute format('create trigger %I after insert or update or delete on portal.%I for each row execute function portal.notify_site_changed()',
      tbl || '_site_changed', tbl);
  end loop;
end
$$;

-- Publishable kinds ------------------------------------------------------------------------------------------

create function portal.publishable_table(kind text) returns text
language sql immutable
set search_path = ''
as $$
  select case kind
    when 'project' then 'projects' when 'update' then 'updates' when 'decision' then 'decisions'
    when 'promise' then 'promises' when 'council_moment' then 'council_moments' when 'key_date' then 'key_dates'
    when 'lesson' then 'lessons' end
$$;
comment on function portal.publishable_table(text) is 'The table of a publishable kind (project, update, decision, promise, council_moment, key_date, lesson); null for anything else. The only way a kind becomes a table name in dynamic SQL.';

create function portal.workflow_state_error(nl text, en text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = 'PT409', hint = 'publication', message = portal.t(nl, en);
end
$$;
comment on function portal.workflow_state_error(text, text) is 'Refuses a workflow step that does not fit the record''s current state (409, hint publication): someone else may have moved it on.';

-- Reads the {kind, id, project_id} of a workflow call, checks the caller's role on the project, and returns
-- the record as it is now (all columns) with its table name under "_table".
create function portal.workflow_record(input jsonb, at_least portal.staff_role) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  kind text;
  tbl text;
  record_id uuid;
  project uuid;
  found jsonb;
begin
  perform portal.input_object(input);
  kind := portal.input_choice(input, 'kind', 'Soort', 'Kind',
    array['project', 'update', 'decision', 'promise', 'council_moment', 'key_date', 'lesson']);
  tbl := portal.publishable_table(kind);
  record_id := portal.input_uuid(input, 'id', 'Onderdeel', 'Item');
  project := portal.input_uuid(input, 'project_id', 'Project', 'Project', kind <> 'project');
  if kind = 'project' then
    if project is not null and project <> record_id then
      perform portal.not_found('Dit project bestaat niet, of het hoort niet bij uw organisatie.',
        'This project does not exist, or it does not belong to your organisation.');
    end if;
    project := record_id;
  end if;
  perform portal.staff_project_organisation(project, at_least);
  execute format('select to_jsonb(t) from portal.%I t where t.id = $1 and %s', tbl,
      case when tbl = 'projects' then 't.id = $2' else 't.project_id = $2' end)
    into found using record_id, project;
  if found is null then
    perform portal.not_found('Dit onderdeel bestaat niet (meer), of het hoort niet bij dit project.',
      'This item does not exist (any more), or it does not belong to this project.');
  end if;
  perform portal.check_version(input, (found ->> 'updated_at')::timestamptz);
  return found || jsonb_build_object('_table', tbl, '_kind', kind);
end
$$;
comment on function portal.workflow_record(jsonb, portal.staff_role) is 'For the workflow functions: parses kind, id and project_id, checks the caller''s role on the project (404 for unknown and foreign alike, 403 for a too-low role) and returns the record with _table and _kind added.';

-- Applies the workflow step's column changes to the record, as the caller (row level security applies),
-- only while the record is still in the state it was read in.
create function portal.workflow_apply(rec jsonb, changes text, params jsonb) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  saved jsonb;
begin
  execute format(
    'update portal.%I t set %s where t.id = $1 and t.publication = $2::portal.publication_state
     returning jsonb_build_object(''kind'', $3, ''id'', t.id, ''publication'', t.publication, ''published_at'', t.published_at, ''updated_at'', t.updated_at)',
    rec ->> '_table', changes)
    into saved using (rec ->> 'id')::uuid, rec ->> 'publication', rec ->> '_kind', params;
  if saved is null then
    perform portal.workflow_state_error(
      'Dit is intussen door iemand anders veranderd. Laad de nieuwste versie.',
      'Someone else changed this in the meantime. Load the latest version.');
  end if;
  return saved;
end
$$;
comment on function portal.workflow_apply(jsonb, text, jsonb) is 'For the workflow functions: updates the record with a fixed set clause (params available as $4), only while its publication state is unchanged; returns {kind, id, publication, published_at, updated_at}.';

revoke all on function portal.publishable_table(text), portal.workflow_state_error(text, text),
  portal.workflow_record(jsonb, portal.staff_role), portal.workflow_apply(jsonb, text, jsonb) from public;
grant execute on function portal.publishable_table(text), portal.workflow_state_error(text, text),
  portal.workflow_record(jsonb, portal.staff_role), portal.workflow_apply(jsonb, text, jsonb) to authenticated, service_role;

-- Workflow ----------------------------------------------------------------------------------------------------

create function public.staff_submit(input jsonb) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  rec jsonb := portal.workflow_record(input, 'editor');
begin
  if rec ->> 'publication' = 'awaiting_approval' then
    perform portal.workflow_state_error('Dit wacht al op goedkeuring.', 'This is already waiting for approval.');
  elsif rec ->> 'publication' = 'published' then
    perform portal.workflow_state_error('Dit is al gepubliceerd.', 'This has already been published.');
  end if;
  return portal.workflow_apply(rec,
    'publication = ''awaiting_approval'', submitted_at = now(), returned_reason = null', '{}');
end
$$;
comment on function public.staff_submit(jsonb) is 'Submits a draft (or withdrawn) record for approval. Input: {kind (project, update, decision, promise, council_moment, key_date, lesson), id, project_id, updated_at?}. Editors and up. Returns {kind, id, publication, published_at, updated_at}. Errors: 400 bad input, 401/403 role, 404 unknown or foreign record, 409 already awaiting or published, or changed meanwhile.';

create function public.staff_approve(input jsonb) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  rec jsonb := portal.workflow_record(input, 'approver');
  self_allowed boolean;
begin
  if rec ->> 'publication' = 'published' then
    perform portal.workflow_state_error('Dit is al gepubliceerd.', 'This has already been published.');
  end if;
  select o.allow_self_approval into self_allowed from portal.organisations o
   where o.id = portal.project_organisation(coalesce((rec ->> 'project_id')::uuid, (rec ->> 'id')::uuid));
  if (rec ->> 'author_id')::uuid = auth.uid() and not coalesce(self_allowed, false) then
    perform portal.forbidden(
      'U hebt dit zelf geschreven, dus een andere fiatteur moet het goedkeuren. Zo kijken altijd vier ogen naar wat de gemeente publiceert.',
      'You wrote this yourself, so another approver has to approve it. That way four eyes always check what the municipality publishes.');
  end if;
  return portal.workflow_apply(rec, case when rec ->> '_table' = 'projects'
      then 'publication = ''published'', published_at = coalesce(t.published_at, now()), approver_id = auth.uid(), unpublished_reason = null, returned_reason = null'
      else 'publication = ''published'', published_at = now(), approver_id = auth.uid(), unpublished_reason = null, returned_reason = null' end,
    '{}');
end
$$;
comment on function public.staff_approve(jsonb) is 'Approves and publishes a record that awaits approval (or a draft, or a withdrawn record). Input: {kind, id, project_id, updated_at?}. Approvers and admins only; refused for the record''s own author unless the organisation allows self-approval (four eyes). Sets published_at (for a project only the first time) and approver_id. Returns {kind, id, publication, published_at, updated_at}. Errors: 400, 401/403, 404, 409 already published or changed meanwhile.';

create function public.staff_return_to_draft(input jsonb) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  rec jsonb := portal.workflow_record(input, 'approver');
  reason text := portal.input_text(input, 'reason', 'Reden', 'Reason', 2000, false);
begin
  if rec ->> 'publication' <> 'awaiting_approval' then
    perform portal.workflow_state_error('Alleen iets dat op goedkeuring wacht kunt u terugsturen.',
      'You can only send back something that is waiting for approval.');
  end if;
  return portal.workflow_apply(rec, 'publication = ''draft'', returned_reason = $4 ->> ''reason''',
    jsonb_build_object('reason', reason));
end
$$;
comment on function public.staff_return_to_draft(jsonb) is 'Sends a record that awaits approval back to its author as a draft. Input: {kind, id, project_id, reason? (up to 2000 characters, kept in returned_reason for the editor), updated_at?}. Approvers and admins only. Returns {kind, id, publication, published_at, updated_at}. Errors: 400, 401/403, 404, 409 when it is not awaiting approval.';

create function public.staff_unpublish(input jsonb) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  rec jsonb := portal.workflow_record(input, 'approver');
  reason text := portal.input_text(input, 'reason', 'Reden', 'Reason', 2000);
begin
  if rec ->> 'publication' <> 'published' then
    perform portal.workflow_state_error('Dit staat niet op de website, dus u kunt het niet terugtrekken.',
      'This is not on the website, so you cannot withdraw it.');
  end if;
  return portal.workflow_apply(rec, 'publication = ''unpublished'', unpublished_reason = $4 ->> ''reason''',
    jsonb_build_object('reason', reason));
end
$$;
comment on function public.staff_unpublish(jsonb) is 'Withdraws a published record from the public site. Input: {kind, id, project_id, reason (required, up to 2000 characters), updated_at?}. Approvers and admins only. Returns {kind, id, publication, published_at, updated_at}. Errors: 400 (no reason), 401/403, 404, 409 when it is not published.';

create function public.staff_delete_draft(input jsonb) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  kind text := portal.input_choice(portal.input_object(input), 'kind', 'Soort', 'Kind',
    array['project', 'update', 'decision', 'promise', 'council_moment', 'key_date', 'lesson']);
  -- Deleting a whole project takes an admin, as its row level security says.
  rec jsonb := portal.workflow_record(input, case when kind = 'project' then 'admin' else 'editor' end::portal.staff_role);
  tbl text := rec ->> '_table';
  deleted uuid;
begin
  if rec ->> 'publication' not in ('draft', 'unpublished') then
    perform portal.workflow_state_error(
      'Alleen een concept of iets dat is teruggetrokken kunt u verwijderen. Trek het eerst terug of stuur het terug naar concept.',
      'You can only delete a draft or something that was withdrawn. Withdraw it or send it back to draft first.');
  end if;
  -- Row level security lets only drafts be deleted; a withdrawn record becomes a draft on its way out.
  if rec ->> 'publication' = 'unpublished' then
    perform portal.workflow_apply(rec, 'publication = ''draft''', '{}');
  end if;
  execute format('delete from portal.%I t where t.id = $1 and t.publication = ''draft'' returning t.id', tbl)
    into deleted using (rec ->> 'id')::uuid;
  if deleted is null then
    perform portal.workflow_state_error('Dit is intussen door iemand anders veranderd. Laad de nieuwste versie.',
      'Someone else changed this in the meantime. Load the latest version.');
  end if;
  return jsonb_build_object('kind', kind, 'id', deleted, 'deleted', true);
end
$$;
comment on function public.staff_delete_draft(jsonb) is 'Deletes a draft or withdrawn record of a publishable kind. Input: {kind, id, project_id, updated_at?}. Editors and up; a project needs an admin. Returns {kind, id, deleted: true}. Errors: 400, 401/403, 404, 409 when it is awaiting approval or published.';

-- Reads -------------------------------------------------------------------------------------------------------

create function portal.publishable_records(organisations uuid[]) returns table (
  kind text, id uuid, project_id uuid, title text, publication portal.publication_state,
  submitted_at timestamptz, author_id uuid
)
language sql stable
set search_path = ''
as $$
  select 'project', p.id, p.id, p.title, p.publication, p.submitted_at, p.author_id
    from portal.projects p where p.organisation_id = any (organisations)
  union all
  select 'update', r.id, r.project_id, r.title, r.publication, r.submitted_at, r.author_id
    from portal.updates r join portal.projects p on p.id = r.project_id where p.organisation_id = any (organisations)
  union all
  select 'decision', r.id, r.project_id, r.title, r.publication, r.submitted_at, r.author_id
    from portal.decisions r join portal.projects p on p.id = r.project_id where p.organisation_id = any (organisations)
  union all
  select 'promise', r.id, r.project_id, left(r.body, 200), r.publication, r.submitted_at, r.author_id
    from portal.promises r join portal.projects p on p.id = r.project_id where p.organisation_id = any (organisations)
  union all
  select 'council_moment', r.id, r.project_id, left(r.agenda_item, 200), r.publication, r.submitted_at, r.author_id
    from portal.council_moments r join portal.projects p on p.id = r.project_id where p.organisation_id = any (organisations)
  union all
  select 'key_date', r.id, r.project_id, r.title, r.publication, r.submitted_at, r.author_id
    from portal.key_dates r join portal.projects p on p.id = r.project_id where p.organisation_id = any (organisations)
  union all
  select 'lesson', r.id, r.project_id, r.title, r.publication, r.submitted_at, r.author_id
    from portal.lessons r join portal.projects p on p.id = r.project_id where p.organisation_id = any (organisations)
$$;
comment on function portal.publishable_records(uuid[]) is 'Every publishable record (projects included) of the given organisations, with kind, title, publication state, submission time and author, as the caller may read them.';

create function public.staff_workspace() returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  orgs uuid[];
begin
  if me is null then
    perform portal.forbidden('Log eerst in.', 'Please sign in first.');
  end if;
  select coalesce(array_agg(m.organisation_id), '{}') into orgs from portal.staff_memberships m where m.user_id = me;
  -- The records are read once and counted per project in one pass, not once per project.
  return (
    with recs as materialized (select * from portal.publishable_records(orgs)),
    counts as (
      select r.project_id,
        count(*) filter (where r.kind <> 'project' and r.publication = 'draft') as draft,
        count(*) filter (where r.kind <> 'project' and r.publication = 'awaiting_approval') as awaiting
      from recs r group by r.project_id)
    select jsonb_build_object(
      'user', jsonb_build_object('id', me, 'email', auth.jwt() ->> 'email'),
      'memberships', (
        select coalesce(jsonb_agg(jsonb_build_object('organisation_id', o.id, 'slug', o.slug, 'name', o.name,
            'role', m.role, 'allow_self_approval', o.allow_self_approval) order by o.name), '[]'::jsonb)
        from portal.staff_memberships m join portal.organisations o on o.id = m.organisation_id
        where m.user_id = me),
      'projects', (
        select coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'organisation_id', p.organisation_id, 'slug', p.slug,
            'title', p.title, 'status', p.status, 'publication', p.publication, 'updated_at', p.updated_at,
            'counts', jsonb_build_object('draft', coalesce(c.draft, 0), 'awaiting_approval', coalesce(c.awaiting, 0)))
          order by p.updated_at desc, p.id), '[]'::jsonb)
        from portal.projects p left join counts c on c.project_id = p.id
        where p.organisation_id = any (orgs)),
      'awaiting_approval', (
        select coalesce(jsonb_agg(jsonb_build_object('kind', r.kind, 'id', r.id, 'project_id', r.project_id,
            'project_title', p.title, 'title', r.title, 'submitted_at', r.submitted_at, 'author_id', r.author_id,
            'is_mine', coalesce(r.author_id = me, false))
          order by r.submitted_at nulls last, r.id), '[]'::jsonb)
        from recs r join portal.projects p on p.id = r.project_id
        where r.publication = 'awaiting_approval')));
end
$$;
comment on function public.staff_workspace() is 'The start of the staff workspace for the signed-in user: {user {id, email}, memberships [{organisation_id, slug, name, role, allow_self_approval}], projects [{id, organisation_id, slug, title, status, publication, updated_at, counts {draft, awaiting_approval}}], awaiting_approval [{kind, id, project_id, project_title, title, submitted_at, author_id, is_mine}]}, for the caller''s organisations only. Empty lists for a signed-in user who is not staff; 401 without a user.';

create function public.staff_project(input jsonb) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  project uuid := portal.input_uuid(portal.input_object(input), 'project_id', 'Project', 'Project');
  org uuid := portal.staff_project_organisation(project, 'editor');
begin
  return jsonb_build_object(
    'project', (select to_jsonb(p) from portal.projects p where p.id = project),
    'organisation', (select jsonb_build_object('id', o.id, 'slug', o.slug, 'name', o.name,
        'role', (select m.role from portal.staff_memberships m where m.organisation_id = o.id and m.user_id = auth.uid()),
        'allow_self_approval', o.allow_self_approval)
      from portal.organisations o where o.id = org),
    'people', (select coalesce(jsonb_agg(to_jsonb(x) order by x.name, x.id), '[]') from portal.people x where x.organisation_id = org),
    'assignments', (select coalesce(jsonb_agg(to_jsonb(x) order by x.role, x.since, x.id), '[]') from portal.project_people x where x.project_id = project),
    'phases', (select coalesce(jsonb_agg(to_jsonb(x) order by x.position), '[]') from portal.phases x where x.project_id = project),
    'handovers', (select coalesce(jsonb_agg(to_jsonb(x) order by x.handed_over_on, x.id), '[]') from portal.handovers x where x.project_id = project),
    'council_moments', (select coalesce(jsonb_agg(to_jsonb(x) order by x.meets_on, x.id), '[]') from portal.council_moments x where x.project_id = project),
    'key_dates', (select coalesce(jsonb_agg(to_jsonb(x) order by x.starts_at, x.id), '[]') from portal.key_dates x where x.project_id = project),
    'groups', (select coalesce(jsonb_agg(to_jsonb(x) order by x.name), '[]') from portal.groups_involved x where x.project_id = project),
    'lessons', (select coalesce(jsonb_agg(to_jsonb(x) order by x.recorded_on, x.id), '[]') from portal.lessons x where x.project_id = project),
    'updates', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at desc, x.id), '[]') from portal.updates x where x.project_id = project),
    'decisions', (select coalesce(jsonb_agg(to_jsonb(x) || jsonb_build_object('responses', (
          select coalesce(jsonb_agg(jsonb_build_object('input_theme_id', r.input_theme_id, 'we_did', r.we_did) order by r.created_at, r.input_theme_id), '[]')
          from portal.input_responses r where r.decision_id = x.id)) order by x.decided_on, x.id), '[]')
      from portal.decisions x where x.project_id = project),
    'input_themes', (select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at, x.id), '[]') from portal.input_themes x where x.project_id = project),
    'promises', (select coalesce(jsonb_agg(to_jsonb(x) || jsonb_build_object('history', (
          select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'status', c.status, 'changed_at', c.changed_at,
              'changed_by', c.changed_by, 'explanation', c.explanation, 'evidence_url', c.evidence_url)
            order by c.changed_at, c.created_at), '[]')
          from portal.promise_status_changes c where c.promise_id = x.id)) order by x.made_on, x.id), '[]')
      from portal.promises x where x.project_id = project));
end
$$;
comment on function public.staff_project(jsonb) is 'Everything of one project for the staff workspace, drafts included, every record with all its columns: {project, organisation {id, slug, name, role, allow_self_approval}, people (of the organisation), assignments, phases, handovers, council_moments, key_dates, groups, lessons, updates, decisions (with responses [{input_theme_id, we_did}]), input_themes, promises (with history [{id, status, changed_at, changed_by, explanation, evidence_url}])}. Input: {project_id}. Staff of the project''s organisation only; 404 for unknown and foreign projects alike.';

-- Security definer: auth.users is not readable by staff. Answers only an admin of the organisation, and only
-- for accounts that appear in that organisation's audit log.
create function portal.audit_actor_email(organisation uuid, actor uuid) returns text
language sql stable security definer
set search_path = ''
as $$
  select u.email::text from auth.users u
  where u.id = actor
    and portal.has_staff_role(organisation, 'admin')
    and exists (select 1 from portal.audit_log a where a.organisation_id = organisation and a.actor_id = actor)
$$;
comment on function portal.audit_actor_email(uuid, uuid) is 'The e-mail address of a user who appears in an organisation''s audit log, for that organisation''s admins only; null for anyone else.';
revoke all on function portal.audit_actor_email(uuid, uuid) from public;
grant execute on function portal.audit_actor_email(uuid, uuid) to authenticated, service_role;

create function public.staff_audit_log(input jsonb) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  org uuid := portal.input_uuid(portal.input_object(input), 'organisation_id', 'Organisatie', 'Organisation');
  project uuid := portal.input_uuid(input, 'project_id', 'Project', 'Project', false);
  before_id integer := portal.input_integer(input, 'before_id', 'Eerder dan', 'Before', 1, 2147483647, false);
  page_size integer := coalesce(portal.input_integer(input, 'limit', 'Aantal', 'Number', 1, 200, false), 50);
begin
  perform portal.require_staff(org, 'admin');
  return (
    with page as (
      select * from portal.audit_log l
      where l.organisation_id = org
        and (before_id is null or l.id < before_id)
        and (project is null or l.project_id = project)
      order by l.id desc
      limit page_size),
    -- One lookup per person on the page, not per row.
    emails as (
      select x.actor_id, portal.audit_actor_email(org, x.actor_id) as email
      from (select distinct p.actor_id from page p) x)
    select coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'at', a.at, 'actor_id', a.actor_id,
        'actor_email', e.email, 'action', a.action, 'table_name', a.table_name,
        'record_id', a.record_id, 'project_id', a.project_id, 'before', a.before, 'after', a.after) order by a.id desc), '[]')
    from page a left join emails e on e.actor_id = a.actor_id);
end
$$;
comment on function public.staff_audit_log(jsonb) is 'The audit log of an organisation, newest first: [{id, at, actor_id, actor_email, action, table_name, record_id, project_id, before, after}]. Input: {organisation_id, before_id? (for the next page), limit? (1 to 200, default 50), project_id?}. Admins of the organisation only (403 for other staff, 404 for other organisations).';

-- Security definer: the e-mail addresses are in auth.users, which staff cannot read. The admin check comes
-- first and the query returns only members of that organisation.
create function public.staff_members(input jsonb) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  org uuid := portal.input_uuid(portal.input_object(input), 'organisation_id', 'Organisatie', 'Organisation');
begin
  perform portal.require_staff(org, 'admin');
  return (
    select coalesce(jsonb_agg(jsonb_build_object('user_id', m.user_id, 'email', u.email, 'role', m.role,
        'created_at', m.created_at) order by u.email, m.user_id), '[]')
    from portal.staff_memberships m join auth.users u on u.id = m.user_id
    where m.organisation_id = org);
end
$$;
comment on function public.staff_members(jsonb) is 'The staff of an organisation: [{user_id, email, role, created_at}]. Input: {organisation_id}. Admins of the organisation only (403 for other staff, 404 for other organisations). Security definer, because e-mail addresses live in auth.users.';

-- Admin -------------------------------------------------------------------------------------------------------

-- Security definer: finding an account by e-mail reads auth.users. The admin check comes first, so nobody
-- else can use it to learn which addresses have an account.
create function portal.user_id_for_email(organisation uuid, address text) returns uuid
language plpgsql stable security definer
set search_path = ''
as $$
declare
  found uuid;
begin
  perform portal.require_staff(organisation, 'admin');
  select u.id into found from auth.users u where lower(u.email) = lower(btrim(address));
  return found;
end
$$;
comment on function portal.user_id_for_email(uuid, text) is 'For admins of the organisation only: the id of the account with this e-mail address, or null.';
revoke all on function portal.user_id_for_email(uuid, text) from public;
grant execute on function portal.user_id_for_email(uuid, text) to authenticated, service_role;

create function portal.refuse_last_admin(organisation uuid, member uuid) returns void
language plpgsql
set search_path = ''
as $$
begin
  -- Locks the organisation's admins, so two admins cannot demote each other at the same moment.
  perform 1 from portal.staff_memberships m where m.organisation_id = organisation and m.role = 'admin' for update;
  if exists (select 1 from portal.staff_memberships m where m.organisation_id = organisation and m.user_id = member and m.role = 'admin')
     and (select count(*) from portal.staff_memberships m where m.organisation_id = organisation and m.role = 'admin') = 1 then
    perform portal.invalid('role',
      'Dit is de laatste beheerder van uw organisatie. Maak eerst iemand anders beheerder: een organisatie heeft altijd een beheerder nodig.',
      'This is the last administrator of your organisation. Make someone else an administrator first: an organisation always needs one.');
  end if;
end
$$;
comment on function portal.refuse_last_admin(uuid, uuid) is 'Refuses (400, field role) to demote or remove the last admin of an organisation.';
revoke all on function portal.refuse_last_admin(uuid, uuid) from public;
grant execute on function portal.refuse_last_admin(uuid, uuid) to authenticated, service_role;

create function public.staff_set_member_role(input jsonb) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  org uuid := portal.input_uuid(portal.input_object(input), 'organisation_id', 'Organisatie', 'Organisation');
  address text;
  new_role portal.staff_role;
  member uuid;
  saved portal.staff_memberships;
begin
  perform portal.require_staff(org, 'admin');
  address := portal.input_text(input, 'email', 'E-mailadres', 'E-mail address', 320);
  new_role := portal.input_choice(input, 'role', 'Rol', 'Role', portal.enum_values('portal.staff_role'))::portal.staff_role;
  member := portal.user_id_for_email(org, address);
  if member is null then
    perform portal.invalid('email',
      'Er is geen account met dit e-mailadres. Deze persoon heeft eerst een account nodig; daarna kunt u hem of haar toevoegen.',
      'There is no account with this e-mail address. This person needs an account first; then you can add them.');
  end if;
  if new_role <> 'admin' then
    perform portal.refuse_last_admin(org, member);
  end if;
  insert into portal.staff_memberships as m (user_id, organisation_id, role) values (member, org, new_role)
  on conflict (user_id, organisation_id) do update set role = excluded.role
  returning m.* into saved;
  return jsonb_build_object('user_id', saved.user_id, 'email', lower(address), 'role', saved.role, 'created_at', saved.created_at);
end
$$;
comment on function public.staff_set_member_role(jsonb) is 'Adds an existing account to the organisation''s staff by e-mail address, or changes its role. Input: {organisation_id, email, role (editor, approver, admin)}. Admins only. Returns {user_id, email, role, created_at}. Errors: 400 (no account with that address: it needs an account first; last admin), 401/403, 404 other organisation.';

create function public.staff_remove_member(input jsonb) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  org uuid := portal.input_uuid(portal.input_object(input), 'organisation_id', 'Organisatie', 'Organisation');
  member uuid;
  removed portal.staff_memberships;
begin
  perform portal.require_staff(org, 'admin');
  member := portal.input_uuid(input, 'user_id', 'Medewerker', 'Staff member');
  perform portal.refuse_last_admin(org, member);
  delete from portal.staff_memberships m where m.organisation_id = org and m.user_id = member returning m.* into removed;
  if removed.user_id is null then
    perform portal.not_found('Deze medewerker hoort niet (meer) bij uw organisatie.',
      'This staff member does not belong to your organisation (any more).');
  end if;
  return jsonb_build_object('user_id', removed.user_id, 'organisation_id', removed.organisation_id, 'role', removed.role, 'removed', true);
end
$$;
comment on function public.staff_remove_member(jsonb) is 'Removes a staff member from the organisation. Input: {organisation_id, user_id}. Admins only; the last admin cannot be removed. Returns {user_id, organisation_id, role, removed: true}. Errors: 400 last admin, 401/403, 404 unknown member or other organisation.';

-- Grants: Supabase grants execute on new functions in public to everyone; take that back and grant exactly.
revoke all on function
  public.staff_submit(jsonb), public.staff_approve(jsonb), public.staff_return_to_draft(jsonb),
  public.staff_unpublish(jsonb), public.staff_delete_draft(jsonb), public.staff_workspace(), public.staff_project(jsonb),
  public.staff_audit_log(jsonb), public.staff_members(jsonb), public.staff_set_member_role(jsonb),
  public.staff_remove_member(jsonb)
from public, anon, authenticated;
grant execute on function
  public.staff_submit(jsonb), public.staff_approve(jsonb), public.staff_return_to_draft(jsonb),
  public.staff_unpublish(jsonb), public.staff_delete_draft(jsonb), public.staff_workspace(), public.staff_project(jsonb),
  public.staff_audit_log(jsonb), public.staff_members(jsonb), public.staff_set_member_role(jsonb),
  public.staff_remove_member(jsonb)
to authenticated, service_role;

revoke all on function portal.publishable_records(uuid[]) from public;
grant execute on function portal.publishable_records(uuid[]) to authenticated, service_role;
