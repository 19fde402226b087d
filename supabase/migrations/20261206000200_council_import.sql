-- The import from Open Raadsinformatie (ORI, the open API that gathers what Notubiz, iBabs and other council
-- information systems publish): staff link a project to agenda items by their public ORI id, and
-- `npm run import:council` (scripts/import-council.ts) brings in each linked item's meeting, the agenda item itself
-- and the motions and amendments submitted there with their votes, as drafts for staff to check and approve.
--
--  * portal.council_links: which ORI agenda items a project follows. Staff configuration, not a record residents
--    see: editors of the project's organisation read, add and remove links; nobody else sees them.
--  * public.staff_link_council_item, staff_unlink_council_item and staff_council_links: the API for them.
--  * public.staff_import_council_item: one agenda item, whole or not at all. It writes only through the same save
--    functions staff use (staff_save_council_moment, staff_save_motion), as the signed-in import account, so every
--    rule of the public record holds: a new record is a draft, an edit of a published one is a pending revision
--    that a second person approves, every write is audited. It only saves when an imported field differs from the
--    working version (portal.staff_record), so running the import again changes nothing.
--
-- The import owns the fields that come from ORI (the meeting's date, time and body, the agenda item's name and
-- proposal, and per motion its kind, title, submitters, what it asks, its result and votes). What staff write
-- (a moment's outcome and its summary, the council's reasons, the effect on promises, whether the council departed
-- from the participation, a motion's phase, every English version) is never touched; a link staff added
-- (source_url) stays when ORI has none, and a result summary staff wrote stays while the result is the same.

-- Which agenda items a project follows ------------------------------------------------------------------------

create table portal.council_links (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  source_id text not null check (source_id ~ '^[A-Za-z0-9_.:-]{1,100}$'),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (project_id, source_id)
);
comment on table portal.council_links is 'Which agenda items in Open Raadsinformatie a project follows: npm run import:council imports each as a council moment of the project, with its motions and votes, as drafts. Staff configuration, not public; editors of the project''s organisation only.';
comment on column portal.council_links.id is 'Primary key.';
comment on column portal.council_links.project_id is 'The project that follows the agenda item.';
comment on column portal.council_links.source_id is 'The agenda item''s public id in Open Raadsinformatie (its _id and @id, for example 44477); the council moment it becomes carries the same source_id.';
comment on column portal.council_links.created_by is 'The staff member who linked it. Not public.';
comment on column portal.council_links.created_at is 'When it was linked.';

alter table portal.council_links enable row level security;
revoke all on portal.council_links from public, anon, authenticated, service_role;
-- A link is added or removed, never edited: no update for anyone.
grant select, insert, delete on portal.council_links to authenticated, service_role;
create policy "Editors can read the council links of their organisation's projects" on portal.council_links
  for select to authenticated
  using (portal.has_staff_role(portal.project_organisation(project_id), 'editor'));
create policy "Editors can link their organisation's projects to council agenda items, in their own name" on portal.council_links
  for insert to authenticated
  with check (portal.has_staff_role(portal.project_organisation(project_id), 'editor') and created_by = auth.uid());
create policy "Editors can unlink their organisation's projects from council agenda items" on portal.council_links
  for delete to authenticated
  using (portal.has_staff_role(portal.project_organisation(project_id), 'editor'));

create trigger council_links_audit after insert or update or delete on portal.council_links
  for each row execute function portal.audit_row();

-- Shared pieces -------------------------------------------------------------------------------------------------

create function portal.refuse_within(prefix text, message text, hint text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = '22023', message = message,
    hint = case when coalesce(hint, '') = '' then prefix else prefix || '.' || hint end;
end
$$;
comment on function portal.refuse_within(text, text, text) is 'Raises a 400 again with its field named inside a part of the input: hint "votes" within "motions.2" becomes "motions.2.votes", so the field a message is about is clear in a nested input.';

create function portal.input_only(input jsonb, allowed text[]) returns void
language plpgsql stable
set search_path = ''
as $$
declare
  field text;
begin
  for field in select k from jsonb_object_keys(input) k order by k loop
    if not (field = any (allowed)) then
      perform portal.invalid(field, 'Dit veld hoort niet bij een import uit de raadsinformatie.',
        'This field is not part of an import from the council information system.');
    end if;
  end loop;
end
$$;
comment on function portal.input_only(jsonb, text[]) is 'Refuses (400, hint the field) an input object with a field outside the allowed list, so an import can never set a field that staff own, such as a council moment''s outcome.';

create function portal.council_link_source_id(input jsonb) returns text
language plpgsql stable
set search_path = ''
as $$
declare
  value text := portal.input_source_id(input, 'source_id', 'Het id van het agendapunt', 'The id of the agenda item');
begin
  if value is null then
    perform portal.invalid('source_id', 'Vul het id van het agendapunt in, zoals Open Raadsinformatie het geeft.',
      'Fill in the id of the agenda item, as Open Raadsinformatie gives it.');
  end if;
  return value;
end
$$;
comment on function portal.council_link_source_id(jsonb) is 'Reads the required id of an agenda item in Open Raadsinformatie (letters, digits and _.:- up to 100) from input.source_id.';

create function portal.council_link_document(link portal.council_links) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', link.id, 'project_id', p.id, 'project_slug', p.slug, 'project_title', p.title,
    'organisation_id', p.organisation_id, 'source_id', link.source_id, 'created_at', link.created_at,
    'moment', (
      select jsonb_build_object('id', c.id, 'publication', c.publication,
        'pending_revision', exists (select 1 from portal.revisions x where x.kind = 'council_moment' and x.record_id = c.id),
        'updated_at', portal.working_version('council_moment', c.id, c.updated_at),
        'motions', (select count(*) from portal.council_motions m where m.council_moment_id = c.id))
      from portal.council_moments c where c.project_id = link.project_id and c.source_id = link.source_id))
  from portal.projects p where p.id = link.project_id
$$;
comment on function portal.council_link_document(portal.council_links) is 'A council link as the API shows it: {id, project_id, project_slug, project_title, organisation_id, source_id, created_at, moment}, moment being the council moment imported for it ({id, publication, pending_revision, updated_at, motions (how many)}) or null while there is none.';

create function portal.import_save(save_function text, input jsonb, field_prefix text) returns jsonb
language plpgsql volatile
set search_path = ''
as $$
declare
  result jsonb;
  failure_message text;
  failure_hint text;
begin
  if save_function not in ('staff_save_council_moment', 'staff_save_motion') then
    raise exception 'portal.import_save: % is not a save function of the import', save_function;
  end if;
  begin
    execute format('select public.%I($1)', save_function) into result using input;
  exception when sqlstate '22023' then
    get stacked diagnostics failure_message = message_text, failure_hint = pg_exception_hint;
    perform portal.refuse_within(field_prefix, failure_message, failure_hint);
  end;
  return result;
end
$$;
comment on function portal.import_save(text, jsonb, text) is 'For the import: calls a staff save function (staff_save_council_moment or staff_save_motion) as the caller, and names the field of a refusal within its part of the import input (moment.<field>, motions.<n>.<field>). Every other error passes unchanged.';

revoke all on function portal.refuse_within(text, text, text), portal.input_only(jsonb, text[]),
  portal.council_link_source_id(jsonb), portal.council_link_document(portal.council_links),
  portal.import_save(text, jsonb, text)
from public, anon;
grant execute on function portal.refuse_within(text, text, text), portal.input_only(jsonb, text[]),
  portal.council_link_source_id(jsonb), portal.council_link_document(portal.council_links),
  portal.import_save(text, jsonb, text)
to authenticated, service_role;

-- public.staff_link_council_item, staff_unlink_council_item, staff_council_links -------------------------------------

create function public.staff_link_council_item(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  v_source_id text;
  link portal.council_links;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  perform portal.staff_project_organisation(project, 'editor');
  perform portal.input_only(input, array['project_id', 'source_id']);
  v_source_id := portal.council_link_source_id(input);
  -- Linking what is linked already is no error: the answer is the same link.
  insert into portal.council_links (project_id, source_id, created_by) values (project, v_source_id, auth.uid())
  on conflict (project_id, source_id) do nothing;
  select * into link from portal.council_links l where l.project_id = project and l.source_id = v_source_id;
  return portal.council_link_document(link);
end
$$;
comment on function public.staff_link_council_item(jsonb) is 'Links a project to an agenda item in Open Raadsinformatie, so that npm run import:council imports it. Input: {project_id, source_id (the agenda item''s public ORI id: letters, digits and _.:- up to 100)}. Linking it again changes nothing. Returns the link as staff_council_links lists it. Editors of the project''s organisation. Errors: 400 (hint names the field), 401, 404 (unknown and foreign projects alike).';

create function public.staff_unlink_council_item(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  v_source_id text;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  perform portal.staff_project_organisation(project, 'editor');
  perform portal.input_only(input, array['project_id', 'source_id']);
  v_source_id := portal.council_link_source_id(input);
  delete from portal.council_links l where l.project_id = project and l.source_id = v_source_id;
  if not found then
    perform portal.not_found('Dit agendapunt is niet gekoppeld aan dit project.', 'This agenda item is not linked to this project.');
  end if;
  return jsonb_build_object('project_id', project, 'source_id', v_source_id, 'unlinked', true);
end
$$;
comment on function public.staff_unlink_council_item(jsonb) is 'Stops importing an agenda item of Open Raadsinformatie into a project. Input: {project_id, source_id}. What was imported stays, as every record does: a draft can be deleted, a public record withdrawn, through the workflow. Returns {project_id, source_id, unlinked: true}. Editors of the project''s organisation. Errors: 400 (hint names the field), 401, 404 (unknown or foreign project, or no such link).';

create function public.staff_council_links(input jsonb default '{}'::jsonb) returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
declare
  org uuid;
  orgs uuid[];
begin
  input := portal.input_object(coalesce(input, '{}'::jsonb));
  if auth.uid() is null then
    perform portal.forbidden('Log eerst in.', 'Please sign in first.');
  end if;
  perform portal.input_only(input, array['organisation_id']);
  org := portal.input_uuid(input, 'organisation_id', 'De organisatie', 'The organisation', false);
  if org is not null then
    perform portal.require_staff(org, 'editor');
    orgs := array[org];
  else
    select coalesce(array_agg(m.organisation_id), '{}') into orgs
    from portal.staff_memberships m where m.user_id = auth.uid();
  end if;
  return (
    select coalesce(jsonb_agg(portal.council_link_document(l) order by p.organisation_id, p.slug, l.created_at, l.source_id), '[]'::jsonb)
    from portal.council_links l join portal.projects p on p.id = l.project_id
    where p.organisation_id = any (orgs));
end
$$;
comment on function public.staff_council_links(jsonb) is 'The links between projects and agenda items in Open Raadsinformatie of the caller''s organisations (or of one: input {organisation_id?}), by project: [{id, project_id, project_slug, project_title, organisation_id, source_id, created_at, moment}], moment being the council moment imported for the link ({id, publication, pending_revision, updated_at, motions}) or null while there is none. What npm run import:council imports. Staff only: 401 without a user, 404 for an organisation the caller does not work for; an empty list for a signed-in user who is not staff.';

-- public.staff_import_council_item --------------------------------------------------------------------------------

create function public.staff_import_council_item(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  moment_in jsonb;
  motions_in jsonb;
  failure_message text;
  failure_hint text;
  -- The agenda item
  v_source_id text;
  v_meets_on date;
  v_starts_at timestamptz;
  v_meeting_kind text;
  v_body text;
  v_agenda_item text;
  v_proposal text;
  v_source_url text;
  v_meeting_source_id text;
  existing_moment portal.council_moments;
  working jsonb;
  moment_id uuid;
  moment_state text;
  -- Its motions and amendments
  item jsonb;
  item_number integer;
  prefix text;
  seen text[] := '{}';
  m_source_id text;
  m_kind text;
  m_reference text;
  m_title text;
  m_submitted_by text;
  m_asks text;
  m_result text;
  m_summary text;
  m_votes jsonb;
  m_source_url text;
  existing_motion portal.council_motions;
  keep_summary boolean;
  saved jsonb;
  motion_state text;
  motion_states jsonb := '[]'::jsonb;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  perform portal.staff_project_organisation(project, 'editor');
  perform portal.input_only(input, array['project_id', 'moment', 'motions']);

  moment_in := input -> 'moment';
  if moment_in is null or jsonb_typeof(moment_in) <> 'object' then
    perform portal.invalid('moment', 'De gegevens van het agendapunt ontbreken.', 'The fields of the agenda item are missing.');
  end if;
  motions_in := coalesce(input -> 'motions', '[]'::jsonb);
  if jsonb_typeof(motions_in) = 'null' then
    motions_in := '[]'::jsonb;
  end if;
  if jsonb_typeof(motions_in) <> 'array' then
    perform portal.invalid('motions', 'De moties en amendementen moeten een lijst zijn.', 'The motions and amendments must be a list.');
  end if;
  if jsonb_array_length(motions_in) > 100 then
    perform portal.invalid('motions', 'Eén agendapunt heeft hoogstens 100 moties en amendementen.',
      'One agenda item has at most 100 motions and amendments.');
  end if;

  -- The agenda item's fields, read as staff_save_council_moment reads them, so that they compare with what is
  -- stored; a refusal names the field within "moment".
  begin
    perform portal.input_only(moment_in, array['source_id', 'meeting_source_id', 'meets_on', 'starts_at', 'meeting_kind',
      'body', 'agenda_item', 'proposal', 'source_url']);
    v_source_id := portal.council_link_source_id(moment_in);
    v_meets_on := portal.input_date(moment_in, 'meets_on', 'De datum van de vergadering', 'The date of the meeting');
    v_starts_at := portal.input_timestamp(moment_in, 'starts_at', 'De begintijd', 'The start time', false);
    v_meeting_kind := portal.input_choice(moment_in, 'meeting_kind', 'Het soort vergadering', 'The kind of meeting',
      portal.enum_values('portal.council_meeting_kind'));
    v_body := portal.input_text(moment_in, 'body', 'Wie vergadert', 'Who meets', 200);
    v_agenda_item := portal.input_text(moment_in, 'agenda_item', 'Het agendapunt', 'The agenda item', 500);
    v_proposal := portal.input_text(moment_in, 'proposal', 'Het voorstel', 'The proposal', 4000);
    v_source_url := portal.input_url(moment_in, 'source_url', 'De link naar het raadsstuk', 'The link to the council document');
    v_meeting_source_id := portal.input_source_id(moment_in, 'meeting_source_id', 'Het id van de vergadering', 'The id of the meeting');
    -- Only what staff linked is imported: the links are the one list of what a project follows.
    if not exists (select 1 from portal.council_links l where l.project_id = project and l.source_id = v_source_id) then
      perform portal.invalid('source_id', 'Koppel dit agendapunt eerst aan het project.', 'Link this agenda item to the project first.');
    end if;
  exception when sqlstate '22023' then
    get stacked diagnostics failure_message = message_text, failure_hint = pg_exception_hint;
    perform portal.refuse_within('moment', failure_message, failure_hint);
  end;

  select * into existing_moment from portal.council_moments c where c.project_id = project and c.source_id = v_source_id;
  if not found then
    saved := portal.import_save('staff_save_council_moment', moment_in || jsonb_build_object('project_id', project), 'moment');
    moment_id := (saved ->> 'id')::uuid;
    moment_state := 'created';
  else
    moment_id := existing_moment.id;
    -- The working version: a pending revision's fields where there is one, else the row.
    working := portal.staff_record('council_moment', existing_moment.id);
    if (working ->> 'meets_on')::date is distinct from v_meets_on
       or (working ->> 'starts_at')::timestamptz is distinct from v_starts_at
       or working ->> 'meeting_kind' is distinct from v_meeting_kind
       or working ->> 'body' is distinct from v_body
       or working ->> 'agenda_item' is distinct from v_agenda_item
       or working ->> 'proposal' is distinct from v_proposal
       or working ->> 'meeting_source_id' is distinct from v_meeting_source_id
       or (v_source_url is not null and working ->> 'source_url' is distinct from v_source_url) then
      -- Staff's fields go along unchanged, with the version the comparison was made with (409 if it changed since).
      perform portal.import_save('staff_save_council_moment', (moment_in - 'source_url') || jsonb_build_object(
        'id', existing_moment.id, 'project_id', project, 'updated_at', working -> 'updated_at',
        'outcome', working -> 'outcome', 'outcome_summary', working -> 'outcome_summary',
        'differs_from_participation', working -> 'differs_from_participation',
        'council_reasons', working -> 'council_reasons', 'effect_on_promises', working -> 'effect_on_promises',
        'source_url', coalesce(v_source_url, working ->> 'source_url')), 'moment');
      moment_state := 'updated';
    else
      moment_state := 'unchanged';
    end if;
  end if;

  for item, item_number in select e.value, (e.ordinality - 1)::integer from jsonb_array_elements(motions_in) with ordinality e loop
    prefix := 'motions.' || item_number;
    saved := null;
    existing_motion := null;
    begin
      if jsonb_typeof(item) <> 'object' then
        perform portal.invalid('', 'Deze motie kwam niet goed aan.', 'This motion did not arrive properly.');
      end if;
      perform portal.input_only(item, array['source_id', 'kind', 'reference', 'title', 'submitted_by', 'asks', 'result',
        'result_summary', 'votes', 'source_url']);
      m_source_id := portal.input_source_id(item, 'source_id', 'Het id van de motie', 'The id of the motion');
      if m_source_id is null then
        perform portal.invalid('source_id', 'Vul het id van de motie in, zoals Open Raadsinformatie het geeft.',
          'Fill in the id of the motion, as Open Raadsinformatie gives it.');
      end if;
      if m_source_id = any (seen) then
        perform portal.invalid('source_id', 'Deze motie staat twee keer in de import.', 'This motion is in the import twice.');
      end if;
      seen := seen || m_source_id;
      m_kind := coalesce(portal.input_choice(item, 'kind', 'Motie of amendement', 'Motion or amendment',
        portal.enum_values('portal.motion_kind'), false), 'motion');
      m_reference := portal.input_text(item, 'reference', 'Het nummer', 'The number', 50, false);
      m_title := portal.input_text(item, 'title', 'De titel', 'The title', 200);
      m_submitted_by := portal.input_text(item, 'submitted_by', 'Ingediend door', 'Submitted by', 500);
      m_asks := portal.input_text(item, 'asks', 'Wat het vraagt', 'What it asks', 4000);
      m_result := coalesce(portal.input_choice(item, 'result', 'De uitslag', 'The result',
        portal.enum_values('portal.motion_result'), false), 'pending');
      m_summary := portal.input_text(item, 'result_summary', 'Wat het veranderde', 'What it changed', 4000, false);
      m_votes := coalesce(item -> 'votes', '[]'::jsonb);
      if jsonb_typeof(m_votes) = 'null' then
        m_votes := '[]'::jsonb;
      end if;
      m_source_url := portal.input_url(item, 'source_url', 'De link naar de motie', 'The link to the motion');
    exception when sqlstate '22023' then
      get stacked diagnostics failure_message = message_text, failure_hint = pg_exception_hint;
      perform portal.refuse_within(prefix, failure_message, failure_hint);
    end;

    select * into existing_motion from portal.council_motions m where m.project_id = project and m.source_id = m_source_id;
    if not found then
      saved := portal.import_save('staff_save_motion', item || jsonb_build_object('project_id', project,
        'council_moment_id', moment_id, 'votes', m_votes), prefix);
      motion_state := 'created';
    else
      working := portal.staff_record('motion', existing_motion.id);
      -- A summary of the result that staff wrote stays while the result is the same; a new result brings the
      -- import's own summary, since the old one was about another outcome.
      keep_summary := working ->> 'result' = m_result and working ->> 'result_summary' is not null;
      if (working ->> 'council_moment_id')::uuid is distinct from moment_id
         or working ->> 'kind' is distinct from m_kind
         or working ->> 'reference' is distinct from m_reference
         or working ->> 'title' is distinct from m_title
         or working ->> 'submitted_by' is distinct from m_submitted_by
         or working ->> 'asks' is distinct from m_asks
         or working ->> 'result' is distinct from m_result
         or working -> 'votes' is distinct from m_votes
         or (not keep_summary and working ->> 'result_summary' is distinct from m_summary)
         or (m_source_url is not null and working ->> 'source_url' is distinct from m_source_url) then
        saved := portal.import_save('staff_save_motion', (item - 'source_url' - 'result_summary') || jsonb_build_object(
          'id', existing_motion.id, 'project_id', project, 'updated_at', working -> 'updated_at',
          'council_moment_id', moment_id, 'phase_id', working -> 'phase_id', 'votes', m_votes,
          'result_summary', case when keep_summary then working ->> 'result_summary' else m_summary end,
          'source_url', coalesce(m_source_url, working ->> 'source_url')), prefix);
        motion_state := 'updated';
      else
        motion_state := 'unchanged';
      end if;
    end if;
    motion_states := motion_states || jsonb_build_array(jsonb_build_object(
      'source_id', m_source_id, 'id', coalesce((saved ->> 'id')::uuid, existing_motion.id), 'state', motion_state));
  end loop;

  return jsonb_build_object('project_id', project, 'source_id', v_source_id, 'moment_id', moment_id,
    'moment', moment_state, 'motions', motion_states);
end
$$;
comment on function public.staff_import_council_item(jsonb) is 'Imports one agenda item of Open Raadsinformatie into a project that links it (staff_link_council_item), whole or not at all (one transaction). Input: {project_id, moment: {source_id (the agenda item''s ORI id), meeting_source_id?, meets_on (yyyy-mm-dd), starts_at? (ISO 8601 with offset), meeting_kind (committee or council), body (≤ 200), agenda_item (≤ 500), proposal (≤ 4000), source_url?}, motions?: [{source_id, kind? (motion or amendment), reference?, title (≤ 200), submitted_by (≤ 500), asks (≤ 4000), result? (pending, adopted, rejected, withdrawn, held), result_summary? (required when adopted), votes? ([{party, for, against}], only when adopted or rejected), source_url?}] (at most 100)}. Finds the council moment and each motion by (project, source_id); creates what is missing as a draft through staff_save_council_moment and staff_save_motion, and saves an existing one through them (a published one: as its pending revision) only when an imported field differs from its working version, keeping what staff own (outcome, outcome_summary, differs_from_participation, council_reasons, effect_on_promises, phase_id, translations; source_url when the import has none; a result_summary while the result is unchanged). Importing the same again changes nothing. Returns {project_id, source_id, moment_id, moment (created, updated or unchanged), motions: [{source_id, id, state}]}. Editors of the project''s organisation. Errors: 400 (hint names the field: moment.<field>, motions.<n>.<field>; moment.source_id when the item is not linked), 401, 404, 409 (a record changed during the import).';

revoke all on function public.staff_link_council_item(jsonb), public.staff_unlink_council_item(jsonb),
  public.staff_council_links(jsonb), public.staff_import_council_item(jsonb)
from public, anon;
grant execute on function public.staff_link_council_item(jsonb), public.staff_unlink_council_item(jsonb),
  public.staff_council_links(jsonb), public.staff_import_council_item(jsonb)
to authenticated, service_role;
