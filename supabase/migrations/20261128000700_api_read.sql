-- The read API: documented functions in `public`, called over HTTP as POST /rest/v1/rpc/<name>.
--
-- They run as the caller (security invoker), so row level security applies to every row they touch, and
-- they select published records explicitly as well: the site shows what the public may see, even when a
-- staff member calls them. Every record carries its id, its published version (version, revised_at: the
-- "gewijzigd" marker), whether it was published without a second check (self_approved) and its English versions
-- (translations, see publishable_kinds.translatable_fields; the site picks the text for the reader in
-- src/lib/content-language); the project's document also holds its withdrawn records and its public version
-- history (20261204000100_public_record.sql). Each returns one JSON document; the shapes are mirrored by the zod
-- schemas in src/lib/api/ and checked at build time.
--
-- Errors: an unknown organisation or project raises SQLSTATE PT404 (HTTP 404 through PostgREST); invalid
-- arguments raise 22023 (HTTP 400) with a message that says which argument is wrong.

-- Internal: the organisation for a slug, or a 404 ----------------------------------------------------------

create function portal.organisation_id_for(org_slug text) returns uuid
language plpgsql stable
set search_path = ''
as $$
declare
  found uuid;
begin
  if org_slug is null or btrim(org_slug) = '' then
    raise exception 'org_slug is required.' using errcode = '22023';
  end if;
  select o.id into found from portal.organisations o where o.slug = org_slug;
  if found is null then
    raise exception 'Organisation "%" does not exist.', left(org_slug, 80) using errcode = 'PT404';
  end if;
  return found;
end
$$;
comment on function portal.organisation_id_for(text) is 'The id of the organisation with this slug; raises PT404 when there is none and 22023 when the slug is empty.';

create function portal.is_overdue(due_on date, status portal.promise_status) returns boolean
language sql stable
set search_path = ''
as $$ select due_on is not null and due_on < current_date and status in ('open', 'in_progress') $$;
comment on function portal.is_overdue(date, portal.promise_status) is 'True when a promise is past its due date and not yet kept, changed or broken.';

create function portal.current_phase_id(project uuid) returns uuid
language sql stable
set search_path = ''
as $$
  select ph.id from portal.phases ph
  where ph.project_id = project and ph.starts_on <= current_date and ph.publication = 'published'
  order by ph.position desc
  limit 1
$$;
comment on function portal.current_phase_id(uuid) is 'The phase a project is in today: the last published phase that has started. Null before the first phase starts.';

create function portal.person_json(person uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', p.id, 'name', p.name, 'job_title', p.job_title, 'department', p.department,
    'portfolio', p.portfolio, 'phone', p.phone, 'contact_url', p.contact_url, 'translations', p.translations)
  from portal.people p where p.id = person and p.publication = 'published'
$$;
comment on function portal.person_json(uuid) is 'The public card of a published person: id, name, job title, department, portfolio and work contact details (never an e-mail address), and its translations ({"en": {field: text}}); null for a person who is not published.';

create function portal.promise_history_json(promise uuid) returns jsonb
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

create function portal.next_key_date_json(project uuid) returns jsonb
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

-- public.get_organisation ----------------------------------------------------------------------------------

create function public.get_organisation(org_slug text) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'slug', o.slug, 'name', o.name, 'website_url', o.website_url,
    'council_name', o.council_name, 'theme', o.theme)
  from portal.organisations o
  where o.id = portal.organisation_id_for(org_slug)
$$;
comment on function public.get_organisation(text) is 'The public profile of an organisation: slug, name, website_url, council_name and theme (design tokens). Raises PT404 for an unknown slug.';

-- public.list_projects -------------------------------------------------------------------------------------

-- Under row level security (anon), a condition that passes a column of another table to a function that is not
-- leakproof cannot become an index condition on the protected table. Finding a card's current phase with
-- `ph.id = portal.current_phase_id(p.id)` made every card scan every phase of the organisation (and call
-- portal.project_is_public() on each): 19 s for 100 projects, about half an hour for 1,000 (bench/build-scale.ts).
-- So the current phase comes from a lateral join on phases.project_id, a plain column comparison that uses the
-- (project_id, position) index.
create function public.list_projects(org_slug text) returns jsonb
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

-- portal.timeline_document (public.project_timeline) ----------------------------------------------------------
-- The document of one project. public.project_timeline (20261206000100_eight_keys_check.sql) answers it with the
-- project's eight-keys check and its invitations added.

create function portal.timeline_document(org_slug text, project_slug text) returns jsonb
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
comment on function portal.timeline_document(text, text) is 'The body of public.project_timeline without the eight-keys check.';

-- public.list_promises -------------------------------------------------------------------------------------

create function public.list_promises(org_slug text, status text default null, project_slug text default null, overdue_only boolean default false)
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

