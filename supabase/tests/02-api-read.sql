-- The read API as the public calls it (anon): each function returns the published content of the requested
-- organisation and nothing else, never a draft, never a record of an unpublished project, never a staff
-- account or an e-mail address; an unknown organisation or project is PT404, a bad argument 22023.
-- What is expected comes from the tables themselves (read here as the superuser, before signing in), so the
-- tests follow the fixture instead of repeating it. The structure of a project (phases, roles, people,
-- handovers, groups, input themes) has a publication state too: a draft of each is added to testproject here,
-- so that a leak of one would show.
-- What was withdrawn is the one hidden record the public does see on purpose: a notice of what it was and why
-- (project_timeline's withdrawn list) and its versions (history); those two parts are checked on their own.
begin;
set local search_path = public, extensions;
\ir helpers/sign-in.psql
select plan(73);

-- Drafts of every structure kind in the published testproject, written as the superuser (the workflow would
-- have made them drafts as well): a person proposed as the new contact, a phase they are contact of, a
-- handover, a group and an input theme.
create temp table structure_drafts on commit drop as
  select gen_random_uuid() as person, gen_random_uuid() as assignment, gen_random_uuid() as phase,
         gen_random_uuid() as handover, gen_random_uuid() as grp, gen_random_uuid() as theme,
         (select id from portal.projects where slug = 'testproject') as project,
         (select id from portal.organisations where slug = 'testdam') as organisation;
insert into portal.people (id, organisation_id, name, job_title, publication)
  select person, organisation, 'Concept-contactpersoon', 'Adviseur', 'draft' from structure_drafts;
insert into portal.project_people (id, project_id, person_id, role, since, publication)
  select assignment, project, person, 'contact', current_date, 'draft' from structure_drafts;
insert into portal.phases (id, project_id, position, kind, title, starts_on, participation_level, open_for_input, fixed_frames,
    time_asked, results_expected, department, contact_person_id, publication)
  select phase, project, 9, 'management', 'Conceptfase', current_date + 400, 'informeren', 'Niets', 'Alles', 'Geen',
         'Niets', 'Beheer', person, 'draft' from structure_drafts;
insert into portal.handovers (id, project_id, handed_over_on, from_department, to_department, from_person_id, to_person_id, note, publication)
  select handover, project, current_date, 'Ruimte', 'Beheer', '30000000-0000-4000-8000-000000000002', person, 'Concept', 'draft'
  from structure_drafts;
insert into portal.groups_involved (id, project_id, name, status, note, publication)
  select grp, project, 'Conceptgroep', 'gap', 'Nog niet openbaar', 'draft' from structure_drafts;
insert into portal.input_themes (id, project_id, title, you_said, publication)
  select theme, project, 'Conceptthema', 'Nog niet openbaar', 'draft' from structure_drafts;

-- What the public may see of testdam, and what it must never see, straight from the tables.
create temp table published_ids on commit drop as
  select p.id, 'project' as kind, p.slug as project_slug from portal.projects p
    join portal.organisations o on o.id = p.organisation_id
   where o.slug = 'testdam' and p.publication = 'published';

insert into published_ids
  select r.id, r.kind, p.project_slug from published_ids p
  join lateral (
    select d.id, 'decision' from portal.decisions d where d.project_id = p.id and d.publication = 'published'
    union all select x.id, 'promise' from portal.promises x where x.project_id = p.id and x.publication = 'published'
    union all select x.id, 'council_moment' from portal.council_moments x where x.project_id = p.id and x.publication = 'published'
    -- A motion is public with its council moment.
    union all select x.id, 'motion' from portal.council_motions x join portal.council_moments c on c.id = x.council_moment_id
      where x.project_id = p.id and x.publication = 'published' and c.publication = 'published'
    union all select x.id, 'council_letter' from portal.council_letters x where x.project_id = p.id and x.publication = 'published'
    union all select x.id, 'update' from portal.updates x where x.project_id = p.id and x.publication = 'published'
    union all select x.id, 'key_date' from portal.key_dates x where x.project_id = p.id and x.publication = 'published'
    union all select x.id, 'lesson' from portal.lessons x where x.project_id = p.id and x.publication = 'published'
    union all select x.id, 'phase' from portal.phases x where x.project_id = p.id and x.publication = 'published'
    union all select x.id, 'handover' from portal.handovers x where x.project_id = p.id and x.publication = 'published'
    union all select x.id, 'group' from portal.groups_involved x where x.project_id = p.id and x.publication = 'published'
    union all select x.id, 'input_theme' from portal.input_themes x where x.project_id = p.id and x.publication = 'published'
    union all select x.id, 'assignment' from portal.project_people x where x.project_id = p.id and x.publication = 'published'
  ) as r(id, kind) on true
  where p.kind = 'project';

-- Every record that is not published, every record of an unpublished project, and every account id.
create temp table hidden_ids on commit drop as
  select p.id, 'project' as kind from portal.projects p where p.publication <> 'published'
  union all select x.id, 'decision' from portal.decisions x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'promise' from portal.promises x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'council_moment' from portal.council_moments x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'motion' from portal.council_motions x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'council_letter' from portal.council_letters x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'update' from portal.updates x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'key_date' from portal.key_dates x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'lesson' from portal.lessons x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'phase' from portal.phases x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'handover' from portal.handovers x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'input_theme' from portal.input_themes x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'group' from portal.groups_involved x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'assignment' from portal.project_people x
    where x.publication <> 'published' or x.project_id in (select id from portal.projects where publication <> 'published')
  union all select x.id, 'person' from portal.people x where x.publication <> 'published'
  union all select u.id, 'account' from auth.users u;

-- What testproject withdrew after it was public: the notices project_timeline must show.
create temp table withdrawn_ids on commit drop as
  select x.id, k.kind from (
    select id, 'update' as kind, project_id, publication, published_at from portal.updates
    union all select id, 'decision', project_id, publication, published_at from portal.decisions
    union all select id, 'promise', project_id, publication, published_at from portal.promises
    union all select id, 'council_moment', project_id, publication, published_at from portal.council_moments
    union all select id, 'motion', project_id, publication, published_at from portal.council_motions
    union all select id, 'council_letter', project_id, publication, published_at from portal.council_letters
    union all select id, 'key_date', project_id, publication, published_at from portal.key_dates
    union all select id, 'lesson', project_id, publication, published_at from portal.lessons
    union all select id, 'phase', project_id, publication, published_at from portal.phases
    union all select id, 'handover', project_id, publication, published_at from portal.handovers
    union all select id, 'group', project_id, publication, published_at from portal.groups_involved
    union all select id, 'input_theme', project_id, publication, published_at from portal.input_themes
    union all select id, 'assignment', project_id, publication, published_at from portal.project_people
  ) x cross join lateral (select x.kind) k
  where x.project_id = (select id from portal.projects where slug = 'testproject')
    and x.publication = 'unpublished' and x.published_at is not null;
-- What the notice of a withdrawn update must say: its title and the reason it was withdrawn.
create temp table withdrawn_updates on commit drop as
  select u.id, u.title, u.unpublished_reason as reason from portal.updates u where u.id in (select id from withdrawn_ids where kind = 'update');

create temp table account_emails on commit drop as
  select u.email from auth.users u where coalesce(u.email, '') <> '';

create temp table expected_promises on commit drop as
  select pr.id, pr.status::text as status, p.slug as project_slug,
         (pr.due_on is not null and pr.due_on < current_date and pr.status in ('open', 'in_progress')) as overdue
    from portal.promises pr join portal.projects p on p.id = pr.project_id
    join portal.organisations o on o.id = p.organisation_id
   where o.slug = 'testdam' and p.publication = 'published' and pr.publication = 'published';

create temp table expected_moments on commit drop as
  select c.id, c.meets_on from portal.council_moments c join portal.projects p on p.id = c.project_id
    join portal.organisations o on o.id = p.organisation_id
   where o.slug = 'testdam' and p.publication = 'published' and c.publication = 'published';

create temp table expected_lessons on commit drop as
  select l.id, l.category::text as category, ph.kind::text as phase_kind
    from portal.lessons l join portal.projects p on p.id = l.project_id
    join portal.organisations o on o.id = p.organisation_id
    left join portal.phases ph on ph.id = l.phase_id
   where o.slug = 'testdam' and p.publication = 'published' and l.publication = 'published';

grant select on published_ids, hidden_ids, withdrawn_ids, withdrawn_updates, account_emails, expected_promises, expected_moments, expected_lessons
  to anon, authenticated;

-- The filters are tried with values the fixture actually uses (falling back to a valid value when it has none).
select coalesce(min(status), 'open') as promise_status from expected_promises \gset
select coalesce(min(category), 'communication') as lesson_category,
       coalesce(min(phase_kind), 'plan') as lesson_phase_kind from expected_lessons \gset

select isnt_empty('select 1 from published_ids where kind = ''promise''', 'the fixture publishes promises in testdam');
select isnt_empty(
  $$ select 1 from hidden_ids h join portal.promises p on p.id = h.id
     join portal.projects pr on pr.id = p.project_id where pr.slug = 'testproject' $$,
  'the fixture has unpublished promises in testproject, so the checks below can catch a leak'
);
select set_eq(
  $$ select distinct h.kind from hidden_ids h, structure_drafts s where h.id in (s.person, s.assignment, s.phase, s.handover, s.grp, s.theme) $$,
  array['person', 'assignment', 'phase', 'handover', 'group', 'input_theme'],
  'a draft of every structure kind is hidden, so the checks below can catch a leak'
);
select isnt_empty('select 1 from withdrawn_updates',
  'the fixture has an update of testproject that was withdrawn after it was public');

-- Everything below runs as the public. ------------------------------------------------------------------
select pg_temp.sign_in_anon();

-- get_organisation

select is(
  public.get_organisation('testdam') ->> 'name',
  (select o.name from portal.organisations o where o.slug = 'testdam'),
  'get_organisation returns the organisation''s name as stored, hostile characters and all'
);
select throws_ok($$ select public.get_organisation('bestaat-niet') $$, 'PT404', null,
  'get_organisation: unknown organisation is PT404');
select throws_ok($$ select public.get_organisation('') $$, '22023', null,
  'get_organisation: empty slug is 22023');
select throws_ok($$ select public.get_organisation(null) $$, '22023', null,
  'get_organisation: missing slug is 22023');
select throws_ok($$ select public.get_organisation('<script>alert(1)</script>') $$, 'PT404', null,
  'get_organisation: markup as a slug is just an unknown organisation');

-- list_projects

select set_eq(
  $$ select e ->> 'slug' from jsonb_array_elements(public.list_projects('testdam')) e $$,
  $$ select project_slug from published_ids where kind = 'project' $$,
  'list_projects returns exactly the published projects of testdam'
);
select ok(
  public.list_projects('testdam') @> '[{"slug": "testproject"}]'
  and not public.list_projects('testdam') @> '[{"slug": "conceptproject"}]'
  and not public.list_projects('testdam') @> '[{"slug": "anderproject"}]',
  'list_projects(testdam) has testproject, not the draft conceptproject, not otherdam''s anderproject'
);
select ok(
  public.list_projects('otherdam') @> '[{"slug": "anderproject"}]'
  and not public.list_projects('otherdam') @> '[{"slug": "anderconcept"}]',
  'list_projects(otherdam) has anderproject and not its draft anderconcept'
);
select is_empty(
  $$ select h.id from hidden_ids h, (select public.list_projects('testdam')::text as doc) d
     where position(h.id::text in d.doc) > 0 $$,
  'list_projects mentions no unpublished record and no account'
);
select throws_ok($$ select public.list_projects('bestaat-niet') $$, 'PT404', null,
  'list_projects: unknown organisation is PT404');
select throws_ok($$ select public.list_projects(null) $$, '22023', null,
  'list_projects: missing organisation is 22023');

-- project_timelines: the same documents in keyset pages, for the site build

select is(
  (select jsonb_agg(t.value #>> '{project,slug}' order by t.ordinality)
     from jsonb_array_elements(public.project_timelines('testdam') -> 'timelines') with ordinality t),
  (select jsonb_agg(c.value ->> 'slug' order by c.value ->> 'slug' collate "C")
     from jsonb_array_elements(public.list_projects('testdam')) c),
  'project_timelines returns every published project of the organisation, and only those, ordered by slug'
);
select is_empty(
  $$ select t.value #>> '{project,slug}' from jsonb_array_elements(public.project_timelines('testdam') -> 'timelines') t
     where t.value <> public.project_timeline('testdam', t.value #>> '{project,slug}') $$,
  'each document of project_timelines is exactly what project_timeline returns for that project'
);
select is(public.project_timelines('testdam') -> 'next_after', 'null'::jsonb,
  'project_timelines: a page shorter than page_size is the last (next_after null)');
select is(public.project_timelines('testdam', 'testproject'), '{"timelines": [], "next_after": null}'::jsonb,
  'project_timelines: after the last slug comes an empty page (keyset paging over several pages: tests/database)');
select throws_ok($$ select public.project_timelines('testdam', null, 0) $$, '22023', null,
  'project_timelines: a page_size below 1 is 22023');
select throws_ok($$ select public.project_timelines('testdam', null, 101) $$, '22023', null,
  'project_timelines: a page_size above 100 is 22023');
select throws_ok($$ select public.project_timelines('bestaat-niet') $$, 'PT404', null,
  'project_timelines: unknown organisation is PT404');

-- project_timeline

select is(
  public.project_timeline('testdam', 'testproject') #>> '{project,slug}', 'testproject',
  'project_timeline returns the published project'
);
select is_empty(
  $$ select p.kind || ' ' || p.id from published_ids p,
       (select public.project_timeline('testdam', 'testproject')::text as doc) d
     where p.project_slug = 'testproject' and p.kind <> 'project' and position(p.id::text in d.doc) = 0 $$,
  'project_timeline shows every published decision, promise, council moment, update, key date, lesson, phase, handover, group, input theme and role'
);
-- Outside the withdrawal notices and the version history, which are checked next.
select is_empty(
  $$ select h.kind || ' ' || h.id from hidden_ids h,
       (select (public.project_timeline('testdam', 'testproject') - 'withdrawn' - 'history')::text as doc) d
     where position(h.id::text in d.doc) > 0 $$,
  'project_timeline mentions no draft or awaiting record, nothing of an unpublished project, and no account'
);
select set_eq(
  $$ select (e ->> 'id')::uuid from jsonb_array_elements(public.project_timeline('testdam', 'testproject') -> 'withdrawn') e $$,
  $$ select id from withdrawn_ids $$,
  'project_timeline has a withdrawal notice for exactly what testproject withdrew after it was public'
);
select set_eq(
  $$ select (e ->> 'id')::uuid as id, e ->> 'title' as title, e ->> 'reason' as reason
     from jsonb_array_elements(public.project_timeline('testdam', 'testproject') -> 'withdrawn') e where e ->> 'kind' = 'update' $$,
  $$ select id, title, reason from withdrawn_updates $$,
  'project_timeline: the notice of a withdrawn update says what it was and why it was withdrawn'
);
-- The notices and the history may name what was withdrawn, and nothing else that is hidden.
select is_empty(
  $$ select h.kind || ' ' || h.id from hidden_ids h,
       (select t -> 'withdrawn' as withdrawn, (t -> 'withdrawn')::text || (t -> 'history')::text as doc
        from (select public.project_timeline('testdam', 'testproject') as t) x) d
     where position(h.id::text in d.doc) > 0 and h.id not in (select id from withdrawn_ids) $$,
  'project_timeline''s withdrawal notices and history mention no hidden record but what was withdrawn'
);
select is_empty(
  $$ select e.email from account_emails e,
       (select lower(public.project_timeline('testdam', 'testproject')::text) as doc) d
     where position(lower(e.email) in d.doc) > 0 $$,
  'project_timeline contains no e-mail address of any account'
);
select is(
  (select count(*)::int from jsonb_array_elements(public.project_timeline('testdam', 'testproject') -> 'promises')),
  (select count(*)::int from published_ids where kind = 'promise' and project_slug = 'testproject'),
  'project_timeline lists as many promises as testproject has published'
);
select is_empty(
  $$ select e from jsonb_array_elements(public.project_timeline('testdam', 'testproject') -> 'updates') e
     where e ? 'author_id' or e ? 'approver_id' $$,
  'project_timeline does not say which staff account wrote or approved an update'
);
select throws_ok($$ select public.project_timeline('testdam', 'conceptproject') $$, 'PT404', null,
  'project_timeline: a draft project is PT404');
select throws_ok($$ select public.project_timeline('testdam', 'anderproject') $$, 'PT404', null,
  'project_timeline: another organisation''s project is PT404 under testdam');
select throws_ok($$ select public.project_timeline('otherdam', 'anderconcept') $$, 'PT404', null,
  'project_timeline: otherdam''s draft project is PT404');
select throws_ok($$ select public.project_timeline('testdam', 'bestaat-niet') $$, 'PT404', null,
  'project_timeline: unknown project is PT404');
select throws_ok($$ select public.project_timeline('bestaat-niet', 'testproject') $$, 'PT404', null,
  'project_timeline: unknown organisation is PT404');
select throws_ok($$ select public.project_timeline('testdam', repeat('x', 100000)) $$, 'PT404', null,
  'project_timeline: a 100 000 character slug is PT404, not a crash');
select throws_ok($$ select public.project_timeline('testdam', $q$testproject' or '1'='1$q$) $$, 'PT404', null,
  'project_timeline: an SQL injection attempt is just an unknown project');
select throws_ok($$ select public.project_timeline('testdam', '') $$, '22023', null,
  'project_timeline: empty project slug is 22023');
select throws_ok($$ select public.project_timeline('testdam', null) $$, '22023', null,
  'project_timeline: missing project slug is 22023');
select throws_ok($$ select public.project_timeline('', 'testproject') $$, '22023', null,
  'project_timeline: empty organisation slug is 22023');

-- list_promises

select set_eq(
  $$ select (e ->> 'id')::uuid from jsonb_array_elements(public.list_promises('testdam')) e $$,
  $$ select id from expected_promises $$,
  'list_promises returns exactly the published promises of testdam''s published projects'
);
select set_eq(
  format($$ select (e ->> 'id')::uuid from jsonb_array_elements(public.list_promises('testdam', %L)) e $$, :'promise_status'),
  format($$ select id from expected_promises where status = %L $$, :'promise_status'),
  format('list_promises filtered on status %s returns exactly those promises', :'promise_status')
);
select is_empty(
  $$ select 1 from jsonb_array_elements(public.list_promises('testdam', 'kept')) e where e ->> 'status' <> 'kept' $$,
  'list_promises filtered on kept returns no promise with another status'
);
select set_eq(
  $$ select (e ->> 'id')::uuid from jsonb_array_elements(public.list_promises('testdam', project_slug => 'testproject')) e $$,
  $$ select id from expected_promises where project_slug = 'testproject' $$,
  'list_promises filtered on project testproject returns exactly its published promises'
);
select set_eq(
  $$ select (e ->> 'id')::uuid from jsonb_array_elements(public.list_promises('testdam', overdue_only => true)) e $$,
  $$ select id from expected_promises where overdue $$,
  'list_promises with overdue_only returns exactly the overdue promises'
);
select is(
  public.list_promises('testdam', project_slug => 'conceptproject'), '[]'::jsonb,
  'list_promises for the draft project conceptproject is empty'
);
select is_empty(
  $$ select h.kind || ' ' || h.id from hidden_ids h, (select public.list_promises('testdam')::text as doc) d
     where position(h.id::text in d.doc) > 0 $$,
  'list_promises mentions no draft promise, nothing of an unpublished project, and no account'
);
select is_empty(
  $$ select e.email from account_emails e, (select lower(public.list_promises('testdam')::text) as doc) d
     where position(lower(e.email) in d.doc) > 0 $$,
  'list_promises contains no e-mail address of any account'
);
select throws_ok($$ select public.list_promises('testdam', 'vergeten') $$, '22023', null,
  'list_promises: an unknown status is 22023');
select throws_ok($$ select public.list_promises('testdam', '<script>') $$, '22023', null,
  'list_promises: markup as a status is 22023');
select throws_ok($$ select public.list_promises('bestaat-niet') $$, 'PT404', null,
  'list_promises: unknown organisation is PT404');

-- list_council_moments

select set_eq(
  $$ select (e ->> 'id')::uuid from jsonb_array_elements(public.list_council_moments('testdam')) e $$,
  $$ select id from expected_moments $$,
  'list_council_moments returns exactly the published council moments of testdam''s published projects'
);
select set_eq(
  $$ select (e ->> 'id')::uuid from jsonb_array_elements(
       public.list_council_moments('testdam', current_date, current_date + 365)) e $$,
  $$ select id from expected_moments where meets_on between current_date and current_date + 365 $$,
  'list_council_moments between today and a year from now returns exactly those moments'
);
select is(
  public.list_council_moments('testdam', current_date + 1, current_date), '[]'::jsonb,
  'list_council_moments with from_date after to_date is empty'
);
select is_empty(
  $$ select h.kind || ' ' || h.id from hidden_ids h, (select public.list_council_moments('testdam')::text as doc) d
     where position(h.id::text in d.doc) > 0 $$,
  'list_council_moments mentions no draft moment, nothing of an unpublished project, and no account'
);
select throws_ok($$ select public.list_council_moments('bestaat-niet') $$, 'PT404', null,
  'list_council_moments: unknown organisation is PT404');
select throws_ok($$ select public.list_council_moments(null) $$, '22023', null,
  'list_council_moments: missing organisation is 22023');

-- list_lessons

select set_eq(
  $$ select (e ->> 'id')::uuid from jsonb_array_elements(public.list_lessons('testdam')) e $$,
  $$ select id from expected_lessons $$,
  'list_lessons returns exactly the published lessons of testdam''s published projects'
);
select set_eq(
  format($$ select (e ->> 'id')::uuid from jsonb_array_elements(public.list_lessons('testdam', category => %L)) e $$, :'lesson_category'),
  format($$ select id from expected_lessons where category = %L $$, :'lesson_category'),
  format('list_lessons filtered on category %s returns exactly those lessons', :'lesson_category')
);
select set_eq(
  format($$ select (e ->> 'id')::uuid from jsonb_array_elements(public.list_lessons('testdam', phase_kind => %L)) e $$, :'lesson_phase_kind'),
  format($$ select id from expected_lessons where phase_kind = %L $$, :'lesson_phase_kind'),
  format('list_lessons filtered on phase %s returns exactly those lessons', :'lesson_phase_kind')
);
select is_empty(
  $$ select h.kind || ' ' || h.id from hidden_ids h, (select public.list_lessons('testdam')::text as doc) d
     where position(h.id::text in d.doc) > 0 $$,
  'list_lessons mentions no draft lesson, nothing of an unpublished project, and no account'
);
select throws_ok($$ select public.list_lessons('testdam', phase_kind => 'afterparty') $$, '22023', null,
  'list_lessons: an unknown phase kind is 22023');
select throws_ok($$ select public.list_lessons('testdam', category => 'gossip') $$, '22023', null,
  'list_lessons: an unknown category is 22023');
select throws_ok($$ select public.list_lessons('bestaat-niet') $$, 'PT404', null,
  'list_lessons: unknown organisation is PT404');

-- changes_since

select set_eq(
  $$ select (e ->> 'id')::uuid from jsonb_array_elements(public.changes_since('testdam', '-infinity') -> 'changes') e $$,
  $$ select id from published_ids where kind in ('project', 'decision', 'promise', 'council_moment', 'key_date', 'update') $$,
  'changes_since the beginning of time returns exactly the published projects, decisions, promises, council moments, key dates and updates'
);
select is_empty(
  $$ select h.kind || ' ' || h.id from hidden_ids h, (select public.changes_since('testdam', '-infinity')::text as doc) d
     where position(h.id::text in d.doc) > 0 $$,
  'changes_since mentions no draft record, nothing of an unpublished project, and no account'
);
select is(
  public.changes_since('testdam', now() + interval '1 day') -> 'changes', '[]'::jsonb,
  'changes_since a moment in the future is empty'
);
select is_empty(
  $$ select 1 from jsonb_array_elements(public.changes_since('testdam', '-infinity', 'testproject') -> 'changes') e
     where e ->> 'project_slug' <> 'testproject' $$,
  'changes_since filtered on testproject only returns changes of testproject'
);
select throws_ok($$ select public.changes_since('testdam', null) $$, '22023', null,
  'changes_since: a missing moment is 22023');
select throws_ok($$ select public.changes_since('bestaat-niet', now()) $$, 'PT404', null,
  'changes_since: unknown organisation is PT404');

reset role;

-- Staff calling the read API get the public view too: the functions filter on publication themselves.
select pg_temp.sign_in('testdam_admin');

select is_empty(
  $$ select h.kind || ' ' || h.id from hidden_ids h,
       (select (public.project_timeline('testdam', 'testproject') - 'withdrawn' - 'history')::text
               || public.list_promises('testdam')::text as doc) d
     where position(h.id::text in d.doc) > 0 $$,
  'testdam''s admin calling project_timeline and list_promises also gets no draft record'
);
select throws_ok($$ select public.project_timeline('testdam', 'conceptproject') $$, 'PT404', null,
  'testdam''s admin gets PT404 for the draft project from project_timeline as well');

reset role;

select * from finish();
rollback;
