-- Row level security on organisations, projects and the people named in projects, signed in as each kind
-- of user: the public reads published projects and published people only, staff read their own organisation's
-- drafts, editors (and approvers and admins alike) write drafts, admins delete drafts and run their organisation,
-- nobody touches another organisation. Nobody publishes, changes or withdraws a published project or person by
-- a direct write: approvers do that through the workflow functions (staff_approve, staff_unpublish), which
-- record a version and a ledger entry. Each write is undone right after it is counted
-- (helpers/write-checks.psql), and so is each workflow call here (pg_temp.undone).
begin;
set local search_path = public, extensions;
\ir helpers/write-checks.psql
\ir helpers/sign-in.psql

select plan(79);

create temp table fixture_projects on commit drop as
  select p.slug, p.id, p.organisation_id from portal.projects p
  where p.slug in ('testproject', 'conceptproject', 'anderproject', 'anderconcept');

-- A person named only in the draft project, one named nowhere (both drafts), a published person whom a
-- published project names only in a role that is still a draft (a proposed new holder), and one of otherdam,
-- so that each case exists to check. A published testdam person named in testproject is the fixture's.
create temp table fixture_people on commit drop as
  select gen_random_uuid() as hidden_person, gen_random_uuid() as unnamed_person, gen_random_uuid() as proposed_person,
         '30000000-0000-4000-8000-000000000003'::uuid as published_person,
         (select id from portal.organisations where slug = 'testdam') as testdam,
         (select id from portal.organisations where slug = 'otherdam') as otherdam;
insert into portal.people (id, organisation_id, name, job_title)
  select hidden_person, testdam, 'Nog niet openbaar', 'Projectleider' from fixture_people
  union all select unnamed_person, testdam, 'Nergens genoemd', 'Adviseur' from fixture_people;
insert into portal.people (id, organisation_id, name, job_title, publication, published_at)
  select proposed_person, testdam, 'Voorgesteld', 'Contactpersoon', 'published', now() from fixture_people;
insert into portal.people (id, organisation_id, name, job_title)
  select gen_random_uuid(), otherdam, 'Ambtenaar van Otherdam', 'Adviseur' from fixture_people;
insert into portal.project_people (project_id, person_id, role, since, until)
  select (select id from fixture_projects where slug = 'conceptproject'), hidden_person, 'project_lead',
         current_date - 1, current_date - 1
  from fixture_people;
insert into portal.project_people (project_id, person_id, role, since, publication)
  select (select id from fixture_projects where slug = 'testproject'), proposed_person, 'contact', current_date, 'draft'
  from fixture_people;

-- The people the public may see: every published person whom a published project names in a published role,
-- phase or handover, read here as the superuser.
create temp table public_people on commit drop as
  select pe.id from portal.people pe
  where pe.publication = 'published' and pe.id in (
    select pp.person_id from portal.project_people pp join portal.projects p on p.id = pp.project_id
     where p.publication = 'published' and pp.publication = 'published'
    union select ph.contact_person_id from portal.phases ph join portal.projects p on p.id = ph.project_id
     where p.publication = 'published' and ph.publication = 'published' and ph.contact_person_id is not null
    union select x.id from portal.handovers h join portal.projects p on p.id = h.project_id,
           lateral (values (h.from_person_id), (h.to_person_id)) as x(id)
     where p.publication = 'published' and h.publication = 'published' and x.id is not null);

-- Runs a workflow call as the current user, returns what it answered (or the error), and undoes it, so that
-- the checks after it start from the same fixture.
create function pg_temp.undone(statement text) returns text
language plpgsql as $$
declare
  answer text;
begin
  begin
    execute statement into answer;
    raise exception using errcode = 'TSUND', message = coalesce(answer, '');
  exception when sqlstate 'TSUND' then
    return sqlerrm;
  end;
exception when others then
  return sqlstate || ': ' || sqlerrm;
end
$$;

create function pg_temp.project_workflow_sql(fn text, slug text, extra jsonb default '{}') returns text
language sql as $$
  select format('select public.%I(%L::jsonb) ->> ''publication''', fn,
    jsonb_build_object('kind', 'project', 'id', (select id from fixture_projects f where f.slug = project_workflow_sql.slug)) || extra)
$$;

