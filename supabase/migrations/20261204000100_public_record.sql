-- The public record: nothing residents see changes without a second person's approval and a public trace.
--
--  * portal.publishable_kinds: the one list of kinds of record residents see, with the table each lives in,
--    which of its fields are public content and which of those may have an English version. Every generic step
--    below (workflow, versions, ledger, English versions, staff reads) goes through it; it is the only way a kind
--    becomes a table name in dynamic SQL.
--  * Drafts are rows: a new record is a draft row until it is approved. An edit of a published record is a
--    pending revision (portal.revisions): the row keeps the approved version until the revision is approved.
--    A promise's status change is a pending revision of kind promise_status until it is approved.
--  * Approval needs someone who wrote none of the words (portal.revisions.contributors, and a row's author
--    and contributors). An organisation may allow self-approval; the public version then says so.
--  * Every publication event (publish, revision, withdrawal, status change) writes, in the same transaction,
--    a version (portal.record_versions, the public history) and an entry in the organisation's hash-chained
--    ledger (portal.ledger). Both are append-only for every role.
--  * The API roles never change what is public directly: a trigger on every table refuses it. Only the
--    workflow functions below, which run as their owner after their own checks, publish, revise and
--    withdraw, and they always leave the version and the ledger entry behind.
--
-- The shapes of the ledger's events and of the content hashed into it are public: they are documented on the
-- open data page and checked by `npm run verify-ledger` (src/lib/ledger/).

-- Kinds ------------------------------------------------------------------------------------------------------

create table portal.publishable_kinds (
  kind text primary key check (kind ~ '^[a-z_]+$'),
  table_name text not null unique,
  content_fields text[] not null,
  time_fields text[] not null default '{}',
  title_field text not null,
  label_nl text not null,
  label_en text not null,
  translatable_fields jsonb not null default '{}'::jsonb check (jsonb_typeof(translatable_fields) = 'object')
);
comment on table portal.publishable_kinds is 'The kinds of record residents can see: the table each lives in, which fields are its public content (hashed into the ledger), which of those are timestamps (hashed in one canonical UTC form), and what a message calls it. Written by migrations only.';
comment on column portal.publishable_kinds.kind is 'The name of the kind in the API and the ledger, for example decision.';
comment on column portal.publishable_kinds.table_name is 'The table in schema portal that holds records of the kind.';
comment on column portal.publishable_kinds.content_fields is 'The fields of a record that are its public content, in the order they are documented. The ledger hashes exactly these; contentFields in src/lib/records/kinds.ts lists the same.';
comment on column portal.publishable_kinds.time_fields is 'The content fields that are timestamps: hashed as YYYY-MM-DDTHH:MM:SS.ffffffZ in UTC, whatever the time zone they were shown in.';
comment on column portal.publishable_kinds.title_field is 'The field that names a record in lists and messages.';
comment on column portal.publishable_kinds.label_nl is 'What a Dutch message calls a record of this kind, with its article.';
comment on column portal.publishable_kinds.label_en is 'What an English message calls a record of this kind, with its article.';
comment on column portal.publishable_kinds.translatable_fields is 'The text fields of the kind that may have an English version, each with the most characters that version may have (as the Dutch field): {"title": 200, ...}. The key "responses.*" stands for a decision''s answers to input themes (translated as responses.<theme id>). Empty for a kind without text residents read.';

insert into portal.publishable_kinds (kind, table_name, content_fields, time_fields, title_field, label_nl, label_en, translatable_fields) values
  ('project', 'projects', array['slug', 'title', 'summary', 'theme', 'area', 'status', 'starts_on', 'ends_on', 'council_role',
    'council_role_explanation', 'meetings_held', 'participant_hours', 'budget_eur', 'budget_note', 'translations'], '{}', 'title',
    'het project', 'the project',
    '{"title": 200, "summary": 2000, "theme": 100, "area": 100, "council_role_explanation": 2000, "budget_note": 1000}'),
  ('phase', 'phases', array['position', 'kind', 'title', 'starts_on', 'ends_on', 'participation_level', 'open_for_input',
    'fixed_frames', 'time_asked', 'time_asked_hours', 'results_expected', 'results_expected_on', 'department', 'contact_person_id',
    'council_role', 'council_role_explanation', 'translations'], '{}', 'title', 'de fase', 'the phase',
    '{"title": 200, "open_for_input": 4000, "fixed_frames": 4000, "time_asked": 1000, "results_expected": 1000, "department": 200, "council_role_explanation": 2000}'),
  ('person', 'people', array['name', 'job_title', 'department', 'portfolio', 'phone', 'contact_url', 'translations'], '{}', 'name',
    'de persoon', 'the person', '{"job_title": 200, "department": 200, "portfolio": 500}'),
  ('assignment', 'project_people', array['person_id', 'role', 'since', 'until'], '{}', 'role', 'de rol in het project', 'the role in the project',
    '{}'),
  ('handover', 'handovers', array['handed_over_on', 'from_phase_id', 'to_phase_id', 'from_department', 'to_department',
    'from_person_id', 'to_person_id', 'note', 'translations'], '{}', 'to_department', 'de overdracht', 'the handover',
    '{"from_department": 200, "to_department": 200, "note": 4000}'),
  ('group', 'groups_involved', array['name', 'status', 'note', 'translations'], '{}', 'name', 'de groep', 'the group',
    '{"name": 200, "note": 2000}'),
  ('input_theme', 'input_themes', array['phase_id', 'title', 'you_said', 'times_raised', 'translations'], '{}', 'title', 'het thema', 'the theme',
    '{"title": 200, "you_said": 4000}'),
  ('decision', 'decisions', array['phase_id', 'decided_on', 'decided_by', 'title', 'decision', 'rationale', 'input_used',
    'source_url', 'responses', 'translations'], '{}', 'title', 'het besluit', 'the decision',
    '{"decided_by": 200, "title": 200, "decision": 4000, "rationale": 8000, "input_used": 8000, "responses.*": 4000}'),
  ('promise', 'promises', array['phase_id', 'body', 'made_on', 'made_by', 'made_to', 'context', 'due_on', 'translations'], '{}', 'body',
    'de toezegging', 'the promise', '{"body": 2000, "made_by": 200, "context": 500}'),
  ('promise_status', 'promise_status_changes', array['status', 'changed_at', 'changed_by', 'explanation', 'evidence_url', 'translations'],
    array['changed_at'], 'status', 'de statuswijziging', 'the status change', '{"changed_by": 200, "explanation": 4000}'),
  ('council_moment', 'council_moments', array['meets_on', 'starts_at', 'meeting_kind', 'body', 'agenda_item', 'proposal', 'outcome',
    'outcome_summary', 'differs_from_participation', 'council_reasons', 'effect_on_promises', 'source_url', 'source_id',
    'meeting_source_id', 'translations'], array['starts_at'], 'agenda_item', 'het raadsmoment', 'the council moment',
    '{"body": 200, "agenda_item": 500, "proposal": 4000, "outcome_summary": 4000, "council_reasons": 8000, "effect_on_promises": 4000}'),
  ('motion', 'council_motions', array['council_moment_id', 'phase_id', 'kind', 'reference', 'title', 'submitted_by', 'asks',
    'result', 'result_summary', 'votes', 'source_url', 'source_id', 'translations'], '{}', 'title', 'de motie of het amendement',
    'the motion or amendment', '{"title": 200, "submitted_by": 500, "asks": 4000, "result_summary": 4000}'),
  ('council_letter', 'council_letters', array['phase_id', 'sent_on', 'reference', 'title', 'summary', 'source_url', 'source_id',
    'translations'], '{}', 'title', 'de raadsinformatiebrief', 'the council information letter', '{"title": 200, "summary": 4000}'),
  ('key_date', 'key_dates', array['phase_id', 'kind', 'title', 'starts_at', 'ends_at', 'location', 'online_url', 'how_to_join',
    'translations'], array['starts_at', 'ends_at'], 'title', 'de datum', 'the date', '{"title": 200, "location": 500, "how_to_join": 2000}'),
  ('update', 'updates', array['title', 'body_md', 'translations'], '{}', 'title', 'het bericht', 'the update',
    '{"title": 200, "body_md": 20000}'),
  ('lesson', 'lessons', array['phase_id', 'category', 'title', 'lesson', 'recorded_on', 'translations'], '{}', 'title', 'de les', 'the lesson',
    '{"title": 200, "lesson": 4000}');

alter table portal.publishable_kinds enable row level security;
revoke all on portal.publishable_kinds from public, anon, authenticated, service_role;
grant select on portal.publishable_kinds to anon, authenticated, service_role;
create policy "Anyone can read which kinds of record are public" on portal.publishable_kinds
  for select to anon, authenticated, service_role using (true);

create function portal.kind_table(kind text) returns text
language sql stable
set search_path = ''
as $$ select k.table_name from portal.publishable_kinds k where k.kind = $1 $$;
comment on function portal.kind_table(text) is 'The table of a publishable kind, or null: the only way a kind becomes a table name in dynamic SQL.';

-- The workflow columns every record residents see carries -------------------------------------------------

do $$
declare
  tbl text;
begin
  for tbl in select k.table_name from portal.publishable_kinds k where k.kind <> 'promise_status' loop
    execute format($f$
      alter table portal.%1$I
        add column contributors uuid[] not null default '{}',
        add column version integer not null default 0 check (version >= 0),
        add column revised_at timestamptz,
        add column unpublished_at timestamptz,
        add column self_approved boolean not null default false,
        add column publish_at timestamptz,
        add constraint %1$s_scheduled_has_moment check (publication <> 'scheduled' or publish_at is not null)
    $f$, tbl);
    execute format('comment on column portal.%I.contributors is %L', tbl,
      'Who wrote the words that are not yet public: the staff who edited the record since it was last published. None of them may approve it (four eyes). Not public.');
    execute format('comment on column portal.%I.version is %L', tbl,
      'How many versions of the record have been published; 0 while it never was. A record whose version is above 1 carries the "gewijzigd" marker.');
    execute format('comment on column portal.%I.revised_at is %L', tbl, 'When the latest revision of a published record was published; null when it was never revised.');
    execute format('comment on column portal.%I.unpublished_at is %L', tbl, 'When the record was withdrawn; null unless unpublished.');
    execute format('comment on column portal.%I.self_approved is %L', tbl,
      'True when the published version was approved by someone who also wrote it (only where the organisation allows self-approval); shown publicly.');
    execute format('comment on column portal.%I.publish_at is %L', tbl, 'For a scheduled record: the moment it goes public. Not public.');
    execute format('create index %I on portal.%I (publish_at) where publication = ''scheduled''', tbl || '_scheduled_idx', tbl);
  end loop;
end
$$;

-- Who may read which columns: anon reads what residents see, never who wrote or approved it. These grants are
-- all anon gets of the tables (their own migrations grant it nothing of them); promise_status_changes, which has no
-- workflow columns, has its own list (20261128000400_promises.sql).
do $$
declare
  tbl text;
