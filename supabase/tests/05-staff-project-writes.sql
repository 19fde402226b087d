-- The staff write functions for a project's structure (20261128001100) on a real Postgres: how they are
-- declared, and the key allowed and denied paths as testdam's editor and approver, otherdam's editor and a
-- signed-in non-member. Everything runs in one transaction that is rolled back at the end.
begin;
set local search_path = public, extensions;

select plan(27);

create temp table structure_functions on commit drop as
  select unnest(array['staff_save_project', 'staff_save_phase', 'staff_delete_phase', 'staff_save_person',
    'staff_assign_person', 'staff_save_handover', 'staff_save_group', 'staff_delete_group',
    'staff_save_input_theme']) as name;

-- How they are declared -------------------------------------------------------------------------------------
select is(
  (select count(*)::int from pg_proc p join structure_functions f on f.name = p.proname
   where p.pronamespace = 'public'::regnamespace and pg_get_function_identity_arguments(p.oid) = 'input jsonb'),
  9, 'all nine structure write functions exist in public, each taking one input jsonb');
select is(
  (select count(*)::int from pg_proc p join structure_functions f on f.name = p.proname
   where p.pronamespace = 'public'::regnamespace and p.prosecdef),
  0, 'they run as the caller (security invoker), so row level security applies');
select is(
  (select count(*)::int from pg_proc p join structure_functions f on f.name = p.proname
   where p.pronamespace = 'public'::regnamespace and p.proconfig @> array['search_path=""']),
  9, 'each has an empty search_path');
select is(
  (select count(*)::int from structure_functions f
   where has_function_privilege('anon', format('public.%I(jsonb)', f.name), 'execute')
      or has_function_privilege('public', format('public.%I(jsonb)', f.name), 'execute')),
  0, 'anon (and public) cannot execute any of them');
select is(
  (select count(*)::int from structure_functions f
   where has_function_privilege('authenticated', format('public.%I(jsonb)', f.name), 'execute')),
  9, 'signed-in users can execute all of them (the functions check the staff role)');
select is(
  (select count(*)::int from pg_proc p join structure_functions f on f.name = p.proname
   where p.pronamespace = 'public'::regnamespace and obj_description(p.oid, 'pg_proc') is not null),
  9, 'each is documented with comment on function');

-- testdam's editor ------------------------------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated"}';

select ok(
  public.staff_save_project(jsonb_build_object('organisation_id', '10000000-0000-4000-8000-000000000001',
    'slug', 'pgtap-project', 'title', 'Titel', 'summary', 'Samenvatting', 'theme', 'Wonen', 'area', 'Centrum',
    'status', 'planned', 'starts_on', '2027-01-01', 'council_role', 'geen'))
  @> '{"publication": "draft", "author_id": "00000000-0000-4000-8000-000000000002", "slug": "pgtap-project"}',
  'staff_save_project: the editor creates a draft project written by them');
select throws_ok(
  $$ select public.staff_save_project(jsonb_build_object('organisation_id', '10000000-0000-4000-8000-000000000001',
    'slug', 'testproject', 'title', 'Titel', 'summary', 'Samenvatting', 'theme', 'Wonen', 'area', 'Centrum',
    'status', 'planned', 'starts_on', '2027-01-01', 'council_role', 'geen')) $$,
  '22023', 'Er is al een project met dit webadres. Kies een ander webadres.',
  'staff_save_project: a web address that is taken is a 400 with a message, not a unique violation');
select throws_ok(
  $$ select public.staff_save_project(jsonb_build_object('id', '20000000-0000-4000-8000-000000000001',
    'title', 'Titel', 'summary', 'Samenvatting', 'theme', 'Wonen', 'area', 'Centrum',
    'status', 'planned', 'starts_on', '2020-01-01', 'council_role', 'geen')) $$,
  '42501', null,
  'staff_save_project: the editor cannot change a published project');
select throws_ok(
  $$ select public.staff_save_project(jsonb_build_object('organisation_id', '10000000-0000-4000-8000-000000000001',
    'slug', 'pgtap-dates', 'title', 'Titel', 'summary', 'Samenvatting', 'theme', 'Wonen', 'area', 'Centrum',
    'status', 'planned', 'starts_on', '2027-05-01', 'ends_on', '2027-04-01', 'council_role', 'geen')) $$,
  '22023', null,
  'staff_save_project: an end before the start is a 400, not a check violation (23514)');
select throws_ok(
  $$ select public.staff_save_phase(jsonb_build_object('project_id', '20000000-0000-4000-8000-000000000001',
    'position', 30, 'kind', 'plan', 'title', 'Plan', 'starts_on', '2027-01-01', 'participation_level', 'raadplegen',
    'open_for_input', 'a', 'fixed_frames', 'b', 'time_asked', 'c', 'results_expected', 'd', 'department', 'e',
    'contact_person_id', '30000000-0000-4000-8000-000000000005')) $$,
  '22023', null,
  'staff_save_phase: a contact person of another organisation is a 400, not the trigger''s 23514');
