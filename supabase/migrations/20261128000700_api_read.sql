-- The read API: documented functions in `public`, called over HTTP as POST /rest/v1/rpc/<name>.
--
-- They run as the caller (security invoker), so row level security applies to every row they touch, and
-- they select published records explicitly as well: the site shows what the public may see, even when a
-- staff member calls them. Every record carries its id, its published version (version, revised_at: the
-- "gewijzigd" marker), whether it was published without a second check (self_approved) and its English versions
-- (translations, see publishable_kinds.translatable_fields; the site picks the text for the reader in
-- src/lib/content-language); the project's document also holds its withdrawn records and its public version
-- history (20261204000100_public_record.sql). Each returns one JSON document; the shapes are mirrored by the zod
-- schemas in src/lib/api/ and checked at build time. The public JSON of each kind of record is built here, once
-- (portal.promise_json and the others); the project's document, public.project_timeline, is in
-- 20261206000100_eight_keys_check.sql, after the check and the invitations it carries.
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

-- The public JSON of each kind of record, built in one place: the project's document (public.project_timeline,
-- 20261206000100_eight_keys_check.sql) adds each record's published version (version, revised_at, self_approved,
-- columns of 20261204000100_public_record.sql); the lists, the cards and the mails (portal.notice_record) drop the
-- keys they leave out (`-`) and add their own (`||`). By id, like person_json: anon may read only the public columns
-- of a table, and a whole row would ask for all of them. Null for a record that is not published.

create function portal.project_json(record uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', p.id, 'slug', p.slug, 'title', p.title, 'summary', p.summary, 'theme', p.theme, 'area', p.area,
    'status', p.status, 'starts_on', p.starts_on, 'ends_on', p.ends_on,
    'council_role', p.council_role, 'council_role_explanation', p.council_role_explanation,
    'published_at', p.published_at, 'updated_at', p.updated_at,
    'translations', p.translations,
    'investment', jsonb_build_object(
      'meetings_held', p.meetings_held, 'participant_hours', p.participant_hours,
      'budget_eur', p.budget_eur, 'budget_note', p.budget_note))
  from portal.projects p where p.id = record and p.publication = 'published'
$$;
comment on function portal.project_json(uuid) is 'The public JSON of a published project, with its investment (project_timeline adds its version); list_projects makes its cards of it. Null for a project that is not published.';

create function portal.decision_json(record uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', d.id, 'phase_id', d.phase_id, 'decided_on', d.decided_on, 'decided_by', d.decided_by,
    'title', d.title, 'decision', d.decision, 'rationale', d.rationale, 'input_used', d.input_used,
    'source_url', d.source_url, 'published_at', d.published_at,
    -- Part of what the decision says (and of its content in the ledger), in theme id order.
    'responses', (select coalesce(jsonb_agg(jsonb_build_object('input_theme_id', r.input_theme_id, 'we_did', r.we_did)
        order by r.input_theme_id), '[]'::jsonb)
      from portal.input_responses r where r.decision_id = d.id),
    'translations', d.translations)
  from portal.decisions d where d.id = record and d.publication = 'published'
$$;
comment on function portal.decision_json(uuid) is 'The public JSON of a published decision, with its answers to input themes (responses); null for one that is not published.';

create function portal.promise_json(record uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', pr.id, 'phase_id', pr.phase_id, 'body', pr.body, 'made_on', pr.made_on, 'made_by', pr.made_by,
    'made_to', pr.made_to, 'context', pr.context, 'due_on', pr.due_on, 'status', pr.status,
    'is_overdue', portal.is_overdue(pr.due_on, pr.status),
    'history', portal.promise_history_json(pr.id), 'translations', pr.translations)
  from portal.promises pr where pr.id = record and pr.publication = 'published'
$$;
comment on function portal.promise_json(uuid) is 'The public JSON of a published promise, with is_overdue and its status history; null for one that is not published.';

create function portal.council_moment_json(record uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', c.id, 'meets_on', c.meets_on, 'starts_at', c.starts_at, 'meeting_kind', c.meeting_kind, 'body', c.body,
    'agenda_item', c.agenda_item, 'proposal', c.proposal, 'outcome', c.outcome, 'outcome_summary', c.outcome_summary,
    'differs_from_participation', c.differs_from_participation, 'council_reasons', c.council_reasons,
    'effect_on_promises', c.effect_on_promises, 'source_url', c.source_url, 'source_id', c.source_id,
    'meeting_source_id', c.meeting_source_id, 'translations', c.translations)
  from portal.council_moments c where c.id = record and c.publication = 'published'
