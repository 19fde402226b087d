-- The staff workflow and what watches over it:
--  * portal.audit_log: one row per insert, update or delete by a signed-in user on a table staff can write,
--    readable by the admins of the organisation only;
--  * site change notification: a write that changes what the public site shows notifies the channel
--    portal_site_changed and, where configured and where pg_net is installed, posts to the organisation's
--    deploy hook once per transaction;
--  * the staff reads of the audit log and the members, and the admin functions for members.
-- The workflow itself (submit, approve, return, withdraw) and the staff reads of projects live with the public
-- record in 20261204000100_public_record.sql.

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
    'council_moments', 'council_motions', 'council_letters', 'updates', 'key_dates', 'groups_involved', 'lessons'] loop
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
  foreach tbl in array array['projects', 'updates', 'decisions', 'promises', 'council_moments', 'council_motions',
    'council_letters', 'key_dates', 'lessons', 'phases', 'people', 'project_people', 'handovers', 'groups_involved', 'input_themes'] loop
    execute format('alter table portal.%I add column returned_reason text check (char_length(returned_reason) <= 2000)', tbl);
    execute format('comment on column portal.%I.returned_reason is %L', tbl,
      'Why an approver sent it back to draft; cleared when it is submitted again. Not public.');
  end loop;
end
$$;

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
      return r ->> 'publication' = 'published' and (
        exists (select 1 from portal.project_people pp where pp.person_id = (r ->> 'id')::uuid and pp.publication = 'published' and portal.project_is_public(pp.project_id))
        or exists (select 1 from portal.phases ph where ph.contact_person_id = (r ->> 'id')::uuid and ph.publication = 'published' and portal.project_is_public(ph.project_id))
        or exists (select 1 from portal.handovers h where (r ->> 'id')::uuid in (h.from_person_id, h.to_person_id) and h.publication = 'published' and portal.project_is_public(h.project_id)));
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
  project_slug text;
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
  -- Postgres folds identical notifications of one transaction into one. A change of one project's records names
  -- the project ('<organisation>/<project>', both sides of a move), so that the site can re-render only that
  -- project's pages; anything else (the organisation, a person, a lesson library entry without a project) names
  -- the organisation alone and means the whole site.
  if tg_table_name = 'projects' then
    for project_slug in select distinct s from unnest(array[old_row ->> 'slug', new_row ->> 'slug']) s where s is not null loop
      perform pg_notify('portal_site_changed', org_slug || '/' || project_slug);
    end loop;
  elsif row_json ? 'project_id' and row_json ->> 'project_id' is not null then
    for project_slug in
      select p.slug from portal.projects p
      where p.id in ((old_row ->> 'project_id')::uuid, (new_row ->> 'project_id')::uuid)
    loop
      perform pg_notify('portal_site_changed', org_slug || '/' || project_slug);
    end loop;
  else
    perform pg_notify('portal_site_changed', org_slug);
  end if;

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
comment on function portal.notify_site_changed() is 'Trigger: when a write changes what the public site shows, notifies channel portal_site_changed with ''<organisation slug>/<project slug>'' for a change of a project''s records (both slugs when a row moves) or the organisation''s slug alone for any other change, and, when the organisation has a deploy hook and pg_net is installed, posts to the hook once per transaction.';
revoke all on function portal.notify_site_changed() from public;

do $$
declare
  tbl text;
begin
  foreach tbl in array array['organisations', 'projects', 'people', 'project_people', 'phases', 'handovers', 'decisions',
    'input_themes', 'input_responses', 'promises', 'promise_status_changes', 'council_moments', 'council_motions',
    'council_letters', 'updates', 'key_dates', 'groups_involved', 'lessons'] loop
    execute format('create trigger %I after insert or update or delete on portal.%I for each row execute function portal.notify_site_changed()',
      tbl || '_site_changed', tbl);
  end loop;
end
$$;

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
  -- Only an address its owner confirmed: with sign-ups open (hosted Supabase), anyone can register a future
  -- colleague's address without access to its mailbox, and must not be made staff when that colleague is added.
  select u.id into found from auth.users u
   where lower(u.email) = lower(btrim(address))
     and u.email_confirmed_at is not null
     and u.deleted_at is null;
  return found;
end
$$;
comment on function portal.user_id_for_email(uuid, text) is 'For admins of the organisation only: the id of the confirmed, not deleted account with this e-mail address, or null. An unconfirmed address proves nothing about who holds it.';
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
  public.staff_audit_log(jsonb), public.staff_members(jsonb), public.staff_set_member_role(jsonb),
  public.staff_remove_member(jsonb)
from public, anon, authenticated;
grant execute on function
  public.staff_audit_log(jsonb), public.staff_members(jsonb), public.staff_set_member_role(jsonb),
  public.staff_remove_member(jsonb)
to authenticated, service_role;
