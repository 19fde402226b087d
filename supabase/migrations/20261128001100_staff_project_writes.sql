-- Staff write functions for the structure of a project: the project itself, its phases, the people named in
-- it and who holds which role, the handovers between phases, the groups involved and the themes of resident
-- input. Each takes one `input jsonb` (see 20261128000900_staff_write_base.sql for why) and returns the saved
-- record in the shape staff_project() shows it: the row's columns under their own names.
--
-- They run as the caller (security invoker): row level security stays the second line of defence. Every
-- rule that a table constraint or trigger would enforce is checked here first, so that a staff member reads
-- a plain message next to the right field instead of a constraint name (SQLSTATE 23514).
--
-- Like every record residents see, these have a publication state: a new one is a draft, and an edit of a
-- published one becomes its pending revision (portal.propose_revision), public only when a second person
-- approves it. Deleting is for drafts (staff_delete_draft); what was public is withdrawn with a reason.
--
-- Each save function of a kind with text residents read is two: portal.<name>_fields saves the Dutch fields, and
-- public.<name> calls it through portal.save_with_translations, which saves the English versions with them
-- (20261128000900_staff_write_base.sql).

-- Helpers ---------------------------------------------------------------------------------------------------
-- Only those the structure writes need; the ones every staff write function shares (check_version,
-- record_missing, input_date with its year bounds, input_phase, dates_in_order, publication_after_save) live in
-- 20261128000900_staff_write_base.sql.

create function portal.structure_has_email(value text) returns boolean
language sql immutable
set search_path = ''
as $$
  -- Also the spelled-out forms people use to dodge spam filters: jan(at)demodam.nl, jan [at] demodam.nl.
  select value ~* '[a-z0-9._%+-]+\s*(@|\(at\)|\[at\]|\{at\})\s*[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}'
$$;
comment on function portal.structure_has_email(text) is 'True when a text looks like it holds an e-mail address, also written as (at) or [at].';

create function portal.structure_refuse_email(value text, field text, label_nl text, label_en text) returns text
language plpgsql stable
set search_path = ''
as $$
begin
  -- People are public once a published project names them; a personal e-mail address never may be.
  if value is not null and portal.structure_has_email(value) then
    perform portal.invalid(field,
      format('%s lijkt een e-mailadres te bevatten. Zet hier geen e-mailadres: alles hier komt op de openbare website. Geef een telefoonnummer of een contactpagina.', label_nl),
      format('%s seems to contain an e-mail address. Do not put an e-mail address here: everything here appears on the public website. Give a phone number or a contact page.', label_en));
  end if;
  return value;
end
$$;
comment on function portal.structure_refuse_email(text, text, text, text) is 'Returns the text unchanged, or refuses it (400 on the field) when it looks like it holds an e-mail address.';

create function portal.structure_person_of(organisation uuid, person uuid, field text, label_nl text, label_en text)
returns uuid
language plpgsql stable
set search_path = ''
as $$
begin
  -- A project names only people of its own organisation; the trigger that guards this would answer 23514.
  if person is not null and not exists (
    select 1 from portal.people pe where pe.id = person and pe.organisation_id = organisation
  ) then
    perform portal.invalid(field,
      format('Kies bij %s iemand uit de lijst van uw eigen organisatie.', lower(label_nl)),
      format('For %s, choose someone from the list of your own organisation.', lower(label_en)));
  end if;
  return person;
end
$$;
comment on function portal.structure_person_of(uuid, uuid, text, text, text) is 'Returns the person, or refuses it (400 on the field) when it is not a person of the organisation.';

create function portal.structure_constraint_backstop() returns void
language plpgsql stable
set search_path = ''
as $$
begin
  -- Reached only when a table rule was not checked above it: still a plain message, never a constraint name.
  perform portal.invalid('', 'Deze gegevens passen niet bij elkaar. Controleer het formulier en probeer het opnieuw.',
    'These details do not fit together. Check the form and try again.');
end
$$;
comment on function portal.structure_constraint_backstop() is 'Turns a constraint violation that slipped past the explicit checks into a plain 400.';

revoke all on function
  portal.structure_has_email(text), portal.structure_refuse_email(text, text, text, text),
  portal.structure_person_of(uuid, uuid, text, text, text), portal.structure_constraint_backstop()
from public;
grant execute on function
  portal.structure_has_email(text), portal.structure_refuse_email(text, text, text, text),
  portal.structure_person_of(uuid, uuid, text, text, text), portal.structure_constraint_backstop()
to authenticated, service_role;

-- Projects --------------------------------------------------------------------------------------------------

create function portal.staff_save_project_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  form jsonb := portal.input_object(input);
  target uuid;
  org uuid;
  given_org uuid;
  prev portal.projects;
  f portal.projects;
  saved portal.projects;
