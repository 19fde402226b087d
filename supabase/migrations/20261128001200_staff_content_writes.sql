-- Staff write functions for what a project tells residents: updates, decisions (with the input themes they
-- answer), promises and their public status history, council moments, key dates and lessons.
--
-- Each function takes one `input jsonb` (see 20261128000900_staff_write_base.sql for why), runs as the caller
-- (security invoker, so row level security stays the second line of defence), and:
--   1. finds the project through portal.staff_project_organisation (401 without a user, 404 for unknown and
--      foreign projects alike);
--   2. on update, finds the record in that project (404 otherwise) and refuses a stale form (409);
--   3. reads every field with the portal.input_* parsers and checks the rules between fields itself, so a
--      staff member always gets a plain message next to the right field, never a constraint name;
--   4. writes a record that is not public in place, and turns an edit of a published record into its pending
--      revision (portal.propose_revision): what residents see changes only when a second person approves;
--   5. returns the saved record as portal.staff_record shows it (also in staff_project).
-- New records start as drafts written by the caller; saving an awaiting record keeps it awaiting; saving an
-- unpublished one makes it a draft again, a scheduled one awaits approval again.
--
-- Each is two functions: portal.<name>_fields does the above for the Dutch fields, and public.<name> calls it
-- through portal.save_with_translations, which saves the English versions with them
-- (20261128000900_staff_write_base.sql).
--
-- Field labels (Dutch / English) include the article, so the shared parsers say "Vul de titel in." /
-- "Fill in the title.".

-- Shared pieces ------------------------------------------------------------------------------------------
-- What every staff write function shares (record_missing, check_version, conflict, input_phase, dates_in_order,
-- publication_after_save) lives in 20261128000900_staff_write_base.sql, the revisions and staff_record in
-- 20261204000100_public_record.sql.

-- Replacing a decision's responses deletes the old ones. Input responses have no publication state of their
-- own, so the standard policies let only approvers delete them; an editor working on a decision that is not
-- published may also delete its responses (those of a published decision stay with the approvers).
create policy "Editors can delete the responses of unpublished decisions" on portal.input_responses
  for delete to authenticated
  using (
    portal.has_staff_role(portal.project_organisation(project_id), 'editor')
    and exists (select 1 from portal.decisions d where d.id = decision_id and d.publication <> 'published')
  );

-- public.staff_save_update --------------------------------------------------------------------------------

create function portal.staff_save_update_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  record_id uuid;
  existing portal.updates;
  saved portal.updates;
  v_title text;
  v_body text;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  record_id := portal.input_uuid(input, 'id', 'Het bericht', 'The update', false);
  if record_id is not null then
    select * into existing from portal.updates u where u.id = record_id and u.project_id = project;
    if not found then perform portal.record_missing(); end if;
    perform portal.check_version(input, portal.working_version('update', existing.id, existing.updated_at));
  end if;

  v_title := portal.input_text(input, 'title', 'De titel', 'The title', 200);
  -- Validated like any text (required, length, no control characters), then stored as written: leading
  -- spaces can matter in Markdown, so only blank lines before and whitespace after the text are dropped.
  perform portal.input_text(input, 'body_md', 'De tekst', 'The text', 20000);
  v_body := regexp_replace(rtrim(input ->> 'body_md', E' \t\r\n'), E'^([ \t]*\r?\n)+', '');
  if char_length(v_body) > 20000 then
    perform portal.invalid('body_md', format('De tekst is te lang: %s tekens, hoogstens 20000.', char_length(v_body)),
      format('The text is too long: %s characters, at most 20000.', char_length(v_body)));
  end if;

  if record_id is null then
    insert into portal.updates (project_id, title, body_md, publication, author_id)
    values (project, v_title, v_body, 'draft', auth.uid())
    returning * into saved;
  elsif existing.publication = 'published' then
    return portal.propose_revision('update', record_id, jsonb_build_object('title', v_title, 'body_md', v_body), input);
  else
    update portal.updates u
       set title = v_title, body_md = v_body, publication = portal.publication_after_save(u.publication)
     where u.id = record_id and u.updated_at = existing.updated_at
    returning * into saved;
    if not found then perform portal.conflict(); end if;
  end if;
  return portal.staff_record('update', saved.id);
end
$$;
comment on function portal.staff_save_update_fields(jsonb) is 'The Dutch part of public.staff_save_update: every check and field but translations, which public.staff_save_update adds (portal.save_with_translations).';

