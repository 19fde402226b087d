-- Promises and their public history: a promise's status only ever changes by appending to its history, the
-- history cannot be rewritten by anyone (not even an admin, not even the superuser), changed and broken
-- need an explanation, and the public never learns which staff account recorded a change. No API role appends
-- to the history directly: an editor asks for a status change (staff_change_promise_status, a pending revision)
-- and only an approver's staff_approve appends it, as the owner, under the table's own rules. Each direct write
-- is undone right after it is counted (helpers/write-checks.psql).
begin;
set local search_path = public, extensions;
\ir helpers/write-checks.psql
\ir helpers/sign-in.psql

select plan(43);

-- A published and a draft promise of testproject, each with a history entry (added here as the superuser,
-- so the checks do not depend on which promises the fixture gave a history or whether it has a plain draft).
insert into portal.promises (project_id, body, made_on, made_by, context, publication)
  select p.id, 'Concept van een belofte', current_date, 'Wethouder', 'Bewonersavond', 'draft'
  from portal.projects p where p.slug = 'testproject'
    and not exists (select 1 from portal.promises x where x.project_id = p.id and x.publication = 'draft');

create temp table fixture_promises on commit drop as
  select
    (select pr.id from portal.promises pr join portal.projects p on p.id = pr.project_id
      where p.slug = 'testproject' and pr.publication = 'published' order by pr.id limit 1) as published_promise,
    (select pr.id from portal.promises pr join portal.projects p on p.id = pr.project_id
      where p.slug = 'testproject' and pr.publication = 'draft' order by pr.id limit 1) as draft_promise,
    (select id from portal.projects where slug = 'testproject') as testproject,
    (select id from portal.projects where slug = 'conceptproject') as conceptproject;

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, recorded_by)
  select published_promise, testproject, 'in_progress'::portal.promise_status, now() - interval '2 days', 'Projectleider',
         'Gestart <script>alert(1)</script>', pg_temp.user_id('testdam_editor') from fixture_promises
  union all
  select draft_promise, testproject, 'in_progress', now() - interval '2 days', 'Projectleider',
         'Nog niet openbaar', pg_temp.user_id('testdam_editor') from fixture_promises;

create temp table fixture_history on commit drop as
  select c.id, c.promise_id from portal.promise_status_changes c
  where c.promise_id in (select published_promise from fixture_promises union all select draft_promise from fixture_promises);

grant select on fixture_promises, fixture_history to anon, authenticated;

-- Appends a status change to a promise of testproject, recorded by the test user of that name (null: nobody).
create function pg_temp.append_sql(promise text, status text, explanation text, recorded_by text) returns text
language sql as $$
  select format($q$insert into portal.promise_status_changes (promise_id, project_id, status, changed_by, explanation, recorded_by)
    select %s, testproject, %L, 'Projectleider', %L, %L from fixture_promises$q$, promise, status, explanation,
    case when recorded_by is not null then pg_temp.user_id(recorded_by) end)
$$;

create function pg_temp.history_count(promise_column text) returns integer
language plpgsql as $$
declare
  found integer;
begin
  execute format('select count(*)::integer from portal.promise_status_changes c, fixture_promises f where c.promise_id = f.%I',
    promise_column) into found;
  return found;
end
$$;

-- The public -------------------------------------------------------------------------------------------------
select pg_temp.sign_in_anon();

select is(pg_temp.history_count('published_promise'),
  (select count(*)::integer from fixture_history h, fixture_promises f where h.promise_id = f.published_promise),
  'promise history: anon reads the whole history of a published promise');
select is(pg_temp.history_count('draft_promise'), 0,
  'promise history: anon reads nothing of a draft promise''s history');
select throws_ok('select recorded_by from portal.promise_status_changes', '42501', null,
  'promise history: anon cannot read which staff account recorded a change');
select lives_ok('select status, changed_at, changed_by, explanation, evidence_url from portal.promise_status_changes',
  'promise history: anon can read status, date, who is accountable, explanation and evidence');
select pg_temp.check_write(pg_temp.append_sql('published_promise', 'kept', null, null), 'refused',
  'promise history: anon appending a status: refused');
reset role;

-- Signed in, without a staff role, and otherdam's editor ------------------------------------------------------
select pg_temp.sign_in('outsider');
select is(pg_temp.history_count('draft_promise'), 0,
  'promise history: a user without staff role reads nothing of a draft promise''s history');
