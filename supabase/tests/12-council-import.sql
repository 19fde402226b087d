-- The import from Open Raadsinformatie on a real Postgres 15 (20261206000200_council_import.sql): who may call its
-- functions (signed-in users, never anon or PUBLIC; the functions check the staff role themselves), the row level
-- security of the links a project follows (editors of the project's organisation read, add in their own name and
-- remove them; nobody edits one; residents and other organisations see none), and one import made twice, the
-- second changing nothing. The importer end to end: tests/scripts/council-import/import.test.ts.
begin;
set local search_path = public, extensions;
\ir helpers/write-checks.psql
\ir helpers/sign-in.psql
select plan(23);

create temp table import_functions (signature regprocedure) on commit drop;
insert into import_functions values
  ('public.staff_link_council_item(jsonb)'), ('public.staff_unlink_council_item(jsonb)'),
  ('public.staff_council_links(jsonb)'), ('public.staff_import_council_item(jsonb)');
grant select on import_functions to anon, authenticated;

-- Declarations and grants ----------------------------------------------------------------------------------------

select is_empty(
  $$ select f.signature::text from import_functions f join pg_proc p on p.oid = f.signature
     where p.prosecdef or not exists (select 1 from unnest(p.proconfig) s where s = 'search_path=""') $$,
  'the import functions run as the caller (security invoker) with an empty search_path');
select is_empty(
  $$ select f.signature::text from import_functions f
     where has_function_privilege('anon', f.signature, 'EXECUTE')
        or not has_function_privilege('authenticated', f.signature, 'EXECUTE')
        or not has_function_privilege('service_role', f.signature, 'EXECUTE') $$,
  'the import functions are callable by signed-in users (and the service role), not by anon');
