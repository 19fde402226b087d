-- The staff write functions for a project's structure (20261128001100) on a real Postgres: how they are
-- declared, and the key allowed and denied paths as testdam's editor and approver, otherdam's editor and a
-- signed-in non-member. The structure has a publication state like every record residents see: a new phase,
-- person, role, handover, group or theme is a draft; a save of a published one is its pending revision (what
-- residents see stays until it is approved); deleting is staff_delete_draft, for drafts and what was withdrawn.
-- Everything runs in one transaction that is rolled back at the end.
begin;
set local search_path = public, extensions;
\ir helpers/sign-in.psql

select plan(37);

create temp table structure_functions on commit drop as
  select unnest(array['staff_save_project', 'staff_save_phase', 'staff_save_person',
    'staff_assign_person', 'staff_save_handover', 'staff_save_group', 'staff_save_input_theme']) as name;

create function pg_temp.target(kind text, id text, extra jsonb default '{}') returns jsonb
language sql as $$
  select jsonb_build_object('kind', kind, 'id', id, 'project_id', '20000000-0000-4000-8000-000000000001') || extra
$$;

-- How they are declared -------------------------------------------------------------------------------------
select is(
  (select count(*)::int from pg_proc p join structure_functions f on f.name = p.proname
   where p.pronamespace = 'public'::regnamespace and pg_get_function_identity_arguments(p.oid) = 'input jsonb'),
  7, 'all seven structure write functions exist in public, each taking one input jsonb');
select ok(
  to_regprocedure('public.staff_delete_phase(jsonb)') is null and to_regprocedure('public.staff_delete_group(jsonb)') is null
  and to_regproc('portal.structure_delete') is null,
  'staff_delete_phase, staff_delete_group and portal.structure_delete are gone: deleting is staff_delete_draft');
select is(
  (select count(*)::int from pg_proc p join structure_functions f on f.name = p.proname
   where p.pronamespace = 'public'::regnamespace and p.prosecdef),
  0, 'they run as the caller (security invoker), so row level security applies');
select is(
  (select count(*)::int from pg_proc p join structure_functions f on f.name = p.proname
   where p.pronamespace = 'public'::regnamespace and p.proconfig @> array['search_path=""']),
  7, 'each has an empty search_path');
select is(
  (select count(*)::int from structure_functions f
   where has_function_privilege('anon', format('public.%I(jsonb)', f.name), 'execute')
      or has_function_privilege('public', format('public.%I(jsonb)', f.name), 'execute')),
  0, 'anon (and public) cannot execute any of them');
select is(
  (select count(*)::int from structure_functions f
   where has_function_privilege('authenticated', format('public.%I(jsonb)', f.name), 'execute')),
  7, 'signed-in users can execute all of them (the functions check the staff role)');
select is(
  (select count(*)::int from pg_proc p join structure_functions f on f.name = p.proname
   where p.pronamespace = 'public'::regnamespace and obj_description(p.oid, 'pg_proc') is not null),
  7, 'each is documented with comment on function');

-- testdam's editor ------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_editor');

select ok(
  public.staff_save_project(jsonb_build_object('organisation_id', '10000000-0000-4000-8000-000000000001',
    'slug', 'pgtap-project', 'title', 'Titel', 'summary', 'Samenvatting', 'theme', 'Wonen', 'area', 'Centrum',
    'status', 'planned', 'starts_on', '2027-01-01', 'council_role', 'geen'))
  @> jsonb_build_object('publication', 'draft', 'author_id', pg_temp.user_id('testdam_editor'), 'slug', 'pgtap-project'),
  'staff_save_project: the editor creates a draft project written by them');
select throws_ok(
  $$ select public.staff_save_project(jsonb_build_object('organisation_id', '10000000-0000-4000-8000-000000000001',
    'slug', 'testproject', 'title', 'Titel', 'summary', 'Samenvatting', 'theme', 'Wonen', 'area', 'Centrum',
    'status', 'planned', 'starts_on', '2027-01-01', 'council_role', 'geen')) $$,
  '22023', 'Er is al een project met dit webadres. Kies een ander webadres.',
  'staff_save_project: a web address that is taken is a 400 with a message, not a unique violation');