select pg_temp.check_write(pg_temp.append_sql('published_promise', 'kept', null, 'outsider'), 'refused',
  'promise history: a user without staff role appending a status: refused');
reset role;

select pg_temp.sign_in('otherdam_editor');
select is(pg_temp.history_count('draft_promise'), 0,
  'promise history: otherdam''s editor reads nothing of testdam''s draft promise''s history');
select pg_temp.check_write(pg_temp.append_sql('published_promise', 'kept', null, 'otherdam_editor'), 'refused',
  'promise history: otherdam''s editor appending a status to testdam''s promise: refused');
select throws_ok(
  $$ select public.staff_change_promise_status(jsonb_build_object('promise_id', published_promise, 'project_id', testproject,
       'status', 'kept', 'explanation', 'Gekaapt', 'changed_by', 'Otherdam')) from fixture_promises $$,
  'PT404', null, 'promise history: otherdam''s editor asking a status change of testdam''s promise: not found');
select pg_temp.check_write('update portal.promises set body = ''Gekaapt'' where id = (select draft_promise from fixture_promises)', '0',
  'promises: otherdam''s editor changing testdam''s draft promise: 0');
reset role;

-- testdam's editor ----------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_editor');

select is(pg_temp.history_count('draft_promise'),
  (select count(*)::integer from fixture_history h, fixture_promises f where h.promise_id = f.draft_promise),
  'promise history: testdam''s editor reads the history of a draft promise');
select pg_temp.check_write('update portal.promises set status = ''kept'' where id = (select draft_promise from fixture_promises)', 'refused',
  'promises: testdam''s editor setting a status directly: refused');
select lives_ok(
  $$ insert into portal.promises (id, project_id, body, made_on, made_by, context, status)
     select '00000000-0000-4000-8000-0000000000aa', testproject, 'Nieuwe belofte', current_date, 'Wethouder', 'Avond', 'kept'
     from fixture_promises $$,
  'promises: testdam''s editor can add a draft promise, even one that claims to be kept');
select is((select status::text from portal.promises where id = '00000000-0000-4000-8000-0000000000aa'), 'open',
  'promises: a new promise starts open whatever status it was given');
-- Not even recorded as themselves: the history is the approved public record, so it takes an approval.
select pg_temp.check_write(pg_temp.append_sql('published_promise', 'in_progress', 'Begonnen', 'testdam_editor'), 'refused',
  'promise history: testdam''s editor appending a status directly, recorded as themselves: refused');
select pg_temp.check_write(pg_temp.append_sql('published_promise', 'kept', null, 'testdam_approver'), 'refused',
  'promise history: testdam''s editor appending a status recorded as someone else: refused');
select pg_temp.check_write(pg_temp.append_sql('published_promise', 'kept', null, null), 'refused',
  'promise history: testdam''s editor appending a status recorded as nobody: refused');
select lives_ok(
  $$ select public.staff_change_promise_status(jsonb_build_object('promise_id', published_promise, 'project_id', testproject,
       'status', 'broken', 'explanation', 'De raad besloot anders.', 'changed_by', 'Projectleider')) from fixture_promises $$,
  'promise history: testdam''s editor asks for a broken status with its reason');
select is(pg_temp.history_count('published_promise'),
  (select count(*)::integer from fixture_history h, fixture_promises f where h.promise_id = f.published_promise),
  'promise history: the asked change is not in the history before it is approved');
select is((select status::text from portal.promises where id = (select published_promise from fixture_promises)), 'in_progress',
  'promises: the status stays as it was before the change is approved');
select pg_temp.check_write('update portal.promise_status_changes set explanation = ''Herschreven'' where id in (select id from fixture_history)', 'refused',
  'promise history: testdam''s editor rewriting history: refused');
reset role;

-- testdam's admin: even the highest staff role cannot rewrite history or set a status ----------------------------
select pg_temp.sign_in('testdam_admin');

select pg_temp.check_write('update portal.promise_status_changes set explanation = ''Herschreven'' where id in (select id from fixture_history)', 'refused',
  'promise history: testdam''s admin rewriting history: refused');
select pg_temp.check_write('delete from portal.promise_status_changes where id in (select id from fixture_history)', 'refused',
  'promise history: testdam''s admin deleting history: refused');
select pg_temp.check_write('update portal.promises set status = ''kept'' where id = (select published_promise from fixture_promises)', 'refused',
  'promises: testdam''s admin setting a status directly: refused');