grant select on fixture_projects, fixture_people, public_people to anon, authenticated;

create function pg_temp.visible_projects() returns setof text
language sql as $$
  select p.slug from portal.projects p join fixture_projects f on f.id = p.id
$$;

create function pg_temp.new_project_sql(org text, publication text) returns text
language sql as $$
  select format($q$insert into portal.projects (organisation_id, slug, title, summary, theme, area, starts_on, publication, published_at)
    values ((select id from portal.organisations where slug = %L), 'nieuw-project', 'Nieuw <b>project</b>', 'Samenvatting',
            'Wonen', 'Centrum', current_date, %L, case when %L = 'published' then now() end)$q$, org, publication, publication)
$$;

create function pg_temp.project_update_sql(slug text, assignment text) returns text
language sql as $$
  select format('update portal.projects set %s where id = (select id from fixture_projects where slug = %L)', assignment, slug)
$$;

-- The public -------------------------------------------------------------------------------------------------
select pg_temp.sign_in_anon();

select is((select count(*)::integer from portal.organisations where slug in ('testdam', 'otherdam')), 2,
  'organisations: anon reads both organisations');
select set_eq('select * from pg_temp.visible_projects()', array['testproject', 'anderproject'],
  'projects: anon reads the published projects and neither draft project');
select set_eq('select id from portal.people where id in (select id from public_people)', 'select id from public_people',
  'people: anon reads everyone a published project names');
select ok((select count(*) from public_people) > 0 and (select published_person from fixture_people) in (select id from public_people),
  'people: the fixture has published people named in published projects to check with');
select is_empty('select id from portal.people where id in (select hidden_person from fixture_people union all select unnamed_person from fixture_people)',
  'people: anon does not read people named only in a draft project, or nowhere');
select is_empty('select id from portal.people where id = (select proposed_person from fixture_people)',
  'people: anon does not read a person whom a published project names only in a role that is not approved yet');
select pg_temp.check_write(pg_temp.new_project_sql('testdam', 'draft'), 'refused', 'projects: anon adding a project: refused');
select pg_temp.check_write(pg_temp.project_update_sql('testproject', 'title = ''Gekaapt'''), 'refused',
  'projects: anon changing a project: refused');
select pg_temp.check_write('delete from portal.projects where id in (select id from fixture_projects)', 'refused',
  'projects: anon deleting projects: refused');
select pg_temp.check_write('update portal.organisations set name = ''Gekaapt'' where slug = ''testdam''', 'refused',
  'organisations: anon renaming an organisation: refused');
select pg_temp.check_write('insert into portal.people (organisation_id, name, job_title) select testdam, ''X'', ''Y'' from fixture_people',
  'refused', 'people: anon adding a person: refused');
reset role;

-- Signed in, without a staff role ------------------------------------------------------------------------------
select pg_temp.sign_in('outsider');

select set_eq('select * from pg_temp.visible_projects()', array['testproject', 'anderproject'],
  'projects: a user without staff role reads the published projects and neither draft project');
select pg_temp.check_write(pg_temp.new_project_sql('testdam', 'draft'), 'refused',
  'projects: a user without staff role adding a draft project: refused');
select pg_temp.check_write(pg_temp.project_update_sql('conceptproject', 'title = ''Gekaapt'''), '0',
  'projects: a user without staff role changing the draft project: 0');
select pg_temp.check_write(pg_temp.project_update_sql('testproject', 'title = ''Gekaapt'''), '0',
  'projects: a user without staff role changing the published project: 0');
select pg_temp.check_write('update portal.organisations set name = ''Gekaapt'' where slug = ''testdam''', '0',
  'organisations: a user without staff role renaming testdam: 0');
select pg_temp.check_write('insert into portal.people (organisation_id, name, job_title) select testdam, ''X'', ''Y'' from fixture_people',
  'refused', 'people: a user without staff role adding a person: refused');
reset role;

-- otherdam's editor --------------------------------------------------------------------------------------------
select pg_temp.sign_in('otherdam_editor');

select set_eq('select * from pg_temp.visible_projects()', array['testproject', 'anderproject', 'anderconcept'],
  'projects: otherdam''s editor reads the published projects and otherdam''s draft, not testdam''s draft');
