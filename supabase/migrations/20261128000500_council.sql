-- The council's part in a project's timeline (key 8). The council's role is a column of the project, and of each
-- phase where it differs (setting frameworks at the start, deciding at the end). Here are the moments the council
-- or a committee deals with the project (agenda date, proposal, outcome, and what it means for the promises,
-- including when the council decided differently from the participation outcome), the motions and amendments
-- submitted there with their result and the votes per party, and the raadsinformatiebrieven (letters the college
-- sends the council to inform it). Commitments the college makes to the council are promises (made_to 'council').
-- Each is a record residents see, so each joins the public record (20261204000100_public_record.sql).

create table portal.council_moments (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  meets_on date not null,
  starts_at timestamptz,
  meeting_kind portal.council_meeting_kind not null default 'council',
  body text not null check (char_length(body) between 1 and 200),
  agenda_item text not null check (char_length(agenda_item) between 1 and 500),
  proposal text not null check (char_length(proposal) between 1 and 4000),
  outcome portal.council_outcome not null default 'pending',
  outcome_summary text check (char_length(outcome_summary) <= 4000),
  differs_from_participation boolean not null default false,
  council_reasons text check (char_length(council_reasons) <= 8000),
  effect_on_promises text check (char_length(effect_on_promises) <= 4000),
  source_url text check (source_url is null or portal.is_web_url(source_url)),
  source_id text check (source_id is null or source_id ~ '^[A-Za-z0-9_.:-]{1,100}$'),
  meeting_source_id text check (meeting_source_id is null or meeting_source_id ~ '^[A-Za-z0-9_.:-]{1,100}$'),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, project_id),
  -- One record per agenda item of the council information system and project: the import finds it again.
  unique (project_id, source_id),
  check (starts_at is null or (starts_at at time zone 'Europe/Amsterdam')::date = meets_on),
  -- A committee discusses and advises; only the council adopts, amends or rejects (and vice versa).
  check (case meeting_kind when 'committee' then outcome not in ('adopted', 'amended', 'rejected')
                           else outcome <> 'ready_for_council' end),
  check (outcome = 'pending' or char_length(btrim(coalesce(outcome_summary, ''))) > 0),
  -- When the council departs from what participation produced, residents are owed its reasons.
  check (not differs_from_participation or char_length(btrim(coalesce(council_reasons, ''))) > 0),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.council_moments is 'A moment the council (or a committee) deals with the project: agenda date, proposal, outcome and its effect on promises.';
comment on column portal.council_moments.id is 'Primary key.';
comment on column portal.council_moments.project_id is 'The project.';
comment on column portal.council_moments.meets_on is 'Date of the meeting on whose agenda the project is.';
comment on column portal.council_moments.starts_at is 'When the meeting starts, when known; on meets_on in Amsterdam.';
comment on column portal.council_moments.meeting_kind is 'Committee (discusses and advises) or council (decides); which outcomes fit depends on it.';
comment on column portal.council_moments.body is 'Which body meets, for example "Gemeenteraad" or "Commissie Ruimte".';
comment on column portal.council_moments.agenda_item is 'The agenda item.';
comment on column portal.council_moments.proposal is 'What is proposed to the council.';
comment on column portal.council_moments.outcome is 'What the council did; pending until the meeting has taken place.';
comment on column portal.council_moments.outcome_summary is 'Plain-language summary of the outcome; required once there is an outcome.';
comment on column portal.council_moments.differs_from_participation is 'True when the council decided differently from the participation outcome.';
comment on column portal.council_moments.council_reasons is 'The council''s reasons; required when it decided differently.';
comment on column portal.council_moments.effect_on_promises is 'What the outcome means for promises made in the trajectory.';
comment on column portal.council_moments.source_url is 'Link to the agenda item or decision in the council information system.';
comment on column portal.council_moments.source_id is 'The agenda item''s public id in Open Raadsinformatie, when it was linked or imported; unique per project.';
comment on column portal.council_moments.meeting_source_id is 'The meeting''s public id in Open Raadsinformatie: agenda items with the same one were dealt with in one meeting.';
comment on column portal.council_moments.publication is 'Publication state; only published moments are public.';
comment on column portal.council_moments.published_at is 'When the moment was published.';
comment on column portal.council_moments.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.council_moments.created_at is 'When the row was created.';
comment on column portal.council_moments.updated_at is 'When the row last changed.';

create index council_moments_project_idx on portal.council_moments (project_id, meets_on);
create index council_moments_meets_idx on portal.council_moments (meets_on);
create trigger council_moments_touch before update on portal.council_moments
  for each row execute function portal.touch_updated_at();

select portal.protect_project_records('portal.council_moments', 'council moments');

-- Motions and amendments -------------------------------------------------------------------------------------

