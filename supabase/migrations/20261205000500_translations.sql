-- English versions of what staff write.
--
-- Staff write every public text in Dutch. Each text field residents read may also have an English version,
-- kept with the record in a column `translations jsonb`, shaped {"en": {"<field>": "<English text>"}} (a
-- decision's answer to an input theme is the key "responses.<theme id>"). English text is public content like
-- the Dutch: it is part of the record's content_fields, so it goes through the same drafts, pending revisions,
-- four-eyes approval, record_versions and ledger. There is no other way to change it.
--
-- Every ledger entry and version written before this migration stays verifiable: a record without English
-- (translations = {}) has the same public content as before, because record_content leaves an empty
-- translations object out. src/lib/records/kinds.ts and src/lib/ledger/verify-site.ts do the same.
--
-- Which fields may be translated, and how long each English text may be, is publishable_kinds.translatable_fields.
-- The staff save functions take an optional `translations` in their input; the check below refuses other
-- languages, other fields, text that is not text, invisible characters and oversized texts with a 400 whose hint
-- names the field (translations.en.<field>), like every other input.

-- Which fields of a kind residents can read in English ---------------------------------------------------------

alter table portal.publishable_kinds
  add column translatable_fields jsonb not null default '{}'::jsonb check (jsonb_typeof(translatable_fields) = 'object');
comment on column portal.publishable_kinds.translatable_fields is 'The text fields of the kind that may have an English version, each with the most characters that version may have (as the Dutch field): {"title": 200, ...}. The key "responses.*" stands for a decision''s answers to input themes (translated as responses.<theme id>). Empty for a kind without text residents read.';

update portal.publishable_kinds k set translatable_fields = f.fields
from (values
  ('project', '{"title": 200, "summary": 2000, "theme": 100, "area": 100, "council_role_explanation": 2000, "budget_note": 1000}'::jsonb),
  ('phase', '{"title": 200, "open_for_input": 4000, "fixed_frames": 4000, "time_asked": 1000, "results_expected": 1000, "department": 200, "council_role_explanation": 2000}'),
  ('person', '{"job_title": 200, "department": 200, "portfolio": 500}'),
  ('handover', '{"from_department": 200, "to_department": 200, "note": 4000}'),
  ('group', '{"name": 200, "note": 2000}'),
  ('input_theme', '{"title": 200, "you_said": 4000}'),
  ('decision', '{"decided_by": 200, "title": 200, "decision": 4000, "rationale": 8000, "input_used": 8000, "responses.*": 4000}'),
  ('promise', '{"body": 2000, "made_by": 200, "context": 500}'),
  ('promise_status', '{"changed_by": 200, "explanation": 4000}'),
  ('council_moment', '{"body": 200, "agenda_item": 500, "proposal": 4000, "outcome_summary": 4000, "council_reasons": 8000, "effect_on_promises": 4000}'),
  ('motion', '{"title": 200, "submitted_by": 500, "asks": 4000, "result_summary": 4000}'),
  ('council_letter', '{"title": 200, "summary": 4000}'),
  ('key_date', '{"title": 200, "location": 500, "how_to_join": 2000}'),
  ('update', '{"title": 200, "body_md": 20000}'),
  ('lesson', '{"title": 200, "lesson": 4000}')
) as f(kind, fields)
where k.kind = f.kind;

-- Checking and tidying an English version ----------------------------------------------------------------------

create function portal.normalise_translations(kind text, value jsonb) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  allowed jsonb := (select k.translatable_fields from portal.publishable_kinds k where k.kind = normalise_translations.kind);
  english jsonb;
  item record;
  limit_chars integer;
  tidy text;
  result jsonb := '{}'::jsonb;
begin
  if value is null or jsonb_typeof(value) = 'null' then
    return '{}'::jsonb;
  end if;
  if jsonb_typeof(value) <> 'object' then
    perform portal.invalid('translations', 'De Engelse teksten kwamen niet goed aan. Laad de pagina opnieuw.',
      'The English texts did not arrive properly. Reload the page.');
  end if;
  if exists (select 1 from jsonb_object_keys(value) l where l <> 'en') then
    perform portal.invalid('translations', 'Naast het Nederlands is alleen Engels (en) mogelijk.',
      'Besides Dutch, only English (en) is possible.');
  end if;
  english := value -> 'en';
  if english is null or jsonb_typeof(english) = 'null' then
    return '{}'::jsonb;
  end if;
  if jsonb_typeof(english) <> 'object' then
    perform portal.invalid('translations', 'De Engelse teksten kwamen niet goed aan. Laad de pagina opnieuw.',
      'The English texts did not arrive properly. Reload the page.');
  end if;
  for item in select e.key, e.value from jsonb_each(english) e order by e.key loop
    limit_chars := case
      when allowed ? item.key then (allowed ->> item.key)::integer
      when item.key ~ '^responses\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then (allowed ->> 'responses.*')::integer
    end;
    if limit_chars is null then
      -- The key is not echoed: it is whatever the caller sent.
      perform portal.invalid('translations', 'Een van de Engelse teksten hoort bij geen veld dat een Engelse versie kan hebben.',
        'One of the English texts belongs to no field that can have an English version.');
    end if;
    if jsonb_typeof(item.value) = 'null' then
      continue;
    end if;
    if jsonb_typeof(item.value) <> 'string' then
      perform portal.invalid('translations.en.' || item.key, 'De Engelse versie moet tekst zijn.', 'The English version must be text.');
    end if;
    -- As the Dutch: Markdown keeps its leading spaces, other text is trimmed; blank means "no English version".
    tidy := case when item.key = 'body_md'
      then regexp_replace(rtrim(item.value #>> '{}', E' \t\r\n'), E'^([ \t]*\r?\n)+', '')
      else btrim(item.value #>> '{}', E' \t\r\n') end;
    if tidy = '' then
      continue;
    end if;
    if tidy ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]' then
      perform portal.invalid('translations.en.' || item.key, 'De Engelse versie bevat onzichtbare tekens. Typ de tekst opnieuw.',
        'The English version contains invisible characters. Please type the text again.');
    end if;
    if char_length(tidy) > limit_chars then
      perform portal.invalid('translations.en.' || item.key,
        format('De Engelse versie is te lang: %s tekens, hoogstens %s.', char_length(tidy), limit_chars),
        format('The English version is too long: %s characters, at most %s.', char_length(tidy), limit_chars));
    end if;
    -- A person's card is public: no e-mail address in it, in any language.
    if kind = 'person' and portal.structure_has_email(tidy) then
      perform portal.invalid('translations.en.' || item.key,
        'De Engelse versie lijkt een e-mailadres te bevatten. Zet hier geen e-mailadres: alles hier komt op de openbare website.',
        'The English version seems to contain an e-mail address. Do not put an e-mail address here: everything here appears on the public website.');
    end if;
    result := result || jsonb_build_object(item.key, tidy);
  end loop;
  return case when result = '{}'::jsonb then '{}'::jsonb else jsonb_build_object('en', result) end;
end
$$;
comment on function portal.normalise_translations(text, jsonb) is 'Checks the English versions of a record of a kind and returns them tidied: {} or {"en": {field: text}} with trimmed, non-blank texts only (null and blank mean "no English version"). Refuses (400, hint translations or translations.en.<field>) anything but an object, a language other than en, a field the kind cannot translate, a value that is not text, invisible characters, a text longer than the field allows, and an e-mail address on a person''s card.';

create function portal.input_translations(input jsonb, kind text) returns jsonb
language sql stable
set search_path = ''
as $$ select portal.normalise_translations(kind, input -> 'translations') $$;
comment on function portal.input_translations(jsonb, text) is 'Reads the optional translations field of a staff form for a kind (see normalise_translations); absent or null is {} (no English versions).';

-- The column on every table whose kind has text to translate -----------------------------------------------------

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
    execute format('alter table portal.%I add column translations jsonb not null default ''{}''::jsonb', item.table_name);
    execute format('comment on column portal.%I.translations is %L', item.table_name,
      'The English versions of the record''s text fields: {} or {"en": {"<field>": "<English text>"}}, fields as publishable_kinds.translatable_fields allows. Public content: changed only through the workflow, hashed into the ledger when not empty.');
    execute format('create trigger %I before insert or update of translations on portal.%I for each row execute function portal.tidy_record_translations(%L)',
      item.table_name || '_translations_tidy', item.table_name, item.kind);
    -- Anon reads the columns granted one by one (20261204000100_public_record.sql); the new one is public too.
    execute format('grant select (translations) on portal.%I to anon', item.table_name);
  end loop;
end
$$;
-- Staff write promises column by column (the status changes only through the history).
grant update (translations) on portal.promises to authenticated;

create trigger revisions_translations_tidy before insert or update of content on portal.revisions
  for each row execute function portal.tidy_revision_translations();

-- English text is public content: hashed, versioned, approved -------------------------------------------------

update portal.publishable_kinds k set content_fields = k.content_fields || array['translations']
where k.translatable_fields <> '{}'::jsonb;

create or replace function portal.record_content(kind text, r jsonb) returns jsonb
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


-- The staff save functions take the English versions ------------------------------------------------------------
-- Each save function keeps its checks and its Dutch fields; it moves to schema portal as <name>_fields, and
-- public.<name> becomes a wrapper that calls it and then saves the English versions of the same record in the
-- same transaction, the same way the Dutch ones were: in place on a record that is not public, as (part of) the
-- pending revision of a published one, in the pending status change for a promise's status. A refusal anywhere
-- undoes the whole save.

create function portal.save_with_translations(kind text, save_fields text, input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  result jsonb;
  wanted jsonb;
  dutch jsonb;
  target uuid;
  field text;
  theme text;
begin
  input := portal.input_object(input);
  -- The Dutch save answers first (401, 404, 403, 409 and its own 400s), so the English part is no oracle.
  execute format('select portal.%I($1)', save_fields) into result using input - 'translations';
  if not (input ? 'translations') then
    return result;
  end if;
  wanted := portal.input_translations(input, kind);
  -- The words the English versions go with: the pending status change's, or the record's as the form shows them.
  dutch := case kind when 'promise_status' then result -> 'pending_status' else result end;
  for field in select jsonb_object_keys(coalesce(wanted -> 'en', '{}'::jsonb)) loop
    if field like 'responses.%' then
      theme := substr(field, 11);
      if not exists (select 1 from jsonb_array_elements(coalesce(dutch -> 'responses', '[]'::jsonb)) e where e.value ->> 'input_theme_id' = theme) then
        perform portal.invalid('translations.en.' || field, 'Schrijf eerst de Nederlandse tekst. Daarna kunt u hem vertalen.',
          'Write the Dutch text first. Then you can translate it.');
      end if;
    elsif coalesce(dutch ->> field, '') = '' then
      perform portal.invalid('translations.en.' || field, 'Schrijf eerst de Nederlandse tekst. Daarna kunt u hem vertalen.',
        'Write the Dutch text first. Then you can translate it.');
    end if;
  end loop;
  if coalesce(dutch -> 'translations', '{}'::jsonb) = wanted then
    return result;
  end if;
  target := (result ->> 'id')::uuid;
  if kind = 'promise_status' then
    update portal.revisions x set content = x.content || jsonb_build_object('translations', wanted)
    where x.kind = 'promise_status' and x.record_id = target;
    return portal.staff_record('promise', target);
  end if;
  if result ->> 'publication' = 'published' then
    -- The Dutch save already checked the form's version; this adds the English words to the same revision.
    return portal.propose_revision(kind, target, jsonb_build_object('translations', wanted), '{}'::jsonb);
  end if;
  execute format('update portal.%I t set translations = $2 where t.id = $1', portal.kind_table(kind)) using target, wanted;
  return portal.staff_record(kind, target);
end
$$;
comment on function portal.save_with_translations(text, text, jsonb) is 'For the public staff save functions: runs the Dutch save (portal.<save_fields>) without the translations field, then, when the input has translations, checks them (400, hint translations.en.<field>; a field without Dutch text cannot have an English version) and saves them with the record: in place when it is not public, in its pending revision when it is, in the pending status change for promise_status. Returns the record as portal.staff_record shows it.';
revoke all on function portal.save_with_translations(text, text, jsonb) from public;
grant execute on function portal.save_with_translations(text, text, jsonb) to authenticated, service_role;
revoke all on function portal.normalise_translations(text, jsonb), portal.input_translations(jsonb, text) from public;
grant execute on function portal.normalise_translations(text, jsonb), portal.input_translations(jsonb, text) to authenticated, service_role;

do $do$
declare
  item record;
  described text;
begin
  for item in
    select * from (values
      ('staff_save_project', 'project'), ('staff_save_phase', 'phase'), ('staff_save_person', 'person'),
      ('staff_save_handover', 'handover'), ('staff_save_group', 'group'), ('staff_save_input_theme', 'input_theme'),
      ('staff_save_update', 'update'), ('staff_save_decision', 'decision'), ('staff_save_promise', 'promise'),
      ('staff_change_promise_status', 'promise_status'), ('staff_save_council_moment', 'council_moment'),
      ('staff_save_motion', 'motion'), ('staff_save_council_letter', 'council_letter'),
      ('staff_save_key_date', 'key_date'), ('staff_save_lesson', 'lesson')
    ) as v(fn, kind)
  loop
    described := obj_description(format('public.%I(jsonb)', item.fn)::regprocedure, 'pg_proc');
    execute format('alter function public.%I(jsonb) rename to %I', item.fn, item.fn || '_fields');
    execute format('alter function public.%I(jsonb) set schema portal', item.fn || '_fields');
    execute format('comment on function portal.%I(jsonb) is %L', item.fn || '_fields',
      format('The Dutch part of public.%s: every check and field but translations, which public.%s adds (portal.save_with_translations).', item.fn, item.fn));
    execute format($f$create function public.%I(input jsonb) returns jsonb
      language sql volatile security invoker
      set search_path = ''
      as $b$ select portal.save_with_translations(%L, %L, input) $b$ $f$, item.fn, item.kind, item.fn || '_fields');
    execute format('comment on function public.%I(jsonb) is %L', item.fn, described ||
      ' English versions: translations? ({"en": {"<field>": "<English text>"}}, the fields publishable_kinds.translatable_fields names for this kind, each no longer than the Dutch field; null or blank removes one; absent keeps them), saved with the Dutch text and approved with it; 400 with hint translations.en.<field> for a bad one or one without Dutch text.');
    execute format('revoke all on function public.%I(jsonb) from public, anon, authenticated', item.fn);
    execute format('grant execute on function public.%I(jsonb) to authenticated, service_role', item.fn);
  end loop;
end
$do$;

-- A promise's status change carries its English explanation into the public history ---------------------------

create or replace function portal.apply_revision(rev portal.revisions, actor uuid, approval text) returns void
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

-- The read API returns the English versions with every record ----------------------------------------------------
-- The same documents as before (20261128000700_api_read.sql), each record with its translations; the site picks
-- the text for the reader (src/lib/content-language).

create or replace function portal.person_json(person uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', p.id, 'name', p.name, 'job_title', p.job_title, 'department', p.department,
    'portfolio', p.portfolio, 'phone', p.phone, 'contact_url', p.contact_url, 'translations', p.translations)
  from portal.people p where p.id = person and p.publication = 'published'
$$;
comment on function portal.person_json(uuid) is 'The public card of a published person: id, name, job title, department, portfolio and work contact details (never an e-mail address), and its translations ({"en": {field: text}}); null for a person who is not published.';

create or replace function portal.promise_history_json(promise uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
      'id', c.id, 'status', c.status, 'changed_at', c.changed_at, 'changed_by', c.changed_by,
      'explanation', c.explanation, 'evidence_url', c.evidence_url, 'translations', c.translations)
    order by c.changed_at, c.created_at), '[]'::jsonb)
  from portal.promise_status_changes c where c.promise_id = promise
$$;
comment on function portal.promise_history_json(uuid) is 'The public status history of a promise, oldest first: each approved status change with its id and translations.';

create or replace function portal.next_key_date_json(project uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object('kind', k.kind, 'title', k.title, 'starts_at', k.starts_at, 'ends_at', k.ends_at, 'translations', k.translations)
  from portal.key_dates k
  where k.project_id = project and k.publication = 'published' and coalesce(k.ends_at, k.starts_at) >= now()
  order by k.starts_at
  limit 1
$$;
comment on function portal.next_key_date_json(uuid) is 'The next published moment to take part in a project (or the one going on now), with its translations, or null.';

create or replace function public.list_projects(org_slug text) returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(card order by next_at nulls last, title), '[]'::jsonb)
  from (
    select p.title,
      (nk.doc ->> 'starts_at')::timestamptz as next_at,
      jsonb_build_object(
        'slug', p.slug, 'title', p.title, 'summary', p.summary, 'theme', p.theme, 'area', p.area,
        'status', p.status, 'starts_on', p.starts_on, 'ends_on', p.ends_on,
        'council_role', p.council_role, 'updated_at', p.updated_at, 'translations', p.translations,
        'current_phase', case when cur.id is not null then
          jsonb_build_object('kind', cur.kind, 'title', cur.title, 'participation_level', cur.participation_level,
            'translations', cur.translations) end,
        'next_moment', nk.doc,
        'open_for_input', coalesce(cur.participation_level <> 'informeren', false) and nk.doc is not null
      ) as card
    from portal.projects p
    left join lateral (
      select ph.id, ph.kind, ph.title, ph.participation_level, ph.translations from portal.phases ph
      where ph.project_id = p.id and ph.starts_on <= current_date and ph.publication = 'published'
      order by ph.position desc
      limit 1
    ) cur on true
    cross join lateral (select portal.next_key_date_json(p.id) as doc) nk
    where p.organisation_id = portal.organisation_id_for(org_slug)
      and p.publication = 'published'
  ) cards
$$;
comment on function public.list_projects(text) is 'The published projects of an organisation as cards (slug, title, summary, theme, area, status, dates, council_role, current_phase, next_moment, open_for_input, translations of the project, its current phase and its next moment), sorted by the next moment to take part. Raises PT404 for an unknown organisation.';

create or replace function public.project_timeline(org_slug text, project_slug text) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  org uuid := portal.organisation_id_for(org_slug);
  -- A record of the public columns: anon may not read who wrote or approved a project.
  p record;
  current_phase uuid;
  doc jsonb;
begin
  if project_slug is null or btrim(project_slug) = '' then
    raise exception 'project_slug is required.' using errcode = '22023';
  end if;
  select pr.id, pr.slug, pr.title, pr.summary, pr.theme, pr.area, pr.status, pr.starts_on, pr.ends_on,
         pr.council_role, pr.council_role_explanation, pr.published_at, pr.updated_at,
         pr.meetings_held, pr.participant_hours, pr.budget_eur, pr.budget_note, pr.version, pr.revised_at, pr.self_approved,
         pr.translations
    into p from portal.projects pr
  where pr.organisation_id = org and pr.slug = project_slug and pr.publication = 'published';
  if p.id is null then
    raise exception 'Project "%" does not exist or is not published.', left(project_slug, 80) using errcode = 'PT404';
  end if;
  current_phase := portal.current_phase_id(p.id);

  doc := jsonb_build_object(
    'generated_at', now(),
    -- The newest ledger entry when this document was read: verify-ledger compares the document with the
    -- ledger up to here, so a publication during a build is never taken for a mismatch.
    'ledger_head', (select jsonb_build_object('seq', h.seq, 'hash', h.hash) from portal.ledger_heads h where h.organisation_id = org),
    'organisation', public.get_organisation(org_slug),
    'project', jsonb_build_object(
      'id', p.id, 'slug', p.slug, 'title', p.title, 'summary', p.summary, 'theme', p.theme, 'area', p.area,
      'status', p.status, 'starts_on', p.starts_on, 'ends_on', p.ends_on,
      'council_role', p.council_role, 'council_role_explanation', p.council_role_explanation,
      'published_at', p.published_at, 'updated_at', p.updated_at,
      'version', p.version, 'revised_at', p.revised_at, 'self_approved', p.self_approved, 'translations', p.translations,
      'investment', jsonb_build_object(
        'meetings_held', p.meetings_held, 'participant_hours', p.participant_hours,
        'budget_eur', p.budget_eur, 'budget_note', p.budget_note)),
    'people', (
      select coalesce(jsonb_agg((portal.person_json(pp.person_id) - 'id')
          || jsonb_build_object('id', pp.id, 'person_id', pp.person_id, 'role', pp.role, 'since', pp.since, 'until', pp.until,
               'version', pp.version, 'revised_at', pp.revised_at, 'self_approved', pp.self_approved)
        order by pp.role, pp.since), '[]'::jsonb)
      from portal.project_people pp where pp.project_id = p.id and pp.publication = 'published'),
    'phases', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', ph.id, 'position', ph.position, 'kind', ph.kind, 'title', ph.title,
          'starts_on', ph.starts_on, 'ends_on', ph.ends_on, 'is_current', ph.id = current_phase,
          'participation_level', ph.participation_level, 'open_for_input', ph.open_for_input,
          'fixed_frames', ph.fixed_frames, 'time_asked', ph.time_asked, 'time_asked_hours', ph.time_asked_hours,
          'results_expected', ph.results_expected, 'results_expected_on', ph.results_expected_on,
          'department', ph.department, 'contact_person_id', ph.contact_person_id, 'contact', portal.person_json(ph.contact_person_id),
          'council_role', ph.council_role, 'council_role_explanation', ph.council_role_explanation,
          'version', ph.version, 'revised_at', ph.revised_at, 'self_approved', ph.self_approved, 'translations', ph.translations)
        order by ph.position), '[]'::jsonb)
      from portal.phases ph where ph.project_id = p.id and ph.publication = 'published'),
    'handovers', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', h.id, 'handed_over_on', h.handed_over_on, 'from_phase_id', h.from_phase_id, 'to_phase_id', h.to_phase_id,
          'from_department', h.from_department, 'to_department', h.to_department,
          'from_person_id', h.from_person_id, 'to_person_id', h.to_person_id,
          'from_person', portal.person_json(h.from_person_id), 'to_person', portal.person_json(h.to_person_id),
          'note', h.note, 'version', h.version, 'revised_at', h.revised_at, 'self_approved', h.self_approved, 'translations', h.translations)
        order by h.handed_over_on), '[]'::jsonb)
      from portal.handovers h where h.project_id = p.id and h.publication = 'published'),
    'decisions', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', d.id, 'phase_id', d.phase_id, 'decided_on', d.decided_on, 'decided_by', d.decided_by,
          'title', d.title, 'decision', d.decision, 'rationale', d.rationale, 'input_used', d.input_used,
          'source_url', d.source_url, 'published_at', d.published_at,
          -- Part of what the decision says (and of its content in the ledger), in theme id order.
          'responses', (select coalesce(jsonb_agg(jsonb_build_object('input_theme_id', r.input_theme_id, 'we_did', r.we_did)
              order by r.input_theme_id), '[]'::jsonb)
            from portal.input_responses r where r.decision_id = d.id),
          'version', d.version, 'revised_at', d.revised_at, 'self_approved', d.self_approved, 'translations', d.translations)
        order by d.decided_on, d.title), '[]'::jsonb)
      from portal.decisions d where d.project_id = p.id and d.publication = 'published'),
    'input_themes', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', t.id, 'phase_id', t.phase_id, 'title', t.title, 'you_said', t.you_said, 'times_raised', t.times_raised,
          'version', t.version, 'revised_at', t.revised_at, 'self_approved', t.self_approved, 'translations', t.translations,
          'responses', (
            select coalesce(jsonb_agg(jsonb_build_object('decision_id', r.decision_id, 'we_did', r.we_did)
              order by d.decided_on), '[]'::jsonb)
            from portal.input_responses r join portal.decisions d on d.id = r.decision_id
            where r.input_theme_id = t.id and d.publication = 'published'))
        order by t.title), '[]'::jsonb)
      from portal.input_themes t where t.project_id = p.id and t.publication = 'published'),
    'promises', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', pr.id, 'phase_id', pr.phase_id, 'body', pr.body, 'made_on', pr.made_on, 'made_by', pr.made_by,
          'made_to', pr.made_to, 'context', pr.context, 'due_on', pr.due_on, 'status', pr.status,
          'is_overdue', portal.is_overdue(pr.due_on, pr.status),
          'history', portal.promise_history_json(pr.id),
          'version', pr.version, 'revised_at', pr.revised_at, 'self_approved', pr.self_approved, 'translations', pr.translations)
        order by pr.made_on, pr.body), '[]'::jsonb)
      from portal.promises pr where pr.project_id = p.id and pr.publication = 'published'),
    'council_moments', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', c.id, 'meets_on', c.meets_on, 'starts_at', c.starts_at, 'meeting_kind', c.meeting_kind, 'body', c.body,
          'agenda_item', c.agenda_item, 'proposal', c.proposal, 'outcome', c.outcome, 'outcome_summary', c.outcome_summary,
          'differs_from_participation', c.differs_from_participation, 'council_reasons', c.council_reasons,
          'effect_on_promises', c.effect_on_promises, 'source_url', c.source_url, 'source_id', c.source_id,
          'meeting_source_id', c.meeting_source_id,
          'version', c.version, 'revised_at', c.revised_at, 'self_approved', c.self_approved, 'translations', c.translations)
        order by c.meets_on, c.starts_at, c.id), '[]'::jsonb)
      from portal.council_moments c where c.project_id = p.id and c.publication = 'published'),
    'motions', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', m.id, 'council_moment_id', m.council_moment_id, 'phase_id', m.phase_id, 'kind', m.kind, 'reference', m.reference,
          'title', m.title, 'submitted_by', m.submitted_by, 'asks', m.asks, 'result', m.result, 'result_summary', m.result_summary,
          'votes', m.votes, 'source_url', m.source_url, 'source_id', m.source_id,
          'version', m.version, 'revised_at', m.revised_at, 'self_approved', m.self_approved, 'translations', m.translations)
        order by c.meets_on, m.reference, m.title, m.id), '[]'::jsonb)
      from portal.council_motions m join portal.council_moments c on c.id = m.council_moment_id
      where m.project_id = p.id and m.publication = 'published' and c.publication = 'published'),
    'council_letters', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', l.id, 'phase_id', l.phase_id, 'sent_on', l.sent_on, 'reference', l.reference, 'title', l.title,
          'summary', l.summary, 'source_url', l.source_url, 'source_id', l.source_id,
          'version', l.version, 'revised_at', l.revised_at, 'self_approved', l.self_approved, 'translations', l.translations)
        order by l.sent_on, l.title, l.id), '[]'::jsonb)
      from portal.council_letters l where l.project_id = p.id and l.publication = 'published'),
    'updates', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', u.id, 'title', u.title, 'body_md', u.body_md, 'published_at', u.published_at,
          'version', u.version, 'revised_at', u.revised_at, 'self_approved', u.self_approved, 'translations', u.translations)
        order by u.published_at), '[]'::jsonb)
      from portal.updates u where u.project_id = p.id and u.publication = 'published'),
    'key_dates', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', k.id, 'phase_id', k.phase_id, 'kind', k.kind, 'title', k.title, 'starts_at', k.starts_at,
          'ends_at', k.ends_at, 'location', k.location, 'online_url', k.online_url, 'how_to_join', k.how_to_join,
          'version', k.version, 'revised_at', k.revised_at, 'self_approved', k.self_approved, 'translations', k.translations)
        order by k.starts_at), '[]'::jsonb)
      from portal.key_dates k where k.project_id = p.id and k.publication = 'published'),
    'groups', (
      select coalesce(jsonb_agg(jsonb_build_object('id', g.id, 'name', g.name, 'status', g.status, 'note', g.note,
          'version', g.version, 'revised_at', g.revised_at, 'self_approved', g.self_approved, 'translations', g.translations)
        order by g.status, g.name), '[]'::jsonb)
      from portal.groups_involved g where g.project_id = p.id and g.publication = 'published'),
    'lessons', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', l.id, 'phase_id', l.phase_id, 'category', l.category, 'title', l.title,
          'lesson', l.lesson, 'recorded_on', l.recorded_on,
          'version', l.version, 'revised_at', l.revised_at, 'self_approved', l.self_approved, 'translations', l.translations)
        order by l.recorded_on, l.title), '[]'::jsonb)
      from portal.lessons l where l.project_id = p.id and l.publication = 'published'),
    -- What was withdrawn leaves a notice in its place: what it was, when, and why.
    'withdrawn', (
      select coalesce(jsonb_agg(jsonb_build_object('kind', w.kind, 'id', w.record_id, 'title', portal.record_title(w.kind, w.content),
          'withdrawn_at', w.at, 'reason', w.reason, 'version', w.version)
        order by w.at, w.record_id), '[]'::jsonb)
      from (
        select distinct on (v.kind, v.record_id) v.kind, v.record_id, v.content, v.at, v.reason, v.version, v.event
        from portal.record_versions v
        where v.project_id = p.id and v.kind not in ('project', 'promise_status')
        order by v.kind, v.record_id, v.ledger_seq desc
      ) w
      where w.event = 'withdrawal'),
    -- The public version history: every publication event of the project's records and of the people it
    -- names, oldest first, with the content of each version (the changes page shows the differences).
    'history', (
      select coalesce(jsonb_agg(jsonb_build_object('id', v.id, 'seq', v.ledger_seq, 'type', v.event, 'kind', v.kind,
          'record_id', v.record_id, 'version', v.version, 'at', v.at, 'title', portal.record_title(v.kind, v.content),
          'promise_id', v.parent_id,
          'approval', v.approval, 'approved_by_role', v.approved_by_role, 'reason', v.reason, 'content', v.content,
          'content_hash', v.content_hash)
        order by v.ledger_seq), '[]'::jsonb)
      from portal.record_versions v
      where v.project_id = p.id
         or (v.kind = 'person' and v.record_id in (
               select pp.person_id from portal.project_people pp where pp.project_id = p.id and pp.publication = 'published'
               union select ph.contact_person_id from portal.phases ph where ph.project_id = p.id and ph.publication = 'published'
               union select h.from_person_id from portal.handovers h where h.project_id = p.id and h.publication = 'published'
               union select h.to_person_id from portal.handovers h where h.project_id = p.id and h.publication = 'published')))
  );

  -- One chronological line of everything above; `at` orders it, dates count from midnight in Amsterdam.
  return doc || jsonb_build_object('timeline', (
    select coalesce(jsonb_agg(jsonb_build_object('kind', kind, 'at', at, 'ref_id', ref_id, 'title', title)
      order by at, kind_order, title), '[]'::jsonb)
    from (
      select 'phase_start' as kind, 1 as kind_order, e.value ->> 'id' as ref_id, e.value ->> 'title' as title,
             ((e.value ->> 'starts_on')::date::timestamp at time zone 'Europe/Amsterdam') as at
        from jsonb_array_elements(doc -> 'phases') e
      union all
      select 'handover', 2, e.value ->> 'id', e.value ->> 'to_department',
             ((e.value ->> 'handed_over_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'handovers') e
      union all
      select 'key_date', 3, e.value ->> 'id', e.value ->> 'title', (e.value ->> 'starts_at')::timestamptz
        from jsonb_array_elements(doc -> 'key_dates') e
      union all
      select 'decision', 4, e.value ->> 'id', e.value ->> 'title',
             ((e.value ->> 'decided_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'decisions') e
      union all
      select 'council_moment', 5, e.value ->> 'id', e.value ->> 'agenda_item',
             ((e.value ->> 'meets_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'council_moments') e
      union all
      select 'council_letter', 5, e.value ->> 'id', e.value ->> 'title',
             ((e.value ->> 'sent_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'council_letters') e
      union all
      select 'promise_made', 6, e.value ->> 'id', e.value ->> 'body',
             ((e.value ->> 'made_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'promises') e
      union all
      select 'promise_status', 7, e.value ->> 'id', h.value ->> 'status', (h.value ->> 'changed_at')::timestamptz
        from jsonb_array_elements(doc -> 'promises') e, jsonb_array_elements(e.value -> 'history') h
      union all
      select 'update', 8, e.value ->> 'id', e.value ->> 'title', (e.value ->> 'published_at')::timestamptz
        from jsonb_array_elements(doc -> 'updates') e
    ) items));
end
$$;
comment on function public.project_timeline(text, text) is 'Everything public about one project in one document: organisation, project (with investment), people, phases (with expectations and the current one marked), handovers, decisions (with their answers to input themes), input themes with the decisions that answered them, promises (made to residents or to the council) with their history, council moments (committee or council, with the meeting and agenda item ids of Open Raadsinformatie), motions and amendments (with votes per party), council letters (raadsinformatiebrieven), updates, key dates, groups, lessons (each with its id, version, revised_at, self_approved and translations {"en": {field: text}}; a decision''s answer to a theme is translated as responses.<theme id>), the notices of withdrawn records (withdrawn), the public version history (history: every publication event with its ledger seq, approval, reason and content), the ledger head when it was read (ledger_head {seq, hash}), and one chronological timeline. Raises PT404 when the project is unknown or not published.';

create or replace function public.list_promises(org_slug text, status text default null, project_slug text default null, overdue_only boolean default false)
returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  org uuid := portal.organisation_id_for(org_slug);
  wanted portal.promise_status;
begin
  if status is not null then
    if status not in (select unnest(enum_range(null::portal.promise_status))::text) then
      raise exception 'status must be one of open, in_progress, kept, changed, broken.' using errcode = '22023';
    end if;
    wanted := status::portal.promise_status;
  end if;
  return (
    select coalesce(jsonb_agg(jsonb_build_object(
        'id', pr.id, 'project', jsonb_build_object('slug', p.slug, 'title', p.title, 'translations', p.translations),
        'body', pr.body, 'made_on', pr.made_on, 'made_by', pr.made_by, 'made_to', pr.made_to, 'context', pr.context,
        'due_on', pr.due_on, 'status', pr.status, 'is_overdue', portal.is_overdue(pr.due_on, pr.status),
        'history', portal.promise_history_json(pr.id), 'translations', pr.translations)
      order by p.title, pr.made_on, pr.body), '[]'::jsonb)
    from portal.promises pr join portal.projects p on p.id = pr.project_id
    where p.organisation_id = org and p.publication = 'published' and pr.publication = 'published'
      and (wanted is null or pr.status = wanted)
      and (list_promises.project_slug is null or p.slug = list_promises.project_slug)
      and (not coalesce(overdue_only, false) or portal.is_overdue(pr.due_on, pr.status)));
end
$$;
comment on function public.list_promises(text, text, text, boolean) is 'Published promises across the published projects of an organisation, each with its project, full history and translations; filter by status (open, in_progress, kept, changed, broken), project_slug, and overdue_only.';

create or replace function public.list_council_moments(org_slug text, from_date date default null, to_date date default null)
returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
      'id', c.id, 'project', jsonb_build_object('slug', p.slug, 'title', p.title, 'council_role', p.council_role, 'translations', p.translations),
      'meets_on', c.meets_on, 'starts_at', c.starts_at, 'meeting_kind', c.meeting_kind, 'body', c.body,
      'agenda_item', c.agenda_item, 'proposal', c.proposal, 'outcome', c.outcome, 'outcome_summary', c.outcome_summary,
      'differs_from_participation', c.differs_from_participation, 'council_reasons', c.council_reasons,
      'effect_on_promises', c.effect_on_promises, 'source_url', c.source_url, 'source_id', c.source_id,
      'meeting_source_id', c.meeting_source_id, 'translations', c.translations)
    order by c.meets_on, p.title), '[]'::jsonb)
  from portal.council_moments c join portal.projects p on p.id = c.project_id
  where p.organisation_id = portal.organisation_id_for(org_slug)
    and p.publication = 'published' and c.publication = 'published'
    and (from_date is null or c.meets_on >= from_date)
    and (to_date is null or c.meets_on <= to_date)
$$;
comment on function public.list_council_moments(text, date, date) is 'Published council moments across the published projects of an organisation, oldest first, each with its translations and its project''s, optionally between from_date and to_date (inclusive).';

create or replace function public.list_lessons(org_slug text, phase_kind text default null, category text default null)
returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  org uuid := portal.organisation_id_for(org_slug);
begin
  if phase_kind is not null and phase_kind not in (select unnest(enum_range(null::portal.phase_kind))::text) then
    raise exception 'phase_kind must be one of vision, plan, decision, execution, management.' using errcode = '22023';
  end if;
  if category is not null and category not in (select unnest(enum_range(null::portal.lesson_category))::text) then
    raise exception 'category must be one of communication, inclusion, planning, collaboration, decision_making, expectations.' using errcode = '22023';
  end if;
  return (
    select coalesce(jsonb_agg(jsonb_build_object(
        'id', l.id, 'project', jsonb_build_object('slug', p.slug, 'title', p.title, 'translations', p.translations),
        'phase_kind', ph.kind, 'category', l.category, 'title', l.title, 'lesson', l.lesson,
        'recorded_on', l.recorded_on, 'translations', l.translations)
      order by l.recorded_on desc, l.title), '[]'::jsonb)
    from portal.lessons l
    join portal.projects p on p.id = l.project_id
    left join portal.phases ph on ph.id = l.phase_id
    where p.organisation_id = org and p.publication = 'published' and l.publication = 'published'
      and (list_lessons.phase_kind is null or ph.kind::text = list_lessons.phase_kind)
      and (list_lessons.category is null or l.category::text = list_lessons.category));
end
$$;
comment on function public.list_lessons(text, text, text) is 'Published lessons learned across the published projects of an organisation, newest first, each with its translations and its project''s; filter by phase_kind and category.';