begin
  target := portal.input_uuid(form, 'id', 'Project', 'Project', false);
  if target is null then
    org := portal.input_uuid(form, 'organisation_id', 'Organisatie', 'Organisation');
    perform portal.require_staff(org, 'editor');
  else
    org := portal.staff_project_organisation(target, 'editor');
    select * into prev from portal.projects p where p.id = target;
    given_org := portal.input_uuid(form, 'organisation_id', 'Organisatie', 'Organisation', false);
    if given_org is not null and given_org <> org then
      perform portal.invalid('organisation_id', 'Een project blijft bij de organisatie waar het begon.',
        'A project stays with the organisation it started in.');
    end if;
    perform portal.check_version(form, portal.working_version('project', target, prev.updated_at));
  end if;

  -- The slug is the project's web address: free within the organisation, and fixed once it has been public,
  -- since links to it would break.
  f.slug := portal.input_text(form, 'slug', 'Webadres', 'Web address', 80, target is null);
  if f.slug is null then
    f.slug := prev.slug;
  elsif f.slug is distinct from prev.slug then
    if prev.published_at is not null then
      perform portal.invalid('slug',
        'Het webadres van een project dat al openbaar is geweest, kunt u niet meer veranderen: links ernaar zouden niet meer werken.',
        'You cannot change the web address of a project that has been public: links to it would stop working.');
    end if;
    if not portal.is_slug(f.slug) then
      perform portal.invalid('slug',
        'Gebruik voor het webadres alleen kleine letters, cijfers en losse streepjes ertussen, zoals nieuwe-speeltuin.',
        'Use only lower-case letters, digits and single dashes between them for the web address, like new-playground.');
    end if;
    if exists (select 1 from portal.projects p where p.organisation_id = org and p.slug = f.slug) then
      perform portal.invalid('slug', 'Er is al een project met dit webadres. Kies een ander webadres.',
        'There is already a project with this web address. Choose another one.');
    end if;
  end if;

  f.title := portal.input_text(form, 'title', 'Titel', 'Title', 200);
  f.summary := portal.input_text(form, 'summary', 'Samenvatting', 'Summary', 2000);
  f.theme := portal.input_text(form, 'theme', 'Thema', 'Theme', 100);
  f.area := portal.input_text(form, 'area', 'Gebied', 'Area', 100);
  f.status := portal.input_choice(form, 'status', 'Status', 'Status', portal.enum_values('portal.project_status'))::portal.project_status;
  f.starts_on := portal.input_date(form, 'starts_on', 'Startdatum', 'Start date');
  f.ends_on := portal.input_date(form, 'ends_on', 'Einddatum', 'End date', false);
  perform portal.dates_in_order(f.starts_on, f.ends_on, 'ends_on', 'De einddatum', 'The end date', 'de startdatum', 'start date');
  f.council_role := portal.input_choice(form, 'council_role', 'Rol van de gemeenteraad', 'Role of the council',
    portal.enum_values('portal.council_role'))::portal.council_role;
  f.council_role_explanation := portal.input_text(form, 'council_role_explanation', 'Uitleg over de rol van de raad',
    'Explanation of the council''s role', 2000, false);
  f.meetings_held := coalesce(portal.input_integer(form, 'meetings_held', 'Aantal bijeenkomsten', 'Meetings held', 0, 100000, false), 0);
  f.participant_hours := portal.input_integer(form, 'participant_hours', 'Uren per deelnemer', 'Hours per participant', 0, 100000, false);
  f.budget_eur := portal.input_numeric(form, 'budget_eur', 'Budget in euro', 'Budget in euros', 0, 9999999999.99, false);
  f.budget_note := portal.input_text(form, 'budget_note', 'Toelichting op het budget', 'Budget note', 1000, false);

  if target is not null and prev.publication = 'published' then
    return portal.propose_revision('project', target, jsonb_build_object('slug', f.slug, 'title', f.title, 'summary', f.summary,
      'theme', f.theme, 'area', f.area, 'status', f.status, 'starts_on', f.starts_on, 'ends_on', f.ends_on,
      'council_role', f.council_role, 'council_role_explanation', f.council_role_explanation, 'meetings_held', f.meetings_held,
      'participant_hours', f.participant_hours, 'budget_eur', f.budget_eur, 'budget_note', f.budget_note), form);
  end if;

  begin
    if target is null then
      insert into portal.projects (organisation_id, slug, title, summary, theme, area, status, publication, starts_on,
        ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, author_id)
      values (org, f.slug, f.title, f.summary, f.theme, f.area, f.status, 'draft', f.starts_on,
        f.ends_on, f.council_role, f.council_role_explanation, f.meetings_held, f.participant_hours, f.budget_eur,
        f.budget_note, auth.uid())
      returning * into saved;
    else
      -- Saving keeps a project awaiting approval where it is; a withdrawn one becomes a draft again.
      update portal.projects p set
        slug = f.slug, title = f.title, summary = f.summary, theme = f.theme, area = f.area, status = f.status,
        starts_on = f.starts_on, ends_on = f.ends_on, council_role = f.council_role,
        council_role_explanation = f.council_role_explanation, meetings_held = f.meetings_held,
        participant_hours = f.participant_hours, budget_eur = f.budget_eur, budget_note = f.budget_note,
        publication = portal.publication_after_save(p.publication)
      where p.id = target
      returning * into saved;
    end if;
  exception
    when unique_violation then
      -- Two staff members saving the same new web address at the same moment.
      perform portal.invalid('slug', 'Er is al een project met dit webadres. Kies een ander webadres.',
        'There is already a project with this web address. Choose another one.');
    when check_violation or foreign_key_violation or not_null_violation then
      perform portal.structure_constraint_backstop();
  end;
  if saved.id is null then
    -- Row level security hid the row after the checks above passed: answer as for any project out of reach.
    perform portal.not_found('Dit project bestaat niet, of het hoort niet bij uw organisatie.',
      'This project does not exist, or it does not belong to your organisation.');
  end if;
  return portal.staff_record('project', saved.id);
