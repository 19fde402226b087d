-- The audit log and the deploy hooks on a real Postgres: what is recorded (staff writes with before and after,
-- the workflow's publications, which run as their owner, under the approver's name; not system writes, not
-- saves that change nothing), who reads it (the organisation's admins), and that nobody writes it directly. Each direct write is undone right after it is counted (helpers/write-checks.psql).
begin;
set local search_path = public, extensions;
\ir helpers/write-checks.psql
\ir helpers/sign-in.psql
select plan(25);

create temp table ids on commit drop as select
  (select id from portal.organisations where slug = 'testdam') as testdam,
  (select id from portal.organisations where slug = 'otherdam') as otherdam;
grant select on ids to anon, authenticated;

create temp table audit_start on commit drop as select coalesce(max(id), 0) as last_id from portal.audit_log;
grant select on audit_start to anon, authenticated;

-- Privileges ---------------------------------------------------------------------------------------------------

select ok(
  not has_table_privilege('anon', 'portal.audit_log', 'SELECT')
  and not has_table_privilege('authenticated', 'portal.audit_log', 'INSERT')
  and not has_table_privilege('authenticated', 'portal.audit_log', 'UPDATE')
  and not has_table_privilege('authenticated', 'portal.audit_log', 'DELETE')
  and not has_table_privilege('service_role', 'portal.audit_log', 'INSERT')
  and not has_table_privilege('service_role', 'portal.audit_log', 'UPDATE')
  and not has_table_privilege('service_role', 'portal.audit_log', 'DELETE'),
  'audit_log: nobody but the trigger''s owner may write it; anon may not read it');
select ok((select prosecdef from pg_proc where oid = 'portal.audit_row()'::regprocedure),
  'audit_row() is security definer, so it can write what its callers cannot');
select set_eq(
  $$ select c.relname::text from pg_trigger t join pg_class c on c.oid = t.tgrelid
     where c.relnamespace = 'portal'::regnamespace and t.tgfoid = 'portal.audit_row()'::regprocedure $$,
  array['organisations', 'staff_memberships', 'projects', 'people', 'project_people', 'phases', 'handovers', 'decisions',
    'input_themes', 'input_responses', 'promises', 'promise_status_changes', 'council_moments', 'council_motions',
    'council_letters', 'updates', 'key_dates', 'groups_involved', 'lessons', 'invitations', 'revisions', 'council_links'],
  'every table staff can write has the audit trigger, the pending revisions of published records included');

-- System writes -------------------------------------------------------------------------------------------------

select is((select count(*)::integer from portal.audit_log), 0, 'the seed and the fixture left no audit rows (system writes)');
update portal.lessons set lesson = lesson || ' (systeem)' where id = 'd0000000-0000-4000-8000-000000000002';
select is((select count(*)::integer from portal.audit_log), 0, 'a write without a signed-in user is not audited');

-- A staff write -------------------------------------------------------------------------------------------------
-- Of a draft lesson: a published record is not the editor's to change directly (row level security hides it, so
-- nothing is written and nothing audited); its changes are pending revisions.

select pg_temp.sign_in('testdam_editor');
select pg_temp.check_write($$ update portal.groups_involved set note = 'Bijgewerkt' where id = 'c0000000-0000-4000-8000-000000000001' $$,
  '0', 'the editor''s direct update of a published group touches nothing');
update portal.lessons set lesson = 'Bijgewerkt' where id = 'd0000000-0000-4000-8000-000000000002';
update portal.lessons set lesson = lesson where id = 'd0000000-0000-4000-8000-000000000002';
reset role;
select is((select count(*)::integer from portal.audit_log where id > (select last_id from audit_start)), 1,
  'the editor''s change of the draft is audited once; saving it again unchanged is not');
select is(
  (select jsonb_build_object('actor', actor_id, 'org', organisation_id = (select testdam from ids), 'project', project_id,
     'table', table_name, 'record', record_id, 'action', action, 'before', before ->> 'lesson', 'after', after ->> 'lesson')
   from portal.audit_log where id > (select last_id from audit_start)),
  jsonb_build_object('actor', pg_temp.user_id('testdam_editor'), 'org', true, 'project', '20000000-0000-4000-8000-000000000001',
    'table', 'lessons', 'record', 'd0000000-0000-4000-8000-000000000002', 'action', 'update',
    'before', (select before ->> 'lesson' from portal.audit_log where id > (select last_id from audit_start)), 'after', 'Bijgewerkt'),
  'the audit row names who, the organisation, project, table, record and action, with after');