begin
  for tbl in select k.table_name from portal.publishable_kinds k where k.kind <> 'promise_status' loop
    execute (
      select format('grant select (%s) on portal.%I to anon', string_agg(quote_ident(a.attname), ', ' order by a.attnum), tbl)
      from pg_attribute a
      where a.attrelid = format('portal.%I', tbl)::regclass and a.attnum > 0 and not a.attisdropped
        and a.attname not in ('author_id', 'approver_id', 'contributors', 'returned_reason', 'publish_at'));
  end loop;
end
$$;

-- Canonical JSON and content hashes -------------------------------------------------------------------------

create function portal.canonical_number(value numeric) returns text
language sql immutable
set search_path = ''
as $$ select trim_scale(value)::text $$;
comment on function portal.canonical_number(numeric) is 'A number as JavaScript''s JSON.stringify writes it, for the values the portal stores (integers and at most two decimals, below 10^21): no trailing zeros, no exponent.';

create function portal.canonical_json(value jsonb) returns text
language plpgsql immutable
set search_path = ''
as $$
begin
  -- RFC 8785 (JSON Canonicalization Scheme) for the values the portal stores: object keys sorted by code
  -- point, no whitespace, strings escaped as JSON.stringify does, numbers as canonical_number writes them.
  case jsonb_typeof(value)
    when 'object' then
      return '{' || coalesce((
        select string_agg(to_json(e.key)::text || ':' || portal.canonical_json(e.value), ',' order by e.key collate "C")
        from jsonb_each(value) e), '') || '}';
    when 'array' then
      return '[' || coalesce((
        select string_agg(portal.canonical_json(e.value), ',' order by e.ordinality)
        from jsonb_array_elements(value) with ordinality e), '') || ']';
    when 'string' then
      return to_json(value #>> '{}')::text;
    when 'number' then
      return portal.canonical_number((value #>> '{}')::numeric);
    else
      return value::text;
  end case;
end
$$;
comment on function portal.canonical_json(jsonb) is 'The canonical text of a JSON value (RFC 8785 for the values the portal stores): what the ledger hashes. src/lib/ledger/canonical-json.ts writes the same text.';

create function portal.canonical_time(value timestamptz) returns text
language sql immutable
set search_path = ''
as $$ select to_char(value at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;
comment on function portal.canonical_time(timestamptz) is 'A timestamp in the one form the ledger hashes: UTC with microseconds, 2026-12-04T09:30:00.000000Z.';

create function portal.content_hash(content jsonb) returns text
language sql immutable
set search_path = ''
as $$ select encode(sha256(convert_to(portal.canonical_json(content), 'UTF8')), 'hex') $$;
comment on function portal.content_hash(jsonb) is 'The SHA-256 (hex) of the canonical JSON of a record''s public content.';

-- A record as a row, and its public content -------------------------------------------------------------------

create function portal.record_row(kind text, id uuid) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  tbl text := portal.kind_table(kind);
  found jsonb;
begin
  if tbl is null then
    raise exception 'portal.record_row: unknown kind %', kind;
  end if;
  execute format('select to_jsonb(t) from portal.%I t where t.id = $1', tbl) into found using id;
  -- A decision's answers to the input themes are part of what it says.
  if found is not null and kind = 'decision' then
    found := found || jsonb_build_object('responses', (
      select coalesce(jsonb_agg(jsonb_build_object('input_theme_id', r.input_theme_id, 'we_did', r.we_did)
        order by r.input_theme_id), '[]'::jsonb)
      from portal.input_responses r where r.decision_id = record_row.id));
  end if;
  return found;
end
$$;
comment on function portal.record_row(text, uuid) is 'A record of a publishable kind as JSON, every column (a decision with its responses [{input_theme_id, we_did}] by theme id), as the caller may read it; null when there is none.';

create function portal.record_content(kind text, r jsonb) returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_object_agg(f.name,
    case when f.name = any (k.time_fields) and jsonb_typeof(r -> f.name) = 'string'
      then to_jsonb(portal.canonical_time((r ->> f.name)::timestamptz))
      else coalesce(r -> f.name, 'null'::jsonb) end)
    -- A record without English versions has the content it had before they existed, so every earlier ledger
    -- entry and version keeps its hash.
    filter (where not (f.name = 'translations' and coalesce(r -> 'translations', '{}'::jsonb) in ('{}'::jsonb, 'null'::jsonb))),
    '{}'::jsonb)
  from portal.publishable_kinds k cross join lateral unnest(k.content_fields) as f(name)
  where k.kind = $1
$$;
comment on function portal.record_content(text, jsonb) is 'The public content of a record (a row as record_row gives it): exactly its kind''s content_fields, timestamps in canonical UTC form, translations left out when there are none. What versions keep and the ledger hashes.';

create function portal.record_title(kind text, r jsonb) returns text
language sql stable
set search_path = ''
as $$
  select left(case $1
    when 'assignment' then coalesce((select pe.name from portal.people pe where pe.id = ($2 ->> 'person_id')::uuid), '') || ' (' || ($2 ->> 'role') || ')'
    else $2 ->> (select k.title_field from portal.publishable_kinds k where k.kind = $1) end, 200)
$$;
comment on function portal.record_title(text, jsonb) is 'What names a record in lists: its title field, for a role in a project the person''s name and the role.';

-- Pending revisions -------------------------------------------------------------------------------------------

create table portal.revisions (
  id uuid primary key default gen_random_uuid(),
  kind text not null references portal.publishable_kinds (kind),
  record_id uuid not null,
  organisation_id uuid not null references portal.organisations (id) on delete cascade,
  project_id uuid references portal.projects (id) on delete cascade,
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  state portal.publication_state not null default 'draft' check (state in ('draft', 'awaiting_approval', 'scheduled')),
  contributors uuid[] not null default '{}',
  author_id uuid references auth.users (id) on delete set null,
  approver_id uuid references auth.users (id) on delete set null,
  self_approved boolean not null default false,
  submitted_at timestamptz,
  returned_reason text check (char_length(returned_reason) <= 2000),
  publish_at timestamptz,
  base_version integer not null check (base_version >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (kind, record_id),
  check (state <> 'scheduled' or publish_at is not null)
);
comment on table portal.revisions is 'A change to a published record that is not public yet: the record keeps its approved version until a second person approves the revision. One per record (a promise can also have one pending status change, kind promise_status). Staff only.';
comment on column portal.revisions.id is 'Primary key.';
comment on column portal.revisions.kind is 'The kind of the record changed; promise_status for a promise''s pending status change.';
comment on column portal.revisions.record_id is 'The record changed (for promise_status: the promise).';
comment on column portal.revisions.organisation_id is 'The organisation of the record; decides who may see the revision.';
comment on column portal.revisions.project_id is 'The project of the record; null for a person.';
comment on column portal.revisions.content is 'The record''s editable fields as they would read after approval (for promise_status: status, explanation, evidence_url, changed_by).';
comment on column portal.revisions.state is 'draft, awaiting_approval, or scheduled (approved, to go public at publish_at).';
comment on column portal.revisions.contributors is 'Everyone who wrote the revision; none of them may approve it unless the organisation allows self-approval.';
comment on column portal.revisions.author_id is 'Who started the revision.';
comment on column portal.revisions.approver_id is 'For a scheduled revision: who approved it.';
comment on column portal.revisions.self_approved is 'For a scheduled revision: approved by one of its contributors (where the organisation allows it).';
comment on column portal.revisions.submitted_at is 'When it was last submitted for approval.';
comment on column portal.revisions.returned_reason is 'Why an approver sent it back.';
comment on column portal.revisions.publish_at is 'For a scheduled revision: when it goes public.';
comment on column portal.revisions.base_version is 'The published version of the record the revision changes.';
comment on column portal.revisions.created_at is 'When the revision was started.';
comment on column portal.revisions.updated_at is 'When the revision last changed; the version a form sends back (409 when it differs).';

create index revisions_organisation_idx on portal.revisions (organisation_id, state);
create index revisions_project_idx on portal.revisions (project_id);
create index revisions_scheduled_idx on portal.revisions (publish_at) where state = 'scheduled';
create trigger revisions_touch before update on portal.revisions
  for each row execute function portal.touch_updated_at();
create trigger revisions_audit after insert or update or delete on portal.revisions
  for each row execute function portal.audit_row();

alter table portal.revisions enable row level security;
revoke all on portal.revisions from public, anon, authenticated, service_role;
grant select, insert, update, delete on portal.revisions to authenticated;
grant select on portal.revisions to service_role;
create policy "Staff can read the pending changes of their organisation" on portal.revisions
  for select to authenticated using (portal.has_staff_role(organisation_id, 'editor'));
create policy "Editors can propose changes in their organisation" on portal.revisions
  for insert to authenticated
  with check (portal.has_staff_role(organisation_id, 'editor') and state in ('draft', 'awaiting_approval'));
create policy "Editors can change pending changes that are not approved yet" on portal.revisions
  for update to authenticated
  using (portal.has_staff_role(organisation_id, 'editor'))
  with check (portal.has_staff_role(organisation_id, 'editor') and state in ('draft', 'awaiting_approval'));
create policy "Editors can drop changes of their organisation that are not approved" on portal.revisions
  for delete to authenticated using (portal.has_staff_role(organisation_id, 'editor') and state in ('draft', 'awaiting_approval'));

-- The ledger -------------------------------------------------------------------------------------------------

create table portal.ledger (
  organisation_id uuid not null references portal.organisations (id),
  seq bigint not null check (seq >= 1),
  at timestamptz not null default now(),
  event jsonb not null check (jsonb_typeof(event) = 'object'),
  prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  primary key (organisation_id, seq)
);
comment on table portal.ledger is 'The organisation''s public, append-only, hash-chained log of publication events. hash = sha256(prev_hash || canonical_json(event)) in hex; the first entry''s prev_hash is 64 zeros. No role can change or delete an entry.';
comment on column portal.ledger.organisation_id is 'The organisation whose chain this entry belongs to.';
comment on column portal.ledger.seq is 'Position in the chain, from 1, without gaps.';
comment on column portal.ledger.at is 'When the entry was appended (the publishing transaction''s time).';
comment on column portal.ledger.event is 'The publication event: {seq, organisation (slug), at, type, kind, record_id, project (id, or null for a person), version, content_hash, reason, approval, approved_by_role}.';
comment on column portal.ledger.prev_hash is 'The hash of the entry before (64 zeros for the first).';
comment on column portal.ledger.hash is 'sha256 of prev_hash followed by the canonical JSON of event, in hex.';

create table portal.ledger_heads (
  organisation_id uuid primary key references portal.organisations (id),
  seq bigint not null check (seq >= 0),
  hash text not null check (hash ~ '^[0-9a-f]{64}$')
);
comment on table portal.ledger_heads is 'The newest entry of each organisation''s ledger. Its row lock serialises appends, so the chain has no gaps or forks.';
comment on column portal.ledger_heads.organisation_id is 'The organisation.';
comment on column portal.ledger_heads.seq is 'The seq of the newest entry (0 before the first).';
comment on column portal.ledger_heads.hash is 'The hash of the newest entry (64 zeros before the first).';

create table portal.record_versions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references portal.organisations (id),
  project_id uuid,
  kind text not null references portal.publishable_kinds (kind),
  record_id uuid not null,
  parent_id uuid,
  version integer not null check (version >= 1),
  event text not null check (event in ('publish', 'revision', 'withdrawal', 'status_change')),
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  reason text,
  approval text not null check (approval in ('four_eyes', 'self', 'single', 'import')),
  approved_by_role text,
  at timestamptz not null default now(),
  ledger_seq bigint not null,
  foreign key (organisation_id, ledger_seq) references portal.ledger (organisation_id, seq)
);
comment on table portal.record_versions is 'The public version history: one row per publication event of a record, with its public content at that moment. Kept when the record is deleted; append-only for every role.';
comment on column portal.record_versions.id is 'Primary key; a notice about a revision or withdrawal names it.';
comment on column portal.record_versions.organisation_id is 'The organisation.';
comment on column portal.record_versions.project_id is 'The project of the record (null for a person). No foreign key: the history outlives the project.';
comment on column portal.record_versions.kind is 'The kind of the record.';
comment on column portal.record_versions.record_id is 'The record. No foreign key: the history outlives the record.';
comment on column portal.record_versions.parent_id is 'For a status change: the promise it changed, so the history can name it whoever reads it.';
comment on column portal.record_versions.version is 'The record''s published version after the event (for a withdrawal: the version withdrawn; for a status change: 1).';
comment on column portal.record_versions.event is 'publish, revision, withdrawal or status_change.';
comment on column portal.record_versions.content is 'The public content (record_content): as published, or for a withdrawal what was withdrawn.';
comment on column portal.record_versions.content_hash is 'content_hash(content), as in the ledger entry.';
comment on column portal.record_versions.reason is 'For a withdrawal: why; for a status change: the explanation.';
comment on column portal.record_versions.approval is 'four_eyes (approved by someone who did not write it), self (approved by its writer, where the organisation allows it), single (a withdrawal by one approver) or import (published before the ledger started).';
comment on column portal.record_versions.approved_by_role is 'The role in the organisation of who approved or withdrew it (approver or admin); never who.';
comment on column portal.record_versions.at is 'When it happened.';
comment on column portal.record_versions.ledger_seq is 'The ledger entry of the event.';

create index record_versions_project_idx on portal.record_versions (project_id, at);
create index record_versions_record_idx on portal.record_versions (kind, record_id, at);

-- Security definer, like project_is_public: the policy of record_versions asks it without reading people and
-- their roles through their own policies.
create function portal.person_is_public(person uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from portal.people pe where pe.id = person and pe.publication = 'published')
    and (exists (select 1 from portal.project_people pp where pp.person_id = person and pp.publication = 'published' and portal.project_is_public(pp.project_id))
      or exists (select 1 from portal.phases ph where ph.contact_person_id = person and ph.publication = 'published' and portal.project_is_public(ph.project_id))
      or exists (select 1 from portal.handovers h where person in (h.from_person_id, h.to_person_id) and h.publication = 'published' and portal.project_is_public(h.project_id)))
$$;
comment on function portal.person_is_public(uuid) is 'True when a person is published and named by a published record of a published project: the same rule as the policy on people, for the history of a person.';
revoke all on function portal.person_is_public(uuid) from public;
grant execute on function portal.person_is_public(uuid) to anon, authenticated, service_role;

create function portal.refuse_rewrite() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = '42501', message = format('%s is append-only: entries cannot be changed or deleted.', tg_table_name);
end
$$;
comment on function portal.refuse_rewrite() is 'Trigger: refuses every update, delete and truncate, for every role including the owner (a superuser can only get past it by switching the trigger off, which verify-ledger then catches).';

create trigger ledger_append_only before update or delete on portal.ledger
  for each row execute function portal.refuse_rewrite();
create trigger ledger_no_truncate before truncate on portal.ledger
  for each statement execute function portal.refuse_rewrite();
create trigger record_versions_append_only before update or delete on portal.record_versions
  for each row execute function portal.refuse_rewrite();
create trigger record_versions_no_truncate before truncate on portal.record_versions
  for each statement execute function portal.refuse_rewrite();

alter table portal.ledger enable row level security;
alter table portal.ledger_heads enable row level security;
alter table portal.record_versions enable row level security;
revoke all on portal.ledger, portal.ledger_heads, portal.record_versions from public, anon, authenticated, service_role;
grant select on portal.ledger, portal.ledger_heads to anon, authenticated, service_role;
grant select on portal.record_versions to anon, authenticated, service_role;
-- The ledger is public by design: it names records and hashes, and the reasons given publicly.
create policy "Anyone can read the ledger" on portal.ledger for select to anon, authenticated, service_role using (true);
create policy "Anyone can read the head of the ledger" on portal.ledger_heads for select to anon, authenticated, service_role using (true);
create policy "Anyone can read the history of published projects and of the people they name" on portal.record_versions
  for select to anon, authenticated, service_role
  using (case when project_id is null then kind = 'person' and portal.person_is_public(record_id) else portal.project_is_public(project_id) end);
create policy "Staff can read the whole history of their organisation" on portal.record_versions
  for select to authenticated using (portal.has_staff_role(organisation_id, 'editor'));

-- Security definer: only the publication functions below call it, and nobody else may write the ledger.
create function portal.ledger_append(organisation uuid, event jsonb, out seq bigint, out hash text)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  head portal.ledger_heads;
  full_event jsonb;
begin
  insert into portal.ledger_heads (organisation_id, seq, hash) values (organisation, 0, repeat('0', 64))
  on conflict (organisation_id) do nothing;
  -- The row lock makes concurrent publishers of one organisation take turns: one chain, no gaps.
  select * into head from portal.ledger_heads h where h.organisation_id = organisation for update;
  seq := head.seq + 1;
  full_event := event || jsonb_build_object('seq', seq, 'at', portal.canonical_time(now()),
    'organisation', (select o.slug from portal.organisations o where o.id = organisation));
  hash := encode(sha256(convert_to(head.hash || portal.canonical_json(full_event), 'UTF8')), 'hex');
  insert into portal.ledger (organisation_id, seq, at, event, prev_hash, hash)
  values (organisation, seq, now(), full_event, head.hash, hash);
  update portal.ledger_heads h set seq = ledger_append.seq, hash = ledger_append.hash where h.organisation_id = organisation;
end
$$;
comment on function portal.ledger_append(uuid, jsonb) is 'Appends an event to the organisation''s ledger in the caller''s transaction: adds seq, at and organisation to it, chains it to the head and returns the new seq and hash.';

-- Guards: the API roles never change what is public ---------------------------------------------------------

create function portal.public_record_refused() returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = '42501', message = portal.t(
    'Wat openbaar is, verandert alleen na goedkeuring door een tweede persoon. Sla uw wijziging op en laat die goedkeuren.',
    'What is public changes only after a second person approves it. Save your change and have it approved.');
end
$$;
comment on function portal.public_record_refused() is 'The refusal (403) of a direct change to what is public.';

create function portal.guard_public_record() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  -- What the workflow keeps; everything else of a row is its content.
  workflow text[] := array['publication', 'published_at', 'author_id', 'approver_id', 'submitted_at', 'unpublished_reason',
    'returned_reason', 'contributors', 'version', 'revised_at', 'unpublished_at', 'self_approved', 'publish_at',
    'created_at', 'updated_at', 'status'];
begin
  -- The workflow functions run as their owner and leave a version and a ledger entry; the seed, migrations
  -- and maintenance run as a superuser. The API roles (every staff write, the mail worker) stop here.
  if current_user not in ('anon', 'authenticated', 'service_role') then
    return case when tg_op = 'DELETE' then old else new end;
  end if;
  if tg_op = 'INSERT' then
    if new.publication <> 'draft' then
      perform portal.public_record_refused();
    end if;
    new.contributors := case when me is null then '{}'::uuid[] else array[me] end;
    new.version := 0;
    new.revised_at := null;
    new.unpublished_at := null;
    new.self_approved := false;
    new.publish_at := null;
    new.published_at := null;
    new.approver_id := null;
    return new;
  end if;
  if tg_op = 'DELETE' then
    if old.publication in ('published', 'scheduled') then
      perform portal.public_record_refused();
    end if;
    return old;
  end if;
  if old.publication = 'published' or new.publication in ('published', 'scheduled') then
    perform portal.public_record_refused();
  end if;
  -- The workflow's own columns are the workflow functions' to set.
  new.version := old.version;
  new.revised_at := old.revised_at;
  new.unpublished_at := old.unpublished_at;
  new.published_at := old.published_at;
  new.self_approved := old.self_approved;
  new.approver_id := old.approver_id;
  new.publish_at := old.publish_at;
  new.contributors := old.contributors;
  if (to_jsonb(new) - workflow) is distinct from (to_jsonb(old) - workflow) and me is not null and not (me = any (old.contributors)) then
    new.contributors := old.contributors || me;
  end if;
  -- An approval covers the words it saw: a scheduled record that is edited needs approving again.
  if old.publication = 'scheduled' then
    new.publish_at := null;
    new.approver_id := null;
    new.self_approved := false;
  end if;
  return new;
end
$$;
comment on function portal.guard_public_record() is 'Trigger on every table of records residents see: for the API roles, refuses inserting anything but a draft, changing or deleting a published or scheduled record, and publishing or scheduling; records who contributed to the unpublished words; keeps the workflow columns as the workflow functions set them. Other roles (the workflow functions, which run as their owner, and the seed) pass.';

do $$
declare
  tbl text;
begin
  for tbl in select k.table_name from portal.publishable_kinds k where k.kind <> 'promise_status' loop
    execute format('create trigger %I before insert or update or delete on portal.%I for each row execute function portal.guard_public_record()',
      tbl || '_guard', tbl);
  end loop;
end
$$;

create function portal.guard_input_responses() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('anon', 'authenticated', 'service_role') and exists (
    select 1 from portal.decisions d
    where d.id in (new.decision_id, old.decision_id) and d.publication in ('published', 'scheduled')) then
    perform portal.public_record_refused();
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end
$$;
comment on function portal.guard_input_responses() is 'Trigger: the answers of a published (or scheduled) decision are part of it and change only with an approved revision.';
create trigger input_responses_guard before insert or update or delete on portal.input_responses
  for each row execute function portal.guard_input_responses();

create function portal.guard_promise_history() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('anon', 'authenticated', 'service_role') then
    perform portal.public_record_refused();
  end if;
  return new;
end
$$;
comment on function portal.guard_promise_history() is 'Trigger: a status change joins a promise''s public history only when it is approved (staff_approve), never by a direct insert.';
create trigger promise_status_changes_guard before insert on portal.promise_status_changes
  for each row execute function portal.guard_promise_history();

-- English versions ---------------------------------------------------------------------------------------------
-- Staff write every public text in Dutch. Each text field residents read may also have an English version, kept
-- with the record in its column `translations jsonb`, shaped {"en": {"<field>": "<English text>"}} (a decision's
-- answer to an input theme is the key "responses.<theme id>"). English text is public content like the Dutch: it
-- is one of its kind's content_fields, so it goes through the same drafts, pending revisions, four-eyes approval,
-- record_versions and ledger (record_content leaves it out while there is none). Which fields may be translated,
-- and how long each English text may be, is publishable_kinds.translatable_fields; portal.normalise_translations
-- (20261128000900_staff_write_base.sql) checks and tidies them, for the staff forms and, below, for whoever
-- writes a record or a pending revision.

create function portal.tidy_record_translations() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.translations := portal.normalise_translations(tg_argv[0], new.translations);
  return new;
end
$$;
comment on function portal.tidy_record_translations() is 'Trigger (argument: the kind): whoever writes a record, its translations are checked and tidied as the staff forms do, so nothing else can store an English version of another shape.';

create function portal.tidy_revision_translations() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.content ? 'translations' then
    new.content := jsonb_set(new.content, '{translations}', portal.normalise_translations(new.kind, new.content -> 'translations'));
  end if;
  return new;
end
$$;
comment on function portal.tidy_revision_translations() is 'Trigger: the English versions in a pending revision are checked and tidied like those of a record.';

do $$
declare
  item record;
begin
  for item in
    select k.kind, k.table_name from portal.publishable_kinds k where k.translatable_fields <> '{}'::jsonb order by k.kind
  loop
    execute format('create trigger %I before insert or update of translations on portal.%I for each row execute function portal.tidy_record_translations(%L)',
      item.table_name || '_translations_tidy', item.table_name, item.kind);
  end loop;
end
$$;

create trigger revisions_translations_tidy before insert or update of content on portal.revisions
  for each row execute function portal.tidy_revision_translations();

-- Publication events ---------------------------------------------------------------------------------------

create function portal.record_scope(kind text, r jsonb, out organisation uuid, out project uuid)
language sql stable security definer
set search_path = ''
as $$
  select
    case $1 when 'project' then ($2 ->> 'organisation_id')::uuid when 'person' then ($2 ->> 'organisation_id')::uuid
      else (select p.organisation_id from portal.projects p where p.id = ($2 ->> 'project_id')::uuid) end,
    case $1 when 'project' then ($2 ->> 'id')::uuid when 'person' then null else ($2 ->> 'project_id')::uuid end
$$;
comment on function portal.record_scope(text, jsonb) is 'The organisation and the project (null for a person) of a record given as a row.';

create function portal.publication_event(kind text, target uuid, event text, reason text, approval text, actor uuid,
  withdrawn_content jsonb default null) returns uuid
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  r jsonb := portal.record_row(kind, target);
  scope record;
  content jsonb;
  previous jsonb;
  version_no integer;
  entry record;
  actor_role text;
  version_id uuid := gen_random_uuid();
begin
  if r is null then
    raise exception 'portal.publication_event: % % does not exist', kind, target;
  end if;
  select * into scope from portal.record_scope(kind, r);
  content := coalesce(withdrawn_content, portal.record_content(kind, r));
  version_no := case when kind = 'promise_status' then 1 else (r ->> 'version')::integer end;
  select v.content into previous from portal.record_versions v
  where v.kind = publication_event.kind and v.record_id = target and v.event in ('publish', 'revision')
  order by v.at desc, v.version desc limit 1;
  select m.role::text into actor_role from portal.staff_memberships m
  where m.user_id = actor and m.organisation_id = scope.organisation;

  select * into entry from portal.ledger_append(scope.organisation, jsonb_build_object(
    'type', event, 'kind', kind, 'record_id', target,
    -- The project's id, not its slug: a project that is not public yet gives nothing away in the ledger.
    'project', scope.project,
    'version', version_no, 'content_hash', portal.content_hash(content), 'reason', reason,
    'approval', approval, 'approved_by_role', actor_role));
  insert into portal.record_versions (id, organisation_id, project_id, kind, record_id, parent_id, version, event, content,
    content_hash, reason, approval, approved_by_role, at, ledger_seq)
  values (version_id, scope.organisation, scope.project, kind, target,
    case when kind = 'promise_status' then (r ->> 'promise_id')::uuid end, version_no, event, content,
    portal.content_hash(content), reason, approval, actor_role, now(), entry.seq);
  -- Imported history is not news: nobody is mailed about what was public before the ledger started.
  if approval <> 'import' then
    perform portal.notify_followers(event, kind, target, version_id, scope.project, previous, content);
  end if;
  return version_id;
end
$$;
comment on function portal.publication_event(text, uuid, text, text, text, uuid, jsonb) is 'Records one publication event of a record as it now is: its version in record_versions, its entry in the ledger (same transaction) and the notices to its followers. Returns the version id.';

-- Applying approvals ---------------------------------------------------------------------------------------

create function portal.workflow_state_error(nl text, en text, field text default 'publication') returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = 'PT409', hint = coalesce(field, ''), message = portal.t(nl, en);
end
$$;
comment on function portal.workflow_state_error(text, text, text) is 'Refuses a workflow step that does not fit the state of a record or of what it refers to (409, with the field in the hint).';

-- What a published record refers to is public too: a draft person, phase or theme never shows through it.
create function portal.require_public_references(kind text, r jsonb) returns void
language plpgsql stable security definer
set search_path = ''
as $$
declare
  ref record;
  ref_row jsonb;
begin
  for ref in
    select f.field, (r ->> f.field)::uuid as id,
      case when f.field like '%person_id' then 'person' when f.field = 'council_moment_id' then 'council_moment' else 'phase' end as kind
    from unnest(array['person_id', 'contact_person_id', 'from_person_id', 'to_person_id', 'phase_id', 'from_phase_id',
      'to_phase_id', 'council_moment_id']) as f(field)
    where kind <> 'project' and jsonb_typeof(r -> f.field) = 'string'
    union all
    -- A decision's answers name input themes.
    select 'responses', (e.value ->> 'input_theme_id')::uuid, 'input_theme'
    from jsonb_array_elements(case when kind = 'decision' and jsonb_typeof(r -> 'responses') = 'array'
      then r -> 'responses' else '[]'::jsonb end) e
  loop
    ref_row := portal.record_row(ref.kind, ref.id);
    if ref_row is null or ref_row ->> 'publication' <> 'published' then
      perform portal.workflow_state_error(
        format('Dit verwijst naar %s "%s", die niet openbaar is. Laat die eerst goedkeuren.',
          (select k.label_nl from portal.publishable_kinds k where k.kind = ref.kind),
          coalesce(portal.record_title(ref.kind, ref_row), 'verwijderd')),
        format('This refers to %s "%s", which is not public. Have it approved first.',
          (select k.label_en from portal.publishable_kinds k where k.kind = ref.kind),
          coalesce(portal.record_title(ref.kind, ref_row), 'deleted')),
        ref.field);
    end if;
  end loop;
end
$$;
comment on function portal.require_public_references(text, jsonb) is 'Refuses (409, the field in the hint) to publish a record that refers to a person, phase, council moment or input theme that is not published (or no longer exists).';

-- The other way round: a phase or input theme that public records still refer to cannot be withdrawn or
-- deleted, or the public record would change (a reference set to null, a handover or an answer deleted)
-- without a version or a ledger entry. People have their own, stricter rules below.
create function portal.public_dependant(kind text, target uuid) returns text
language sql stable security definer
set search_path = ''
as $$
  select portal.t(format('%s "%s"', k.label_nl, portal.record_title(d.kind, d.row)),
                  format('%s "%s"', k.label_en, portal.record_title(d.kind, d.row)))
  from (
    select 'decision' as kind, to_jsonb(x) as row, x.publication from portal.decisions x where $1 = 'phase' and x.phase_id = $2
    union all select 'input_theme', to_jsonb(x), x.publication from portal.input_themes x where $1 = 'phase' and x.phase_id = $2
    union all select 'promise', to_jsonb(x), x.publication from portal.promises x where $1 = 'phase' and x.phase_id = $2
    union all select 'key_date', to_jsonb(x), x.publication from portal.key_dates x where $1 = 'phase' and x.phase_id = $2
    union all select 'lesson', to_jsonb(x), x.publication from portal.lessons x where $1 = 'phase' and x.phase_id = $2
    union all select 'motion', to_jsonb(x), x.publication from portal.council_motions x where $1 = 'phase' and x.phase_id = $2
    union all select 'council_letter', to_jsonb(x), x.publication from portal.council_letters x where $1 = 'phase' and x.phase_id = $2
    union all select 'handover', to_jsonb(x), x.publication from portal.handovers x
      where $1 = 'phase' and $2 in (x.from_phase_id, x.to_phase_id)
    union all select 'motion', to_jsonb(x), x.publication from portal.council_motions x
      where $1 = 'council_moment' and x.council_moment_id = $2
    union all select 'decision', to_jsonb(x), x.publication from portal.input_responses r join portal.decisions x on x.id = r.decision_id
      where $1 = 'input_theme' and r.input_theme_id = $2
  ) d
  join portal.publishable_kinds k on k.kind = d.kind
  where d.publication in ('published', 'awaiting_approval', 'scheduled')
  limit 1
$$;
comment on function portal.public_dependant(text, uuid) is 'Names (in the request''s language) a public, awaiting or scheduled record that refers to the given phase, input theme or council moment, or null when none does.';

create function portal.refuse_public_dependant(kind text, target uuid) returns void
language plpgsql stable
set search_path = ''
as $$
declare
  dependant text := portal.public_dependant(kind, target);
begin
  if dependant is not null then
    perform portal.workflow_state_error(
      format('Hier verwijst nog iets naar dat op de website staat of op goedkeuring wacht: %s. Verplaats of trek dat eerst terug.', dependant),
      format('Something on the website, or waiting for approval, still refers to this: %s. Move or withdraw that first.', dependant));
  end if;
end
$$;
comment on function portal.refuse_public_dependant(text, uuid) is 'Refuses (409) to withdraw or delete a phase or input theme that a public, awaiting or scheduled record refers to.';

create function portal.approval_conflict(kind text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  perform portal.workflow_state_error(
    case kind when 'phase' then 'Er is al een openbare fase met dit volgnummer. Kies een ander volgnummer.'
              when 'group' then 'Er is al een openbare groep met deze naam. Kies een andere naam.'
              else 'Dit botst met iets dat al openbaar is. Laad de nieuwste versie.' end,
    case kind when 'phase' then 'There is already a public phase with this position. Choose another position.'
              when 'group' then 'There is already a public group with this name. Choose another name.'
              else 'This clashes with something that is already public. Load the latest version.' end,
    case kind when 'phase' then 'position' when 'group' then 'name' else 'publication' end);
end
$$;
comment on function portal.approval_conflict(text) is 'The 409 for an approval that would break a uniqueness rule of what is public (a phase position, a group name).';

create function portal.publish_row(kind text, target uuid, actor uuid, approval text) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  tbl text := portal.kind_table(kind);
  r jsonb := portal.record_row(kind, target);
  holder portal.project_people;
begin
  perform portal.require_public_references(kind, r);
  if kind = 'assignment' then
    -- A new holder of a role ends the period of the current one, the day before (or the same day, when both
    -- start on one day): a revision of that assignment, with its own event.
    select * into holder from portal.project_people pp
    where pp.project_id = (r ->> 'project_id')::uuid and pp.role = (r ->> 'role')::portal.person_role
      and pp.until is null and pp.publication = 'published' and pp.id <> target
    for update;
    if holder.id is not null then
      if (r ->> 'since')::date < holder.since then
        perform portal.workflow_state_error(
          format('De huidige persoon in deze rol begon op %s. Kies een datum op of na die dag.', to_char(holder.since, 'DD-MM-YYYY')),
          format('The current person in this role started on %s. Choose a date on or after that day.', to_char(holder.since, 'YYYY-MM-DD')),
          'since');
      end if;
      update portal.project_people pp
         set until = case when (r ->> 'since')::date = holder.since then holder.since else (r ->> 'since')::date - 1 end,
             version = pp.version + 1, revised_at = now()
       where pp.id = holder.id;
      perform portal.publication_event('assignment', holder.id, 'revision', null, approval, actor);
    end if;
  end if;
  begin
    execute format(
      'update portal.%I t set publication = ''published'', published_at = coalesce(t.published_at, now()), approver_id = $2,
         self_approved = $3, version = t.version + 1, contributors = ''{}'', returned_reason = null, unpublished_reason = null,
         unpublished_at = null, publish_at = null
       where t.id = $1', tbl)
      using target, actor, approval = 'self';
  exception when unique_violation then
    perform portal.approval_conflict(kind);
  end;
  perform portal.publication_event(kind, target, 'publish', null, approval, actor);
end
$$;
comment on function portal.publish_row(text, uuid, uuid, text) is 'Publishes a record that is not public (a draft, awaiting, scheduled or withdrawn row) as a new version, and records the event. A new holder of a role ends the previous holder''s period in the same event chain.';

create function portal.apply_revision(rev portal.revisions, actor uuid, approval text) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  tbl text := portal.kind_table(rev.kind);
  r jsonb;
  settable text;
  change_id uuid;
  promise portal.promises;
begin
  if rev.kind = 'promise_status' then
    select * into promise from portal.promises p where p.id = rev.record_id;
    if promise.publication is distinct from 'published' then
      perform portal.workflow_state_error('Deze toezegging is niet (meer) openbaar, dus de status kan niet veranderen.',
        'This promise is not public (any more), so its status cannot change.');
    end if;
    -- clock_timestamp: two changes approved in one transaction still get their order.
    insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url,
      translations, recorded_by)
    values (promise.id, promise.project_id, (rev.content ->> 'status')::portal.promise_status, clock_timestamp(),
      rev.content ->> 'changed_by', rev.content ->> 'explanation', rev.content ->> 'evidence_url',
      coalesce(rev.content -> 'translations', '{}'::jsonb), rev.author_id)
    returning id into change_id;
    delete from portal.revisions x where x.id = rev.id;
    perform portal.publication_event('promise_status', change_id, 'status_change', rev.content ->> 'explanation', approval, actor);
    return;
  end if;

  r := portal.record_row(rev.kind, rev.record_id);
  if r is null or r ->> 'publication' <> 'published' then
    perform portal.workflow_state_error('Dit is niet (meer) openbaar. Laad de nieuwste versie.',
      'This is not public (any more). Load the latest version.');
  end if;
  perform portal.require_public_references(rev.kind, r || rev.content);
  select string_agg(format('%I = v.%I', f.name, f.name), ', ') into settable
  from portal.publishable_kinds k cross join lateral unnest(k.content_fields) as f(name)
  where k.kind = rev.kind and rev.content ? f.name and f.name <> 'responses';
  begin
    execute format(
      'update portal.%I t set %s, version = t.version + 1, revised_at = now(), approver_id = $2, self_approved = $3
       from jsonb_populate_record(null::portal.%I, $4) v where t.id = $1', tbl, coalesce(settable || ',', '') || ' updated_at = now()', tbl)
      using rev.record_id, actor, approval = 'self', rev.content;
  exception when unique_violation then
    perform portal.approval_conflict(rev.kind);
  end;
  if rev.kind = 'decision' and rev.content ? 'responses' then
    delete from portal.input_responses x where x.decision_id = rev.record_id;
    insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did)
    select rev.project_id, (e.value ->> 'input_theme_id')::uuid, rev.record_id, e.value ->> 'we_did'
    from jsonb_array_elements(rev.content -> 'responses') e;
  end if;
  delete from portal.revisions x where x.id = rev.id;
  perform portal.publication_event(rev.kind, rev.record_id, 'revision', null, approval, actor);
end
$$;
comment on function portal.apply_revision(portal.revisions, uuid, text) is 'Makes an approved revision public: the record takes its content as a new version (a promise_status revision joins the promise''s history), the revision is removed, and the event is recorded.';

create function portal.withdraw_row(kind text, target uuid, reason text, actor uuid) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  tbl text := portal.kind_table(kind);
  r jsonb := portal.record_row(kind, target);
  withdrawn jsonb := portal.record_content(kind, r);
  rev portal.revisions;
  settable text;
begin
  if kind = 'person' and (
    exists (select 1 from portal.project_people pp where pp.person_id = target and pp.publication = 'published' and pp.until is null)
    or exists (select 1 from portal.phases ph where ph.contact_person_id = target and ph.publication = 'published')
    or exists (select 1 from portal.handovers h where target in (h.from_person_id, h.to_person_id) and h.publication = 'published')) then
    perform portal.workflow_state_error(
      'Deze persoon staat nog op openbare pagina''s (als rol, contactpersoon van een fase of bij een overdracht). Wijs eerst iemand anders aan.',
      'This person is still named on public pages (in a role, as the contact of a phase or in a handover). Name someone else first.');
  end if;
  perform portal.refuse_public_dependant(kind, target);
  -- A pending revision is not lost: its words become the withdrawn record's draft text, for its writers to
  -- pick up again. What residents saw stays in the version history.
  select * into rev from portal.revisions x where x.kind = withdraw_row.kind and x.record_id = target;
  if rev.id is not null then
    select string_agg(format('%I = v.%I', f.name, f.name), ', ') into settable
    from portal.publishable_kinds k cross join lateral unnest(k.content_fields) as f(name)
    where k.kind = rev.kind and rev.content ? f.name and f.name <> 'responses';
    if settable is not null then
      begin
        execute format('update portal.%I t set %s from jsonb_populate_record(null::portal.%I, $2) v where t.id = $1', tbl, settable, tbl)
          using target, rev.content;
      exception when unique_violation then
        null;  -- Keeps the published words; the revision's clash would have been refused on approval as well.
      end;
    end if;
    execute format('update portal.%I t set contributors = $2 where t.id = $1', tbl) using target, rev.contributors;
    delete from portal.revisions x where x.id = rev.id;
  end if;
  execute format(
    'update portal.%I t set publication = ''unpublished'', unpublished_reason = $2, unpublished_at = now(), publish_at = null
     where t.id = $1', tbl)
    using target, reason;
  perform portal.publication_event(kind, target, 'withdrawal', reason, 'single', actor, withdrawn);
end
$$;
comment on function portal.withdraw_row(text, uuid, text, uuid) is 'Withdraws a published record with a public reason: it leaves the site, a notice with what it was and why stays, followers are told. A pending revision''s words become the record''s draft text.';

revoke all on function portal.record_scope(text, jsonb) from public;
grant execute on function portal.record_scope(text, jsonb) to anon, authenticated, service_role;
revoke all on function
  portal.ledger_append(uuid, jsonb),
  portal.publication_event(text, uuid, text, text, text, uuid, jsonb), portal.require_public_references(text, jsonb),
  portal.public_dependant(text, uuid), portal.refuse_public_dependant(text, uuid),
  portal.publish_row(text, uuid, uuid, text), portal.apply_revision(portal.revisions, uuid, text),
  portal.withdraw_row(text, uuid, text, uuid)
from public, anon, authenticated, service_role;

-- Staff writes: edits of what is public become revisions ---------------------------------------------------

create function portal.may_approve(organisation uuid, writers uuid[]) returns boolean
language sql stable
set search_path = ''
as $$
  select portal.has_staff_role(organisation, 'approver')
     and (not coalesce(auth.uid() = any (coalesce(writers, '{}')), false)
          or coalesce((select o.allow_self_approval from portal.organisations o where o.id = organisation), false))
$$;
comment on function portal.may_approve(uuid, uuid[]) is 'True when the signed-in user may approve words written by these people: an approver who wrote none of them, or any approver where the organisation allows self-approval.';

create function portal.row_writers(r jsonb) returns uuid[]
language sql immutable
set search_path = ''
as $$
  select array(select distinct w from unnest(
    coalesce(array(select jsonb_array_elements_text(r -> 'contributors'))::uuid[], '{}') || (r ->> 'author_id')::uuid) w where w is not null)
$$;
comment on function portal.row_writers(jsonb) is 'Who wrote the unpublished words of a row: its author and its contributors.';

create function portal.working_version(kind text, record uuid, row_version timestamptz) returns timestamptz
language sql stable
set search_path = ''
as $$
  select coalesce((select x.updated_at from portal.revisions x where x.kind = $1 and x.record_id = $2), $3)
$$;
comment on function portal.working_version(text, uuid, timestamptz) is 'The version a staff form holds of a record: its pending revision''s, or else the row''s updated_at.';

create function portal.staff_record(kind text, target uuid) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  r jsonb := portal.record_row(kind, target);
  scope record;
  rev portal.revisions;
  status_rev portal.revisions;
  published jsonb;
  proposed jsonb;
  result jsonb;
begin
  if r is null then
    return null;
  end if;
  select * into scope from portal.record_scope(kind, r);
  result := r - 'contributors' || jsonb_build_object(
    'may_approve', r ->> 'publication' in ('draft', 'awaiting_approval', 'unpublished') and portal.may_approve(scope.organisation, portal.row_writers(r)),
    'i_wrote', coalesce(auth.uid() = any (portal.row_writers(r)), false),
    'pending', null);
  if kind = 'promise' then
    result := result || jsonb_build_object('history', (
      select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'status', c.status, 'changed_at', c.changed_at,
          'changed_by', c.changed_by, 'explanation', c.explanation, 'evidence_url', c.evidence_url)
        order by c.changed_at, c.created_at), '[]'::jsonb)
      from portal.promise_status_changes c where c.promise_id = target));
    select * into status_rev from portal.revisions x where x.kind = 'promise_status' and x.record_id = target;
    result := result || jsonb_build_object('pending_status', case when status_rev.id is not null then status_rev.content || jsonb_build_object(
      'state', status_rev.state, 'submitted_at', status_rev.submitted_at, 'returned_reason', status_rev.returned_reason,
      'publish_at', status_rev.publish_at, 'updated_at', status_rev.updated_at,
      'may_approve', status_rev.state in ('draft', 'awaiting_approval') and portal.may_approve(scope.organisation, status_rev.contributors),
      'i_wrote', coalesce(auth.uid() = any (status_rev.contributors), false)) end);
  end if;
  select * into rev from portal.revisions x where x.kind = staff_record.kind and x.record_id = target;
  if rev.id is not null then
    published := portal.record_content(kind, r);
    proposed := portal.record_content(kind, r || rev.content);
    -- The form shows the revision's words and version; the published ones go along for comparison.
    result := result || rev.content || jsonb_build_object('updated_at', rev.updated_at, 'pending', jsonb_build_object(
      'state', rev.state, 'submitted_at', rev.submitted_at, 'returned_reason', rev.returned_reason, 'publish_at', rev.publish_at,
      'may_approve', rev.state in ('draft', 'awaiting_approval') and portal.may_approve(scope.organisation, rev.contributors),
      'i_wrote', coalesce(auth.uid() = any (rev.contributors), false),
      'changed_fields', (select coalesce(jsonb_agg(e.key order by e.key), '[]'::jsonb) from jsonb_each(proposed) e
                         where e.value is distinct from published -> e.key),
      'published', published));
  end if;
  return result;
end
$$;
comment on function portal.staff_record(text, uuid) is 'A record as the staff workspace shows it: every column but contributors; may_approve and i_wrote for the signed-in user; a promise with its history and pending_status; and, when the record has a pending revision, the revision''s fields and version with pending {state, submitted_at, returned_reason, publish_at, may_approve, i_wrote, changed_fields, published}.';

create function portal.propose_revision(kind text, target uuid, fields jsonb, input jsonb) returns jsonb
language plpgsql volatile
set search_path = ''
as $$
declare
  r jsonb := portal.record_row(kind, target);
  scope record;
  rev portal.revisions;
  editable jsonb;
  me uuid := auth.uid();
begin
  select * into scope from portal.record_scope(kind, r);
  insert into portal.revisions (kind, record_id, organisation_id, project_id, content, contributors, author_id, base_version, updated_at)
  values (kind, target, scope.organisation, scope.project, '{}', '{}', me, (r ->> 'version')::integer, (r ->> 'updated_at')::timestamptz)
  on conflict on constraint revisions_kind_record_id_key do nothing;
  -- Two people revising one record take turns here; the second sees the first one's version and gets a 409.
  select * into rev from portal.revisions x where x.kind = propose_revision.kind and x.record_id = target for update;
  perform portal.check_version(input, rev.updated_at);
  select coalesce(jsonb_object_agg(f.name, r -> f.name), '{}'::jsonb) into editable
  from portal.publishable_kinds k cross join lateral unnest(k.content_fields) as f(name) where k.kind = propose_revision.kind;
  editable := (case when rev.content = '{}'::jsonb then editable else editable || rev.content end) || fields;
  -- Saved back to what is published: there is nothing left to approve.
  if portal.record_content(kind, r || editable) = portal.record_content(kind, r) then
    delete from portal.revisions x where x.id = rev.id;
    return portal.staff_record(kind, target);
  end if;
  update portal.revisions x
     set content = editable,
         contributors = case when me is null or me = any (x.contributors) then x.contributors else x.contributors || me end,
         state = case x.state when 'scheduled' then 'awaiting_approval'::portal.publication_state else x.state end,
         publish_at = null, approver_id = null, self_approved = false,
         updated_at = clock_timestamp()
   where x.id = rev.id;
  return portal.staff_record(kind, target);
end
$$;
comment on function portal.propose_revision(text, uuid, jsonb, jsonb) is 'For the save functions, on a published record: stores the edited fields as its pending revision (a draft, or kept awaiting; an approved, scheduled one needs approving again), after the 409 check against the revision''s version. Saving the published words again drops the revision. Returns staff_record.';

revoke all on function portal.may_approve(uuid, uuid[]), portal.row_writers(jsonb), portal.working_version(text, uuid, timestamptz),
  portal.staff_record(text, uuid), portal.propose_revision(text, uuid, jsonb, jsonb),
  portal.record_row(text, uuid), portal.record_content(text, jsonb),
  portal.record_title(text, jsonb), portal.kind_table(text), portal.workflow_state_error(text, text, text),
  portal.approval_conflict(text), portal.public_record_refused()
from public;
grant execute on function portal.may_approve(uuid, uuid[]), portal.row_writers(jsonb), portal.working_version(text, uuid, timestamptz),
  portal.staff_record(text, uuid), portal.propose_revision(text, uuid, jsonb, jsonb),
  portal.record_row(text, uuid), portal.record_content(text, jsonb),
  portal.record_title(text, jsonb), portal.kind_table(text), portal.workflow_state_error(text, text, text),
  portal.approval_conflict(text), portal.public_record_refused()
to authenticated, service_role;
grant execute on function portal.record_content(text, jsonb), portal.record_title(text, jsonb), portal.kind_table(text),
  portal.canonical_json(jsonb), portal.canonical_number(numeric), portal.canonical_time(timestamptz), portal.content_hash(jsonb)
to anon;

-- The workflow ------------------------------------------------------------------------------------------------

-- Reads {kind, id, project_id} (people: {kind: person, id}) of a workflow call, checks the caller's role in
-- the record's organisation, and returns the record as a row with _kind, _organisation, _project, and its
-- pending revision (for promise_status: the promise's pending status change) under _revision.
create function portal.workflow_record(input jsonb, at_least portal.staff_role) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  v_kind text;
  target_kind text;
  v_record uuid;
  project uuid;
  found jsonb;
  scope record;
  rev jsonb;
begin
  perform portal.input_object(input);
  v_kind := portal.input_choice(input, 'kind', 'Soort', 'Kind', array(select k.kind from portal.publishable_kinds k));
  -- A status change is pending on the promise it changes.
  target_kind := case v_kind when 'promise_status' then 'promise' else v_kind end;
  v_record := portal.input_uuid(input, 'id', 'Onderdeel', 'Item');
  project := portal.input_uuid(input, 'project_id', 'Project', 'Project', v_kind not in ('project', 'person'));
  if auth.uid() is null then
    perform portal.forbidden('Log eerst in.', 'Please sign in first.');
  end if;
  -- The same answers as every staff write, in the same order: first the project (404 alike for an unknown one
  -- and one of another organisation), then the record in it, then the role (403). Nothing tells an outsider
  -- that a record exists, or to which project it belongs.
  if v_kind = 'project' then
    if project is not null and project <> v_record then
      perform portal.not_found('Dit project bestaat niet, of het hoort niet bij uw organisatie.',
        'This project does not exist, or it does not belong to your organisation.');
    end if;
    perform portal.staff_project_organisation(v_record, 'editor');
  elsif v_kind <> 'person' then
    perform portal.staff_project_organisation(project, 'editor');
  end if;
  found := portal.record_row(target_kind, v_record);
  select * into scope from portal.record_scope(target_kind, found);
  if found is null or (v_kind not in ('project', 'person') and scope.project is distinct from project)
     or (v_kind = 'person' and not portal.has_staff_role(scope.organisation, 'editor')) then
    perform portal.not_found('Dit onderdeel bestaat niet (meer), of het hoort niet bij dit project.',
      'This item does not exist (any more), or it does not belong to this project.');
  end if;
  perform portal.require_staff(scope.organisation, at_least);
  select to_jsonb(x) into rev from portal.revisions x where x.kind = v_kind and x.record_id = v_record;
  if v_kind = 'promise_status' and rev is null then
    perform portal.not_found('Deze toezegging heeft geen statuswijziging die op goedkeuring wacht.',
      'This promise has no status change waiting for approval.');
  end if;
  perform portal.check_version(input, coalesce((rev ->> 'updated_at')::timestamptz, (found ->> 'updated_at')::timestamptz));
  return found || jsonb_build_object('_kind', v_kind, '_target_kind', target_kind, '_organisation', scope.organisation,
    '_project', scope.project, '_revision', rev);
end
$$;
comment on function portal.workflow_record(jsonb, portal.staff_role) is 'For the workflow functions: parses kind, id and project_id, checks the caller''s role in the record''s organisation (404 for unknown and foreign alike, 403 for a too-low role, 409 for a stale version) and returns the row with _kind, _target_kind, _organisation, _project and _revision (the pending revision, or null).';

create function portal.workflow_answer(kind text, record uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object('kind', $1, 'id', $2, 'publication', r ->> 'publication', 'published_at', r -> 'published_at',
    'updated_at', r -> 'updated_at', 'version', r -> 'version', 'publish_at', r -> 'publish_at',
    'pending', (select x.state from portal.revisions x where x.kind = $1 and x.record_id = $2))
  from (select portal.record_row(case $1 when 'promise_status' then 'promise' else $1 end, $2) as r) q
$$;
comment on function portal.workflow_answer(text, uuid) is 'What the workflow functions answer: {kind, id, publication, published_at, updated_at, version, publish_at, pending (the state of a pending revision, or null)}.';

revoke all on function portal.workflow_record(jsonb, portal.staff_role), portal.workflow_answer(text, uuid) from public;
grant execute on function portal.workflow_record(jsonb, portal.staff_role), portal.workflow_answer(text, uuid) to authenticated, service_role;

create function public.staff_submit(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  rec jsonb := portal.workflow_record(input, 'editor');
  rev jsonb := rec -> '_revision';
begin
  if jsonb_typeof(rev) = 'object' then
    if rev ->> 'state' <> 'draft' then
      perform portal.workflow_state_error('Deze wijziging wacht al op goedkeuring.', 'This change is already waiting for approval.');
    end if;
    update portal.revisions x set state = 'awaiting_approval', submitted_at = now(), returned_reason = null
    where x.id = (rev ->> 'id')::uuid;
  else
    if rec ->> 'publication' in ('awaiting_approval', 'scheduled') then
      perform portal.workflow_state_error('Dit wacht al op goedkeuring.', 'This is already waiting for approval.');
    elsif rec ->> 'publication' = 'published' then
      perform portal.workflow_state_error('Dit is al openbaar. Een wijziging slaat u eerst op; die biedt u daarna aan.',
        'This is already public. Save a change first, then submit that.');
    end if;
    execute format('update portal.%I t set publication = ''awaiting_approval'', submitted_at = now(), returned_reason = null where t.id = $1',
      portal.kind_table(rec ->> '_kind')) using (rec ->> 'id')::uuid;
  end if;
  return portal.workflow_answer(rec ->> '_kind', (rec ->> 'id')::uuid);
end
$$;
comment on function public.staff_submit(jsonb) is 'Submits a draft for approval: a draft or withdrawn record, or the pending revision of a published one. Input: {kind (see publishable_kinds), id, project_id (not for a person), updated_at? (the version the form loaded)}. Editors and up. Returns {kind, id, publication, published_at, updated_at, version, publish_at, pending}. Errors: 400 bad input, 401/403, 404 unknown or foreign record, 409 already awaiting approval or public, or changed meanwhile.';

create function public.staff_approve(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  rec jsonb := portal.workflow_record(input, 'approver');
  rev portal.revisions;
  kind text := rec ->> '_kind';
  target uuid := (rec ->> 'id')::uuid;
  writers uuid[];
  approval text;
  me uuid := auth.uid();
  v_publish_at timestamptz := portal.input_timestamp(input, 'publish_at', 'Het moment van publicatie', 'The moment of publication', false);
  self_allowed boolean;
begin
  if jsonb_typeof(rec -> '_revision') = 'object' then
    rev := jsonb_populate_record(null::portal.revisions, rec -> '_revision');
    if rev.state = 'scheduled' then
      perform portal.workflow_state_error(
        format('Deze wijziging is al goedgekeurd en wordt openbaar op %s.', to_char(rev.publish_at at time zone 'Europe/Amsterdam', 'DD-MM-YYYY HH24:MI')),
        format('This change has been approved already and goes public on %s.', to_char(rev.publish_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI')));
    end if;
    writers := rev.contributors;
  else
    if rec ->> 'publication' = 'published' then
      perform portal.workflow_state_error('Dit is al openbaar, en er wacht geen wijziging op goedkeuring.',
        'This is already public, and no change is waiting for approval.');
    elsif rec ->> 'publication' = 'scheduled' then
      perform portal.workflow_state_error('Dit is al goedgekeurd en wacht op het moment van publicatie.',
        'This has been approved already and waits for its moment of publication.');
    end if;
    writers := portal.row_writers(rec);
  end if;
  select o.allow_self_approval into self_allowed from portal.organisations o where o.id = (rec ->> '_organisation')::uuid;
  if me = any (writers) then
    if not coalesce(self_allowed, false) then
      perform portal.forbidden(
        'U hebt aan deze tekst meegeschreven, dus een andere fiatteur moet hem goedkeuren. Zo kijken altijd vier ogen naar wat de gemeente publiceert.',
        'You wrote part of this text, so another approver has to approve it. That way four eyes always check what the municipality publishes.');
    end if;
    approval := 'self';
  else
    approval := 'four_eyes';
  end if;
  if v_publish_at is not null and v_publish_at > now() + interval '10 years' then
    perform portal.invalid('publish_at', 'Kies een moment van publicatie binnen tien jaar.', 'Choose a moment of publication within ten years.');
  end if;

  if v_publish_at is not null and v_publish_at > now() then
    -- Approved now, public then: the four-eyes check above is the one that counts.
    if rev.id is not null then
      update portal.revisions x set state = 'scheduled', publish_at = v_publish_at, approver_id = me,
        self_approved = approval = 'self', returned_reason = null
      where x.id = rev.id;
    else
      execute format('update portal.%I t set publication = ''scheduled'', publish_at = $2, approver_id = $3, self_approved = $4,
          returned_reason = null where t.id = $1', portal.kind_table(kind))
        using target, v_publish_at, me, approval = 'self';
    end if;
  elsif rev.id is not null then
    perform portal.apply_revision(rev, me, approval);
  else
    perform portal.publish_row(kind, target, me, approval);
  end if;
  return portal.workflow_answer(kind, target);
end
$$;
comment on function public.staff_approve(jsonb) is 'Approves what waits for approval (or a draft): a new or withdrawn record becomes public as a new version, a pending revision replaces the published version, a pending status change joins the promise''s history. With a later publish_at it is approved now and goes public then (publish_due). Every publication records a version and a ledger entry and tells followers. Input: {kind, id, project_id (not for a person), publish_at? (ISO 8601 with time zone), updated_at?}. Approvers and admins only, and only someone who wrote none of the words (author and everyone who edited since it was last public) unless the organisation allows self-approval, which the public version then shows. Returns {kind, id, publication, published_at, updated_at, version, publish_at, pending}. Errors: 400, 401/403 (also: you wrote part of it), 404, 409 already public or scheduled, changed meanwhile, or refers to a person or phase that is not public.';

create function public.staff_return_to_draft(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  rec jsonb := portal.workflow_record(input, 'approver');
  reason text := portal.input_text(input, 'reason', 'Reden', 'Reason', 2000, false);
  rev jsonb := rec -> '_revision';
begin
  if jsonb_typeof(rev) = 'object' then
    if rev ->> 'state' not in ('awaiting_approval', 'scheduled') then
      perform portal.workflow_state_error('Alleen een wijziging die op goedkeuring wacht kunt u terugsturen.',
        'You can only send back a change that is waiting for approval.');
    end if;
    update portal.revisions x set state = 'draft', returned_reason = reason, publish_at = null, approver_id = null, self_approved = false
    where x.id = (rev ->> 'id')::uuid;
  else
    if rec ->> 'publication' not in ('awaiting_approval', 'scheduled') then
      perform portal.workflow_state_error('Alleen iets dat op goedkeuring wacht kunt u terugsturen.',
        'You can only send back something that is waiting for approval.');
    end if;
    execute format('update portal.%I t set publication = ''draft'', returned_reason = $2, publish_at = null, approver_id = null,
        self_approved = false where t.id = $1', portal.kind_table(rec ->> '_kind'))
      using (rec ->> 'id')::uuid, reason;
  end if;
  return portal.workflow_answer(rec ->> '_kind', (rec ->> 'id')::uuid);
end
$$;
comment on function public.staff_return_to_draft(jsonb) is 'Sends what awaits approval (or is scheduled) back to its writers as a draft: a record, or the pending revision of a published one. Input: {kind, id, project_id (not for a person), reason? (up to 2000 characters, kept in returned_reason for the editor), updated_at?}. Approvers and admins only. Returns {kind, id, publication, published_at, updated_at, version, publish_at, pending}. Errors: 400, 401/403, 404, 409 when nothing awaits approval.';

create function public.staff_unpublish(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  rec jsonb := portal.workflow_record(input, 'approver');
  reason text := portal.input_text(input, 'reason', 'Reden', 'Reason', 2000);
begin
  if rec ->> '_kind' = 'promise_status' or rec ->> 'publication' <> 'published' then
    perform portal.workflow_state_error('Dit staat niet op de website, dus u kunt het niet terugtrekken.',
      'This is not on the website, so you cannot withdraw it.');
  end if;
  perform portal.withdraw_row(rec ->> '_kind', (rec ->> 'id')::uuid, reason, auth.uid());
  return portal.workflow_answer(rec ->> '_kind', (rec ->> 'id')::uuid);
end
$$;
comment on function public.staff_unpublish(jsonb) is 'Withdraws a published record from the public site, with a reason residents see: a public notice of what it was, when and why stays in its place, the version history and the ledger record it, and followers are told. A pending revision''s words become the record''s draft text. Input: {kind, id, project_id (not for a person), reason (required, up to 2000 characters), updated_at?}. Approvers and admins only. Returns {kind, id, publication, published_at, updated_at, version, publish_at, pending}. Errors: 400 (no reason), 401/403, 404, 409 when it is not public, or a person who is still named publicly.';

create function public.staff_delete_draft(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  rec jsonb := portal.workflow_record(input, 'editor');
  kind text := rec ->> '_kind';
  rev jsonb := rec -> '_revision';
  deleted uuid;
begin
  -- Deleting a whole project takes an admin; dropping a draft change of one is an editor's, like any other.
  if kind = 'project' and jsonb_typeof(rev) <> 'object' then
    perform portal.staff_project_organisation((rec ->> 'id')::uuid, 'admin');
  end if;
  if jsonb_typeof(rev) = 'object' then
    -- On a published record this drops the pending change; the published version stays.
    if rev ->> 'state' <> 'draft' then
      perform portal.workflow_state_error('Alleen een concept-wijziging kunt u weggooien. Laat de fiatteur haar eerst terugsturen.',
        'You can only discard a draft change. Have the approver send it back first.');
    end if;
    delete from portal.revisions x where x.id = (rev ->> 'id')::uuid;
    return jsonb_build_object('kind', kind, 'id', (rec ->> 'id')::uuid, 'deleted', true, 'discarded_change', true);
  end if;
  if rec ->> 'publication' not in ('draft', 'unpublished') then
    perform portal.workflow_state_error(
      'Alleen een concept of iets dat is teruggetrokken kunt u verwijderen. Trek het eerst terug of stuur het terug naar concept.',
      'You can only delete a draft or something that was withdrawn. Withdraw it or send it back to draft first.');
  end if;
  if kind = 'person' and (
    exists (select 1 from portal.project_people pp where pp.person_id = (rec ->> 'id')::uuid)
    or exists (select 1 from portal.phases ph where ph.contact_person_id = (rec ->> 'id')::uuid)
    or exists (select 1 from portal.handovers h where (rec ->> 'id')::uuid in (h.from_person_id, h.to_person_id))) then
    perform portal.workflow_state_error('Deze persoon is nog ergens genoemd. Haal de persoon daar eerst weg.',
      'This person is still named somewhere. Remove them there first.');
  end if;
  perform portal.refuse_public_dependant(kind, (rec ->> 'id')::uuid);
  -- The public trace of a record that was ever published stays: its versions and ledger entries.
  execute format('delete from portal.%I t where t.id = $1 and t.publication in (''draft'', ''unpublished'') returning t.id',
      portal.kind_table(kind))
    into deleted using (rec ->> 'id')::uuid;
  if deleted is null then
    perform portal.workflow_state_error('Dit is intussen door iemand anders veranderd. Laad de nieuwste versie.',
      'Someone else changed this in the meantime. Load the latest version.');
  end if;
  return jsonb_build_object('kind', kind, 'id', deleted, 'deleted', true);
end
$$;
comment on function public.staff_delete_draft(jsonb) is 'Deletes a draft or withdrawn record, or discards the draft revision of a published one (which stays as it is). What was ever public keeps its public trace (versions and ledger). Input: {kind, id, project_id (not for a person), updated_at?}. Editors and up; a project needs an admin. Returns {kind, id, deleted: true, discarded_change?}. Errors: 400, 401/403, 404, 409 when it awaits approval, is public, or (a person) is still named somewhere.';

create function public.publish_due(input jsonb default '{}'::jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  k record;
  due record;
  rev portal.revisions;
  published integer := 0;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
  for k in select x.kind, x.table_name from portal.publishable_kinds x where x.kind <> 'promise_status' loop
    for due in execute format('select t.id, t.approver_id, t.self_approved from portal.%I t
        where t.publication = ''scheduled'' and t.publish_at <= now() order by t.publish_at for update skip locked', k.table_name) loop
      perform portal.publish_row(k.kind, due.id, due.approver_id, case when due.self_approved then 'self' else 'four_eyes' end);
      published := published + 1;
    end loop;
  end loop;
  for rev in select * from portal.revisions x where x.state = 'scheduled' and x.publish_at <= now() order by x.publish_at for update skip locked loop
    perform portal.apply_revision(rev, rev.approver_id, case when rev.self_approved then 'self' else 'four_eyes' end);
    published := published + 1;
  end loop;
  return jsonb_build_object('published', published);
end
$$;
comment on function public.publish_due(jsonb) is 'For the worker (service role only; npm run notify and npm start call it every round): publishes every record and revision whose approved moment of publication (publish_at) has come, each as its own publication event with version, ledger entry and notices. Input: {} (none). Answers {published}.';

-- Staff reads ----------------------------------------------------------------------------------------------
-- The workspace's two documents; public.staff_workspace and public.staff_project (20261206000100_eight_keys_check.sql)
-- answer them with the eight-keys check added.

create function portal.publishable_records(organisations uuid[]) returns table (
  kind text, id uuid, project_id uuid, organisation_id uuid, title text, publication portal.publication_state,
  submitted_at timestamptz, publish_at timestamptz, writers uuid[], is_revision boolean, content jsonb, published jsonb
)
language plpgsql stable
set search_path = ''
as $$
declare
  k record;
begin
  for k in select x.kind, x.table_name from portal.publishable_kinds x where x.kind <> 'promise_status' loop
    return query execute format(
      'select %L::text, t.id, %s, %s, portal.record_title(%L, to_jsonb(t)), t.publication, t.submitted_at, t.publish_at,
              portal.row_writers(to_jsonb(t)), false, null::jsonb, null::jsonb
       from portal.%I t %s where %s = any ($1)',
      k.kind,
      case k.kind when 'project' then 't.id' when 'person' then 'null::uuid' else 't.project_id' end,
      case when k.kind in ('project', 'person') then 't.organisation_id' else 'p.organisation_id' end,
      k.kind, k.table_name,
      case when k.kind in ('project', 'person') then '' else 'join portal.projects p on p.id = t.project_id' end,
      case when k.kind in ('project', 'person') then 't.organisation_id' else 'p.organisation_id' end)
    using organisations;
  end loop;
  return query
    select x.kind, x.record_id, x.project_id, x.organisation_id,
      case when x.kind = 'promise_status' then portal.record_title('promise', portal.record_row('promise', x.record_id))
           else portal.record_title(x.kind, portal.record_row(x.kind, x.record_id) || x.content) end,
      x.state, x.submitted_at, x.publish_at, x.contributors, true,
      portal.record_content(x.kind, case when x.kind = 'promise_status' then x.content
                                         else portal.record_row(x.kind, x.record_id) || x.content end),
      case when x.kind = 'promise_status' then jsonb_build_object('status', portal.record_row('promise', x.record_id) -> 'status')
           else portal.record_content(x.kind, portal.record_row(x.kind, x.record_id)) end
    from portal.revisions x where x.organisation_id = any (organisations);
end
$$;
comment on function portal.publishable_records(uuid[]) is 'Every record residents could see (projects and people included) and every pending revision of the given organisations, as the caller may read them: kind, id, project, organisation, title, state, submission, moment of publication, writers, and for revisions the proposed and the published content.';

-- The ledger and the history, for everyone ----------------------------------------------------------------

create function public.ledger_entries(org_slug text, after_seq bigint default 0, max_entries integer default 1000) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  org uuid := portal.organisation_id_for(org_slug);
begin
  if after_seq is null or after_seq < 0 then
    raise exception 'after_seq must be 0 or a positive whole number.' using errcode = '22023';
  end if;
  if max_entries is null or max_entries not between 1 and 10000 then
    raise exception 'max_entries must be between 1 and 10000.' using errcode = '22023';
  end if;
  return jsonb_build_object(
    'organisation', org_slug,
    'head', (select jsonb_build_object('seq', h.seq, 'hash', h.hash) from portal.ledger_heads h where h.organisation_id = org),
    'entries', (
      select coalesce(jsonb_agg(jsonb_build_object('seq', l.seq, 'event', l.event, 'prev_hash', l.prev_hash, 'hash', l.hash)
        order by l.seq), '[]'::jsonb)
      from (select * from portal.ledger x where x.organisation_id = org and x.seq > after_seq order by x.seq limit max_entries) l));
end
$$;
comment on function public.ledger_entries(text, bigint, integer) is 'A page of an organisation''s public ledger: {organisation, head {seq, hash} (null before the first entry), entries [{seq, event, prev_hash, hash}]}, the entries after after_seq (default 0), at most max_entries (1 to 10000, default 1000), oldest first. hash = sha256(prev_hash || canonical JSON of event). Raises PT404 for an unknown organisation, 22023 for bad paging.';

-- A withdrawn project leaves its page, so its notice needs a place of its own: the site keeps a page at the
-- project's address that says what it was, when it was withdrawn and why. The history of a project that is not
-- public is not readable (the policy on record_versions); this function shows only its last version's title
-- and slug, which were public, and the public reason.
create function public.withdrawn_projects(org_slug text) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  org uuid := portal.organisation_id_for(org_slug);
begin
  return jsonb_build_object(
    'ledger_head', (select h.seq from portal.ledger_heads h where h.organisation_id = org),
    'projects', (
      select coalesce(jsonb_agg(jsonb_build_object('id', w.record_id, 'slug', w.content ->> 'slug',
          'title', w.content ->> 'title', 'withdrawn_at', w.at, 'reason', w.reason, 'version', w.version)
        order by w.at desc, w.record_id), '[]'::jsonb)
      from (
        select distinct on (v.record_id) v.record_id, v.content, v.at, v.reason, v.version, v.event
        from portal.record_versions v
        where v.organisation_id = org and v.kind = 'project'
        order by v.record_id, v.ledger_seq desc
      ) w
      where w.event = 'withdrawal'));
end
$$;
comment on function public.withdrawn_projects(text) is 'The projects of an organisation that were public and are withdrawn now (their latest publication event is a withdrawal), for the notice the site keeps at their address: {ledger_head (the ledger seq it was read at, null before the first entry), projects [{id, slug, title, withdrawn_at, reason, version}]}, newest first. An address a published project uses again is that project''s; the site shows the notice only at addresses no published project uses. Raises PT404 for an unknown organisation.';

revoke all on function public.staff_submit(jsonb), public.staff_approve(jsonb), public.staff_return_to_draft(jsonb),
  public.staff_unpublish(jsonb), public.staff_delete_draft(jsonb), public.publish_due(jsonb),
  public.ledger_entries(text, bigint, integer), public.withdrawn_projects(text)
from public, anon, authenticated, service_role;
grant execute on function public.staff_submit(jsonb), public.staff_approve(jsonb), public.staff_return_to_draft(jsonb),
  public.staff_unpublish(jsonb), public.staff_delete_draft(jsonb)
to authenticated, service_role;
grant execute on function public.publish_due(jsonb) to service_role;
grant execute on function public.ledger_entries(text, bigint, integer), public.withdrawn_projects(text) to anon, authenticated, service_role;
revoke all on function portal.publishable_records(uuid[]) from public;
grant execute on function portal.publishable_records(uuid[]) to authenticated, service_role;

-- Records published before the ledger ------------------------------------------------------------------------

create function portal.ledger_import() returns integer
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  item record;
  counted integer := 0;
begin
  -- For data loaded outside the workflow (the demo seed, a migration of an existing portal): every record
  -- that is or was public but has no version yet gets one, marked as imported, so the ledger and the history
  -- cover all that residents can see from here on. The ledger cannot vouch for anything before this moment.
  for item in
    select q.kind, q.id, q.publication, q.unpublished_reason
    from (
      select k.kind, r.id, r.publication, r.unpublished_reason, r.published_at, k.kind = 'person' as is_person
      from portal.publishable_kinds k
      cross join lateral portal.import_candidates(k.kind) r
    ) q
    order by q.is_person desc, q.published_at, q.kind, q.id
  loop
    execute format('update portal.%I t set version = 1, contributors = ''{}'' where t.id = $1', portal.kind_table(item.kind)) using item.id;
    perform portal.publication_event(item.kind, item.id, 'publish', null, 'import', null);
    if item.publication = 'unpublished' then
      perform portal.publication_event(item.kind, item.id, 'withdrawal', item.unpublished_reason, 'import', null,
        portal.record_content(item.kind, portal.record_row(item.kind, item.id)));
      execute format('update portal.%I t set unpublished_at = coalesce(t.unpublished_at, now()) where t.id = $1', portal.kind_table(item.kind)) using item.id;
    end if;
    counted := counted + 1;
  end loop;
  -- The history of promises that are or were public; a status recorded on a draft is not public history.
  for item in
    select c.id from portal.promise_status_changes c join portal.promises p on p.id = c.promise_id
    where not exists (select 1 from portal.record_versions v where v.kind = 'promise_status' and v.record_id = c.id)
      and (p.publication = 'published' or (p.publication = 'unpublished' and p.published_at is not null))
    order by c.changed_at, c.created_at
  loop
    perform portal.publication_event('promise_status', item.id, 'status_change', (select c.explanation from portal.promise_status_changes c where c.id = item.id), 'import', null);
    counted := counted + 1;
  end loop;
  return counted;
end
$$;
comment on function portal.ledger_import() is 'Superuser only: records every published (or withdrawn after publication) record that has no version yet, and every status change of such a promise without one, as imported publication events (versions and ledger entries). Run once after loading data outside the workflow, as the demo seed does. Returns how many events it recorded.';

create function portal.import_candidates(kind text) returns table (id uuid, publication portal.publication_state, unpublished_reason text, published_at timestamptz)
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if kind = 'promise_status' then
    return;
  end if;
  return query execute format(
    'select t.id, t.publication, t.unpublished_reason, t.published_at from portal.%I t
     where t.version = 0 and (t.publication = ''published'' or (t.publication = ''unpublished'' and t.published_at is not null))',
    portal.kind_table(kind));
end
$$;
comment on function portal.import_candidates(text) is 'For ledger_import: the records of a kind that are or were public and have no version yet.';
revoke all on function portal.ledger_import(), portal.import_candidates(text) from public, anon, authenticated, service_role;