-- public.list_council_moments ------------------------------------------------------------------------------

create function public.list_council_moments(org_slug text, from_date date default null, to_date date default null)
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

-- public.list_lessons --------------------------------------------------------------------------------------

create function public.list_lessons(org_slug text, phase_kind text default null, category text default null)
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

-- public.changes_since -------------------------------------------------------------------------------------

create function public.changes_since(org_slug text, since timestamptz, project_slug text default null)
returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  org uuid := portal.organisation_id_for(org_slug);
begin
  if since is null then
    raise exception 'since is required (an ISO 8601 timestamp).' using errcode = '22023';
  end if;
  return jsonb_build_object('checked_at', now(), 'changes', (
    select coalesce(jsonb_agg(jsonb_build_object(
        'kind', x.kind, 'project_slug', x.slug, 'id', x.id, 'title', x.title, 'status', x.status, 'changed_at', x.changed_at)
      order by x.changed_at desc), '[]'::jsonb)
    from (
      select * from (
        select 'project' as kind, p.slug, p.id, p.title, p.status::text as status, p.updated_at as changed_at
          from portal.projects p where p.updated_at > since and p.publication = 'published' and p.organisation_id = org
        union all
        select 'decision', p.slug, d.id, d.title, null, d.updated_at from portal.decisions d join portal.projects p on p.id = d.project_id
          where d.updated_at > since and d.publication = 'published' and p.publication = 'published' and p.organisation_id = org
        union all
        select 'promise', p.slug, pr.id, pr.body, pr.status::text, pr.updated_at from portal.promises pr join portal.projects p on p.id = pr.project_id
          where pr.updated_at > since and pr.publication = 'published' and p.publication = 'published' and p.organisation_id = org
        union all
        select 'council_moment', p.slug, c.id, c.agenda_item, c.outcome::text, c.updated_at from portal.council_moments c join portal.projects p on p.id = c.project_id
          where c.updated_at > since and c.publication = 'published' and p.publication = 'published' and p.organisation_id = org
        union all
        select 'key_date', p.slug, k.id, k.title, null, k.updated_at from portal.key_dates k join portal.projects p on p.id = k.project_id
          where k.updated_at > since and k.publication = 'published' and p.publication = 'published' and p.organisation_id = org
        union all
        select 'update', p.slug, u.id, u.title, null, u.updated_at from portal.updates u join portal.projects p on p.id = u.project_id
          where u.updated_at > since and u.publication = 'published' and p.publication = 'published' and p.organisation_id = org
      ) all_changes
      where changes_since.project_slug is null or all_changes.slug = changes_since.project_slug
      order by changed_at desc
      limit 200
    ) x));
end
$$;
comment on function public.changes_since(text, timestamptz, text) is 'What changed in the published content of an organisation (optionally one project) after a moment: at most 200 changes, newest first, each with kind, project_slug, id, title, status and changed_at. Used by the freshness island to show what changed since a page was built.';

-- public.my_staff_memberships ------------------------------------------------------------------------------

create function public.my_staff_memberships() returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
      'organisation', jsonb_build_object('slug', o.slug, 'name', o.name), 'role', m.role)
    order by o.name), '[]'::jsonb)
  from portal.staff_memberships m join portal.organisations o on o.id = m.organisation_id
  where m.user_id = auth.uid()
$$;
comment on function public.my_staff_memberships() is 'The organisations the signed-in user is staff of, with their role. Only for signed-in users.';

-- Grants: Supabase grants execute on new functions in public to everyone; take that back and grant exactly.
revoke all on function
  public.get_organisation(text), public.list_projects(text), portal.timeline_document(text, text),
  public.list_promises(text, text, text, boolean), public.list_council_moments(text, date, date),
  public.list_lessons(text, text, text), public.changes_since(text, timestamptz, text),
  public.my_staff_memberships()
from public, anon, authenticated;

grant execute on function
  public.get_organisation(text), public.list_projects(text), portal.timeline_document(text, text),
  public.list_promises(text, text, text, boolean), public.list_council_moments(text, date, date),
  public.list_lessons(text, text, text), public.changes_since(text, timestamptz, text)
to anon, authenticated, service_role;

grant execute on function public.my_staff_memberships() to authenticated, service_role;

revoke all on function
  portal.organisation_id_for(text), portal.is_overdue(date, portal.promise_status), portal.current_phase_id(uuid),
  portal.person_json(uuid), portal.promise_history_json(uuid), portal.next_key_date_json(uuid)
from public;
grant execute on function
  portal.organisation_id_for(text), portal.is_overdue(date, portal.promise_status), portal.current_phase_id(uuid),
  portal.person_json(uuid), portal.promise_history_json(uuid), portal.next_key_date_json(uuid)
to anon, authenticated, service_role;