select throws_ok(
  $$ select public.staff_save_phase(jsonb_build_object('project_id', '20000000-0000-4000-8000-000000000001',
    'position', 2, 'kind', 'plan', 'title', 'Plan', 'starts_on', '2027-01-01', 'participation_level', 'raadplegen',
    'open_for_input', 'a', 'fixed_frames', 'b', 'time_asked', 'c', 'results_expected', 'd', 'department', 'e')) $$,
  '22023', null,
  'staff_save_phase: a position that is taken is a 400, not a unique violation');
select ok(
  public.staff_save_phase(jsonb_build_object('project_id', '20000000-0000-4000-8000-000000000001',
    'position', 30, 'kind', 'execution', 'title', 'Uitvoering', 'starts_on', '2028-01-01', 'participation_level', 'informeren',
    'open_for_input', 'a', 'fixed_frames', 'b', 'time_asked', 'c', 'results_expected', 'd', 'department', 'e'))
  @> '{"position": 30, "kind": "execution"}',
  'staff_save_phase: the editor adds a phase to the published project');
select throws_ok(
  $$ select public.staff_delete_phase('{"id": "40000000-0000-4000-8000-000000000003", "project_id": "20000000-0000-4000-8000-000000000001"}') $$,
  '42501', null,
  'staff_delete_phase: the editor cannot delete a phase');
select throws_ok(
  $$ select public.staff_save_person('{"organisation_id": "10000000-0000-4000-8000-000000000001", "name": "Jan jan@testdam.example", "job_title": "Wethouder"}') $$,
  '22023', null,
  'staff_save_person: an e-mail address in a name is refused');
select throws_ok(
  $$ select public.staff_save_group('{"project_id": "20000000-0000-4000-8000-000000000001", "id": "c0000000-0000-4000-8000-000000000002", "name": "Groep", "status": "gap", "note": "n", "updated_at": "2000-01-01T00:00:00Z"}') $$,
  'PT409', null,
  'staff_save_group: a stale version is a conflict (409)');
select is(
  public.staff_assign_person('{"project_id": "20000000-0000-4000-8000-000000000001", "person_id": "30000000-0000-4000-8000-000000000001", "role": "project_lead", "since": "2040-01-01"}') ->> 'since',
  '2040-01-01',
  'staff_assign_person: the editor names a new project lead');
reset role;
select is(
  (select until::text from portal.project_people where id = 'e0000000-0000-4000-8000-000000000003'),
  '2039-12-31',
  'staff_assign_person: the previous project lead ends the day before');

set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated"}';
set local request.headers to '{"accept-language": "en"}';
select throws_ok(
  $$ select public.staff_save_group('{"project_id": "20000000-0000-4000-8000-000000000001", "name": "", "status": "gap", "note": "n"}') $$,
  '22023', 'Fill in name of the group.',
  'messages follow Accept-Language: en');
set local request.headers to '{}';
reset role;

-- testdam's approver ----------------------------------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated"}';
select lives_ok(
  $$ select public.staff_delete_group('{"id": "c0000000-0000-4000-8000-000000000002", "project_id": "20000000-0000-4000-8000-000000000001"}') $$,
  'staff_delete_group: the approver deletes a group');
select ok(
  public.staff_save_project(jsonb_build_object('id', '20000000-0000-4000-8000-000000000001',
    'title', 'Titel', 'summary', 'Samenvatting', 'theme', 'Wonen', 'area', 'Centrum',
    'status', 'running', 'starts_on', '2020-01-01', 'council_role', 'geen'))
  @> '{"publication": "published"}',
  'staff_save_project: the approver changes the published project, which stays published');
select is(
  public.staff_delete_phase('{"id": "40000000-0000-4000-8000-000000000001", "project_id": "20000000-0000-4000-8000-000000000001"}') ->> 'id',
  '40000000-0000-4000-8000-000000000001',
  'staff_delete_phase: the approver deletes a phase that a handover and input themes refer to');
reset role;
select is_empty($$ select 1 from portal.handovers where id = 'f0000000-0000-4000-8000-000000000001' $$,
  'staff_delete_phase: the handover from the deleted phase is gone with it');
select is((select phase_id from portal.input_themes where id = '60000000-0000-4000-8000-000000000001'), null,
  'staff_delete_phase: an input theme of the deleted phase stays, without a phase');

-- otherdam's editor and a signed-in non-member ---------------------------------------------------------------
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000005","role":"authenticated"}';
select throws_ok(
  $$ select public.staff_save_group('{"project_id": "20000000-0000-4000-8000-000000000001", "name": "Indringer", "status": "gap", "note": "n"}') $$,
  'PT404', null,
  'staff_save_group: otherdam''s editor gets 404 for testdam''s project');
select throws_ok(
  $$ select public.staff_save_person('{"organisation_id": "10000000-0000-4000-8000-000000000001", "name": "Indringer", "job_title": "x"}') $$,
  'PT404', null,
  'staff_save_person: otherdam''s editor gets 404 for testdam');
reset role;

set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}';
select throws_ok(
  $$ select public.staff_save_input_theme('{"project_id": "20000000-0000-4000-8000-000000000001", "title": "t", "you_said": "y"}') $$,
  'PT404', null,
  'staff_save_input_theme: a signed-in non-member gets 404');
reset role;

select * from finish();
rollback;
