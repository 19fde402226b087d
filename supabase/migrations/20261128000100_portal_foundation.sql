-- The private schema that holds every table of the portal, the enumerations of the domain, the shared
-- trigger and check helpers, organisations and staff membership.
--
-- Tables live in `portal`, which the API gateway does not expose: clients only call the documented functions
-- in `public`. Those read functions run as the caller (security invoker), so row level security on every
-- table here is a real second line of defence, not a formality.

create schema portal;
comment on schema portal is 'Private tables of the participation portal. Not exposed over HTTP; read through the functions in public, guarded by row level security.';

grant usage on schema portal to anon, authenticated, service_role;

-- Enumerations -------------------------------------------------------------------------------------------

create type portal.publication_state as enum ('draft', 'awaiting_approval', 'scheduled', 'published', 'unpublished');
comment on type portal.publication_state is 'Where a record stands on its way to the public: written by staff (draft), submitted (awaiting_approval), approved by a second person for a later moment (scheduled), approved and public (published), withdrawn with a reason (unpublished).';

create type portal.staff_role as enum ('editor', 'approver', 'admin');
comment on type portal.staff_role is 'Staff roles in ascending order of rights: editors write drafts, approvers also approve and publish, admins also manage the staff of their organisation.';

create type portal.project_status as enum ('planned', 'running', 'on_hold', 'completed', 'stopped');
comment on type portal.project_status is 'Lifecycle of a participation trajectory as a whole.';

create type portal.phase_kind as enum ('vision', 'plan', 'decision', 'execution', 'management');
comment on type portal.phase_kind is 'The kinds of phase one trajectory runs through: vision (verkenning), plan, decision (besluitvorming), execution (uitvoering) and management (beheer).';

create type portal.participation_level as enum ('informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer');
comment on type portal.participation_level is 'The rungs of the Dutch participatieladder, from informing residents up to residents managing it themselves (IAP2: inform, consult, involve, collaborate, empower).';

create type portal.person_role as enum ('contact', 'project_lead', 'alderman');
comment on type portal.person_role is 'The public roles a person holds in a project: the one contact person, the project lead (projectleider) and the responsible alderman (wethouder).';

create type portal.council_role as enum ('kaderstellend', 'besluitvormend', 'controlerend', 'adviesrecht', 'geen');
comment on type portal.council_role is 'The role of the municipal council in a project: sets the frameworks, takes the decision, checks the executive, has a right to advise, or has no role.';

create type portal.council_outcome as enum ('pending', 'adopted', 'amended', 'rejected', 'postponed', 'withdrawn',
  'discussed', 'noted', 'ready_for_council');
comment on type portal.council_outcome is 'What the council or a committee did with an agenda item; pending until the meeting has taken place. Both: postponed (aangehouden), withdrawn (ingetrokken), discussed (besproken), noted (voor kennisgeving aangenomen). Only the council: adopted, amended (geamendeerd aangenomen), rejected. Only a committee: ready_for_council (rijp voor besluitvorming in de raad).';

create type portal.council_meeting_kind as enum ('committee', 'council');
comment on type portal.council_meeting_kind is 'Which kind of meeting deals with an agenda item: a committee (commissie, which advises and discusses) or the council itself (which decides).';

create type portal.motion_kind as enum ('motion', 'amendment');
comment on type portal.motion_kind is 'A motion (motie: the council asks or tells the executive something) or an amendment (amendement: the council changes the proposal itself).';

create type portal.motion_result as enum ('pending', 'adopted', 'rejected', 'withdrawn', 'held');
comment on type portal.motion_result is 'What became of a motion or amendment: not yet voted on, adopted (aangenomen), rejected (verworpen), withdrawn (ingetrokken) or held by those who submitted it (aangehouden).';

create type portal.promise_audience as enum ('residents', 'council');
comment on type portal.promise_audience is 'To whom a promise was made: to residents (in the trajectory) or to the council (a toezegging of the college to the council, which the council tracks in its own list).';

create type portal.promise_status as enum ('open', 'in_progress', 'kept', 'changed', 'broken');
comment on type portal.promise_status is 'Status of a promise (toezegging). Changed and broken always carry an explanation.';

create type portal.key_date_kind as enum ('meeting', 'walk_in', 'workshop', 'survey', 'sounding_board', 'site_visit', 'online_session', 'exhibition', 'deadline');
comment on type portal.key_date_kind is 'Kinds of participation moment: an evening meeting, a walk-in session, a workshop, a survey, a sounding board meeting, a site visit, an online session, an exhibition, or a deadline for reactions.';

create type portal.group_status as enum ('involved', 'gap');
comment on type portal.group_status is 'Whether a group is represented in the trajectory, or is a named gap the project has not reached yet.';

create type portal.lesson_category as enum ('communication', 'inclusion', 'planning', 'collaboration', 'decision_making', 'expectations');
comment on type portal.lesson_category is 'Categories for browsing lessons learned across projects.';

-- Shared helpers -----------------------------------------------------------------------------------------

create function portal.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
comment on function portal.touch_updated_at() is 'Trigger: keeps updated_at current, so changes_since() can tell residents what changed after a page was built.';

create function portal.is_slug(value text) returns boolean
language sql immutable
set search_path = ''
as $$ select value ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(value) <= 80 $$;
comment on function portal.is_slug(text) is 'True for a URL-safe slug: lowercase letters and digits in dash-separated words, at most 80 characters.';

create function portal.is_web_url(value text) returns boolean
language sql immutable
set search_path = ''
as $$ select value ~ '^https?://[^\s<>"]+$' and char_length(value) <= 2000 $$;
comment on function portal.is_web_url(text) is 'True for an http(s) URL without spaces or markup characters; javascript: and data: URLs never pass.';

