-- Updates written by communications staff and approved before they speak for the municipality (key 7);
-- key dates to take part; the groups involved and the named gaps (key 3); lessons learned (key 6).

create table portal.updates (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  title text not null check (char_length(title) between 1 and 200),
  body_md text not null check (char_length(body_md) between 1 and 20000),
  publication portal.publication_state not null default 'draft',
  author_id uuid references auth.users (id) on delete set null,
  approver_id uuid references auth.users (id) on delete set null,
  submitted_at timestamptz,
  published_at timestamptz,
  unpublished_reason text check (char_length(unpublished_reason) <= 2000),
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (publication <> 'published' or published_at is not null),
  check (publication <> 'unpublished' or char_length(btrim(coalesce(unpublished_reason, ''))) > 0)
);
comment on table portal.updates is 'A news update on a project, written in Markdown by an editor and published after approval.';
comment on column portal.updates.id is 'Primary key.';
comment on column portal.updates.project_id is 'The project.';
comment on column portal.updates.title is 'Public title.';
comment on column portal.updates.body_md is 'The text in Markdown; rendered through a sanitiser, never as raw HTML.';
comment on column portal.updates.publication is 'Draft, awaiting approval, published or unpublished.';
comment on column portal.updates.author_id is 'The staff user who wrote it. Not public.';
comment on column portal.updates.approver_id is 'The staff user who approved it. Not public.';
comment on column portal.updates.submitted_at is 'When it was submitted for approval.';
comment on column portal.updates.published_at is 'When it was published.';
comment on column portal.updates.unpublished_reason is 'Why it was withdrawn; required when unpublished.';
comment on column portal.updates.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.updates.created_at is 'When the row was created.';
comment on column portal.updates.updated_at is 'When the row last changed.';

create index updates_project_idx on portal.updates (project_id, published_at);
create trigger updates_touch before update on portal.updates
  for each row execute function portal.touch_updated_at();

create table portal.key_dates (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  phase_id uuid,
  kind portal.key_date_kind not null,
  title text not null check (char_length(title) between 1 and 200),
  starts_at timestamptz not null,
  ends_at timestamptz,
  location text check (char_length(location) <= 500),
  online_url text check (online_url is null or portal.is_web_url(online_url)),
  how_to_join text not null check (char_length(how_to_join) between 1 and 2000),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (phase_id, project_id) references portal.phases (id, project_id) on delete set null (phase_id),
  check (ends_at is null or ends_at >= starts_at),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.key_dates is 'A moment to take part: a meeting, walk-in, workshop, survey or deadline, with place or link and how to join.';
comment on column portal.key_dates.id is 'Primary key.';
comment on column portal.key_dates.project_id is 'The project.';
comment on column portal.key_dates.phase_id is 'The phase the moment belongs to.';
comment on column portal.key_dates.kind is 'Kind of participation moment.';
comment on column portal.key_dates.title is 'Public title.';
comment on column portal.key_dates.starts_at is 'Start (for a survey: when it opens).';
comment on column portal.key_dates.ends_at is 'End (for a survey: when it closes).';
comment on column portal.key_dates.location is 'Address or place; empty when online only.';
comment on column portal.key_dates.online_url is 'Link to take part online.';
comment on column portal.key_dates.how_to_join is 'How to take part: sign-up, accessibility, what to bring.';
comment on column portal.key_dates.publication is 'Publication state; only published key dates are public.';
comment on column portal.key_dates.published_at is 'When the key date was published.';
comment on column portal.key_dates.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.key_dates.created_at is 'When the row was created.';
comment on column portal.key_dates.updated_at is 'When the row last changed.';

create index key_dates_project_idx on portal.key_dates (project_id, starts_at);
create trigger key_dates_touch before update on portal.key_dates
  for each row execute function portal.touch_updated_at();

create table portal.groups_involved (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 200),
  status portal.group_status not null,
  note text not null check (char_length(note) between 1 and 2000),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.groups_involved is 'A group of residents or stakeholders and whether the project reached it; unreached groups are named as gaps.';
comment on column portal.groups_involved.id is 'Primary key.';
comment on column portal.groups_involved.project_id is 'The project.';
comment on column portal.groups_involved.name is 'Name of the group, for example "Jongeren" or "Ondernemers Marktplein".';
comment on column portal.groups_involved.status is 'Involved, or a named gap.';
comment on column portal.groups_involved.note is 'How the group was involved, or what is done to close the gap.';
comment on column portal.groups_involved.publication is 'Publication state; only published groups and gaps are public.';
comment on column portal.groups_involved.published_at is 'When the group was first published.';
comment on column portal.groups_involved.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.groups_involved.created_at is 'When the row was created.';
comment on column portal.groups_involved.updated_at is 'When the row last changed.';

-- One group of a name per project; a withdrawn group gives its name up.
create unique index groups_involved_name_idx on portal.groups_involved (project_id, name) where publication <> 'unpublished';
create trigger groups_involved_touch before update on portal.groups_involved
  for each row execute function portal.touch_updated_at();

create table portal.lessons (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  phase_id uuid,
  category portal.lesson_category not null,
  title text not null check (char_length(title) between 1 and 200),
  lesson text not null check (char_length(lesson) between 1 and 4000),
  recorded_on date not null,
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (phase_id, project_id) references portal.phases (id, project_id) on delete set null (phase_id),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.lessons is 'A lesson learned in a project, during or after it, to share across the municipality (key 6).';
comment on column portal.lessons.id is 'Primary key.';
comment on column portal.lessons.project_id is 'The project.';
comment on column portal.lessons.phase_id is 'The phase the lesson comes from.';
comment on column portal.lessons.category is 'Category for browsing across projects.';
comment on column portal.lessons.title is 'Short title.';
comment on column portal.lessons.lesson is 'The lesson itself.';
comment on column portal.lessons.recorded_on is 'When the lesson was recorded.';
comment on column portal.lessons.publication is 'Publication state; only published lessons are public.';
comment on column portal.lessons.published_at is 'When the lesson was published.';
comment on column portal.lessons.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.lessons.created_at is 'When the row was created.';
comment on column portal.lessons.updated_at is 'When the row last changed.';

create index lessons_project_idx on portal.lessons (project_id);
create trigger lessons_touch before update on portal.lessons
  for each row execute function portal.touch_updated_at();

select portal.protect_project_records('portal.updates', 'updates');
select portal.protect_project_records('portal.key_dates', 'key dates');
select portal.protect_project_records('portal.groups_involved', 'groups');
select portal.protect_project_records('portal.lessons', 'lessons');

