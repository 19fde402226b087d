-- Projects (participation trajectories), the public people who answer for them, their ordered phases with
-- the expectations of each phase, and the handovers between phases and departments.
--
-- Every record residents can see has a publication state (see portal.publication_state): it is public only
-- when published, and it becomes published only through the workflow in 20261204000100_public_record.sql,
-- which a second person drives and which leaves a version and a ledger entry behind.

create table portal.projects (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references portal.organisations (id) on delete cascade,
  slug text not null check (portal.is_slug(slug)),
  title text not null check (char_length(title) between 1 and 200),
  summary text not null check (char_length(summary) between 1 and 2000),
  theme text not null check (char_length(theme) between 1 and 100),
  area text not null check (char_length(area) between 1 and 100),
  status portal.project_status not null default 'planned',
  publication portal.publication_state not null default 'draft',
  starts_on date not null,
  ends_on date,
  council_role portal.council_role not null default 'geen',
  council_role_explanation text check (char_length(council_role_explanation) <= 2000),
  meetings_held integer not null default 0 check (meetings_held >= 0),
  participant_hours integer check (participant_hours >= 0),
  budget_eur numeric(12, 2) check (budget_eur >= 0),
  budget_note text check (char_length(budget_note) <= 1000),
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, slug),
  check (ends_on is null or ends_on >= starts_on),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.projects is 'A participation trajectory: one project from vision to management, with one public timeline.';
comment on column portal.projects.id is 'Primary key.';
comment on column portal.projects.organisation_id is 'The organisation that runs the project.';
comment on column portal.projects.slug is 'URL-safe name, unique within the organisation.';
comment on column portal.projects.title is 'Public title.';
comment on column portal.projects.summary is 'One or two plain-language sentences on what the project is about.';
comment on column portal.projects.theme is 'Policy theme for filtering, for example "Wonen" or "Verkeer".';
comment on column portal.projects.area is 'Neighbourhood or area the project concerns, or "Hele gemeente".';
comment on column portal.projects.status is 'Lifecycle status of the trajectory.';
comment on column portal.projects.publication is 'Publication state; only published projects are public.';
comment on column portal.projects.starts_on is 'When the trajectory started or starts.';
comment on column portal.projects.ends_on is 'When the trajectory is expected to end; empty when open-ended.';
comment on column portal.projects.council_role is 'The council''s role in this project.';
comment on column portal.projects.council_role_explanation is 'Plain-language explanation of what the council''s role means here.';
comment on column portal.projects.meetings_held is 'Investment: number of participation meetings held so far.';
comment on column portal.projects.participant_hours is 'Investment: hours the trajectory asks of a participant in total; empty when not stated.';
comment on column portal.projects.budget_eur is 'Investment: budget for the participation trajectory in euros, where the municipality publishes it.';
comment on column portal.projects.budget_note is 'What the budget covers.';
comment on column portal.projects.published_at is 'When the project was first published.';
comment on column portal.projects.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.projects.created_at is 'When the row was created.';
comment on column portal.projects.updated_at is 'When the row last changed.';

create index projects_organisation_idx on portal.projects (organisation_id, publication);
create trigger projects_touch before update on portal.projects
  for each row execute function portal.touch_updated_at();

