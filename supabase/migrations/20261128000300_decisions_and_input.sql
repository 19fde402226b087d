-- Decisions with their rationale and how input was used, and the themes of resident input ("you said")
-- linked to the decisions that answered them ("we did") (key 2).

create table portal.decisions (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  phase_id uuid,
  decided_on date not null,
  decided_by text not null check (char_length(decided_by) between 1 and 200),
  title text not null check (char_length(title) between 1 and 200),
  decision text not null check (char_length(decision) between 1 and 4000),
  rationale text not null check (char_length(rationale) between 1 and 8000),
  input_used text not null check (char_length(input_used) between 1 and 8000),
  source_url text check (source_url is null or portal.is_web_url(source_url)),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, project_id),
  foreign key (phase_id, project_id) references portal.phases (id, project_id) on delete set null (phase_id),
  check (publication <> 'published' or published_at is not null)
);
comment on table portal.decisions is 'A decision in a project, published with its rationale and with how resident input was used.';
comment on column portal.decisions.id is 'Primary key.';
comment on column portal.decisions.project_id is 'The project.';
comment on column portal.decisions.phase_id is 'The phase in which the decision was taken.';
comment on column portal.decisions.decided_on is 'Date of the decision.';
comment on column portal.decisions.decided_by is 'Who decided, for example "College van B&W" or "Gemeenteraad".';
comment on column portal.decisions.title is 'Short public title.';
comment on column portal.decisions.decision is 'What was decided.';
comment on column portal.decisions.rationale is 'Why it was decided so.';
comment on column portal.decisions.input_used is 'How resident input was used in this decision.';
comment on column portal.decisions.source_url is 'Link to the decision document.';
comment on column portal.decisions.publication is 'Publication state; only published decisions are public.';
comment on column portal.decisions.published_at is 'When the decision was published.';
comment on column portal.decisions.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.decisions.created_at is 'When the row was created.';
comment on column portal.decisions.updated_at is 'When the row last changed.';

create index decisions_project_idx on portal.decisions (project_id, decided_on);
create trigger decisions_touch before update on portal.decisions
  for each row execute function portal.touch_updated_at();

create table portal.input_themes (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  phase_id uuid,
  title text not null check (char_length(title) between 1 and 200),
  you_said text not null check (char_length(you_said) between 1 and 4000),
  times_raised integer check (times_raised >= 0),
  publication portal.publication_state not null default 'draft',
  published_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (publication <> 'published' or published_at is not null),
  unique (id, project_id),
  foreign key (phase_id, project_id) references portal.phases (id, project_id) on delete set null (phase_id)
);
comment on table portal.input_themes is 'A theme in what residents said during the trajectory ("you said"), summarised per theme rather than per idea.';
comment on column portal.input_themes.id is 'Primary key.';
comment on column portal.input_themes.project_id is 'The project.';
comment on column portal.input_themes.phase_id is 'The phase in which the input was given.';
comment on column portal.input_themes.title is 'Short name of the theme.';
comment on column portal.input_themes.you_said is 'Summary of what residents said on this theme.';
comment on column portal.input_themes.times_raised is 'How often the theme came up, where counted.';
comment on column portal.input_themes.publication is 'Publication state; only published themes are public.';
comment on column portal.input_themes.published_at is 'When the theme was first published.';
comment on column portal.input_themes.translations is 'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.';
comment on column portal.input_themes.created_at is 'When the row was created.';
comment on column portal.input_themes.updated_at is 'When the row last changed.';

create index input_themes_project_idx on portal.input_themes (project_id);
create trigger input_themes_touch before update on portal.input_themes
  for each row execute function portal.touch_updated_at();

create table portal.input_responses (
  project_id uuid not null,
  input_theme_id uuid not null,
  decision_id uuid not null,
  we_did text not null check (char_length(we_did) between 1 and 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (input_theme_id, decision_id),
  -- Both ends belong to the same project: a theme can only be answered by a decision of its own project.
  foreign key (input_theme_id, project_id) references portal.input_themes (id, project_id) on delete cascade,
  foreign key (decision_id, project_id) references portal.decisions (id, project_id) on delete cascade
);
comment on table portal.input_responses is 'How a decision answered an input theme ("we did"). Public when the decision is published.';
comment on column portal.input_responses.project_id is 'The project both the theme and the decision belong to.';
comment on column portal.input_responses.input_theme_id is 'The input theme.';
comment on column portal.input_responses.decision_id is 'The decision that answered it.';
comment on column portal.input_responses.we_did is 'What was done with the input in this decision.';
comment on column portal.input_responses.created_at is 'When the row was created.';
comment on column portal.input_responses.updated_at is 'When the row last changed.';

create index input_responses_decision_idx on portal.input_responses (decision_id);
create trigger input_responses_touch before update on portal.input_responses
  for each row execute function portal.touch_updated_at();

select portal.protect_project_records('portal.decisions', 'decisions');
select portal.protect_project_records('portal.input_themes', 'input themes');
select portal.protect_project_records('portal.input_responses', 'input responses');

-- A response speaks for its decision: it stays hidden until the decision itself may be read. The subquery
-- runs under the caller's own policies on decisions, so anon only finds published decisions there.
create policy "Input responses are visible only with their decision" on portal.input_responses
  as restrictive for select to anon, authenticated
  using (exists (select 1 from portal.decisions d where d.id = decision_id));