$$;
comment on function portal.council_moment_json(uuid) is 'The public JSON of a published council moment; null for one that is not published.';

create function portal.update_json(record uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', u.id, 'title', u.title, 'body_md', u.body_md, 'published_at', u.published_at, 'translations', u.translations)
  from portal.updates u where u.id = record and u.publication = 'published'
$$;
comment on function portal.update_json(uuid) is 'The public JSON of a published update; null for one that is not published.';

create function portal.key_date_json(record uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', k.id, 'phase_id', k.phase_id, 'kind', k.kind, 'title', k.title, 'starts_at', k.starts_at,
    'ends_at', k.ends_at, 'location', k.location, 'online_url', k.online_url, 'how_to_join', k.how_to_join,
    'translations', k.translations)
  from portal.key_dates k where k.id = record and k.publication = 'published'
$$;
comment on function portal.key_date_json(uuid) is 'The public JSON of a published key date (a moment to take part); null for one that is not published.';

create function portal.lesson_json(record uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', l.id, 'phase_id', l.phase_id, 'category', l.category, 'title', l.title,
    'lesson', l.lesson, 'recorded_on', l.recorded_on, 'translations', l.translations)
  from portal.lessons l where l.id = record and l.publication = 'published'
$$;
comment on function portal.lesson_json(uuid) is 'The public JSON of a published lesson learned; null for one that is not published.';

create function portal.next_key_date_json(project uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select portal.key_date_json(k.id) - array['id', 'phase_id', 'location', 'online_url', 'how_to_join']
  from portal.key_dates k
  where k.project_id = project and k.publication = 'published' and coalesce(k.ends_at, k.starts_at) >= now()
  order by k.starts_at
  limit 1
$$;
comment on function portal.next_key_date_json(uuid) is 'The next published moment to take part in a project (or the one going on now): its kind, title, starts_at, ends_at and translations (portal.key_date_json), or null.';

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
      (portal.project_json(p.id)
        - array['id', 'council_role_explanation', 'published_at', 'investment'])
      || jsonb_build_object(
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
    select coalesce(jsonb_agg((portal.promise_json(pr.id) - 'phase_id')
        || jsonb_build_object('project', jsonb_build_object('slug', p.slug, 'title', p.title, 'translations', p.translations))
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
  select coalesce(jsonb_agg(portal.council_moment_json(c.id)
      || jsonb_build_object('project', jsonb_build_object('slug', p.slug, 'title', p.title, 'council_role', p.council_role,
           'translations', p.translations))
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
    select coalesce(jsonb_agg((portal.lesson_json(l.id) - 'phase_id')
        || jsonb_build_object('project', jsonb_build_object('slug', p.slug, 'title', p.title, 'translations', p.translations),
             'phase_kind', ph.kind)
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
  public.get_organisation(text), public.list_projects(text),
  public.list_promises(text, text, text, boolean), public.list_council_moments(text, date, date),
  public.list_lessons(text, text, text), public.changes_since(text, timestamptz, text),
  public.my_staff_memberships()
from public, anon, authenticated;

grant execute on function
  public.get_organisation(text), public.list_projects(text),
  public.list_promises(text, text, text, boolean), public.list_council_moments(text, date, date),
  public.list_lessons(text, text, text), public.changes_since(text, timestamptz, text)
to anon, authenticated, service_role;

grant execute on function public.my_staff_memberships() to authenticated, service_role;

revoke all on function
  portal.organisation_id_for(text), portal.is_overdue(date, portal.promise_status), portal.current_phase_id(uuid),
  portal.person_json(uuid), portal.promise_history_json(uuid), portal.project_json(uuid), portal.decision_json(uuid),
  portal.promise_json(uuid), portal.council_moment_json(uuid), portal.update_json(uuid), portal.key_date_json(uuid),
  portal.lesson_json(uuid), portal.next_key_date_json(uuid)
from public;
grant execute on function
  portal.organisation_id_for(text), portal.is_overdue(date, portal.promise_status), portal.current_phase_id(uuid),
  portal.person_json(uuid), portal.promise_history_json(uuid), portal.project_json(uuid), portal.decision_json(uuid),
  portal.promise_json(uuid), portal.council_moment_json(uuid), portal.update_json(uuid), portal.key_date_json(uuid),
  portal.lesson_json(uuid), portal.next_key_date_json(uuid)
to anon, authenticated, service_role;