-- Security definer lookups used by the policies of every table that belongs to a project; they read the
-- project row without its own policy, which would otherwise make each child policy pay for the parent's.
create function portal.project_organisation(project uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$ select p.organisation_id from portal.projects p where p.id = project $$;
comment on function portal.project_organisation(uuid) is 'The organisation a project belongs to, for row level security of the project''s records.';

create function portal.project_is_public(project uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$ select exists (select 1 from portal.projects p where p.id = project and p.publication = 'published') $$;
comment on function portal.project_is_public(uuid) is 'True when the project is published, so its records may be shown to anyone.';

revoke all on function portal.project_organisation(uuid), portal.project_is_public(uuid) from public;
grant execute on function portal.project_organisation(uuid), portal.project_is_public(uuid) to anon, authenticated, service_role;

alter table portal.projects enable row level security;
-- anon reads the columns residents see, granted one by one in 20261204000100_public_record.sql.
grant select on portal.projects to authenticated;
grant insert, update, delete on portal.projects to authenticated;
grant all on portal.projects to service_role;

create policy "Anyone can read published projects" on portal.projects
  for select to anon, authenticated using (publication = 'published');
create policy "Staff can read all projects of their organisation" on portal.projects
  for select to authenticated using (portal.has_staff_role(organisation_id, 'editor'));
-- Publishing, withdrawing and changing what is public happen only in the workflow functions, which run as
-- their owner after their own checks and record a version and a ledger entry: staff write drafts here.
create policy "Editors can create draft projects for their organisation" on portal.projects
  for insert to authenticated
  with check (portal.has_staff_role(organisation_id, 'editor') and publication = 'draft');
create policy "Editors change projects of their organisation that are not public" on portal.projects
  for update to authenticated
  using (portal.has_staff_role(organisation_id, 'editor') and publication <> 'published')
  with check (portal.has_staff_role(organisation_id, 'editor') and publication in ('draft', 'awaiting_approval'));
create policy "Admins can delete draft projects of their organisation" on portal.projects
  for delete to authenticated using (portal.has_staff_role(organisation_id, 'admin') and publication = 'draft');

-- Every table that belongs to a project gets the same protection, written once here:
--  * anyone reads rows of published projects (and, where the row has its own publication state, only
--    published rows);
--  * staff of the project's organisation read everything of it;
--  * editors write what is not public (drafts, and what awaits approval); publishing and changing what is
--    public is left to the workflow functions; nobody outside the organisation writes anything;
--  * anon is granted no write at all, and reads a table of records with a publication state only column by
--    column, as 20261204000100_public_record.sql grants them (never who wrote or approved a record).
create function portal.protect_project_records(tbl regclass, noun text) returns void
language plpgsql
set search_path = ''
as $$
declare
  has_publication boolean := exists (
    select 1 from pg_attribute where attrelid = tbl and attname = 'publication' and not attisdropped
  );
  public_rows text := case when has_publication
    then 'publication = ''published'' and portal.project_is_public(project_id)'
    else 'portal.project_is_public(project_id)' end;
  may_write text := case when has_publication
    then 'portal.has_staff_role(portal.project_organisation(project_id), ''editor'') and publication in (''draft'', ''awaiting_approval'')'
    else 'portal.has_staff_role(portal.project_organisation(project_id), ''editor'')' end;
  may_change text := case when has_publication
    then 'portal.has_staff_role(portal.project_organisation(project_id), ''editor'') and publication <> ''published'''
    else 'portal.has_staff_role(portal.project_organisation(project_id), ''editor'')' end;
  may_delete text := case when has_publication
    then 'portal.has_staff_role(portal.project_organisation(project_id), ''editor'') and publication = ''draft'''
    else 'portal.has_staff_role(portal.project_organisation(project_id), ''approver'')' end;
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('grant select on %s to %s', tbl, case when has_publication then 'authenticated' else 'anon, authenticated' end);
  execute format('grant insert, update, delete on %s to authenticated', tbl);
  execute format('grant all on %s to service_role', tbl);
  execute format('create policy %I on %s for select to anon, authenticated using (%s)',
    format('Anyone can read %s of published projects', noun), tbl, public_rows);
  execute format('create policy %I on %s for select to authenticated using (portal.has_staff_role(portal.project_organisation(project_id), ''editor''))',
    format('Staff can read all %s of their organisation', noun), tbl);
  execute format('create policy %I on %s for insert to authenticated with check (%s)',
    format('Editors can add %s to their own projects', noun), tbl, may_write);
  execute format('create policy %I on %s for update to authenticated using (%s) with check (%s)',
    case when has_publication then format('Editors change %s that are not public', noun)
         else format('Editors change %s of their organisation', noun) end, tbl, may_change, may_write);
  execute format('create policy %I on %s for delete to authenticated using (%s)',
    case when has_publication then format('Editors can delete draft %s of their organisation', noun)
         else format('Approvers can delete %s of their organisation', noun) end, tbl, may_delete);
end
$$;
comment on function portal.protect_project_records(regclass, text) is 'Migration helper: enables row level security on a table of project records and creates its grants and standard policies (public when published, staff of the project''s organisation only for writes, and only of what is not public).';
revoke all on function portal.protect_project_records(regclass, text) from public;

-- People -------------------------------------------------------------------------------------------------

create table portal.people (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references portal.organisations (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 200),
  job_title text not null check (char_length(job_title) between 1 and 200),
  department text check (char_length(department) <= 200),
  portfolio text check (char_length(portfolio) <= 500),
  phone text check (phone ~ '^[0-9 +()-]{6,20}$'),
  contact_url text check (contact_url is null or portal.is_web_url(contact_url)),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.people is 'People who are publicly named in projects: contact persons, project leads, aldermen. Only work contact details, never an e-mail address.';
comment on column portal.people.id is 'Primary key.';
comment on column portal.people.organisation_id is 'The organisation the person works for or governs.';
comment on column portal.people.name is 'Public name.';
comment on column portal.people.job_title is 'Public job title, for example "Omgevingsmanager" or "Wethouder".';
comment on column portal.people.department is 'Department or team.';
comment on column portal.people.portfolio is 'For aldermen: the portfolio (portefeuille).';
comment on column portal.people.phone is 'Public work telephone number.';
comment on column portal.people.contact_url is 'Public contact form or page.';
comment on column portal.people.publication is 'Publication state: a person''s card is public only when published and named by a published record of a published project.';
comment on column portal.people.published_at is 'When the person was first published.';
comment on column portal.people.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.people.created_at is 'When the row was created.';
comment on column portal.people.updated_at is 'When the row last changed.';

create index people_organisation_idx on portal.people (organisation_id);
create trigger people_touch before update on portal.people
  for each row execute function portal.touch_updated_at();

create table portal.project_people (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  person_id uuid not null references portal.people (id) on delete restrict,
  role portal.person_role not null,
  since date not null,
  until date,
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (until is null or until >= since),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.project_people is 'Who holds which public role in a project, and since when; a closed row (until) keeps the history after a handover.';
comment on column portal.project_people.id is 'Primary key.';
comment on column portal.project_people.project_id is 'The project.';
comment on column portal.project_people.person_id is 'The person.';
comment on column portal.project_people.role is 'Contact person, project lead or alderman.';
comment on column portal.project_people.since is 'First day in this role.';
comment on column portal.project_people.until is 'Last day in this role; empty while current.';
comment on column portal.project_people.publication is 'Publication state: a new holder takes the role publicly only when the assignment is approved; the approval ends the previous holder''s period.';
comment on column portal.project_people.published_at is 'When the assignment was published.';
comment on column portal.project_people.created_at is 'When the row was created.';
comment on column portal.project_people.updated_at is 'When the row last changed.';

-- A project names at most one current public holder of each role (key 5: one contact person), and has at most
-- one proposed new holder per role waiting for approval.
create unique index project_people_one_current_idx on portal.project_people (project_id, role)
  where until is null and publication = 'published';
create unique index project_people_one_proposed_idx on portal.project_people (project_id, role)
  where until is null and publication in ('draft', 'awaiting_approval', 'scheduled');
create index project_people_person_idx on portal.project_people (person_id);
create trigger project_people_touch before update on portal.project_people
  for each row execute function portal.touch_updated_at();

-- Phases -------------------------------------------------------------------------------------------------

create table portal.phases (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  position smallint not null check (position between 1 and 50),
  kind portal.phase_kind not null,
  title text not null check (char_length(title) between 1 and 200),
  starts_on date not null,
  ends_on date,
  participation_level portal.participation_level not null,
  open_for_input text not null check (char_length(open_for_input) between 1 and 4000),
  fixed_frames text not null check (char_length(fixed_frames) between 1 and 4000),
  time_asked text not null check (char_length(time_asked) between 1 and 1000),
  time_asked_hours numeric(6, 1) check (time_asked_hours >= 0),
  results_expected text not null check (char_length(results_expected) between 1 and 1000),
  results_expected_on date,
  department text not null check (char_length(department) between 1 and 200),
  contact_person_id uuid references portal.people (id) on delete set null,
  council_role portal.council_role,
  council_role_explanation text check (char_length(council_role_explanation) <= 2000),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, project_id),
  check (ends_on is null or ends_on >= starts_on),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.phases is 'The ordered phases of a project, each with what residents can expect from it (key 1).';
comment on column portal.phases.id is 'Primary key.';
comment on column portal.phases.project_id is 'The project.';
comment on column portal.phases.position is 'Order of the phase within the project, from 1.';
comment on column portal.phases.kind is 'Vision, plan, decision, execution or management.';
comment on column portal.phases.title is 'Public title of the phase.';
comment on column portal.phases.starts_on is 'First day of the phase.';
comment on column portal.phases.ends_on is 'Last day of the phase; empty when open-ended (management).';
comment on column portal.phases.participation_level is 'Rung on the participatieladder for this phase.';
comment on column portal.phases.open_for_input is 'What residents can still influence in this phase.';
comment on column portal.phases.fixed_frames is 'What is already fixed (kaders) and cannot be influenced.';
comment on column portal.phases.time_asked is 'The time asked of a participant, in plain words.';
comment on column portal.phases.time_asked_hours is 'The time asked of a participant in hours, for totals.';
comment on column portal.phases.results_expected is 'When and how participants hear back, in plain words.';
comment on column portal.phases.results_expected_on is 'The date results are expected to be visible.';
comment on column portal.phases.department is 'The responsible department in this phase.';
comment on column portal.phases.contact_person_id is 'The contact person for this phase.';
comment on column portal.phases.council_role is 'The council''s role in this phase (setting frameworks at the start, deciding at the end, ...); empty when it is the project''s role (projects.council_role).';
comment on column portal.phases.council_role_explanation is 'Plain-language explanation of what the council does in this phase; shown with the phase''s expectations.';
comment on column portal.phases.publication is 'Publication state; only published phases (and so their expectations) are public.';
comment on column portal.phases.published_at is 'When the phase was first published.';
comment on column portal.phases.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.phases.created_at is 'When the row was created.';
comment on column portal.phases.updated_at is 'When the row last changed.';

-- One phase per position; a withdrawn phase gives its position up.
create unique index phases_position_idx on portal.phases (project_id, position) where publication <> 'unpublished';
create trigger phases_touch before update on portal.phases
  for each row execute function portal.touch_updated_at();

-- Handovers ----------------------------------------------------------------------------------------------

create table portal.handovers (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  handed_over_on date not null,
  from_phase_id uuid,
  to_phase_id uuid,
  from_department text not null check (char_length(from_department) between 1 and 200),
  to_department text not null check (char_length(to_department) between 1 and 200),
  from_person_id uuid references portal.people (id) on delete set null,
  to_person_id uuid references portal.people (id) on delete set null,
  note text not null check (char_length(note) between 1 and 4000),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (publication <> 'published' or published_at is not null),
  foreign key (from_phase_id, project_id) references portal.phases (id, project_id) on delete cascade,
  foreign key (to_phase_id, project_id) references portal.phases (id, project_id) on delete cascade
);
comment on table portal.handovers is 'A handover between phases, departments or contact persons, recorded so that the contact and the promises survive it (key 5).';
comment on column portal.handovers.id is 'Primary key.';
comment on column portal.handovers.project_id is 'The project.';
comment on column portal.handovers.handed_over_on is 'Date of the handover.';
comment on column portal.handovers.from_phase_id is 'The phase that ends, if the handover is between phases.';
comment on column portal.handovers.to_phase_id is 'The phase that starts.';
comment on column portal.handovers.from_department is 'The department handing over.';
comment on column portal.handovers.to_department is 'The department taking over.';
comment on column portal.handovers.from_person_id is 'The previous contact person.';
comment on column portal.handovers.to_person_id is 'The new contact person.';
comment on column portal.handovers.note is 'What was handed over, including open promises.';
comment on column portal.handovers.publication is 'Publication state; only published handovers are public.';
comment on column portal.handovers.published_at is 'When the handover was first published.';
comment on column portal.handovers.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.handovers.created_at is 'When the row was created.';
comment on column portal.handovers.updated_at is 'When the row last changed.';

create index handovers_project_idx on portal.handovers (project_id);
create trigger handovers_touch before update on portal.handovers
  for each row execute function portal.touch_updated_at();

select portal.protect_project_records('portal.project_people', 'role assignments');
select portal.protect_project_records('portal.phases', 'phases');
select portal.protect_project_records('portal.handovers', 'handovers');

-- People are public once a published project names them; this policy needs the tables above.
alter table portal.people enable row level security;
-- anon reads the columns residents see, granted one by one in 20261204000100_public_record.sql.
grant select on portal.people to authenticated;
grant insert, update, delete on portal.people to authenticated;
grant all on portal.people to service_role;
create policy "Anyone can read published people named in published projects" on portal.people
  for select to anon, authenticated using (
    publication = 'published' and (
      exists (select 1 from portal.project_people pp where pp.person_id = people.id and pp.publication = 'published' and portal.project_is_public(pp.project_id))
      or exists (select 1 from portal.phases ph where ph.contact_person_id = people.id and ph.publication = 'published' and portal.project_is_public(ph.project_id))
      or exists (select 1 from portal.handovers h where people.id in (h.from_person_id, h.to_person_id) and h.publication = 'published' and portal.project_is_public(h.project_id))
    )
  );
create policy "Staff can read the people of their organisation" on portal.people
  for select to authenticated using (portal.has_staff_role(organisation_id, 'editor'));
create policy "Editors can add draft people to their organisation" on portal.people
  for insert to authenticated with check (portal.has_staff_role(organisation_id, 'editor') and publication = 'draft');
create policy "Editors change people of their organisation who are not public" on portal.people
  for update to authenticated
  using (portal.has_staff_role(organisation_id, 'editor') and publication <> 'published')
  with check (portal.has_staff_role(organisation_id, 'editor') and publication in ('draft', 'awaiting_approval'));
create policy "Editors can delete draft people of their organisation" on portal.people
  for delete to authenticated using (portal.has_staff_role(organisation_id, 'editor') and publication = 'draft');

-- A project names only people of its own organisation: a foreign key alone cannot say that.
create function portal.people_share_project_organisation() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  person uuid;
  project_org uuid;
  record_json jsonb := to_jsonb(new);
begin
  select p.organisation_id into project_org from portal.projects p where p.id = new.project_id;
  foreach person in array array[
    (record_json ->> 'person_id')::uuid, (record_json ->> 'contact_person_id')::uuid,
    (record_json ->> 'from_person_id')::uuid, (record_json ->> 'to_person_id')::uuid]
  loop
    if person is not null and not exists (
      select 1 from portal.people pe where pe.id = person and pe.organisation_id = project_org
    ) then
      raise exception 'A project can only name people of its own organisation.' using errcode = '23514';
    end if;
  end loop;
  return new;
end
$$;
comment on function portal.people_share_project_organisation() is 'Trigger: refuses a person of another organisation in a project''s roles, phases or handovers.';

create trigger project_people_same_organisation before insert or update on portal.project_people
  for each row execute function portal.people_share_project_organisation();
create trigger phases_contact_same_organisation before insert or update on portal.phases
  for each row execute function portal.people_share_project_organisation();
create trigger handovers_people_same_organisation before insert or update on portal.handovers
  for each row execute function portal.people_share_project_organisation();