-- Votes per party: [{"party": "...", "for": 3, "against": 0}, ...], each party once. A pure check, so the table
-- constraint and the save function's 400 agree.
create function portal.votes_are_valid(votes jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select jsonb_typeof(votes) = 'array' and jsonb_array_length(votes) <= 60
    and not exists (
      select 1 from jsonb_array_elements(votes) v
      where jsonb_typeof(v.value) <> 'object'
         or (select count(*) from jsonb_object_keys(v.value)) <> 3
         or jsonb_typeof(v.value -> 'party') <> 'string'
         or char_length(btrim(v.value ->> 'party')) not between 1 and 100
         or v.value ->> 'party' <> btrim(v.value ->> 'party')
         or jsonb_typeof(v.value -> 'for') <> 'number' or jsonb_typeof(v.value -> 'against') <> 'number'
         or (v.value ->> 'for') !~ '^[0-9]{1,3}$' or (v.value ->> 'against') !~ '^[0-9]{1,3}$')
    and (select count(distinct lower(v.value ->> 'party')) from jsonb_array_elements(votes) v) = jsonb_array_length(votes)
$$;
comment on function portal.votes_are_valid(jsonb) is 'True for a list of votes per party: at most 60 objects {party (1-100 characters, no outer spaces, each party once, case ignored), for, against (whole numbers 0-999)} and nothing else.';
revoke all on function portal.votes_are_valid(jsonb) from public;
grant execute on function portal.votes_are_valid(jsonb) to anon, authenticated, service_role;

create table portal.council_motions (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  council_moment_id uuid not null,
  phase_id uuid,
  kind portal.motion_kind not null default 'motion',
  reference text check (reference is null or char_length(reference) between 1 and 50),
  title text not null check (char_length(title) between 1 and 200),
  submitted_by text not null check (char_length(submitted_by) between 1 and 500),
  asks text not null check (char_length(asks) between 1 and 4000),
  result portal.motion_result not null default 'pending',
  result_summary text check (char_length(result_summary) <= 4000),
  votes jsonb not null default '[]'::jsonb check (portal.votes_are_valid(votes)),
  source_url text check (source_url is null or portal.is_web_url(source_url)),
  source_id text check (source_id is null or source_id ~ '^[A-Za-z0-9_.:-]{1,100}$'),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (council_moment_id, project_id) references portal.council_moments (id, project_id) on delete cascade,
  foreign key (phase_id, project_id) references portal.phases (id, project_id) on delete set null (phase_id),
  unique (project_id, source_id),
  -- Residents are owed what an adopted motion or amendment changes.
  check (result <> 'adopted' or char_length(btrim(coalesce(result_summary, ''))) > 0),
  -- Votes belong to a vote: none while it is pending, withdrawn or held.
  check (result in ('adopted', 'rejected') or votes = '[]'::jsonb),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.council_motions is 'A motion (motie) or amendment (amendement) submitted at a council moment of the project: who submitted it, what it asks, what became of it and how each party voted.';
comment on column portal.council_motions.id is 'Primary key.';
comment on column portal.council_motions.project_id is 'The project.';
comment on column portal.council_motions.council_moment_id is 'The council moment (agenda item) at which it was submitted and voted on.';
comment on column portal.council_motions.phase_id is 'The phase it is about, when it is about one (for example a motion that gives the council a say in it).';
comment on column portal.council_motions.kind is 'Motion or amendment.';
comment on column portal.council_motions.reference is 'Its number in the council''s records, for example "M2026-014".';
comment on column portal.council_motions.title is 'Its title.';
comment on column portal.council_motions.submitted_by is 'Who submitted it: members and their parties.';
comment on column portal.council_motions.asks is 'What it asks of the executive (a motion) or changes in the proposal (an amendment), in plain language.';
comment on column portal.council_motions.result is 'What became of it; pending until it was voted on.';
comment on column portal.council_motions.result_summary is 'What it changed for the project; required once adopted.';
comment on column portal.council_motions.votes is 'The votes per party: [{party, for, against}]; empty unless it was voted on.';
comment on column portal.council_motions.source_url is 'Link to it in the council information system.';
comment on column portal.council_motions.source_id is 'Its public id in Open Raadsinformatie, when imported; unique per project.';
comment on column portal.council_motions.publication is 'Publication state; only published motions are public.';
comment on column portal.council_motions.published_at is 'When it was published.';
comment on column portal.council_motions.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.council_motions.created_at is 'When the row was created.';
comment on column portal.council_motions.updated_at is 'When the row last changed.';

create index council_motions_moment_idx on portal.council_motions (council_moment_id);
create index council_motions_project_idx on portal.council_motions (project_id);
create trigger council_motions_touch before update on portal.council_motions
  for each row execute function portal.touch_updated_at();

select portal.protect_project_records('portal.council_motions', 'council motions');

-- Raadsinformatiebrieven ---------------------------------------------------------------------------------------

create table portal.council_letters (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  phase_id uuid,
  sent_on date not null,
  reference text check (reference is null or char_length(reference) between 1 and 50),
  title text not null check (char_length(title) between 1 and 200),
  summary text not null check (char_length(summary) between 1 and 4000),
  source_url text check (source_url is null or portal.is_web_url(source_url)),
  source_id text check (source_id is null or source_id ~ '^[A-Za-z0-9_.:-]{1,100}$'),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (phase_id, project_id) references portal.phases (id, project_id) on delete set null (phase_id),
  unique (project_id, source_id),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.council_letters is 'A raadsinformatiebrief: a letter in which the college informs the council about the project, with a plain-language summary.';
comment on column portal.council_letters.id is 'Primary key.';
comment on column portal.council_letters.project_id is 'The project.';
comment on column portal.council_letters.phase_id is 'The phase it was sent in.';
comment on column portal.council_letters.sent_on is 'When the college sent it to the council.';
comment on column portal.council_letters.reference is 'Its number in the council''s records, for example "RIB 2026-031".';
comment on column portal.council_letters.title is 'Its title.';
comment on column portal.council_letters.summary is 'What it tells the council, in plain language.';
comment on column portal.council_letters.source_url is 'Link to the letter in the council information system.';
comment on column portal.council_letters.source_id is 'Its public id in Open Raadsinformatie, when imported; unique per project.';
comment on column portal.council_letters.publication is 'Publication state; only published letters are public.';
comment on column portal.council_letters.published_at is 'When it was published.';
comment on column portal.council_letters.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.council_letters.created_at is 'When the row was created.';
comment on column portal.council_letters.updated_at is 'When the row last changed.';

create index council_letters_project_idx on portal.council_letters (project_id, sent_on);
create trigger council_letters_touch before update on portal.council_letters
  for each row execute function portal.touch_updated_at();

select portal.protect_project_records('portal.council_letters', 'council letters');