-- An editor may save a change of a published project now: it becomes the pending revision, and residents see
-- the project as it was until an approver approves it.
select ok(
  public.staff_save_project(jsonb_build_object('id', '20000000-0000-4000-8000-000000000001',
    'title', 'Titel', 'summary', 'Samenvatting', 'theme', 'Wonen', 'area', 'Centrum',
    'status', 'planned', 'starts_on', '2020-01-01', 'council_role', 'geen'))
  @> '{"publication": "published", "title": "Titel", "pending": {"state": "draft"}}',
  'staff_save_project: the editor''s change of the published project is a pending revision, shown with its words');
select is(
  (select jsonb_build_object('title', x.content ->> 'title', 'contributors', x.contributors) from portal.revisions x
   where x.kind = 'project' and x.record_id = '20000000-0000-4000-8000-000000000001'),
  jsonb_build_object('title', 'Titel', 'contributors', jsonb_build_array(pg_temp.user_id('testdam_editor'))),
  'staff_save_project: the revision holds the new title, written by the editor');
select isnt((select title from portal.projects where id = '20000000-0000-4000-8000-000000000001'), 'Titel',
  'staff_save_project: the published project keeps the title residents see');
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
  @> '{"position": 30, "kind": "execution", "publication": "draft"}',
  'staff_save_phase: the editor adds a phase to the published project, as a draft');
set local request.headers to '{"accept-language": "en"}';
select throws_ok(
  $$ select public.staff_delete_draft(pg_temp.target('phase', '40000000-0000-4000-8000-000000000003')) $$,
  'PT409', 'You can only delete a draft or something that was withdrawn. Withdraw it or send it back to draft first.',
  'staff_delete_draft: the editor cannot delete a published phase');
set local request.headers to '{}';
select is(
  public.staff_delete_draft(pg_temp.target('phase', (select id::text from portal.phases
    where project_id = '20000000-0000-4000-8000-000000000001' and position = 30))) ->> 'deleted',
  'true',
  'staff_delete_draft: the editor deletes the draft phase they added');
select throws_ok(
  $$ select public.staff_save_person('{"organisation_id": "10000000-0000-4000-8000-000000000001", "name": "Jan jan@testdam.example", "job_title": "Wethouder"}') $$,
  '22023', null,
  'staff_save_person: an e-mail address in a name is refused');
select throws_ok(
  $$ select public.staff_save_group('{"project_id": "20000000-0000-4000-8000-000000000001", "id": "c0000000-0000-4000-8000-000000000002", "name": "Groep", "status": "gap", "note": "n", "updated_at": "2000-01-01T00:00:00Z"}') $$,
  'PT409', null,
  'staff_save_group: a stale version is a conflict (409)');
select ok(
  public.staff_assign_person('{"project_id": "20000000-0000-4000-8000-000000000001", "person_id": "30000000-0000-4000-8000-000000000001", "role": "project_lead", "since": "2040-01-01"}')
  @> '{"since": "2040-01-01", "publication": "draft"}',
  'staff_assign_person: the editor proposes a new project lead, as a draft assignment');
reset role;
select is(
  (select until from portal.project_people where id = 'e0000000-0000-4000-8000-000000000003'), null,
  'staff_assign_person: the current project lead stays until the proposal is approved');

select pg_temp.sign_in('testdam_editor');
set local request.headers to '{"accept-language": "en"}';
select throws_ok(
  $$ select public.staff_save_group('{"project_id": "20000000-0000-4000-8000-000000000001", "name": "", "status": "gap", "note": "n"}') $$,
  '22023', 'Fill in name of the group.',
  'messages follow Accept-Language: en');
set local request.headers to '{}';
reset role;

-- testdam's approver ----------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_approver');
-- A published group is not deleted but withdrawn, with a reason residents see; what was withdrawn may go.
select throws_ok(
  $$ select public.staff_delete_draft(pg_temp.target('group', 'c0000000-0000-4000-8000-000000000002')) $$,
  'PT409', null,
  'staff_delete_draft: the approver cannot delete a published group either');
select is(
  public.staff_unpublish(pg_temp.target('group', 'c0000000-0000-4000-8000-000000000002', '{"reason": "Samengevoegd met een andere groep"}')) ->> 'publication',
  'unpublished',
  'staff_unpublish: the approver withdraws the group with a reason');
select is(
  public.staff_delete_draft(pg_temp.target('group', 'c0000000-0000-4000-8000-000000000002')) ->> 'deleted', 'true',
  'staff_delete_draft: the approver deletes the withdrawn group');