create function public.staff_save_update(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('update', 'staff_save_update_fields', input) $$;
comment on function public.staff_save_update(jsonb) is
'Creates or edits a news update of a project; the edit of a published update becomes its pending revision. Input: {id? (to edit), project_id, title (≤ 200), body_md (Markdown, ≤ 20000, stored as written and sanitised when rendered), updated_at? (the version the form loaded)}. Returns the update as portal.staff_record shows it. Errors: 400 (hint names the field), 401 without sign-in, 404 for an unknown or foreign project or update, 409 when the update (or its pending revision) changed since the form loaded. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- public.staff_save_decision ------------------------------------------------------------------------------

create function portal.staff_save_decision_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  record_id uuid;
  existing portal.decisions;
  saved portal.decisions;
  v_phase uuid;
  v_decided_on date;
  v_decided_by text;
  v_title text;
  v_decision text;
  v_rationale text;
  v_input_used text;
  v_source_url text;
  responses jsonb;
  item jsonb;
  line_no integer := 0;
  v_theme uuid;
  v_we_did text;
  seen uuid[] := '{}';
  parsed jsonb := '[]';
  problem text;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  record_id := portal.input_uuid(input, 'id', 'Het besluit', 'The decision', false);
  if record_id is not null then
    select * into existing from portal.decisions d where d.id = record_id and d.project_id = project;
    if not found then perform portal.record_missing(); end if;
    perform portal.check_version(input, portal.working_version('decision', existing.id, existing.updated_at));
  end if;

  v_phase := portal.input_phase(input, 'phase_id', 'De fase', 'The phase', project);
  v_decided_on := portal.input_date(input, 'decided_on', 'De datum van het besluit', 'The date of the decision');
  v_decided_by := portal.input_text(input, 'decided_by', 'Wie besloot', 'Who decided', 200);
  v_title := portal.input_text(input, 'title', 'De titel', 'The title', 200);
  v_decision := portal.input_text(input, 'decision', 'Het besluit', 'The decision', 4000);
  v_rationale := portal.input_text(input, 'rationale', 'De uitleg waarom', 'The reasons', 8000);
  v_input_used := portal.input_text(input, 'input_used', 'Hoe de inbreng is gebruikt', 'How the input was used', 8000);
  v_source_url := portal.input_url(input, 'source_url', 'De link naar het besluit', 'The link to the decision');

  -- responses: absent or null leaves them as they are; a list replaces them all.
  responses := input -> 'responses';
  if responses is not null and jsonb_typeof(responses) <> 'null' then
    if jsonb_typeof(responses) <> 'array' then
      perform portal.invalid('responses', 'De reacties op de inbreng moeten een lijst zijn.',
        'The responses to the input must be a list.');
    end if;
    if jsonb_array_length(responses) > 200 then
      perform portal.invalid('responses', 'Er zijn te veel reacties: hoogstens 200.', 'There are too many responses: at most 200.');
    end if;
    for item in select e.value from jsonb_array_elements(responses) e loop
      line_no := line_no + 1;
      if jsonb_typeof(item) <> 'object' then
        perform portal.invalid('responses',
          format('Reactie %s kwam niet goed aan. Kies het thema en vul in wat we deden.', line_no),
          format('Response %s did not arrive properly. Choose the theme and fill in what we did.', line_no));
      end if;
      begin
        v_theme := portal.input_uuid(item, 'input_theme_id', 'Het thema', 'The theme');
        v_we_did := portal.input_text(item, 'we_did', 'Wat we deden', 'What we did', 4000);
      exception when sqlstate '22023' then
        -- One field of the form holds the whole list: point at it, and say which line is wrong.
        get stacked diagnostics problem = message_text;
        raise exception using errcode = '22023', hint = 'responses',
          message = portal.t(format('Reactie %s: %s', line_no, problem), format('Response %s: %s', line_no, problem));
      end;
      if not exists (select 1 from portal.input_themes t where t.id = v_theme and t.project_id = project) then
        perform portal.invalid('responses',
          format('Reactie %s: kies een thema van dit project.', line_no),
          format('Response %s: choose a theme of this project.', line_no));
      end if;
      if v_theme = any (seen) then
        perform portal.invalid('responses',
          format('Reactie %s: dit thema staat er al. Geef elk thema één reactie.', line_no),
          format('Response %s: this theme is already listed. Give each theme one response.', line_no));
      end if;
      seen := seen || v_theme;
      parsed := parsed || jsonb_build_array(jsonb_build_object('input_theme_id', v_theme, 'we_did', v_we_did));
    end loop;
  end if;

  if record_id is not null and existing.publication = 'published' then
    return portal.propose_revision('decision', record_id, jsonb_build_object('phase_id', v_phase, 'decided_on', v_decided_on,
      'decided_by', v_decided_by, 'title', v_title, 'decision', v_decision, 'rationale', v_rationale, 'input_used', v_input_used,
      'source_url', v_source_url)
      || case when responses is not null and jsonb_typeof(responses) <> 'null' then jsonb_build_object('responses', (
        select coalesce(jsonb_agg(e.value order by e.value ->> 'input_theme_id'), '[]'::jsonb) from jsonb_array_elements(parsed) e))
         else '{}'::jsonb end, input);
  end if;

  if record_id is null then
    insert into portal.decisions (project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
                                  source_url, publication, author_id)
    values (project, v_phase, v_decided_on, v_decided_by, v_title, v_decision, v_rationale, v_input_used,
            v_source_url, 'draft', auth.uid())
    returning * into saved;
  else
    update portal.decisions d
       set phase_id = v_phase, decided_on = v_decided_on, decided_by = v_decided_by, title = v_title,
           decision = v_decision, rationale = v_rationale, input_used = v_input_used, source_url = v_source_url,
           publication = portal.publication_after_save(d.publication)
     where d.id = record_id and d.updated_at = existing.updated_at
    returning * into saved;
    if not found then perform portal.conflict(); end if;
  end if;

  if responses is not null and jsonb_typeof(responses) <> 'null' then
    delete from portal.input_responses r where r.decision_id = saved.id;
    insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did)
    select project, (e.value ->> 'input_theme_id')::uuid, saved.id, e.value ->> 'we_did'
    from jsonb_array_elements(parsed) e;
  end if;
  return portal.staff_record('decision', saved.id);
end
$$;
comment on function portal.staff_save_decision_fields(jsonb) is 'The Dutch part of public.staff_save_decision: every check and field but translations, which public.staff_save_decision adds (portal.save_with_translations).';

