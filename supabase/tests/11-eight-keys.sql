-- The eight-keys check on a Postgres server (20261206000100_eight_keys_check.sql): who may call what, the rules
-- readable by anyone and written by migrations only, and one result per rule for the fixture's project, the same
-- for residents (project_timeline) as for the check itself. The rules one by one: tests/database/eight-keys-check.test.ts.
begin;
set local search_path = public, extensions;
\ir helpers/sign-in.psql

select plan(8);

select ok(has_function_privilege('anon', 'public.check_rules()', 'EXECUTE')
  and has_function_privilege('anon', 'public.project_timeline(text, text)', 'EXECUTE'),
  'anon may read the rules and the timeline that carries the check');
select ok(not has_function_privilege('anon', 'public.staff_project(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.staff_workspace()', 'EXECUTE'),
  'anon may not call the staff functions that carry the checklist and the queue''s effects');
select ok(to_regprocedure('portal.staff_project_document(jsonb)') is null
  and to_regprocedure('portal.staff_workspace_document()') is null and to_regprocedure('portal.timeline_document(text, text)') is null,
  'each document is built by its own function: no body of it in schema portal that a role could be granted');
select ok((select c.relrowsecurity from pg_class c where c.oid = 'portal.check_rules'::regclass),
  'check_rules has row level security');

select pg_temp.sign_in_anon();
select cmp_ok((select count(*) from portal.check_rules), '>=', 12::bigint, 'anon reads the rules');
select throws_ok($$ insert into portal.check_rules (rule, key, position, title_nl, title_en, explanation_nl, explanation_en, fix_kind)
  values ('eigen_regel', 1, 99, 'x', 'x', 'x', 'x', 'phase') $$, '42501', null, 'anon cannot add a rule');
select is(jsonb_array_length(public.project_timeline('testdam', 'testproject') -> 'check' -> 'results'),
  (select count(*)::integer from portal.check_rules), 'the timeline carries one result per rule');
reset role;

select pg_temp.sign_in('outsider');
select throws_ok($$ update portal.check_rules set title_nl = 'anders' where rule = 'one_contact' returning 1 $$, '42501', null,
  'a signed-in user cannot change a rule');
reset role;

select * from finish();
rollback;