select pg_temp.check_write(pg_temp.new_project_sql('otherdam', 'draft'), '1',
  'projects: otherdam''s editor adding a draft project to otherdam: 1');
select pg_temp.check_write(pg_temp.new_project_sql('testdam', 'draft'), 'refused',
  'projects: otherdam''s editor adding a draft project to testdam: refused');
select pg_temp.check_write(pg_temp.project_update_sql('conceptproject', 'title = ''Gekaapt'''), '0',
  'projects: otherdam''s editor changing testdam''s draft project: 0');
select pg_temp.check_write(pg_temp.project_update_sql('anderconcept', 'organisation_id = (select testdam from fixture_people)'), 'refused',
  'projects: otherdam''s editor moving its draft project to testdam: refused');
select is_empty('select id from portal.people where id = (select hidden_person from fixture_people)',
  'people: otherdam''s editor does not read testdam''s people named only in a draft');
select pg_temp.check_write('insert into portal.people (organisation_id, name, job_title) select testdam, ''X'', ''Y'' from fixture_people',
  'refused', 'people: otherdam''s editor adding a person to testdam: refused');
select pg_temp.check_write('update portal.people set name = ''Gekaapt'' where organisation_id = (select testdam from fixture_people)', '0',
  'people: otherdam''s editor renaming testdam''s people: 0');
select pg_temp.check_write('update portal.organisations set name = ''Gekaapt'' where slug = ''otherdam''', '0',
  'organisations: otherdam''s editor (not an admin) renaming otherdam: 0');
reset role;

-- testdam's editor ----------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_editor');

select set_eq('select * from pg_temp.visible_projects()', array['testproject', 'conceptproject', 'anderproject'],
  'projects: testdam''s editor reads the published projects and testdam''s draft, not otherdam''s draft');
select pg_temp.check_write(pg_temp.new_project_sql('testdam', 'draft'), '1',
  'projects: testdam''s editor adding a draft project: 1');
-- A new project starts as a draft; submitting it is a step of its own (staff_submit, or the update below).
select pg_temp.check_write(pg_temp.new_project_sql('testdam', 'awaiting_approval'), 'refused',
  'projects: testdam''s editor adding a project straight for approval: refused');
select pg_temp.check_write(pg_temp.new_project_sql('testdam', 'published'), 'refused',
  'projects: testdam''s editor adding a published project: refused');
select pg_temp.check_write(pg_temp.new_project_sql('otherdam', 'draft'), 'refused',
  'projects: testdam''s editor adding a project to otherdam: refused');
select throws_ok(replace(pg_temp.new_project_sql('testdam', 'draft'), '''nieuw-project''', '''Nieuw Project!'''), '23514', null,
  'projects: a slug with capitals, spaces or punctuation is refused (23514)');
select throws_ok(replace(pg_temp.new_project_sql('testdam', 'draft'), '''nieuw-project''', '''nieuw-<script>'''), '23514', null,
  'projects: a slug with markup is refused (23514)');
select pg_temp.check_write(pg_temp.project_update_sql('conceptproject', 'title = ''Beter'''), '1',
  'projects: testdam''s editor changing the draft project: 1');
select pg_temp.check_write(pg_temp.project_update_sql('conceptproject', 'publication = ''awaiting_approval'''), '1',
  'projects: testdam''s editor submitting the draft project for approval: 1');
select pg_temp.check_write(pg_temp.project_update_sql('conceptproject', 'publication = ''published'', published_at = now()'), 'refused',
  'projects: testdam''s editor publishing the draft project: refused');
select pg_temp.check_write(pg_temp.project_update_sql('testproject', 'title = ''Anders'''), '0',
  'projects: testdam''s editor changing the published project: 0');
select pg_temp.check_write(pg_temp.project_update_sql('conceptproject', 'organisation_id = (select otherdam from fixture_people)'), 'refused',
  'projects: testdam''s editor moving the draft project to otherdam: refused');
select pg_temp.check_write('delete from portal.projects where id = (select id from fixture_projects where slug = ''conceptproject'')', '0',
  'projects: testdam''s editor deleting the draft project: 0');
select isnt_empty('select id from portal.people where id = (select hidden_person from fixture_people)',
  'people: testdam''s editor reads testdam''s people named only in a draft');