select ok((select before ->> 'lesson' like '% (systeem)' from portal.audit_log where id > (select last_id from audit_start)),
  'and before holds the row as it was');

-- Who reads it ---------------------------------------------------------------------------------------------------

select pg_temp.sign_in('testdam_admin');
select is((select count(*)::integer from portal.audit_log), 1, 'audit_log: testdam''s admin reads testdam''s row');
select is(jsonb_array_length(public.staff_audit_log(jsonb_build_object('organisation_id', (select testdam from ids)))), 1,
  'staff_audit_log: testdam''s admin gets the row');
select is(public.staff_audit_log(jsonb_build_object('organisation_id', (select testdam from ids))) -> 0 ->> 'actor_email',
  'redacteur@testdam.example', 'staff_audit_log: with the e-mail address of who did it');
select pg_temp.check_write(
  $$ insert into portal.audit_log (actor_id, organisation_id, table_name, record_id, action)
     values (auth.uid(), (select testdam from ids), 'projects', 'x', 'insert') $$, 'refused',
  'audit_log: testdam''s admin inserting a row: refused');
select pg_temp.check_write('delete from portal.audit_log', 'refused', 'audit_log: testdam''s admin deleting rows: refused');
select pg_temp.check_write('update portal.audit_log set after = null', 'refused', 'audit_log: testdam''s admin changing rows: refused');
reset role;

select pg_temp.sign_in('testdam_approver');
select is_empty('select id from portal.audit_log', 'audit_log: testdam''s approver reads nothing');
select throws_ok($$ select public.staff_audit_log(jsonb_build_object('organisation_id', (select testdam from ids))) $$,
  '42501', null, 'staff_audit_log: testdam''s approver is refused (403)');
reset role;

select pg_temp.sign_in('testdam_editor');
select is_empty('select id from portal.audit_log', 'audit_log: testdam''s editor reads nothing, not even their own change');
reset role;

-- The workflow functions run as their owner, but what they change is audited under the approver's name.
create temp table audit_before_approval on commit drop as select max(id) as last_id from portal.audit_log;
select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve(jsonb_build_object('kind', 'lesson', 'id', 'd0000000-0000-4000-8000-000000000002',
    'project_id', '20000000-0000-4000-8000-000000000001')) ->> 'publication', 'published',
  'testdam''s approver publishes the draft lesson the editor wrote');
reset role;
select is(
  (select jsonb_agg(jsonb_build_object('actor', actor_id, 'table', table_name, 'record', record_id, 'action', action,
     'before', before ->> 'publication', 'after', after ->> 'publication'))
   from portal.audit_log where id > (select last_id from audit_before_approval)),
  jsonb_build_array(jsonb_build_object('actor', pg_temp.user_id('testdam_approver'), 'table', 'lessons',
    'record', 'd0000000-0000-4000-8000-000000000002', 'action', 'update', 'before', 'draft', 'after', 'published')),
  'the publication is audited once, as the approver''s update of the lesson from draft to published');

update portal.staff_memberships set role = 'admin' where user_id = pg_temp.user_id('otherdam_editor');
select pg_temp.sign_in('otherdam_editor');
select is_empty('select id from portal.audit_log where organisation_id = (select testdam from ids)',
  'audit_log: an admin of otherdam reads nothing of testdam');
select throws_ok($$ select public.staff_audit_log(jsonb_build_object('organisation_id', (select testdam from ids))) $$,
  'PT404', null, 'staff_audit_log: an admin of otherdam gets a 404 for testdam');
reset role;

select pg_temp.sign_in_anon();
select throws_ok('select id from portal.audit_log', '42501', null, 'audit_log: anon cannot read it at all');
reset role;

-- Deploy hooks: admins only -------------------------------------------------------------------------------------

select pg_temp.sign_in('testdam_approver');
select pg_temp.check_write(
  $$ insert into portal.deploy_hooks (organisation_id, url) select testdam, 'https://hooks.example/x' from ids $$, 'refused',
  'deploy_hooks: testdam''s approver setting the hook: refused');
reset role;
select pg_temp.sign_in('testdam_admin');
select pg_temp.check_write(
  $$ insert into portal.deploy_hooks (organisation_id, url) select testdam, 'https://hooks.example/x' from ids $$, '1',
  'deploy_hooks: testdam''s admin setting the hook: 1');
reset role;

select * from finish();
rollback;
