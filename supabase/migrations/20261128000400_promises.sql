-- Promises (toezeggingen) made during a trajectory, as first-class records with an append-only public
-- history of status changes (key 2). A promise's current status is only ever changed by adding history.

create table portal.promises (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  phase_id uuid,
  body text not null check (char_length(body) between 1 and 2000),
  made_on date not null,
  made_by text not null check (char_length(made_by) between 1 and 200),
  context text not null check (char_length(context) between 1 and 500),
  due_on date,
  status portal.promise_status not null default 'open',
  made_to portal.promise_audience not null default 'residents',
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (phase_id, project_id) references portal.phases (id, project_id) on delete set null (phase_id),
  check (due_on is null or due_on >= made_on),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.promises is 'A promise made to residents during a trajectory: what, by whom, when, in which context, by which date, and its current status.';
comment on column portal.promises.id is 'Primary key.';
comment on column portal.promises.project_id is 'The project.';
comment on column portal.promises.phase_id is 'The phase in which the promise was made.';
comment on column portal.promises.body is 'What was promised.';
comment on column portal.promises.made_on is 'When it was promised.';
comment on column portal.promises.made_by is 'Who promised, for example "Wethouder De Vries".';
comment on column portal.promises.made_to is 'To whom: residents, or the council (a toezegging of the college to the council; made_by is then the college or an alderman).';
comment on column portal.promises.context is 'Where it was promised, for example "Bewonersavond in De Brug".';
comment on column portal.promises.due_on is 'The date by which the promise is to be kept; empty when none was given.';
comment on column portal.promises.status is 'Current status; maintained from promise_status_changes, never written directly.';
comment on column portal.promises.publication is 'Publication state; only published promises are public.';
comment on column portal.promises.published_at is 'When the promise was published.';
comment on column portal.promises.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.promises.created_at is 'When the row was created.';
comment on column portal.promises.updated_at is 'When the row last changed.';

create index promises_project_idx on portal.promises (project_id);
create index promises_status_idx on portal.promises (status, due_on);
create trigger promises_touch before update on portal.promises
  for each row execute function portal.touch_updated_at();

create table portal.promise_status_changes (
  id uuid primary key default gen_random_uuid(),
  promise_id uuid not null references portal.promises (id) on delete cascade,
  project_id uuid not null references portal.projects (id) on delete cascade,
  status portal.promise_status not null,
  changed_at timestamptz not null default now(),
  changed_by text not null check (char_length(changed_by) between 1 and 200),
  explanation text check (char_length(explanation) <= 4000),
  evidence_url text check (evidence_url is null or portal.is_web_url(evidence_url)),
  recorded_by uuid references auth.users (id) on delete set null,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  constraint explanation_required check (
    status not in ('changed', 'broken') or char_length(btrim(coalesce(explanation, ''))) > 0
  )
);
comment on table portal.promise_status_changes is 'Append-only public history of a promise''s status. Changed and broken require an explanation.';
comment on column portal.promise_status_changes.id is 'Primary key.';
comment on column portal.promise_status_changes.promise_id is 'The promise.';
comment on column portal.promise_status_changes.project_id is 'The promise''s project, kept here for row level security.';
comment on column portal.promise_status_changes.status is 'The new status.';
comment on column portal.promise_status_changes.changed_at is 'When the status changed.';
comment on column portal.promise_status_changes.changed_by is 'Who is publicly accountable for the change, for example "Projectleider".';
comment on column portal.promise_status_changes.explanation is 'Why the status changed; required for changed and broken.';
comment on column portal.promise_status_changes.evidence_url is 'Link to evidence, for example the kept result.';
comment on column portal.promise_status_changes.recorded_by is 'The staff user who recorded the change. Not public.';
comment on column portal.promise_status_changes.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.promise_status_changes.created_at is 'When the row was written.';

create index promise_status_changes_promise_idx on portal.promise_status_changes (promise_id, changed_at);
create index promise_status_changes_changed_idx on portal.promise_status_changes (changed_at);

-- A new promise always starts open; any other status arrives through its history.
create function portal.promise_starts_open() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.status := 'open';
  return new;
end
$$;
comment on function portal.promise_starts_open() is 'Trigger: a new promise is always open; other statuses only arrive through promise_status_changes.';
create trigger promises_start_open before insert on portal.promises
  for each row execute function portal.promise_starts_open();

create function portal.promise_history_checks() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if not exists (select 1 from portal.promises p where p.id = new.promise_id and p.project_id = new.project_id) then
      raise exception 'The promise does not belong to this project.' using errcode = '23514';
    end if;
    return new;
  end if;
  -- Deletion is only allowed as part of deleting the (draft) promise itself.
  if tg_op = 'DELETE' and not exists (select 1 from portal.promises p where p.id = old.promise_id) then
    return old;
  end if;
  raise exception 'The history of a promise is append-only: add a new status instead.' using errcode = '42501';
end
$$;
comment on function portal.promise_history_checks() is 'Trigger: keeps promise history append-only and consistent with its promise''s project.';
create trigger promise_status_changes_append_only before insert or update or delete on portal.promise_status_changes
  for each row execute function portal.promise_history_checks();

-- Security definer: promises.status is not writable by staff directly (see the column grants below).
create function portal.apply_promise_status() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  update portal.promises p
     set status = latest.status
    from (
      select c.status from portal.promise_status_changes c
      where c.promise_id = new.promise_id
      order by c.changed_at desc, c.created_at desc
      limit 1
    ) latest
   where p.id = new.promise_id;
  return new;
end
$$;
comment on function portal.apply_promise_status() is 'Trigger: sets a promise''s current status to that of its latest history entry.';
revoke all on function portal.apply_promise_status() from public;
create trigger promise_status_changes_apply after insert on portal.promise_status_changes
  for each row execute function portal.apply_promise_status();

select portal.protect_project_records('portal.promises', 'promises');
-- Staff write the content columns and the publication state (as far as the policies let them: draft or awaiting
-- approval), never the status, which only the history changes, nor the other workflow columns, which are the
-- workflow functions' (20261204000100_public_record.sql).
revoke update on portal.promises from authenticated;
grant update (phase_id, body, made_on, made_by, made_to, context, due_on, publication, translations) on portal.promises to authenticated;

alter table portal.promise_status_changes enable row level security;
grant select on portal.promise_status_changes to authenticated;
grant select, insert on portal.promise_status_changes to service_role;
create policy "Anyone can read the history of published promises" on portal.promise_status_changes
  for select to anon, authenticated
  using (exists (select 1 from portal.promises p where p.id = promise_id and p.publication = 'published' and portal.project_is_public(p.project_id)));
create policy "Staff can read the promise history of their organisation" on portal.promise_status_changes
  for select to authenticated using (portal.has_staff_role(portal.project_organisation(project_id), 'editor'));
-- Staff add no history directly: a status change they ask for (staff_change_promise_status) joins it only when a
-- second person approves it (staff_approve, 20261204000100_public_record.sql).

-- Which staff account recorded a change is not public; the accountable role (changed_by) is.
grant select (id, promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, translations, created_at)
  on portal.promise_status_changes to anon;
