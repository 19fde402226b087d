-- The staff workflow functions on a real Postgres: who may submit, approve, send back, withdraw and delete,
-- the four-eyes rule (the author and everyone who edited the words), the 404 for other organisations, the kinds
-- they take (every kind of publishable_kinds: the structure of a project and people too), and the site change
-- notification with its deploy hook (which posts nothing and raises nothing without pg_net, and posts once per
-- transaction with it). The workflow functions run as their owner (security definer) so that they can publish
-- what no API role may write; they check the caller's role themselves, which is what most checks here test.
-- Everything runs in one transaction that is rolled back at the end.
begin;
set local search_path = public, extensions;
\ir helpers/sign-in.psql
select plan(39);

-- Messages in English, as the workspace asks for them with Accept-Language: en.
set local request.headers to '{"accept-language": "en"}';

create function pg_temp.input(kind text, id text, extra jsonb default '{}') returns jsonb
language sql as $$
  select jsonb_build_object('kind', kind, 'id', id, 'project_id', '20000000-0000-4000-8000-000000000001') || extra
$$;

-- Grants -----------------------------------------------------------------------------------------------------

select ok(
  not has_function_privilege('anon', 'public.staff_approve(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.staff_submit(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.staff_return_to_draft(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.staff_unpublish(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.staff_delete_draft(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.staff_workspace()', 'EXECUTE')
  and not has_function_privilege('anon', 'public.staff_members(jsonb)', 'EXECUTE'),
  'anon may not execute the staff functions');
select ok(
  has_function_privilege('authenticated', 'public.staff_submit(jsonb)', 'EXECUTE')
  and has_function_privilege('authenticated', 'public.staff_project(jsonb)', 'EXECUTE'),
  'authenticated may execute the staff functions (they check the role themselves)');
-- Only the functions that must write what the caller cannot run as their owner: staff_members, and the
-- workflow steps that publish, revise and withdraw (and leave a version and a ledger entry behind).
select set_eq(
  $$ select p.oid::regprocedure::text from pg_proc p
     where p.pronamespace = 'public'::regnamespace and p.proname like 'staff\_%' and p.prosecdef $$,
  array['staff_members(jsonb)', 'staff_submit(jsonb)', 'staff_approve(jsonb)', 'staff_return_to_draft(jsonb)',
    'staff_unpublish(jsonb)', 'staff_delete_draft(jsonb)'],
  'every staff function runs as the caller (security invoker) but staff_members and the five workflow steps');
select is_empty(
  $$ select p.oid::regprocedure::text from pg_proc p
     where p.pronamespace = 'public'::regnamespace and p.proname like 'staff\_%' and p.prosecdef
       and not coalesce('search_path=""' = any (p.proconfig), false) $$,
  'every security definer staff function has an empty search_path');