select is_empty(
  $$ select p.oid::regprocedure::text from pg_proc p
     where p.oid in (select signature from import_functions)
        or p.oid in ('portal.import_save(text, jsonb, text)'::regprocedure, 'portal.refuse_within(text, text, text)'::regprocedure,
                     'portal.input_only(jsonb, text[])'::regprocedure, 'portal.council_link_source_id(jsonb)'::regprocedure,
                     'portal.council_link_document(portal.council_links)'::regprocedure)
     group by p.oid
     having bool_or(p.proacl is null) or bool_or(exists (select 1 from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE')) $$,
  'neither they nor their helpers in schema portal are executable by PUBLIC (Postgres''s default for a new function)');
select ok(not has_function_privilege('anon', 'portal.import_save(text, jsonb, text)', 'EXECUTE')
  and not has_function_privilege('anon', 'portal.council_link_document(portal.council_links)', 'EXECUTE'),
  'anon cannot call the helpers in schema portal');

select ok((select c.relrowsecurity from pg_class c where c.oid = 'portal.council_links'::regclass), 'council_links has row level security');
select ok(not has_table_privilege('anon', 'portal.council_links', 'SELECT') and not has_table_privilege('anon', 'portal.council_links', 'INSERT')
  and not has_table_privilege('anon', 'portal.council_links', 'UPDATE') and not has_table_privilege('anon', 'portal.council_links', 'DELETE'),
  'council_links: anon has no privilege at all');
select ok(has_table_privilege('authenticated', 'portal.council_links', 'SELECT') and has_table_privilege('authenticated', 'portal.council_links', 'INSERT')
  and has_table_privilege('authenticated', 'portal.council_links', 'DELETE') and not has_table_privilege('authenticated', 'portal.council_links', 'UPDATE')
  and not has_table_privilege('authenticated', 'portal.council_links', 'TRUNCATE'),
  'council_links: signed-in users may select, insert and delete (row level security decides which rows), never update');
select ok(exists (select 1 from pg_trigger t where t.tgrelid = 'portal.council_links'::regclass and t.tgfoid = 'portal.audit_row()'::regprocedure),
  'council_links has the audit trigger');

-- A link of testdam's project, written by the superuser, for the reads below.
insert into portal.council_links (project_id, source_id) values ('20000000-0000-4000-8000-000000000001', '9000001');

-- Row level security ----------------------------------------------------------------------------------------------

select pg_temp.sign_in_anon();
select throws_ok('select 1 from portal.council_links', '42501', null, 'anon cannot read council_links');
select throws_ok($$ select public.staff_import_council_item('{}') $$, '42501', null, 'anon cannot call staff_import_council_item');
reset role;

select pg_temp.sign_in('otherdam_editor');
select is_empty($$ select 1 from portal.council_links $$, 'an editor of otherdam reads none of testdam''s links');
select pg_temp.check_write($$ delete from portal.council_links where source_id = '9000001' $$, '0',
  'an editor of otherdam deleting testdam''s link touches nothing');
select pg_temp.check_write(
  $$ insert into portal.council_links (project_id, source_id, created_by)
     values ('20000000-0000-4000-8000-000000000001', '9000002', pg_temp.user_id('otherdam_editor')) $$, 'refused',
  'an editor of otherdam linking testdam''s project: refused');
reset role;

select pg_temp.sign_in('testdam_editor');
select is((select array_agg(source_id) from portal.council_links), array['9000001'], 'testdam''s editor reads testdam''s link');
select pg_temp.check_write(
  $$ insert into portal.council_links (project_id, source_id, created_by)
     values ('20000000-0000-4000-8000-000000000001', '9000002', pg_temp.user_id('testdam_editor')) $$, '1',
  'testdam''s editor links testdam''s project in their own name');
select pg_temp.check_write(
  $$ insert into portal.council_links (project_id, source_id, created_by)
     values ('20000000-0000-4000-8000-000000000001', '9000003', pg_temp.user_id('testdam_approver')) $$, 'refused',
  'testdam''s editor linking in someone else''s name: refused');
select pg_temp.check_write(
  $$ insert into portal.council_links (project_id, source_id, created_by)
     values ('20000000-0000-4000-8000-000000000003', '9000004', pg_temp.user_id('testdam_editor')) $$, 'refused',
  'testdam''s editor linking otherdam''s project: refused');
select pg_temp.check_write($$ update portal.council_links set source_id = '9000005' $$, 'refused', 'testdam''s editor editing a link: refused');
select pg_temp.check_write($$ delete from portal.council_links where source_id = '9000001' $$, '1', 'testdam''s editor unlinks testdam''s link');

-- One import, twice ---------------------------------------------------------------------------------------------------

create temp table import_input on commit drop as select jsonb_build_object(
  'project_id', '20000000-0000-4000-8000-000000000001',
  'moment', jsonb_build_object('source_id', '9000001', 'meeting_source_id', '8000001', 'meets_on', '2026-12-10',
    'starts_at', '2026-12-10T19:30:00+01:00', 'meeting_kind', 'council', 'body', 'Gemeenteraad',
    'agenda_item', 'Vaststellen bestemmingsplan Stationsplein', 'proposal', 'Het college stelt de raad voor het plan vast te stellen.'),
  'motions', jsonb_build_array(jsonb_build_object('source_id', '7000001', 'kind', 'amendment', 'title', 'Amendement Meer bomen',
    'submitted_by', 'Sanne de Vries', 'asks', 'Twintig bomen in plaats van tien.', 'result', 'adopted',
    'result_summary', 'Aangenomen met 18 stemmen voor en 9 tegen.',
    'votes', jsonb_build_array(jsonb_build_object('party', 'D66', 'for', 4, 'against', 0))))) as input;
select is(public.staff_link_council_item('{"project_id": "20000000-0000-4000-8000-000000000001", "source_id": "9000001"}') ->> 'source_id',
  '9000001', 'testdam''s editor links the agenda item again, through the API');
select is(public.staff_import_council_item((select input from import_input)) - 'moment_id' - 'motions' - 'project_id',
  '{"moment": "created", "source_id": "9000001"}'::jsonb, 'the editor imports an agenda item: its council moment is created');
create temp table after_first on commit drop as select
  (select jsonb_agg(to_jsonb(c) order by c.id) from portal.council_moments c where c.source_id = '9000001') as moments,
  (select jsonb_agg(to_jsonb(m) order by m.id) from portal.council_motions m where m.source_id = '7000001') as motions;
select is(public.staff_import_council_item((select input from import_input)) -> 'motions' -> 0 ->> 'state', 'unchanged',
  'the same import again answers unchanged');
select ok(
  (select moments from after_first) = (select jsonb_agg(to_jsonb(c) order by c.id) from portal.council_moments c where c.source_id = '9000001')
  and (select motions from after_first) = (select jsonb_agg(to_jsonb(m) order by m.id) from portal.council_motions m where m.source_id = '7000001'),
  'and changes no row: not the moment, not the motion, not their updated_at');
reset role;

select * from finish();
rollback;