select ok(
  public.staff_save_project(jsonb_build_object('id', '20000000-0000-4000-8000-000000000001',
    'title', 'Titel', 'summary', 'Samenvatting', 'theme', 'Wonen', 'area', 'Centrum',
    'status', 'running', 'starts_on', '2020-01-01', 'council_role', 'geen'))
  @> '{"publication": "published", "status": "running", "pending": {"state": "draft"}}',
  'staff_save_project: the approver''s change of the published project joins its pending revision; the project stays published');
select is(
  public.staff_approve(pg_temp.target('assignment', (select id::text from portal.project_people
    where project_id = '20000000-0000-4000-8000-000000000001' and role = 'project_lead' and publication = 'draft'))) ->> 'publication',
  'published',
  'staff_approve: the approver approves the proposed project lead');
reset role;
select is(
  (select until::text from portal.project_people where id = 'e0000000-0000-4000-8000-000000000003'),
  '2039-12-31',
  'staff_approve: the previous project lead ends the day before the new one starts');

-- A phase or input theme that published records refer to (a handover, input themes, promises, a key date, a
-- lesson; a decision's answer) is neither withdrawn nor deleted: either would change what residents see of
-- those records (a reference set to null, a handover or an answer gone) without a version or a ledger entry.
select pg_temp.sign_in('testdam_approver');
select throws_like(
  $$ select public.staff_unpublish(pg_temp.target('phase', '40000000-0000-4000-8000-000000000001', '{"reason": "Fase vervalt"}')) $$,
  'Hier verwijst nog iets naar dat op de website staat of op goedkeuring wacht: %',
  'staff_unpublish: the approver cannot withdraw a phase that published records refer to, and hears which');
select throws_like(
  $$ select public.staff_unpublish(pg_temp.target('input_theme', '60000000-0000-4000-8000-000000000001', '{"reason": "Thema vervalt"}')) $$,
  'Hier verwijst nog iets naar dat op de website staat of op goedkeuring wacht: het besluit %',
  'staff_unpublish: nor an input theme that a published decision answers');
select throws_ok(
  $$ select public.staff_delete_draft(pg_temp.target('phase', '40000000-0000-4000-8000-000000000001')) $$,
  'PT409', null,
  'staff_delete_draft: nor delete that phase');
-- Whatever the owner does directly, the workflow's own paths leave the public record intact.
reset role;
select is((select publication::text from portal.handovers where id = 'f0000000-0000-4000-8000-000000000001'), 'published',
  'the published handover from that phase is still on the site');
select is_empty(
  $$ select v.kind || ' ' || v.record_id
     from (select distinct on (v.kind, v.record_id) v.* from portal.record_versions v
           where v.project_id = '20000000-0000-4000-8000-000000000001' order by v.kind, v.record_id, v.ledger_seq desc) v
     cross join lateral (select portal.record_row(v.kind, v.record_id) as r) x
     where v.event <> 'withdrawal'
       and (x.r is null or (v.kind <> 'promise_status' and x.r ->> 'publication' <> 'published')
            or portal.content_hash(portal.record_content(v.kind, x.r)) <> v.content_hash) $$,
  'every record of testproject whose last public version is published is still there, with the content of that version');

-- otherdam's editor and a signed-in non-member ---------------------------------------------------------------
select pg_temp.sign_in('otherdam_editor');
select throws_ok(
  $$ select public.staff_save_group('{"project_id": "20000000-0000-4000-8000-000000000001", "name": "Indringer", "status": "gap", "note": "n"}') $$,
  'PT404', null,
  'staff_save_group: otherdam''s editor gets 404 for testdam''s project');
select throws_ok(
  $$ select public.staff_save_person('{"organisation_id": "10000000-0000-4000-8000-000000000001", "name": "Indringer", "job_title": "x"}') $$,
  'PT404', null,
  'staff_save_person: otherdam''s editor gets 404 for testdam');
reset role;

select pg_temp.sign_in('outsider');
select throws_ok(
  $$ select public.staff_save_input_theme('{"project_id": "20000000-0000-4000-8000-000000000001", "title": "t", "you_said": "y"}') $$,
  'PT404', null,
  'staff_save_input_theme: a signed-in non-member gets 404');
reset role;

select * from finish();
rollback;