select pg_temp.check_write('insert into portal.people (organisation_id, name, job_title) select testdam, ''Nieuw'', ''Adviseur'' from fixture_people',
  '1', 'people: testdam''s editor adding a person to testdam: 1');
select pg_temp.check_write('insert into portal.people (organisation_id, name, job_title) select otherdam, ''Nieuw'', ''Adviseur'' from fixture_people',
  'refused', 'people: testdam''s editor adding a person to otherdam: refused');
select pg_temp.check_write('insert into portal.people (organisation_id, name, job_title, publication, published_at) select testdam, ''Nieuw'', ''Adviseur'', ''published'', now() from fixture_people',
  'refused', 'people: testdam''s editor adding a published person: refused');
select pg_temp.check_write('update portal.people set job_title = ''Wethouder'' where id = (select unnamed_person from fixture_people)',
  '1', 'people: testdam''s editor changing a draft person: 1');
select pg_temp.check_write('update portal.people set publication = ''published'' where id = (select unnamed_person from fixture_people)',
  'refused', 'people: testdam''s editor publishing a draft person by updating it: refused');
select pg_temp.check_write('update portal.people set job_title = ''Gekaapt'' where id = (select published_person from fixture_people)',
  '0', 'people: testdam''s editor changing a published person: 0');
-- People are now drafts until approved, and an editor may delete a draft person (named nowhere) like any draft.
select pg_temp.check_write('delete from portal.people where id = (select unnamed_person from fixture_people)', '1',
  'people: testdam''s editor deleting a draft person named nowhere: 1');
select pg_temp.check_write('delete from portal.people where id = (select published_person from fixture_people)', '0',
  'people: testdam''s editor deleting a published person: 0');
select throws_ok(
  $$ insert into portal.people (organisation_id, name, job_title, phone) select testdam, 'X', 'Y', '<script>' from fixture_people $$,
  '23514', null, 'people: a phone number with markup is refused (23514)');
select throws_ok(
  $$ insert into portal.people (organisation_id, name, job_title, contact_url) select testdam, 'X', 'Y', 'javascript:alert(1)' from fixture_people $$,
  '23514', null, 'people: a javascript: contact link is refused (23514)');
select throws_ok(
  $$ insert into portal.project_people (project_id, person_id, role, since, until)
     select (select id from fixture_projects where slug = 'conceptproject'),
            (select p.id from portal.people p where p.organisation_id = (select otherdam from fixture_people) limit 1),
            'contact', current_date, current_date $$,
  '23514', null, 'project_people: a project cannot name a person of another organisation (23514)');
select pg_temp.check_write('update portal.organisations set name = ''Gekaapt'' where slug = ''testdam''', '0',
  'organisations: testdam''s editor renaming testdam: 0');
reset role;

-- testdam's approver --------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_approver');

select set_eq('select * from pg_temp.visible_projects()', array['testproject', 'conceptproject', 'anderproject'],
  'projects: testdam''s approver reads the published projects and testdam''s draft, not otherdam''s draft');
-- The approver publishes and withdraws only through the workflow, which leaves a version and a ledger entry
-- behind; the same steps as direct writes are refused (guard trigger) or touch nothing (row level security
-- hides published rows from an update).
select pg_temp.check_write(pg_temp.new_project_sql('testdam', 'published'), 'refused',
  'projects: testdam''s approver adding a published project: refused');
select pg_temp.check_write(pg_temp.project_update_sql('conceptproject', 'publication = ''published'', published_at = now()'), 'refused',
  'projects: testdam''s approver publishing the draft project by updating it: refused');
select is(pg_temp.undone(pg_temp.project_workflow_sql('staff_approve', 'conceptproject')), 'published',
  'projects: testdam''s approver publishes the draft project with staff_approve');
select pg_temp.check_write(pg_temp.project_update_sql('testproject', 'title = ''Anders'''), '0',
  'projects: testdam''s approver changing the published project: 0');
select pg_temp.check_write(pg_temp.project_update_sql('testproject', 'publication = ''unpublished'', unpublished_reason = ''Verouderd'''), '0',
  'projects: testdam''s approver withdrawing the published project by updating it: 0');
select is(pg_temp.undone(pg_temp.project_workflow_sql('staff_unpublish', 'testproject', '{"reason": "Verouderd"}')), 'unpublished',
  'projects: testdam''s approver withdraws the published project with staff_unpublish and a reason');