-- Row level security hides the published promise from a direct update: its words change only by an approved
-- revision (staff_save_promise, 06-staff-content-writes.sql).
select pg_temp.check_write('update portal.promises set body = ''Scherper geformuleerd'' where id = (select published_promise from fixture_promises)', '0',
  'promises: testdam''s admin changing the text of a published promise directly: 0');
reset role;
select isnt((select body from portal.promises where id = (select published_promise from fixture_promises)), 'Scherper geformuleerd',
  'promises: the published promise keeps its approved words');

-- testdam's approver ----------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_approver');
select pg_temp.check_write('update portal.promises set status = ''kept'' where id = (select draft_promise from fixture_promises)', 'refused',
  'promises: testdam''s approver setting a status directly: refused');
select pg_temp.check_write('delete from portal.promise_status_changes where id in (select id from fixture_history)', 'refused',
  'promise history: testdam''s approver deleting history: refused');
select pg_temp.check_write(pg_temp.append_sql('published_promise', 'kept', 'Klaar', 'testdam_approver'), 'refused',
  'promise history: testdam''s approver appending a status directly: refused');
-- The one way in: the approver, who did not ask for it, approves the editor's status change.
select is(
  (select public.staff_approve(jsonb_build_object('kind', 'promise_status', 'id', published_promise, 'project_id', testproject)) ->> 'pending'
   from fixture_promises), null,
  'promise history: testdam''s approver approves the asked status change, which leaves nothing pending');
select is(pg_temp.history_count('published_promise'),
  (select count(*)::integer + 1 from fixture_history h, fixture_promises f where h.promise_id = f.published_promise),
  'promise history: the approved change is appended to the history');
select is((select status::text from portal.promises where id = (select published_promise from fixture_promises)), 'broken',
  'promises: the promise''s status follows its latest history entry');
reset role;
select is(
  (select jsonb_build_object('status', c.status, 'explanation', c.explanation, 'changed_by', c.changed_by, 'recorded_by', c.recorded_by)
   from portal.promise_status_changes c, fixture_promises f
   where c.promise_id = f.published_promise and c.id not in (select id from fixture_history)),
  jsonb_build_object('status', 'broken', 'explanation', 'De raad besloot anders.', 'changed_by', 'Projectleider',
    'recorded_by', pg_temp.user_id('testdam_editor')),
  'promise history: the entry has the editor''s words, recorded as the editor who asked for it');

-- The owner, as whom staff_approve appends, is held to the history's own rules ------------------------------------
select throws_ok(pg_temp.append_sql('published_promise', 'changed', null, 'testdam_editor'), '23514', null,
  'promise history: changed without an explanation is refused (23514)');
select throws_ok(pg_temp.append_sql('published_promise', 'broken', '   ', 'testdam_editor'), '23514', null,
  'promise history: broken with a blank explanation is refused (23514)');
select throws_ok(
  $$ insert into portal.promise_status_changes (promise_id, project_id, status, changed_by, recorded_by)
     select published_promise, conceptproject, 'kept', 'Projectleider', pg_temp.user_id('testdam_editor') from fixture_promises $$,
  '23514', null, 'promise history: an entry that names another project than its promise''s is refused (23514)');

-- The superuser, which bypasses grants and row level security, still meets the append-only trigger ---------------
select throws_ok('update portal.promise_status_changes set status = ''kept'' where id in (select id from fixture_history)', '42501', null,
  'promise history: even the superuser cannot rewrite history (42501)');
select throws_ok('delete from portal.promise_status_changes where id in (select id from fixture_history)', '42501', null,
  'promise history: even the superuser cannot delete history of an existing promise (42501)');

-- Deleting a draft promise takes its history with it; that is the one way history goes.
select pg_temp.sign_in('testdam_editor');
select pg_temp.check_write('delete from portal.promises where id = (select draft_promise from fixture_promises)', '1',
  'promises: testdam''s editor deleting a draft promise with its history: 1');
select pg_temp.check_write('delete from portal.promises where id = (select published_promise from fixture_promises)', '0',
  'promises: testdam''s editor deleting a published promise: 0');
reset role;

select lives_ok('delete from portal.promises where id = (select draft_promise from fixture_promises)',
  'promises: deleting a draft promise cascades through its history');
select is((select count(*)::integer from portal.promise_status_changes where promise_id = (select draft_promise from fixture_promises)), 0,
  'promise history: nothing of the deleted draft promise is left');

select * from finish();
rollback;
