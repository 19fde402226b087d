-- The council's decision moments on a project's timeline (key 8). The council's role itself is a column of
-- the project; here are the moments: agenda date, proposal, outcome, and what the outcome means for the
-- promises, including when the council decided differently from the participation outcome.

create table portal.council_moments (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  meets_on date not null,
  body text not null check (char_length(body) between 1 and 200),
  agenda_item text not null check (char_length(agenda_item) between 1 and 500),
  proposal text not null check (char_length(proposal) between 1 and 4000),
  outcome portal.council_outcome not null default 'pending',
  outcome_summary text check (char_length(outcome_summary) <= 4000),
  differs_from_participation boolean not null default false,
  council_reasons text check (char_length(council_reasons) <= 8000),
  effect_on_promises text check (char_length(effect_on_promises) <= 4000),
  source_url text check (source_url is null or portal.is_web_url(source_url)),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (outcome = 'pending' or char_length(btrim(coalesce(outcome_summary, ''))) > 0),
  -- When the council departs from what participation produced, residents are owed its reasons.
  check (not differs_from_participation or char_length(btrim(coalesce(council_reasons, ''))) > 0),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.council_moments is 'A moment the council (or a committee) deals with the project: agenda date, proposal, outcome and its effect on promises.';
comment on column portal.council_moments.id is 'Primary key.';
comment on column portal.council_moments.project_id is 'The project.';
comment on column portal.council_moments.meets_on is 'Date of the meeting on whose agenda the project is.';
comment on column portal.council_moments.body is 'Which body meets, for example "Gemeenteraad" or "Commissie Ruimte".';
comment on column portal.council_moments.agenda_item is 'The agenda item.';
comment on column portal.council_moments.proposal is 'What is proposed to the council.';
comment on column portal.council_moments.outcome is 'What the council did; pending until the meeting has taken place.';
comment on column portal.council_moments.outcome_summary is 'Plain-language summary of the outcome; required once there is an outcome.';
comment on column portal.council_moments.differs_from_participation is 'True when the council decided differently from the participation outcome.';
comment on column portal.council_moments.council_reasons is 'The council''s reasons; required when it decided differently.';
comment on column portal.council_moments.effect_on_promises is 'What the outcome means for promises made in the trajectory.';
comment on column portal.council_moments.source_url is 'Link to the agenda item or decision in the council information system.';
comment on column portal.council_moments.publication is 'Publication state; only published moments are public.';
comment on column portal.council_moments.published_at is 'When the moment was published.';
comment on column portal.council_moments.created_at is 'When the row was created.';
comment on column portal.council_moments.updated_at is 'When the row last changed.';

create index council_moments_project_idx on portal.council_moments (project_id, meets_on);
create index council_moments_meets_idx on portal.council_moments (meets_on);
create trigger council_moments_touch before update on portal.council_moments
  for each row execute function portal.touch_updated_at();

select portal.protect_project_records('portal.council_moments', 'council moments');