select pg_temp.sign_in_anon();
select throws_ok($$ select public.staff_submit(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000003')) $$,
  '42501', null, 'anon calling staff_submit is refused (42501: 401 over the API)');
reset role;

-- Editor -------------------------------------------------------------------------------------------------------

select pg_temp.sign_in('testdam_editor');
select is(public.staff_submit(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000003')) ->> 'publication',
  'awaiting_approval', 'an editor submits a draft update');
select throws_ok($$ select public.staff_submit(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000003')) $$,
  'PT409', 'This is already waiting for approval.', 'submitting twice is a 409');
select throws_ok($$ select public.staff_approve(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000003')) $$,
  '42501', 'Only an approver of your organisation may do this.', 'an editor cannot approve');
select throws_ok($$ select public.staff_unpublish(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000001', '{"reason":"x"}')) $$,
  '42501', 'Only an approver of your organisation may do this.', 'an editor cannot unpublish');
select throws_ok($$ select public.staff_return_to_draft(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000003')) $$,
  '42501', 'Only an approver of your organisation may do this.', 'an editor cannot send back');
select throws_ok($$ select public.staff_delete_draft(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000001')) $$,
  'PT409', null, 'an editor cannot delete a published update');
select throws_ok($$ select public.staff_submit(pg_temp.input('organisation', '10000000-0000-4000-8000-000000000001')) $$,
  '22023', 'Choose a valid value for kind.', 'a kind that is not in publishable_kinds is refused as bad input');
-- A phase has a publication state now: what is public is changed by saving a revision, not by submitting it.
select throws_ok($$ select public.staff_submit(pg_temp.input('phase', '40000000-0000-4000-8000-000000000001')) $$,
  'PT409', 'This is already public. Save a change first, then submit that.', 'submitting a published phase is a 409');
reset role;

-- A signed-in user without a staff role -------------------------------------------------------------------------

select pg_temp.sign_in('outsider');
select throws_ok($$ select public.staff_approve(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000004')) $$,
  'PT404', 'This project does not exist, or it does not belong to your organisation.',
  'a user without staff role approving is a 404, although staff_approve runs as its owner');
reset role;

-- otherdam's editor -----------------------------------------------------------------------------------------------

select pg_temp.sign_in('otherdam_editor');
select throws_ok($$ select public.staff_submit(pg_temp.input('lesson', 'd0000000-0000-4000-8000-000000000002')) $$,
  'PT404', 'This project does not exist, or it does not belong to your organisation.', 'otherdam''s editor: submit is a 404');
select throws_ok($$ select public.staff_delete_draft(pg_temp.input('lesson', 'd0000000-0000-4000-8000-000000000002')) $$,
  'PT404', 'This project does not exist, or it does not belong to your organisation.', 'otherdam''s editor: delete is a 404');
select throws_ok($$ select public.staff_project('{"project_id":"20000000-0000-4000-8000-000000000001"}') $$,
  'PT404', 'This project does not exist, or it does not belong to your organisation.', 'otherdam''s editor: staff_project is a 404');
-- Naming their own project with testdam's record: the record must belong to the project given.
select throws_ok($$ select public.staff_delete_draft(jsonb_build_object('kind', 'lesson', 'id', 'd0000000-0000-4000-8000-000000000002',
    'project_id', '20000000-0000-4000-8000-000000000003')) $$,
  'PT404', 'This item does not exist (any more), or it does not belong to this project.',
  'otherdam''s editor: deleting testdam''s draft under otherdam''s project is a 404');
reset role;
select is((select count(*)::integer from portal.lessons where id = 'd0000000-0000-4000-8000-000000000002'), 1,
  'and testdam''s draft lesson is still there');

-- Approver: four eyes ------------------------------------------------------------------------------------------

select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000003')) ->> 'publication', 'published',
  'the approver approves the update the editor wrote and submitted');
reset role;
-- Four eyes: the approver as the author of an update that awaits approval.
update portal.updates set author_id = pg_temp.user_id('testdam_approver') where id = 'a0000000-0000-4000-8000-000000000004';
select pg_temp.sign_in('testdam_approver');
select throws_ok($$ select public.staff_approve(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000004')) $$,
  '42501', 'You wrote part of this text, so another approver has to approve it. That way four eyes always check what the municipality publishes.',
  'the approver cannot approve an update they wrote');
-- Four eyes: editing a draft makes the approver one of its writers as well.
update portal.key_dates set title = 'Inloopavond (aangepast)' where id = 'b0000000-0000-4000-8000-000000000003';
select throws_ok($$ select public.staff_approve(pg_temp.input('key_date', 'b0000000-0000-4000-8000-000000000003')) $$,
  '42501', 'You wrote part of this text, so another approver has to approve it. That way four eyes always check what the municipality publishes.',
  'the approver cannot approve a draft they edited');
reset role;
select pg_temp.sign_in('testdam_admin');
select is(public.staff_approve(pg_temp.input('key_date', 'b0000000-0000-4000-8000-000000000003')) ->> 'publication', 'published',
  'the admin, who wrote none of it, approves the draft the approver edited');
reset role;
update portal.organisations set allow_self_approval = true where slug = 'testdam';
select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000004')) ->> 'publication', 'published',
  'with allow_self_approval the approver approves their own update');
select throws_ok($$ select public.staff_unpublish(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000001')) $$,
  '22023', 'Fill in reason.', 'unpublishing without a reason is refused');
select is(public.staff_unpublish(pg_temp.input('update', 'a0000000-0000-4000-8000-000000000001', '{"reason":"Verouderd"}')) ->> 'publication',
  'unpublished', 'the approver withdraws a published update with a reason');
reset role;

-- The structure kinds and people ----------------------------------------------------------------------------------
-- Drafts written as the superuser (the save functions would have made them drafts as well), taken through the
-- workflow: a phase with its project, a person (of the organisation, without a project).
insert into portal.phases (id, project_id, position, kind, title, starts_on, participation_level, open_for_input, fixed_frames,
    time_asked, results_expected, department, publication)
values ('40000000-0000-4000-8000-0000000000f1', '20000000-0000-4000-8000-000000000001', 9, 'management', 'Beheer', current_date + 400,
    'informeren', 'Niets', 'Alles', 'Geen', 'Een beheerplan', 'Beheer', 'draft');
insert into portal.people (id, organisation_id, name, job_title, publication)
values ('30000000-0000-4000-8000-0000000000f1', '10000000-0000-4000-8000-000000000001', 'Nieuwe wethouder', 'Wethouder', 'draft');
select pg_temp.sign_in('testdam_editor');
select is(public.staff_submit(pg_temp.input('phase', '40000000-0000-4000-8000-0000000000f1')) ->> 'publication', 'awaiting_approval',
  'an editor submits a draft phase');
select is(public.staff_submit('{"kind": "person", "id": "30000000-0000-4000-8000-0000000000f1"}') ->> 'publication', 'awaiting_approval',
  'an editor submits a draft person, named by kind and id alone');
reset role;
select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve(pg_temp.input('phase', '40000000-0000-4000-8000-0000000000f1')) ->> 'publication', 'published',
  'the approver approves the phase');
select is(public.staff_approve('{"kind": "person", "id": "30000000-0000-4000-8000-0000000000f1"}') ->> 'publication', 'published',
  'the approver approves the person');
reset role;
select pg_temp.sign_in('otherdam_editor');
select throws_ok($$ select public.staff_submit('{"kind": "person", "id": "30000000-0000-4000-8000-000000000004"}') $$,
  'PT404', 'This item does not exist (any more), or it does not belong to this project.',
  'otherdam''s editor: a testdam person is a 404, as an unknown one would be');
select throws_ok($$ select public.staff_submit('{"kind": "person", "id": "30000000-0000-4000-8000-0000000000ff"}') $$,
  'PT404', 'This item does not exist (any more), or it does not belong to this project.',
  'otherdam''s editor: an unknown person is the same 404');
reset role;

-- Deploy hook --------------------------------------------------------------------------------------------------

insert into portal.deploy_hooks (organisation_id, url, secret)
  select id, 'https://hooks.example/build/testdam', 's3cret' from portal.organisations where slug = 'testdam';
select is(to_regprocedure('net.http_post(text,jsonb,jsonb,jsonb,integer)'), null, 'pg_net is not installed here');
select pg_temp.sign_in('testdam_approver');
select lives_ok($$ select public.staff_approve(pg_temp.input('lesson', 'd0000000-0000-4000-8000-000000000003')) $$,
  'a publish with a deploy hook but without pg_net raises nothing');
reset role;

-- A stand-in for pg_net's net.http_post that records the calls.
create temp table hook_calls (url text, body jsonb, headers jsonb);
create schema net;
create function net.http_post(url text, body jsonb default '{}', params jsonb default '{}', headers jsonb default '{}',
  timeout_milliseconds integer default 5000) returns bigint
language sql as $$ insert into pg_temp.hook_calls values (url, body, headers); select 1::bigint $$;
grant usage on schema net to authenticated;
select set_config('portal.deploy_hook_posted', '', true);

select pg_temp.sign_in('testdam_approver');
select lives_ok($$ select public.staff_approve(pg_temp.input('key_date', 'b0000000-0000-4000-8000-000000000004')),
                          public.staff_approve(pg_temp.input('council_moment', '90000000-0000-4000-8000-000000000005')) $$,
  'two publishes in one transaction with pg_net');
reset role;
select is((select count(*)::integer from hook_calls), 1, 'the deploy hook is posted once per transaction');
select is((select jsonb_build_object('url', url, 'auth', headers ->> 'Authorization', 'org', body #>> '{client_payload,organisation}') from hook_calls),
  '{"url": "https://hooks.example/build/testdam", "auth": "Bearer s3cret", "org": "testdam"}'::jsonb,
  'the post goes to the hook URL with the secret as bearer token and the organisation in the body');

-- A draft save changes nothing public: no post.
truncate hook_calls;
select set_config('portal.deploy_hook_posted', '', true);
select pg_temp.sign_in('testdam_editor');
select lives_ok($$ select public.staff_submit(pg_temp.input('lesson', 'd0000000-0000-4000-8000-000000000002')) $$, 'an editor submits a draft lesson');
reset role;
select is((select count(*)::integer from hook_calls), 0, 'a change that is not public posts nothing');

select * from finish();
rollback;