create function public.staff_save_decision(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('decision', 'staff_save_decision_fields', input) $$;
comment on function public.staff_save_decision(jsonb) is
'Creates or edits a decision of a project. Input: {id?, project_id, phase_id?, decided_on (yyyy-mm-dd), decided_by (≤ 200), title (≤ 200), decision (≤ 4000), rationale (≤ 8000), input_used (≤ 8000), source_url? (http(s)), responses? ([{input_theme_id, we_did (≤ 4000)}]: replaces the decision''s responses; each theme of the same project and only once; absent keeps them), updated_at?}. The edit of a published decision becomes its pending revision. Returns the decision (with its responses) as portal.staff_record shows it. Errors: 400 (hint names the field; responses for any problem in the list), 401, 404, 409. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- public.staff_save_promise -------------------------------------------------------------------------------

create function portal.staff_save_promise_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  record_id uuid;
  existing portal.promises;
  saved portal.promises;
  v_phase uuid;
  v_body text;
  v_made_on date;
  v_made_by text;
  v_made_to text;
  v_context text;
  v_due_on date;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  record_id := portal.input_uuid(input, 'id', 'De toezegging', 'The promise', false);
  if record_id is not null then
    select * into existing from portal.promises p where p.id = record_id and p.project_id = project;
    if not found then perform portal.record_missing(); end if;
    perform portal.check_version(input, portal.working_version('promise', existing.id, existing.updated_at));
  end if;

  v_phase := portal.input_phase(input, 'phase_id', 'De fase', 'The phase', project);
  v_body := portal.input_text(input, 'body', 'De toezegging', 'The promise', 2000);
  v_made_on := portal.input_date(input, 'made_on', 'De datum van de toezegging', 'The date of the promise');
  v_made_by := portal.input_text(input, 'made_by', 'Wie het beloofde', 'Who promised', 200);
  v_made_to := coalesce(portal.input_choice(input, 'made_to', 'Aan wie het beloofd is', 'To whom it was promised',
    portal.enum_values('portal.promise_audience'), false), 'residents');
  v_context := portal.input_text(input, 'context', 'Waar het beloofd is', 'Where it was promised', 500);
  v_due_on := portal.input_date(input, 'due_on', 'De datum waarop het klaar is', 'The date it is due', false);
  perform portal.dates_in_order(v_made_on, v_due_on, 'due_on', 'De datum waarop het klaar is', 'The date it is due',
    'de datum van de toezegging', 'date of the promise');

  if record_id is null then
    -- The status is not written here: a new promise starts open, and changes only through its history.
    insert into portal.promises (project_id, phase_id, body, made_on, made_by, made_to, context, due_on, publication, author_id)
    values (project, v_phase, v_body, v_made_on, v_made_by, v_made_to::portal.promise_audience, v_context, v_due_on, 'draft', auth.uid())
    returning * into saved;
  elsif existing.publication = 'published' then
    return portal.propose_revision('promise', record_id, jsonb_build_object('phase_id', v_phase, 'body', v_body,
      'made_on', v_made_on, 'made_by', v_made_by, 'made_to', v_made_to, 'context', v_context, 'due_on', v_due_on), input);
  else
    update portal.promises p
       set phase_id = v_phase, body = v_body, made_on = v_made_on, made_by = v_made_by,
           made_to = v_made_to::portal.promise_audience, context = v_context,
           due_on = v_due_on, publication = portal.publication_after_save(p.publication)
     where p.id = record_id and p.updated_at = existing.updated_at
    returning * into saved;
    if not found then perform portal.conflict(); end if;
  end if;
  return portal.staff_record('promise', saved.id);
end
$$;
comment on function portal.staff_save_promise_fields(jsonb) is 'The Dutch part of public.staff_save_promise: every check and field but translations, which public.staff_save_promise adds (portal.save_with_translations).';

create function public.staff_save_promise(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('promise', 'staff_save_promise_fields', input) $$;
comment on function public.staff_save_promise(jsonb) is
'Creates or edits a promise (toezegging). Input: {id?, project_id, phase_id?, body (≤ 2000), made_on (yyyy-mm-dd), made_by (≤ 200), made_to? (residents, default, or council: a commitment of the college to the council), context (≤ 500), due_on? (not before made_on), updated_at?}. The status is not changed here (see staff_change_promise_status). The edit of a published promise (its text, its due date) becomes its pending revision, and its versions stay public. Returns the promise (with its history and pending status change) as portal.staff_record shows it. Errors: 400 (hint names the field), 401, 404, 409. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- public.staff_change_promise_status ----------------------------------------------------------------------

create function portal.staff_change_promise_status_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  promise uuid;
  existing portal.promises;
  pending record;
  v_status text;
  v_explanation text;
  v_evidence_url text;
  v_changed_by text;
  me uuid := auth.uid();
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  promise := portal.input_uuid(input, 'promise_id', 'De toezegging', 'The promise');
  select * into existing from portal.promises p where p.id = promise and p.project_id = project;
  if not found then perform portal.record_missing(); end if;
  -- The version the workspace shows of the promise: its pending text revision's, if it has one.
  perform portal.check_version(input, portal.working_version('promise', promise, existing.updated_at));
  if existing.publication <> 'published' then
    perform portal.workflow_state_error(
      'Een toezegging krijgt pas een nieuwe status als ze openbaar is. Laat de toezegging eerst goedkeuren.',
      'A promise gets a new status only once it is public. Have the promise approved first.', 'status');
  end if;

  v_status := portal.input_choice(input, 'status', 'De nieuwe status', 'The new status', portal.enum_values('portal.promise_status'));
  if v_status = existing.status::text then
    perform portal.invalid('status', 'De toezegging heeft deze status al.', 'The promise already has this status.');
  end if;
  v_explanation := portal.input_text(input, 'explanation', 'De uitleg', 'The explanation', 4000, false);
  -- Residents are owed the reason for every step but back to open: what was done, what changed, why not.
  if v_status <> 'open' and v_explanation is null then
    perform portal.invalid('explanation',
      'Leg uit wat er met deze toezegging is gebeurd. Inwoners zien deze uitleg in de geschiedenis van de toezegging.',
      'Explain what happened with this promise. Residents see this explanation in the history of the promise.');
  end if;
  v_evidence_url := portal.input_url(input, 'evidence_url', 'De link naar het bewijs', 'The link to the evidence');
  v_changed_by := portal.input_text(input, 'changed_by', 'Wie verantwoordelijk is', 'Who is accountable', 200);

  -- The change waits for a second person's approval (staff_approve, kind promise_status) before it joins the
  -- public history. One at a time: a returned one is replaced, one that awaits approval is decided on first.
  select * into pending from portal.revisions x where x.kind = 'promise_status' and x.record_id = promise for update;
  if pending.id is not null and pending.state <> 'draft' then
    perform portal.workflow_state_error(
      'Er wacht al een statuswijziging van deze toezegging op goedkeuring. Laat een fiatteur die eerst goedkeuren of terugsturen.',
      'A status change of this promise is already waiting for approval. Have an approver approve or return it first.', 'status');
  end if;
  insert into portal.revisions (kind, record_id, organisation_id, project_id, content, state, contributors, author_id,
                                submitted_at, base_version)
  values ('promise_status', promise, org, project,
          jsonb_build_object('status', v_status, 'explanation', v_explanation, 'evidence_url', v_evidence_url, 'changed_by', v_changed_by),
          'awaiting_approval', array[me], me, now(), existing.version)
  on conflict on constraint revisions_kind_record_id_key do update
    set content = excluded.content, state = 'awaiting_approval', submitted_at = now(), returned_reason = null,
        contributors = case when me = any (portal.revisions.contributors) then portal.revisions.contributors else portal.revisions.contributors || me end;
  return portal.staff_record('promise', promise);
end
$$;
comment on function portal.staff_change_promise_status_fields(jsonb) is 'The Dutch part of public.staff_change_promise_status: every check and field but translations, which public.staff_change_promise_status adds (portal.save_with_translations).';

create function public.staff_change_promise_status(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('promise_status', 'staff_change_promise_status_fields', input) $$;
comment on function public.staff_change_promise_status(jsonb) is
'Asks for a status change of a published promise: it waits for a second person''s approval (staff_approve with kind promise_status and the promise''s id) before it joins the public history and followers are told. Input: {promise_id, project_id, status (open, in_progress, kept, changed, broken; not the current one), explanation? (≤ 4000; required for every status but open), evidence_url? (http(s)), changed_by (the accountable role or name shown publicly, ≤ 200), updated_at? (of the promise)}. Returns the promise as portal.staff_record shows it, with pending_status. Errors: 400 (hint names the field), 401, 404, 409 (the promise is not public, a status change already awaits approval, or the promise changed meanwhile). English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- public.staff_save_council_moment ------------------------------------------------------------------------

create function portal.staff_save_council_moment_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  record_id uuid;
  existing portal.council_moments;
  saved portal.council_moments;
  v_meets_on date;
  v_starts_at timestamptz;
  v_meeting_kind text;
  v_body text;
  v_agenda_item text;
  v_proposal text;
  v_outcome text;
  v_outcome_summary text;
  v_differs boolean;
  v_council_reasons text;
  v_effect text;
  v_source_url text;
  v_source_id text;
  v_meeting_source_id text;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  record_id := portal.input_uuid(input, 'id', 'Het raadsmoment', 'The council moment', false);
  if record_id is not null then
    select * into existing from portal.council_moments c where c.id = record_id and c.project_id = project;
    if not found then perform portal.record_missing(); end if;
    perform portal.check_version(input, portal.working_version('council_moment', existing.id, existing.updated_at));
  end if;

  v_meets_on := portal.input_date(input, 'meets_on', 'De datum van de vergadering', 'The date of the meeting');
  v_starts_at := portal.input_timestamp(input, 'starts_at', 'De begintijd', 'The start time', false);
  if v_starts_at is not null and (v_starts_at at time zone 'Europe/Amsterdam')::date <> v_meets_on then
    perform portal.invalid('starts_at', 'De begintijd valt niet op de datum van de vergadering.',
      'The start time is not on the date of the meeting.');
  end if;
  v_meeting_kind := coalesce(portal.input_choice(input, 'meeting_kind', 'Het soort vergadering', 'The kind of meeting',
    portal.enum_values('portal.council_meeting_kind'), false), 'council');
  v_body := portal.input_text(input, 'body', 'Wie vergadert', 'Who meets', 200);
  v_agenda_item := portal.input_text(input, 'agenda_item', 'Het agendapunt', 'The agenda item', 500);
  v_proposal := portal.input_text(input, 'proposal', 'Het voorstel', 'The proposal', 4000);
  v_outcome := coalesce(portal.input_choice(input, 'outcome', 'De uitkomst', 'The outcome',
    portal.enum_values('portal.council_outcome'), false), 'pending');
  v_outcome_summary := portal.input_text(input, 'outcome_summary', 'De samenvatting van de uitkomst', 'The summary of the outcome', 4000, false);
  v_differs := portal.input_boolean(input, 'differs_from_participation', 'Anders dan de participatie', 'Different from the participation', false);
  v_council_reasons := portal.input_text(input, 'council_reasons', 'De redenen van de raad', 'The council''s reasons', 8000, false);
  v_effect := portal.input_text(input, 'effect_on_promises', 'Wat dit betekent voor de toezeggingen', 'What this means for the promises', 4000, false);
  v_source_url := portal.input_url(input, 'source_url', 'De link naar het raadsstuk', 'The link to the council document');
  v_source_id := portal.input_source_id(input, 'source_id', 'Het id van het agendapunt', 'The id of the agenda item');
  v_meeting_source_id := portal.input_source_id(input, 'meeting_source_id', 'Het id van de vergadering', 'The id of the meeting');

  -- A committee discusses and advises; only the council itself adopts, amends or rejects.
  if v_meeting_kind = 'committee' and v_outcome in ('adopted', 'amended', 'rejected') then
    perform portal.invalid('outcome',
      'Een commissie neemt geen besluit. Kies bijvoorbeeld besproken, of rijp voor besluit in de raad.',
      'A committee does not decide. Choose for example discussed, or ready for a council decision.');
  elsif v_meeting_kind = 'council' and v_outcome = 'ready_for_council' then
    perform portal.invalid('outcome', 'Rijp voor besluit in de raad is een uitkomst van een commissie.',
      'Ready for a council decision is an outcome of a committee.');
  end if;
  if v_source_id is not null and exists (select 1 from portal.council_moments c where c.project_id = project
      and c.source_id = v_source_id and c.id is distinct from record_id) then
    perform portal.invalid('source_id', 'Dit agendapunt staat al bij dit project.', 'This agenda item is already in this project.');
  end if;

  if v_outcome <> 'pending' and v_outcome_summary is null then
    perform portal.invalid('outcome_summary',
      'Vul de samenvatting van de uitkomst in. Inwoners hebben er recht op te weten wat de raad heeft besloten.',
      'Fill in the summary of the outcome. Residents are owed an account of what the council decided.');
  end if;
  if v_differs and v_council_reasons is null then
    perform portal.invalid('council_reasons',
      'Vul de redenen van de raad in. De raad besloot anders dan de participatie opleverde; inwoners hebben er recht op te weten waarom.',
      'Fill in the council''s reasons. The council decided differently from what the participation produced; residents are owed the reasons why.');
  end if;

  if record_id is null then
    insert into portal.council_moments (project_id, meets_on, starts_at, meeting_kind, body, agenda_item, proposal, outcome,
                                        outcome_summary, differs_from_participation, council_reasons, effect_on_promises,
                                        source_url, source_id, meeting_source_id, publication, author_id)
    values (project, v_meets_on, v_starts_at, v_meeting_kind::portal.council_meeting_kind, v_body, v_agenda_item, v_proposal,
            v_outcome::portal.council_outcome, v_outcome_summary, v_differs, v_council_reasons, v_effect, v_source_url,
            v_source_id, v_meeting_source_id, 'draft', auth.uid())
    returning * into saved;
  elsif existing.publication = 'published' then
    return portal.propose_revision('council_moment', record_id, jsonb_build_object('meets_on', v_meets_on,
      'starts_at', v_starts_at, 'meeting_kind', v_meeting_kind, 'body', v_body,
      'agenda_item', v_agenda_item, 'proposal', v_proposal, 'outcome', v_outcome, 'outcome_summary', v_outcome_summary,
      'differs_from_participation', v_differs, 'council_reasons', v_council_reasons, 'effect_on_promises', v_effect,
      'source_url', v_source_url, 'source_id', v_source_id, 'meeting_source_id', v_meeting_source_id), input);
  else
    update portal.council_moments c
       set meets_on = v_meets_on, starts_at = v_starts_at, meeting_kind = v_meeting_kind::portal.council_meeting_kind,
           body = v_body, agenda_item = v_agenda_item, proposal = v_proposal, source_id = v_source_id,
           meeting_source_id = v_meeting_source_id,
           outcome = v_outcome::portal.council_outcome, outcome_summary = v_outcome_summary,
           differs_from_participation = v_differs, council_reasons = v_council_reasons,
           effect_on_promises = v_effect, source_url = v_source_url,
           publication = portal.publication_after_save(c.publication)
     where c.id = record_id and c.updated_at = existing.updated_at
    returning * into saved;
    if not found then perform portal.conflict(); end if;
  end if;
  return portal.staff_record('council_moment', saved.id);
end
$$;
comment on function portal.staff_save_council_moment_fields(jsonb) is 'The Dutch part of public.staff_save_council_moment: every check and field but translations, which public.staff_save_council_moment adds (portal.save_with_translations).';

create function public.staff_save_council_moment(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('council_moment', 'staff_save_council_moment_fields', input) $$;
comment on function public.staff_save_council_moment(jsonb) is
'Creates or edits a council moment of a project: one agenda item of a committee or council meeting. Input: {id?, project_id, meets_on (yyyy-mm-dd), starts_at? (ISO 8601 with offset, on meets_on in Amsterdam), meeting_kind? (committee or council, default council), body (≤ 200), agenda_item (≤ 500), proposal (≤ 4000), outcome (pending; for both postponed, withdrawn, discussed, noted; for the council adopted, amended, rejected; for a committee ready_for_council; default pending), outcome_summary? (≤ 4000; required unless pending), differs_from_participation? (default false), council_reasons? (≤ 8000; required when it differs), effect_on_promises? (≤ 4000), source_url? (http(s)), source_id?, meeting_source_id? (the public ids of the agenda item and its meeting in Open Raadsinformatie, letters, digits and _.:- up to 100; source_id once per project), updated_at?}. The edit of a published moment (its outcome, say) becomes its pending revision. Returns the council moment as portal.staff_record shows it. Errors: 400 (hint names the field), 401, 404, 409. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- public.staff_save_motion --------------------------------------------------------------------------------

create function portal.staff_save_motion_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  record_id uuid;
  existing portal.council_motions;
  saved portal.council_motions;
  v_moment uuid;
  v_phase uuid;
  v_kind text;
  v_reference text;
  v_title text;
  v_submitted_by text;
  v_asks text;
  v_result text;
  v_result_summary text;
  v_votes jsonb;
  v_source_url text;
  v_source_id text;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  record_id := portal.input_uuid(input, 'id', 'De motie', 'The motion', false);
  if record_id is not null then
    select * into existing from portal.council_motions m where m.id = record_id and m.project_id = project;
    if not found then perform portal.record_missing(); end if;
    perform portal.check_version(input, portal.working_version('motion', existing.id, existing.updated_at));
  end if;

  v_moment := portal.input_uuid(input, 'council_moment_id', 'Het raadsmoment', 'The council moment');
  if not exists (select 1 from portal.council_moments c where c.id = v_moment and c.project_id = project) then
    perform portal.invalid('council_moment_id', 'Kies een raadsmoment van dit project.', 'Choose a council moment of this project.');
  end if;
  v_phase := portal.input_phase(input, 'phase_id', 'De fase', 'The phase', project);
  v_kind := coalesce(portal.input_choice(input, 'kind', 'Motie of amendement', 'Motion or amendment',
    portal.enum_values('portal.motion_kind'), false), 'motion');
  v_reference := portal.input_text(input, 'reference', 'Het nummer', 'The number', 50, false);
  v_title := portal.input_text(input, 'title', 'De titel', 'The title', 200);
  v_submitted_by := portal.input_text(input, 'submitted_by', 'Ingediend door', 'Submitted by', 500);
  v_asks := portal.input_text(input, 'asks', 'Wat het vraagt', 'What it asks', 4000);
  v_result := coalesce(portal.input_choice(input, 'result', 'De uitslag', 'The result',
    portal.enum_values('portal.motion_result'), false), 'pending');
  v_result_summary := portal.input_text(input, 'result_summary', 'Wat het veranderde', 'What it changed', 4000, false);
  v_votes := coalesce(input -> 'votes', '[]'::jsonb);
  if jsonb_typeof(v_votes) = 'null' then v_votes := '[]'::jsonb; end if;
  if not portal.votes_are_valid(v_votes) then
    perform portal.invalid('votes',
      'De stemmen per partij kloppen niet: geef per partij één keer de naam (hoogstens 100 tekens) en het aantal stemmen voor en tegen (hele getallen).',
      'The votes per party are not valid: give each party once, with its name (at most 100 characters) and the number of votes for and against (whole numbers).');
  end if;
  v_source_url := portal.input_url(input, 'source_url', 'De link naar de motie', 'The link to the motion');
  v_source_id := portal.input_source_id(input, 'source_id', 'Het id van de motie', 'The id of the motion');

  if v_result = 'adopted' and v_result_summary is null then
    perform portal.invalid('result_summary',
      'Vul in wat de aangenomen motie of het amendement verandert. Inwoners hebben er recht op te weten wat de raad heeft besloten.',
      'Fill in what the adopted motion or amendment changes. Residents are owed an account of what the council decided.');
  end if;
  if v_result not in ('adopted', 'rejected') and v_votes <> '[]'::jsonb then
    perform portal.invalid('votes', 'Stemmen horen bij een stemming: vul ze alleen in als de motie is aangenomen of verworpen.',
      'Votes belong to a vote: fill them in only when the motion was adopted or rejected.');
  end if;
  if v_source_id is not null and exists (select 1 from portal.council_motions m where m.project_id = project
      and m.source_id = v_source_id and m.id is distinct from record_id) then
    perform portal.invalid('source_id', 'Deze motie staat al bij dit project.', 'This motion is already in this project.');
  end if;

  if record_id is null then
    insert into portal.council_motions (project_id, council_moment_id, phase_id, kind, reference, title, submitted_by, asks,
                                        result, result_summary, votes, source_url, source_id, publication, author_id)
    values (project, v_moment, v_phase, v_kind::portal.motion_kind, v_reference, v_title, v_submitted_by, v_asks,
            v_result::portal.motion_result, v_result_summary, v_votes, v_source_url, v_source_id, 'draft', auth.uid())
    returning * into saved;
  elsif existing.publication = 'published' then
    return portal.propose_revision('motion', record_id, jsonb_build_object('council_moment_id', v_moment, 'phase_id', v_phase,
      'kind', v_kind, 'reference', v_reference, 'title', v_title, 'submitted_by', v_submitted_by, 'asks', v_asks,
      'result', v_result, 'result_summary', v_result_summary, 'votes', v_votes, 'source_url', v_source_url,
      'source_id', v_source_id), input);
  else
    update portal.council_motions m
       set council_moment_id = v_moment, phase_id = v_phase, kind = v_kind::portal.motion_kind, reference = v_reference,
           title = v_title, submitted_by = v_submitted_by, asks = v_asks, result = v_result::portal.motion_result,
           result_summary = v_result_summary, votes = v_votes, source_url = v_source_url, source_id = v_source_id,
           publication = portal.publication_after_save(m.publication)
     where m.id = record_id and m.updated_at = existing.updated_at
    returning * into saved;
    if not found then perform portal.conflict(); end if;
  end if;
  return portal.staff_record('motion', saved.id);
end
$$;
comment on function portal.staff_save_motion_fields(jsonb) is 'The Dutch part of public.staff_save_motion: every check and field but translations, which public.staff_save_motion adds (portal.save_with_translations).';

create function public.staff_save_motion(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('motion', 'staff_save_motion_fields', input) $$;
comment on function public.staff_save_motion(jsonb) is
'Creates or edits a motion or amendment submitted at a council moment of the project. Input: {id?, project_id, council_moment_id (a council moment of the project), phase_id? (the phase it is about), kind? (motion, default, or amendment), reference? (≤ 50, its number), title (≤ 200), submitted_by (≤ 500, members and parties), asks (≤ 4000), result? (pending, default, adopted, rejected, withdrawn, held), result_summary? (≤ 4000; required when adopted), votes? ([{party (≤ 100, each once), for, against (0-999)}], only when adopted or rejected), source_url? (http(s)), source_id? (its public id in Open Raadsinformatie, once per project), updated_at?}. The edit of a published one becomes its pending revision. Returns it as portal.staff_record shows it. Errors: 400 (hint names the field), 401, 404, 409. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- public.staff_save_council_letter ------------------------------------------------------------------------

create function portal.staff_save_council_letter_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  record_id uuid;
  existing portal.council_letters;
  saved portal.council_letters;
  v_phase uuid;
  v_sent_on date;
  v_reference text;
  v_title text;
  v_summary text;
  v_source_url text;
  v_source_id text;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  record_id := portal.input_uuid(input, 'id', 'De raadsinformatiebrief', 'The council information letter', false);
  if record_id is not null then
    select * into existing from portal.council_letters l where l.id = record_id and l.project_id = project;
    if not found then perform portal.record_missing(); end if;
    perform portal.check_version(input, portal.working_version('council_letter', existing.id, existing.updated_at));
  end if;

  v_phase := portal.input_phase(input, 'phase_id', 'De fase', 'The phase', project);
  v_sent_on := portal.input_date(input, 'sent_on', 'De datum van de brief', 'The date of the letter');
  v_reference := portal.input_text(input, 'reference', 'Het nummer', 'The number', 50, false);
  v_title := portal.input_text(input, 'title', 'De titel', 'The title', 200);
  v_summary := portal.input_text(input, 'summary', 'De samenvatting', 'The summary', 4000);
  v_source_url := portal.input_url(input, 'source_url', 'De link naar de brief', 'The link to the letter');
  v_source_id := portal.input_source_id(input, 'source_id', 'Het id van de brief', 'The id of the letter');
  if v_source_id is not null and exists (select 1 from portal.council_letters l where l.project_id = project
      and l.source_id = v_source_id and l.id is distinct from record_id) then
    perform portal.invalid('source_id', 'Deze brief staat al bij dit project.', 'This letter is already in this project.');
  end if;

  if record_id is null then
    insert into portal.council_letters (project_id, phase_id, sent_on, reference, title, summary, source_url, source_id,
                                        publication, author_id)
    values (project, v_phase, v_sent_on, v_reference, v_title, v_summary, v_source_url, v_source_id, 'draft', auth.uid())
    returning * into saved;
  elsif existing.publication = 'published' then
    return portal.propose_revision('council_letter', record_id, jsonb_build_object('phase_id', v_phase, 'sent_on', v_sent_on,
      'reference', v_reference, 'title', v_title, 'summary', v_summary, 'source_url', v_source_url, 'source_id', v_source_id), input);
  else
    update portal.council_letters l
       set phase_id = v_phase, sent_on = v_sent_on, reference = v_reference, title = v_title, summary = v_summary,
           source_url = v_source_url, source_id = v_source_id, publication = portal.publication_after_save(l.publication)
     where l.id = record_id and l.updated_at = existing.updated_at
    returning * into saved;
    if not found then perform portal.conflict(); end if;
  end if;
  return portal.staff_record('council_letter', saved.id);
end
$$;
comment on function portal.staff_save_council_letter_fields(jsonb) is 'The Dutch part of public.staff_save_council_letter: every check and field but translations, which public.staff_save_council_letter adds (portal.save_with_translations).';

create function public.staff_save_council_letter(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('council_letter', 'staff_save_council_letter_fields', input) $$;
comment on function public.staff_save_council_letter(jsonb) is
'Creates or edits a raadsinformatiebrief: a letter in which the college informs the council about the project. Input: {id?, project_id, phase_id?, sent_on (yyyy-mm-dd), reference? (≤ 50, its number), title (≤ 200), summary (≤ 4000, plain language), source_url? (http(s)), source_id? (its public id in Open Raadsinformatie, once per project), updated_at?}. The edit of a published letter becomes its pending revision. Returns it as portal.staff_record shows it. Errors: 400 (hint names the field), 401, 404, 409. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- public.staff_save_key_date ------------------------------------------------------------------------------

create function portal.staff_save_key_date_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  record_id uuid;
  existing portal.key_dates;
  saved portal.key_dates;
  v_phase uuid;
  v_kind text;
  v_title text;
  v_starts_at timestamptz;
  v_ends_at timestamptz;
  v_location text;
  v_online_url text;
  v_how_to_join text;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  record_id := portal.input_uuid(input, 'id', 'De datum', 'The date', false);
  if record_id is not null then
    select * into existing from portal.key_dates k where k.id = record_id and k.project_id = project;
    if not found then perform portal.record_missing(); end if;
    perform portal.check_version(input, portal.working_version('key_date', existing.id, existing.updated_at));
  end if;

  v_phase := portal.input_phase(input, 'phase_id', 'De fase', 'The phase', project);
  v_kind := portal.input_choice(input, 'kind', 'De soort bijeenkomst', 'The kind of event', portal.enum_values('portal.key_date_kind'));
  v_title := portal.input_text(input, 'title', 'De titel', 'The title', 200);
  v_starts_at := portal.input_timestamp(input, 'starts_at', 'Het begin', 'The start');
  v_ends_at := portal.input_timestamp(input, 'ends_at', 'Het einde', 'The end', false);
  v_location := portal.input_text(input, 'location', 'De plek', 'The place', 500, false);
  v_online_url := portal.input_url(input, 'online_url', 'De link om online mee te doen', 'The link to take part online');
  v_how_to_join := portal.input_text(input, 'how_to_join', 'Hoe je meedoet', 'How to take part', 2000);
  if v_ends_at < v_starts_at then
    perform portal.invalid('ends_at', 'Het einde ligt voor het begin. Kies een later einde.',
      'The end is before the start. Choose a later end.');
  end if;

  if record_id is null then
    insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join,
                                  publication, author_id)
    values (project, v_phase, v_kind::portal.key_date_kind, v_title, v_starts_at, v_ends_at, v_location, v_online_url,
            v_how_to_join, 'draft', auth.uid())
    returning * into saved;
  elsif existing.publication = 'published' then
    return portal.propose_revision('key_date', record_id, jsonb_build_object('phase_id', v_phase, 'kind', v_kind, 'title', v_title,
      'starts_at', v_starts_at, 'ends_at', v_ends_at, 'location', v_location, 'online_url', v_online_url,
      'how_to_join', v_how_to_join), input);
  else
    update portal.key_dates k
       set phase_id = v_phase, kind = v_kind::portal.key_date_kind, title = v_title, starts_at = v_starts_at,
           ends_at = v_ends_at, location = v_location, online_url = v_online_url, how_to_join = v_how_to_join,
           publication = portal.publication_after_save(k.publication)
     where k.id = record_id and k.updated_at = existing.updated_at
    returning * into saved;
    if not found then perform portal.conflict(); end if;
  end if;
  return portal.staff_record('key_date', saved.id);
end
$$;
comment on function portal.staff_save_key_date_fields(jsonb) is 'The Dutch part of public.staff_save_key_date: every check and field but translations, which public.staff_save_key_date adds (portal.save_with_translations).';

create function public.staff_save_key_date(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('key_date', 'staff_save_key_date_fields', input) $$;
comment on function public.staff_save_key_date(jsonb) is
'Creates or edits a key date (a moment to take part). Input: {id?, project_id, phase_id?, kind (meeting, walk_in, workshop, survey, sounding_board, site_visit, online_session, exhibition, deadline), title (≤ 200), starts_at (ISO 8601 with time zone), ends_at? (not before starts_at), location? (≤ 500), online_url? (http(s)), how_to_join (≤ 2000), updated_at?}. The edit of a published key date (moving it, say) becomes its pending revision; followers are told when it is approved. Returns the key date as portal.staff_record shows it. Errors: 400 (hint names the field), 401, 404, 409. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- public.staff_save_lesson --------------------------------------------------------------------------------

create function portal.staff_save_lesson_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  record_id uuid;
  existing portal.lessons;
  saved portal.lessons;
  v_phase uuid;
  v_category text;
  v_title text;
  v_lesson text;
  v_recorded_on date;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  record_id := portal.input_uuid(input, 'id', 'De les', 'The lesson', false);
  if record_id is not null then
    select * into existing from portal.lessons l where l.id = record_id and l.project_id = project;
    if not found then perform portal.record_missing(); end if;
    perform portal.check_version(input, portal.working_version('lesson', existing.id, existing.updated_at));
  end if;

  v_phase := portal.input_phase(input, 'phase_id', 'De fase', 'The phase', project);
  v_category := portal.input_choice(input, 'category', 'Het onderwerp', 'The topic', portal.enum_values('portal.lesson_category'));
  v_title := portal.input_text(input, 'title', 'De titel', 'The title', 200);
  v_lesson := portal.input_text(input, 'lesson', 'De les', 'The lesson', 4000);
  v_recorded_on := portal.input_date(input, 'recorded_on', 'De datum', 'The date');

  if record_id is null then
    insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, author_id)
    values (project, v_phase, v_category::portal.lesson_category, v_title, v_lesson, v_recorded_on, 'draft', auth.uid())
    returning * into saved;
  elsif existing.publication = 'published' then
    return portal.propose_revision('lesson', record_id, jsonb_build_object('phase_id', v_phase, 'category', v_category,
      'title', v_title, 'lesson', v_lesson, 'recorded_on', v_recorded_on), input);
  else
    update portal.lessons l
       set phase_id = v_phase, category = v_category::portal.lesson_category, title = v_title, lesson = v_lesson,
           recorded_on = v_recorded_on, publication = portal.publication_after_save(l.publication)
     where l.id = record_id and l.updated_at = existing.updated_at
    returning * into saved;
    if not found then perform portal.conflict(); end if;
  end if;
  return portal.staff_record('lesson', saved.id);
end
$$;
comment on function portal.staff_save_lesson_fields(jsonb) is 'The Dutch part of public.staff_save_lesson: every check and field but translations, which public.staff_save_lesson adds (portal.save_with_translations).';

create function public.staff_save_lesson(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('lesson', 'staff_save_lesson_fields', input) $$;
comment on function public.staff_save_lesson(jsonb) is
'Creates or edits a lesson learned. Input: {id?, project_id, phase_id?, category (communication, inclusion, planning, collaboration, decision_making, expectations), title (≤ 200), lesson (≤ 4000), recorded_on (yyyy-mm-dd), updated_at?}. The edit of a published lesson becomes its pending revision. Returns the lesson as portal.staff_record shows it. Errors: 400 (hint names the field), 401, 404, 409. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- Who may call them: signed-in users (the functions themselves check the staff role) -------------------------

revoke all on function
  portal.staff_save_update_fields(jsonb), public.staff_save_update(jsonb), portal.staff_save_decision_fields(jsonb),
  public.staff_save_decision(jsonb), portal.staff_save_promise_fields(jsonb), public.staff_save_promise(jsonb),
  portal.staff_change_promise_status_fields(jsonb), public.staff_change_promise_status(jsonb),
  portal.staff_save_council_moment_fields(jsonb), public.staff_save_council_moment(jsonb),
  portal.staff_save_key_date_fields(jsonb), public.staff_save_key_date(jsonb), portal.staff_save_lesson_fields(jsonb),
  public.staff_save_lesson(jsonb), portal.staff_save_motion_fields(jsonb), public.staff_save_motion(jsonb),
  portal.staff_save_council_letter_fields(jsonb), public.staff_save_council_letter(jsonb)
from public, anon, authenticated;
grant execute on function
  portal.staff_save_update_fields(jsonb), public.staff_save_update(jsonb), portal.staff_save_decision_fields(jsonb),
  public.staff_save_decision(jsonb), portal.staff_save_promise_fields(jsonb), public.staff_save_promise(jsonb),
  portal.staff_change_promise_status_fields(jsonb), public.staff_change_promise_status(jsonb),
  portal.staff_save_council_moment_fields(jsonb), public.staff_save_council_moment(jsonb),
  portal.staff_save_key_date_fields(jsonb), public.staff_save_key_date(jsonb), portal.staff_save_lesson_fields(jsonb),
  public.staff_save_lesson(jsonb), portal.staff_save_motion_fields(jsonb), public.staff_save_motion(jsonb),
  portal.staff_save_council_letter_fields(jsonb), public.staff_save_council_letter(jsonb)
to authenticated, service_role;