create function portal.is_theme(tokens jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select jsonb_typeof(tokens) = 'object'
     and not exists (
       select 1 from jsonb_each(tokens) as t(name, value)
       where t.name !~ '^--[a-z0-9]+(-[a-z0-9]+)*$'
          or jsonb_typeof(t.value) <> 'string'
          or (t.value #>> '{}') !~ '^[a-zA-Z0-9#%.,()\s''"-]{1,200}$'
     )
$$;
comment on function portal.is_theme(jsonb) is 'True for a theme: an object of CSS custom properties (--name) to plain values. Braces, semicolons, angle brackets and url() cannot pass, so a theme can never inject CSS or markup.';

-- Organisations ------------------------------------------------------------------------------------------

create table portal.organisations (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (portal.is_slug(slug)),
  name text not null check (char_length(name) between 1 and 200),
  website_url text check (website_url is null or portal.is_web_url(website_url)),
  council_name text not null default 'Gemeenteraad' check (char_length(council_name) between 1 and 200),
  theme jsonb not null default '{}'::jsonb check (portal.is_theme(theme)),
  allow_self_approval boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table portal.organisations is 'A municipality (or other public body) that runs participation trajectories. One deployment builds the site of one organisation, chosen by configuration.';
comment on column portal.organisations.id is 'Primary key.';
comment on column portal.organisations.slug is 'Stable URL-safe name, used to choose the organisation of a deployment (PUBLIC_ORGANISATION).';
comment on column portal.organisations.name is 'Public name, for example "Gemeente Demodam".';
comment on column portal.organisations.website_url is 'The organisation''s main website.';
comment on column portal.organisations.council_name is 'Name of the council body, shown with council moments.';
comment on column portal.organisations.theme is 'Design tokens of the house style: CSS custom property names (--utrecht-...) to values, applied on every page.';
comment on column portal.organisations.allow_self_approval is 'Whether an approver may approve a draft they wrote themselves.';
comment on column portal.organisations.created_at is 'When the row was created.';
comment on column portal.organisations.updated_at is 'When the row last changed.';

create trigger organisations_touch before update on portal.organisations
  for each row execute function portal.touch_updated_at();

-- Staff membership ---------------------------------------------------------------------------------------

create table portal.staff_memberships (
  user_id uuid not null references auth.users (id) on delete cascade,
  organisation_id uuid not null references portal.organisations (id) on delete cascade,
  role portal.staff_role not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (user_id, organisation_id)
);
comment on table portal.staff_memberships is 'Which signed-in users are staff of which organisation, and in which role. Personal data: never public.';
comment on column portal.staff_memberships.user_id is 'The Supabase Auth user.';
comment on column portal.staff_memberships.organisation_id is 'The organisation the user works for.';
comment on column portal.staff_memberships.role is 'Editor, approver or admin; each includes the rights of the roles before it.';
comment on column portal.staff_memberships.created_at is 'When the membership was granted.';
comment on column portal.staff_memberships.updated_at is 'When the membership last changed.';

create index staff_memberships_organisation_idx on portal.staff_memberships (organisation_id);

create trigger staff_memberships_touch before update on portal.staff_memberships
  for each row execute function portal.touch_updated_at();

create function portal.role_rank(role portal.staff_role) returns integer
language sql immutable
set search_path = ''
as $$ select case role when 'editor' then 1 when 'approver' then 2 when 'admin' then 3 end $$;
comment on function portal.role_rank(portal.staff_role) is 'Orders staff roles so that a higher role includes the rights of a lower one.';

-- Security definer so that policies can ask about membership without granting anyone read access to the
-- membership table, and without policies on that table recursing into themselves.
create function portal.has_staff_role(organisation uuid, at_least portal.staff_role) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from portal.staff_memberships m
    where m.user_id = auth.uid()
      and m.organisation_id = organisation
      and portal.role_rank(m.role) >= portal.role_rank(at_least)
  )
$$;
comment on function portal.has_staff_role(uuid, portal.staff_role) is 'True when the signed-in user is staff of the organisation with at least the given role. False for anonymous callers.';

revoke all on function portal.has_staff_role(uuid, portal.staff_role) from public;
grant execute on function portal.has_staff_role(uuid, portal.staff_role) to authenticated, service_role;

-- Row level security: organisations are public; membership is visible to the member and the admins.
alter table portal.organisations enable row level security;
alter table portal.staff_memberships enable row level security;

grant select on portal.organisations to anon, authenticated;
grant update (name, website_url, council_name, theme, allow_self_approval) on portal.organisations to authenticated;
grant select, insert, update, delete on portal.staff_memberships to authenticated;
grant all on portal.organisations, portal.staff_memberships to service_role;

create policy "Anyone can read organisations" on portal.organisations
  for select to anon, authenticated using (true);
create policy "Admins can update their own organisation" on portal.organisations
  for update to authenticated
  using (portal.has_staff_role(id, 'admin'))
  with check (portal.has_staff_role(id, 'admin'));

create policy "Staff can read their own memberships" on portal.staff_memberships
  for select to authenticated using (user_id = auth.uid());
create policy "Admins can read the memberships of their organisation" on portal.staff_memberships
  for select to authenticated using (portal.has_staff_role(organisation_id, 'admin'));
create policy "Admins can add staff to their organisation" on portal.staff_memberships
  for insert to authenticated with check (portal.has_staff_role(organisation_id, 'admin'));
create policy "Admins can change staff roles in their organisation" on portal.staff_memberships
  for update to authenticated
  using (portal.has_staff_role(organisation_id, 'admin'))
  with check (portal.has_staff_role(organisation_id, 'admin'));
create policy "Admins can remove staff from their organisation" on portal.staff_memberships
  for delete to authenticated using (portal.has_staff_role(organisation_id, 'admin'));