select matches(pg_temp.undone(pg_temp.project_workflow_sql('staff_approve', 'anderconcept')), '^PT404: ',
  'projects: testdam''s approver publishing otherdam''s draft project with staff_approve: not found');
select pg_temp.check_write(pg_temp.project_update_sql('anderproject', 'title = ''Gekaapt'''), '0',
  'projects: testdam''s approver changing otherdam''s project: 0');
select pg_temp.check_write('delete from portal.projects where id = (select id from fixture_projects where slug = ''conceptproject'')', '0',
  'projects: testdam''s approver deleting the draft project: 0');
select pg_temp.check_write('delete from portal.people where id = (select unnamed_person from fixture_people)', '1',
  'people: testdam''s approver deleting a draft person named nowhere: 1');
select pg_temp.check_write('update portal.people set job_title = ''Gekaapt'' where id = (select published_person from fixture_people)',
  '0', 'people: testdam''s approver changing a published person: 0');
select pg_temp.check_write('update portal.organisations set name = ''Gekaapt'' where slug = ''testdam''', '0',
  'organisations: testdam''s approver renaming testdam: 0');
reset role;

-- What the API roles may not do, the owner (as whom the workflow functions run) may: the table's own rules
-- still hold for it, so a published project always has a publication date.
select throws_ok(pg_temp.project_update_sql('conceptproject', 'publication = ''published'', published_at = null'), '23514', null,
  'projects: a published project without a publication date is refused (23514)');

-- testdam's admin ------------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_admin');

select set_eq('select * from pg_temp.visible_projects()', array['testproject', 'conceptproject', 'anderproject'],
  'projects: testdam''s admin reads the published projects and testdam''s draft, not otherdam''s draft');
select pg_temp.check_write('delete from portal.projects where id = (select id from fixture_projects where slug = ''conceptproject'')', '1',
  'projects: testdam''s admin deleting the draft project: 1');
select pg_temp.check_write('delete from portal.projects where id = (select id from fixture_projects where slug = ''testproject'')', '0',
  'projects: testdam''s admin deleting the published project: 0');
select pg_temp.check_write('delete from portal.projects where id = (select id from fixture_projects where slug = ''anderconcept'')', '0',
  'projects: testdam''s admin deleting otherdam''s draft project: 0');
select pg_temp.check_write('update portal.organisations set name = ''Gemeente Testdam'', allow_self_approval = true where slug = ''testdam''', '1',
  'organisations: testdam''s admin renaming testdam: 1');
select pg_temp.check_write('update portal.organisations set name = ''Gekaapt'' where slug = ''otherdam''', '0',
  'organisations: testdam''s admin renaming otherdam: 0');
select pg_temp.check_write('update portal.organisations set slug = ''gekaapt'' where slug = ''testdam''', 'refused',
  'organisations: testdam''s admin changing the slug, which deployments depend on: refused');
select pg_temp.check_write('insert into portal.organisations (slug, name) values (''nieuwdam'', ''Nieuwdam'')', 'refused',
  'organisations: testdam''s admin adding an organisation: refused');
select pg_temp.check_write('delete from portal.organisations where slug = ''testdam''', 'refused',
  'organisations: testdam''s admin deleting the organisation: refused');
select throws_ok(
  $$ update portal.organisations set theme = '{"--utrecht-body-color": "red;} body { display: none"}' where slug = 'testdam' $$,
  '23514', null, 'organisations: a theme value that breaks out of CSS is refused (23514)');
select throws_ok(
  $$ update portal.organisations set theme = '{"--x": "url(https://evil.example/x.png)"}' where slug = 'testdam' $$,
  '23514', null, 'organisations: a theme value with url() is refused (23514)');
select throws_ok(
  $$ update portal.organisations set website_url = 'javascript:alert(1)' where slug = 'testdam' $$,
  '23514', null, 'organisations: a javascript: website link is refused (23514)');
select lives_ok(
  $$ update portal.organisations set theme = '{"--utrecht-body-color": "#1a1a1a"}' where slug = 'testdam' $$,
  'organisations: testdam''s admin can set a plain theme value');
reset role;

select * from finish();
rollback;