end
$$;
comment on function portal.staff_save_project_fields(jsonb) is 'The Dutch part of public.staff_save_project: every check and field but translations, which public.staff_save_project adds (portal.save_with_translations).';

create function public.staff_save_project(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('project', 'staff_save_project_fields', input) $$;
comment on function public.staff_save_project(jsonb) is
'Creates or changes a project. Input: {id? (absent: create), organisation_id (on create), slug (on create; changeable while the project has never been public), title, summary, theme, area, status, starts_on, ends_on?, council_role, council_role_explanation?, meetings_held?, participant_hours?, budget_eur?, budget_note?, updated_at? (the version the form loaded)}. A new project is a draft written by the caller (author_id); saving a withdrawn project makes it a draft again, an awaiting one stays awaiting; the edit of a published project (its basics, its council role) becomes its pending revision. Returns the project as portal.staff_record shows it. Errors: 400 (22023) with the field in the hint for bad input, a web address already in use, or an end date before the start; 401/403 without a user; 404 for an unknown project or organisation, or one of another organisation; 409 (PT409) when the project (or its pending revision) changed after the form was loaded. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- Phases ----------------------------------------------------------------------------------------------------

create function portal.staff_save_phase_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  form jsonb := portal.input_object(input);
  project uuid;
  org uuid;
  target uuid;
  prev portal.phases;
  f portal.phases;
  hours numeric;
  saved portal.phases;
begin
  project := portal.input_uuid(form, 'project_id', 'Project', 'Project');
  org := portal.staff_project_organisation(project, 'editor');
  target := portal.input_uuid(form, 'id', 'Fase', 'Phase', false);
  if target is not null then
    select * into prev from portal.phases ph where ph.id = target and ph.project_id = project;
    if not found then
      perform portal.record_missing();
    end if;
    perform portal.check_version(form, portal.working_version('phase', target, prev.updated_at));
  end if;

  f.position := portal.input_integer(form, 'position', 'Volgnummer', 'Position', 1, 50);
  if exists (select 1 from portal.phases ph where ph.project_id = project and ph.position = f.position
             and ph.id is distinct from target and ph.publication <> 'unpublished') then
    perform portal.invalid('position',
      format('Dit project heeft al een fase met volgnummer %s. Kies een ander nummer.', f.position),
      format('This project already has a phase with position %s. Choose another number.', f.position));
  end if;
  f.kind := portal.input_choice(form, 'kind', 'Soort fase', 'Kind of phase', portal.enum_values('portal.phase_kind'))::portal.phase_kind;
  f.title := portal.input_text(form, 'title', 'Titel', 'Title', 200);
  f.starts_on := portal.input_date(form, 'starts_on', 'Startdatum', 'Start date');
  f.ends_on := portal.input_date(form, 'ends_on', 'Einddatum', 'End date', false);
  perform portal.dates_in_order(f.starts_on, f.ends_on, 'ends_on', 'De einddatum', 'The end date', 'de startdatum', 'start date');
  f.participation_level := portal.input_choice(form, 'participation_level', 'Niveau van meedoen', 'Participation level',
    portal.enum_values('portal.participation_level'))::portal.participation_level;
  f.open_for_input := portal.input_text(form, 'open_for_input', 'Wat bewoners nog kunnen beïnvloeden', 'What residents can still influence', 4000);
  f.fixed_frames := portal.input_text(form, 'fixed_frames', 'Wat al vastligt', 'What is already fixed', 4000);
  f.time_asked := portal.input_text(form, 'time_asked', 'Tijd die we vragen', 'Time asked', 1000);
  -- Read into a plain numeric first: the column (and so f's field) keeps one decimal, and assigning 2.25 to it
  -- would round silently, changing what the staff member typed.
  hours := portal.input_numeric(form, 'time_asked_hours', 'Tijd in uren', 'Time in hours', 0, 10000, false);
  if hours is not null and hours <> round(hours, 1) then
    perform portal.invalid('time_asked_hours', 'Geef de tijd in uren met hoogstens één cijfer achter de komma, zoals 2,5.',
      'Give the time in hours with at most one decimal, like 2.5.');
  end if;
  f.time_asked_hours := hours;
  f.results_expected := portal.input_text(form, 'results_expected', 'Wanneer bewoners terughoren', 'When residents hear back', 1000);
  f.results_expected_on := portal.input_date(form, 'results_expected_on', 'Datum van de terugkoppeling', 'Date of the feedback', false);
  f.department := portal.input_text(form, 'department', 'Afdeling', 'Department', 200);
  f.contact_person_id := portal.structure_person_of(org,
    portal.input_uuid(form, 'contact_person_id', 'Contactpersoon', 'Contact person', false),
    'contact_person_id', 'Contactpersoon', 'Contact person');
  -- Empty: the council has the project's role in this phase.
  f.council_role := portal.input_choice(form, 'council_role', 'Rol van de raad in deze fase', 'Council''s role in this phase',
    portal.enum_values('portal.council_role'), false)::portal.council_role;
  f.council_role_explanation := portal.input_text(form, 'council_role_explanation', 'Uitleg over de rol van de raad',
    'Explanation of the council''s role', 2000, false);

  if target is not null and prev.publication = 'published' then
    return portal.propose_revision('phase', target, jsonb_build_object('position', f.position, 'kind', f.kind, 'title', f.title,
      'starts_on', f.starts_on, 'ends_on', f.ends_on, 'participation_level', f.participation_level,
      'open_for_input', f.open_for_input, 'fixed_frames', f.fixed_frames, 'time_asked', f.time_asked,
      'time_asked_hours', f.time_asked_hours, 'results_expected', f.results_expected,
      'results_expected_on', f.results_expected_on, 'department', f.department, 'contact_person_id', f.contact_person_id,
      'council_role', f.council_role, 'council_role_explanation', f.council_role_explanation), form);
  end if;

  begin
    if target is null then
      insert into portal.phases (project_id, position, kind, title, starts_on, ends_on, participation_level, open_for_input,
        fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id,
        council_role, council_role_explanation, author_id)
      values (project, f.position, f.kind, f.title, f.starts_on, f.ends_on, f.participation_level, f.open_for_input,
        f.fixed_frames, f.time_asked, f.time_asked_hours, f.results_expected, f.results_expected_on, f.department,
        f.contact_person_id, f.council_role, f.council_role_explanation, auth.uid())
      returning * into saved;
    else
      update portal.phases ph set
        position = f.position, kind = f.kind, title = f.title, starts_on = f.starts_on, ends_on = f.ends_on,
        participation_level = f.participation_level, open_for_input = f.open_for_input, fixed_frames = f.fixed_frames,
        time_asked = f.time_asked, time_asked_hours = f.time_asked_hours, results_expected = f.results_expected,
        results_expected_on = f.results_expected_on, department = f.department, contact_person_id = f.contact_person_id,
        council_role = f.council_role, council_role_explanation = f.council_role_explanation,
        publication = portal.publication_after_save(ph.publication)
      where ph.id = target
      returning * into saved;
    end if;
  exception
    when unique_violation then
      perform portal.invalid('position', 'Dit project heeft al een fase met dit volgnummer. Kies een ander nummer.',
        'This project already has a phase with this position. Choose another number.');
    when check_violation or foreign_key_violation or not_null_violation then
      perform portal.structure_constraint_backstop();
  end;
  if saved.id is null then
    perform portal.record_missing();
  end if;
  return portal.staff_record('phase', saved.id);
end
$$;
comment on function portal.staff_save_phase_fields(jsonb) is 'The Dutch part of public.staff_save_phase: every check and field but translations, which public.staff_save_phase adds (portal.save_with_translations).';

create function public.staff_save_phase(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('phase', 'staff_save_phase_fields', input) $$;
comment on function public.staff_save_phase(jsonb) is
'Creates or changes a phase of a project. Input: {id? (absent: create), project_id, position (1..50, unique in the project), kind, title, starts_on, ends_on?, participation_level, open_for_input, fixed_frames, time_asked, time_asked_hours?, results_expected, results_expected_on?, department, contact_person_id? (a person of the project''s organisation), council_role? (the council''s role in this phase when it differs from the project''s: kaderstellend, besluitvormend, controlerend, adviesrecht, geen), council_role_explanation? (≤ 2000), updated_at?}. A new phase is a draft; the edit of a published phase (its expectations) becomes its pending revision, and followers are told when the expectations of the current phase change. Returns the phase as portal.staff_record shows it. Errors: 400 (22023, field in the hint) for bad input, a position already taken, an end before the start, or a contact person of another organisation; 401/403 without a user; 404 for a project out of reach or a phase of another project; 409 (PT409) when the phase (or its pending revision) changed after the form was loaded. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- People ----------------------------------------------------------------------------------------------------

create function portal.staff_save_person_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  form jsonb := portal.input_object(input);
  org uuid;
  target uuid;
  prev portal.people;
  f portal.people;
  saved portal.people;
begin
  org := portal.input_uuid(form, 'organisation_id', 'Organisatie', 'Organisation');
  perform portal.require_staff(org, 'editor');
  target := portal.input_uuid(form, 'id', 'Persoon', 'Person', false);
  if target is not null then
    select * into prev from portal.people pe where pe.id = target and pe.organisation_id = org;
    if not found then
      perform portal.not_found('Deze persoon bestaat niet, of hoort niet bij uw organisatie.',
        'This person does not exist, or does not belong to your organisation.');
    end if;
    perform portal.check_version(form, portal.working_version('person', target, prev.updated_at));
  end if;

  f.name := portal.structure_refuse_email(portal.input_text(form, 'name', 'Naam', 'Name', 200), 'name', 'Naam', 'Name');
  f.job_title := portal.structure_refuse_email(portal.input_text(form, 'job_title', 'Functie', 'Job title', 200),
    'job_title', 'Functie', 'Job title');
  f.department := portal.structure_refuse_email(portal.input_text(form, 'department', 'Afdeling', 'Department', 200, false),
    'department', 'Afdeling', 'Department');
  f.portfolio := portal.structure_refuse_email(portal.input_text(form, 'portfolio', 'Portefeuille', 'Portfolio', 500, false),
    'portfolio', 'Portefeuille', 'Portfolio');
  f.phone := portal.structure_refuse_email(portal.input_text(form, 'phone', 'Telefoonnummer', 'Phone number', 20, false),
    'phone', 'Telefoonnummer', 'Phone number');
  if f.phone is not null and f.phone !~ '^[0-9 +()-]{6,20}$' then
    perform portal.invalid('phone',
      'Een telefoonnummer heeft 6 tot 20 tekens: cijfers, spaties en + ( ) -. Bijvoorbeeld 020 555 01 01.',
      'A phone number has 6 to 20 characters: digits, spaces and + ( ) -. For example +31 20 555 01 01.');
  end if;
  f.contact_url := portal.structure_refuse_email(portal.input_url(form, 'contact_url', 'Contactpagina', 'Contact page'),
    'contact_url', 'Contactpagina', 'Contact page');

  if target is not null and prev.publication = 'published' then
    return portal.propose_revision('person', target, jsonb_build_object('name', f.name, 'job_title', f.job_title,
      'department', f.department, 'portfolio', f.portfolio, 'phone', f.phone, 'contact_url', f.contact_url), form);
  end if;

  begin
    if target is null then
      insert into portal.people (organisation_id, name, job_title, department, portfolio, phone, contact_url, author_id)
      values (org, f.name, f.job_title, f.department, f.portfolio, f.phone, f.contact_url, auth.uid())
      returning * into saved;
    else
      update portal.people pe set
        name = f.name, job_title = f.job_title, department = f.department, portfolio = f.portfolio,
        phone = f.phone, contact_url = f.contact_url, publication = portal.publication_after_save(pe.publication)
      where pe.id = target
      returning * into saved;
    end if;
  exception
    when check_violation or foreign_key_violation or not_null_violation then
      perform portal.structure_constraint_backstop();
  end;
  if saved.id is null then
    perform portal.not_found('Deze persoon bestaat niet, of hoort niet bij uw organisatie.',
      'This person does not exist, or does not belong to your organisation.');
  end if;
  return portal.staff_record('person', saved.id);
end
$$;
comment on function portal.staff_save_person_fields(jsonb) is 'The Dutch part of public.staff_save_person: every check and field but translations, which public.staff_save_person adds (portal.save_with_translations).';

create function public.staff_save_person(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('person', 'staff_save_person_fields', input) $$;
comment on function public.staff_save_person(jsonb) is
'Creates or changes a person whom projects of the organisation can name publicly (contact, project lead, alderman). Input: {id? (absent: create), organisation_id, name, job_title, department?, portfolio?, phone?, contact_url?, updated_at?}. No field may hold an e-mail address: people become public, and a personal address never may. A new person is a draft; the edit of a published person becomes its pending revision. Returns the person as portal.staff_record shows it. Errors: 400 (22023, field in the hint) for bad input or text that looks like an e-mail address; 401/403 without a user; 404 for an organisation the caller does not work for or a person of another organisation; 409 (PT409) when the person changed after the form was loaded. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

create function public.staff_assign_person(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  form jsonb := portal.input_object(input);
  project uuid;
  org uuid;
  person uuid;
  new_role portal.person_role;
  starts date;
  current_holder portal.project_people;
  proposed portal.project_people;
  saved portal.project_people;
begin
  project := portal.input_uuid(form, 'project_id', 'Project', 'Project');
  org := portal.staff_project_organisation(project, 'editor');
  person := portal.structure_person_of(org, portal.input_uuid(form, 'person_id', 'Persoon', 'Person'),
    'person_id', 'Persoon', 'Person');
  new_role := portal.input_choice(form, 'role', 'Rol', 'Role', portal.enum_values('portal.person_role'))::portal.person_role;
  starts := portal.input_date(form, 'since', 'Vanaf', 'Since');

  select * into current_holder from portal.project_people pp
  where pp.project_id = project and pp.role = new_role and pp.until is null and pp.publication = 'published';
  select * into proposed from portal.project_people pp
  where pp.project_id = project and pp.role = new_role and pp.until is null
    and pp.publication in ('draft', 'awaiting_approval', 'scheduled')
  for update;
  if current_holder.person_id = person and proposed.id is null then
    -- Already the current holder: nothing changes, and the public history gets no empty handover.
    return portal.staff_record('assignment', current_holder.id);
  end if;
  if starts < current_holder.since then
    perform portal.invalid('since',
      format('De huidige persoon in deze rol begon op %s. Kies een datum op of na die dag.', to_char(current_holder.since, 'DD-MM-YYYY')),
      format('The current person in this role started on %s. Choose a date on or after that day.', to_char(current_holder.since, 'YYYY-MM-DD')));
  end if;

  -- The new holder is proposed (one proposal per role); the approval makes them public and ends the current
  -- holder's period.
  begin
    if proposed.id is not null then
      update portal.project_people pp
         set person_id = person, since = starts, publication = portal.publication_after_save(pp.publication)
       where pp.id = proposed.id
      returning * into saved;
    else
      insert into portal.project_people (project_id, person_id, role, since, author_id)
      values (project, person, new_role, starts, auth.uid())
      returning * into saved;
    end if;
  exception
    when unique_violation or check_violation or foreign_key_violation or not_null_violation then
      perform portal.structure_constraint_backstop();
  end;
  return portal.staff_record('assignment', saved.id);
end
$$;
comment on function public.staff_assign_person(jsonb) is
'Proposes a person for a public role of a project (contact, project_lead, alderman) from a date on: a draft assignment (one per role; proposing again changes it). When it is approved, the current holder''s period ends the day before (or the same day, when both start on one day) and both changes are recorded publicly. Input: {project_id, person_id (a person of the project''s organisation), role, since}. Returns the proposed assignment as portal.staff_record shows it (or the current one, unchanged, when the person already holds the role). Errors: 400 (22023, field in the hint) for bad input, a person of another organisation, or a date before the current holder began; 401/403 without a user; 404 for a project out of reach.';

-- Handovers -------------------------------------------------------------------------------------------------

create function portal.staff_save_handover_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  form jsonb := portal.input_object(input);
  project uuid;
  org uuid;
  target uuid;
  prev portal.handovers;
  f portal.handovers;
  saved portal.handovers;
begin
  project := portal.input_uuid(form, 'project_id', 'Project', 'Project');
  org := portal.staff_project_organisation(project, 'editor');
  target := portal.input_uuid(form, 'id', 'Overdracht', 'Handover', false);
  if target is not null then
    select * into prev from portal.handovers h where h.id = target and h.project_id = project;
    if not found then
      perform portal.record_missing();
    end if;
    perform portal.check_version(form, portal.working_version('handover', target, prev.updated_at));
  end if;

  f.handed_over_on := portal.input_date(form, 'handed_over_on', 'Datum van de overdracht', 'Date of the handover');
  f.from_phase_id := portal.input_phase(form, 'from_phase_id', 'Van fase', 'From phase', project);
  f.to_phase_id := portal.input_phase(form, 'to_phase_id', 'Naar fase', 'To phase', project);
  if f.from_phase_id = f.to_phase_id then
    perform portal.invalid('to_phase_id', 'Een overdracht gaat naar een andere fase. Kies bij naar fase een andere fase, of laat een van beide leeg.',
      'A handover goes to another phase. Choose a different phase for to phase, or leave one of them empty.');
  end if;
  f.from_department := portal.input_text(form, 'from_department', 'Van afdeling', 'From department', 200);
  f.to_department := portal.input_text(form, 'to_department', 'Naar afdeling', 'To department', 200);
  f.from_person_id := portal.structure_person_of(org, portal.input_uuid(form, 'from_person_id', 'Vorige contactpersoon', 'Previous contact person', false),
    'from_person_id', 'Vorige contactpersoon', 'Previous contact person');
  f.to_person_id := portal.structure_person_of(org, portal.input_uuid(form, 'to_person_id', 'Nieuwe contactpersoon', 'New contact person', false),
    'to_person_id', 'Nieuwe contactpersoon', 'New contact person');
  f.note := portal.input_text(form, 'note', 'Wat is overgedragen', 'What was handed over', 4000);

  if target is not null and prev.publication = 'published' then
    return portal.propose_revision('handover', target, jsonb_build_object('handed_over_on', f.handed_over_on,
      'from_phase_id', f.from_phase_id, 'to_phase_id', f.to_phase_id, 'from_department', f.from_department,
      'to_department', f.to_department, 'from_person_id', f.from_person_id, 'to_person_id', f.to_person_id, 'note', f.note), form);
  end if;

  begin
    if target is null then
      insert into portal.handovers (project_id, handed_over_on, from_phase_id, to_phase_id, from_department, to_department,
        from_person_id, to_person_id, note, author_id)
      values (project, f.handed_over_on, f.from_phase_id, f.to_phase_id, f.from_department, f.to_department,
        f.from_person_id, f.to_person_id, f.note, auth.uid())
      returning * into saved;
    else
      update portal.handovers h set
        handed_over_on = f.handed_over_on, from_phase_id = f.from_phase_id, to_phase_id = f.to_phase_id,
        from_department = f.from_department, to_department = f.to_department, from_person_id = f.from_person_id,
        to_person_id = f.to_person_id, note = f.note, publication = portal.publication_after_save(h.publication)
      where h.id = target
      returning * into saved;
    end if;
  exception
    when check_violation or foreign_key_violation or not_null_violation then
      perform portal.structure_constraint_backstop();
  end;
  if saved.id is null then
    perform portal.record_missing();
  end if;
  return portal.staff_record('handover', saved.id);
end
$$;
comment on function portal.staff_save_handover_fields(jsonb) is 'The Dutch part of public.staff_save_handover: every check and field but translations, which public.staff_save_handover adds (portal.save_with_translations).';

create function public.staff_save_handover(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('handover', 'staff_save_handover_fields', input) $$;
comment on function public.staff_save_handover(jsonb) is
'Creates or changes a handover between phases, departments or contact persons of a project. Input: {id? (absent: create), project_id, handed_over_on, from_phase_id?, to_phase_id? (phases of this project, not the same one), from_department, to_department, from_person_id?, to_person_id? (people of the project''s organisation), note, updated_at?}. A new handover is a draft; the edit of a published one becomes its pending revision. Returns the handover as portal.staff_record shows it. Errors: 400 (22023, field in the hint) for bad input, a phase of another project or a person of another organisation; 401/403 without a user; 404 for a project out of reach or a handover of another project; 409 (PT409) when the handover changed after the form was loaded. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- Groups involved -------------------------------------------------------------------------------------------

create function portal.staff_save_group_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  form jsonb := portal.input_object(input);
  project uuid;
  target uuid;
  prev portal.groups_involved;
  f portal.groups_involved;
  saved portal.groups_involved;
begin
  project := portal.input_uuid(form, 'project_id', 'Project', 'Project');
  perform portal.staff_project_organisation(project, 'editor');
  target := portal.input_uuid(form, 'id', 'Groep', 'Group', false);
  if target is not null then
    select * into prev from portal.groups_involved g where g.id = target and g.project_id = project;
    if not found then
      perform portal.record_missing();
    end if;
    perform portal.check_version(form, portal.working_version('group', target, prev.updated_at));
  end if;

  f.name := portal.input_text(form, 'name', 'Naam van de groep', 'Name of the group', 200);
  -- Case-blind, since "Jongeren" and "jongeren" would show as the same group twice on the project page.
  if exists (select 1 from portal.groups_involved g where g.project_id = project and lower(g.name) = lower(f.name)
             and g.id is distinct from target and g.publication <> 'unpublished') then
    perform portal.invalid('name', 'Dit project heeft al een groep met deze naam. Kies een andere naam, of pas de bestaande groep aan.',
      'This project already has a group with this name. Choose another name, or change the existing group.');
  end if;
  f.status := portal.input_choice(form, 'status', 'Betrokken of nog niet bereikt', 'Involved or not reached yet',
    portal.enum_values('portal.group_status'))::portal.group_status;
  f.note := portal.input_text(form, 'note', 'Toelichting', 'Note', 2000);

  if target is not null and prev.publication = 'published' then
    return portal.propose_revision('group', target, jsonb_build_object('name', f.name, 'status', f.status, 'note', f.note), form);
  end if;

  begin
    if target is null then
      insert into portal.groups_involved (project_id, name, status, note, author_id)
      values (project, f.name, f.status, f.note, auth.uid())
      returning * into saved;
    else
      update portal.groups_involved g set name = f.name, status = f.status, note = f.note,
        publication = portal.publication_after_save(g.publication)
      where g.id = target
      returning * into saved;
    end if;
  exception
    when unique_violation then
      perform portal.invalid('name', 'Dit project heeft al een groep met deze naam. Kies een andere naam, of pas de bestaande groep aan.',
        'This project already has a group with this name. Choose another name, or change the existing group.');
    when check_violation or foreign_key_violation or not_null_violation then
      perform portal.structure_constraint_backstop();
  end;
  if saved.id is null then
    perform portal.record_missing();
  end if;
  return portal.staff_record('group', saved.id);
end
$$;
comment on function portal.staff_save_group_fields(jsonb) is 'The Dutch part of public.staff_save_group: every check and field but translations, which public.staff_save_group adds (portal.save_with_translations).';

create function public.staff_save_group(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('group', 'staff_save_group_fields', input) $$;
comment on function public.staff_save_group(jsonb) is
'Creates or changes a group of residents or stakeholders of a project: involved, or a named gap the project has not reached yet. Input: {id? (absent: create), project_id, name (unique in the project, ignoring case), status (involved|gap), note, updated_at?}. A new group is a draft; the edit of a published one (a gap closed, say) becomes its pending revision. Returns the group as portal.staff_record shows it. Errors: 400 (22023, field in the hint) for bad input or a name already used in the project; 401/403 without a user; 404 for a project out of reach or a group of another project; 409 (PT409) when the group changed after the form was loaded. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- Input themes ----------------------------------------------------------------------------------------------

create function portal.staff_save_input_theme_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  form jsonb := portal.input_object(input);
  project uuid;
  target uuid;
  prev portal.input_themes;
  f portal.input_themes;
  saved portal.input_themes;
begin
  project := portal.input_uuid(form, 'project_id', 'Project', 'Project');
  perform portal.staff_project_organisation(project, 'editor');
  target := portal.input_uuid(form, 'id', 'Thema', 'Theme', false);
  if target is not null then
    select * into prev from portal.input_themes it where it.id = target and it.project_id = project;
    if not found then
      perform portal.record_missing();
    end if;
    perform portal.check_version(form, portal.working_version('input_theme', target, prev.updated_at));
  end if;

  f.phase_id := portal.input_phase(form, 'phase_id', 'Fase', 'Phase', project);
  f.title := portal.input_text(form, 'title', 'Thema', 'Theme', 200);
  f.you_said := portal.input_text(form, 'you_said', 'Wat bewoners zeiden', 'What residents said', 4000);
  f.times_raised := portal.input_integer(form, 'times_raised', 'Hoe vaak genoemd', 'Times raised', 0, 1000000, false);

  if target is not null and prev.publication = 'published' then
    return portal.propose_revision('input_theme', target, jsonb_build_object('phase_id', f.phase_id, 'title', f.title,
      'you_said', f.you_said, 'times_raised', f.times_raised), form);
  end if;

  begin
    if target is null then
      insert into portal.input_themes (project_id, phase_id, title, you_said, times_raised, author_id)
      values (project, f.phase_id, f.title, f.you_said, f.times_raised, auth.uid())
      returning * into saved;
    else
      update portal.input_themes it set phase_id = f.phase_id, title = f.title, you_said = f.you_said,
        times_raised = f.times_raised, publication = portal.publication_after_save(it.publication)
      where it.id = target
      returning * into saved;
    end if;
  exception
    when check_violation or foreign_key_violation or not_null_violation then
      perform portal.structure_constraint_backstop();
  end;
  if saved.id is null then
    perform portal.record_missing();
  end if;
  return portal.staff_record('input_theme', saved.id);
end
$$;
comment on function portal.staff_save_input_theme_fields(jsonb) is 'The Dutch part of public.staff_save_input_theme: every check and field but translations, which public.staff_save_input_theme adds (portal.save_with_translations).';

create function public.staff_save_input_theme(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('input_theme', 'staff_save_input_theme_fields', input) $$;
comment on function public.staff_save_input_theme(jsonb) is
'Creates or changes a theme of what residents said in a project ("you said"). Input: {id? (absent: create), project_id, phase_id? (a phase of this project), title, you_said, times_raised?, updated_at?}. A new theme is a draft; the edit of a published one becomes its pending revision. Returns the theme as portal.staff_record shows it. Errors: 400 (22023, field in the hint) for bad input or a phase of another project; 401/403 without a user; 404 for a project out of reach or a theme of another project; 409 (PT409) when the theme changed after the form was loaded. English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.';

-- Who may call them: signed-in users (the functions themselves check the staff role) ---------------------

revoke all on function
  portal.staff_save_project_fields(jsonb), public.staff_save_project(jsonb), portal.staff_save_phase_fields(jsonb),
  public.staff_save_phase(jsonb), portal.staff_save_person_fields(jsonb), public.staff_save_person(jsonb),
  public.staff_assign_person(jsonb), portal.staff_save_handover_fields(jsonb), public.staff_save_handover(jsonb),
  portal.staff_save_group_fields(jsonb), public.staff_save_group(jsonb), portal.staff_save_input_theme_fields(jsonb),
  public.staff_save_input_theme(jsonb)
from public, anon, authenticated;
grant execute on function
  portal.staff_save_project_fields(jsonb), public.staff_save_project(jsonb), portal.staff_save_phase_fields(jsonb),
  public.staff_save_phase(jsonb), portal.staff_save_person_fields(jsonb), public.staff_save_person(jsonb),
  public.staff_assign_person(jsonb), portal.staff_save_handover_fields(jsonb), public.staff_save_handover(jsonb),
  portal.staff_save_group_fields(jsonb), public.staff_save_group(jsonb), portal.staff_save_input_theme_fields(jsonb),
  public.staff_save_input_theme(jsonb)
to authenticated, service_role;
