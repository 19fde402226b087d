-- The public record on a real Postgres: the ledger and the version history are append-only for every role
-- (the owner included), every publication event appends exactly one ledger entry and one version in the
-- publishing transaction (and nothing else does), the chain's hashes hold, the API roles cannot change what
-- is public directly, and row level security keeps pending revisions to staff and the history to what is public.
-- Everything runs in one transaction that is rolled back at the end.
begin;
set local search_path = public, extensions;
select plan(51);
\ir helpers/write-checks.psql
\ir helpers/sign-in.psql

set local request.headers to '{"accept-language": "en"}';

create function pg_temp.ledger_size() returns bigint
language sql security definer as $$
  select count(*) from portal.ledger where organisation_id = '10000000-0000-4000-8000-000000000001'
$$;
create function pg_temp.version_count() returns bigint
language sql security definer as $$
  select count(*) from portal.record_versions where organisation_id = '10000000-0000-4000-8000-000000000001'
$$;
grant execute on function pg_temp.ledger_size(), pg_temp.version_count() to anon, authenticated, service_role;

create temp table counts (label text primary key, ledger bigint, versions bigint) on commit drop;
grant all on counts to anon, authenticated, service_role;
create function pg_temp.mark(label text) returns void
language sql as $$
  insert into counts values (label, pg_temp.ledger_size(), pg_temp.version_count())
  on conflict (label) do update set ledger = excluded.ledger, versions = excluded.versions
$$;
create function pg_temp.added(label text) returns text
language sql as $$
  select format('%s ledger, %s versions', pg_temp.ledger_size() - c.ledger, pg_temp.version_count() - c.versions)
  from counts c where c.label = added.label
$$;

create function pg_temp.target(kind text, id text, extra jsonb default '{}') returns jsonb
language sql as $$
  select jsonb_build_object('kind', kind, 'id', id, 'project_id', '20000000-0000-4000-8000-000000000001') || extra
$$;

-- Append-only for every role ------------------------------------------------------------------------------------

select pg_temp.sign_in_anon();
select throws_ok($$ update portal.ledger set hash = repeat('0', 64) $$, '42501', null, 'anon cannot change the ledger');
select throws_ok($$ delete from portal.ledger $$, '42501', null, 'anon cannot delete from the ledger');
select throws_ok($$ insert into portal.ledger (organisation_id, seq, event, prev_hash, hash) values ('10000000-0000-4000-8000-000000000001', 999999, '{}', repeat('0', 64), repeat('0', 64)) $$,
  '42501', null, 'anon cannot append to the ledger');
reset role;
select pg_temp.sign_in('testdam_admin');
select throws_ok($$ update portal.ledger set hash = repeat('0', 64) $$, '42501', null, 'an admin (authenticated) cannot change the ledger');
select throws_ok($$ delete from portal.record_versions $$, '42501', null, 'an admin cannot delete versions');
select throws_ok($$ insert into portal.ledger (organisation_id, seq, event, prev_hash, hash) values ('10000000-0000-4000-8000-000000000001', 999999, '{}', repeat('0', 64), repeat('0', 64)) $$,
  '42501', null, 'an admin cannot append to the ledger');
reset role;
select pg_temp.sign_in_service();
select throws_ok($$ update portal.ledger set hash = repeat('0', 64) $$, '42501', null, 'the service role cannot change the ledger');
select throws_ok($$ delete from portal.ledger $$, '42501', null, 'the service role cannot delete from the ledger');
select throws_ok($$ update portal.record_versions set content = '{}' $$, '42501', null, 'the service role cannot change versions');
reset role;
-- The owner passes the privileges; the trigger still refuses.
select throws_ok($$ update portal.ledger set hash = repeat('0', 64) $$, '42501', null, 'the owner cannot change a ledger entry');
select throws_ok($$ delete from portal.ledger $$, '42501', null, 'the owner cannot delete ledger entries');
select throws_ok($$ truncate portal.ledger cascade $$, '42501', null, 'the owner cannot truncate the ledger');
select throws_ok($$ update portal.record_versions set content = '{}' $$, '42501', null, 'the owner cannot change a version');
select throws_ok($$ delete from portal.record_versions $$, '42501', null, 'the owner cannot delete versions');

-- The chain holds --------------------------------------------------------------------------------------------------

select is_empty(
  $$ select l.seq from portal.ledger l
     where l.hash <> encode(sha256(convert_to(l.prev_hash || portal.canonical_json(l.event), 'UTF8')), 'hex')
        or l.prev_hash <> coalesce((select p.hash from portal.ledger p where p.organisation_id = l.organisation_id and p.seq = l.seq - 1), repeat('0', 64))
        or (l.event ->> 'seq')::bigint <> l.seq $$,
  'every ledger entry hashes its predecessor and its own event, without gaps');
select is_empty(
  $$ select v.id from portal.record_versions v
     where v.content_hash <> portal.content_hash(v.content)
        or v.content_hash <> (select l.event ->> 'content_hash' from portal.ledger l where l.organisation_id = v.organisation_id and l.seq = v.ledger_seq) $$,
  'every version''s content hash is in its ledger entry');

-- The API roles never change what is public directly -----------------------------------------------------------------

select pg_temp.sign_in('testdam_approver');
-- Row level security hides a published row from an update: nothing is touched, and the words stay.
select pg_temp.check_write($$ update portal.decisions set rationale = 'Stil herschreven' where id = '50000000-0000-4000-8000-000000000001' $$,
  '0', 'an approver''s direct update of a published decision touches nothing');
reset role;
select isnt((select d.rationale from portal.decisions d where d.id = '50000000-0000-4000-8000-000000000001'), 'Stil herschreven',
  'the published decision keeps its approved words');
select pg_temp.sign_in('testdam_approver');
select throws_ok($$ update portal.updates set publication = 'published', published_at = now() where id = 'a0000000-0000-4000-8000-000000000003' $$,
  '42501', null, 'an approver cannot publish by updating a row');
select throws_ok($$ insert into portal.groups_involved (project_id, name, status, note, publication, published_at) values ('20000000-0000-4000-8000-000000000001', 'Direct', 'gap', 'x', 'published', now()) $$,
  '42501', null, 'an approver cannot insert a published row');
select throws_ok($$ insert into portal.promise_status_changes (promise_id, project_id, status, changed_by, explanation) values ('70000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'kept', 'x', 'y') $$,
  '42501', null, 'an approver cannot add to a promise''s public history directly');
select throws_ok($$ delete from portal.input_responses where decision_id = '50000000-0000-4000-8000-000000000001' $$,
  '42501', null, 'an approver cannot change the answers of a published decision in place');
reset role;

-- Exactly one entry per publication event, and none for anything else ---------------------------------------------

select pg_temp.mark('save');
select pg_temp.sign_in('testdam_editor');
select lives_ok($$ select public.staff_save_update(jsonb_build_object('id', 'a0000000-0000-4000-8000-000000000001',
    'project_id', '20000000-0000-4000-8000-000000000001', 'title', 'Herziene titel', 'body_md', 'Herziene tekst')) $$,
  'an editor saves a change of a published update');
select lives_ok($$ select public.staff_submit(pg_temp.target('update', 'a0000000-0000-4000-8000-000000000001')) $$, 'and submits it');
select lives_ok($$ select public.staff_submit(pg_temp.target('update', 'a0000000-0000-4000-8000-000000000003')) $$, 'and submits a draft');
reset role;
select is(pg_temp.added('save'), '0 ledger, 0 versions', 'saving and submitting append nothing');

select pg_temp.mark('approve');
select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve(pg_temp.target('update', 'a0000000-0000-4000-8000-000000000003')) ->> 'publication', 'published',
  'the approver publishes the draft update');
reset role;
select is(pg_temp.added('approve'), '1 ledger, 1 versions', 'a publication appends one entry and one version');

select pg_temp.mark('revision');
select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve(pg_temp.target('update', 'a0000000-0000-4000-8000-000000000001')) ->> 'version', '2',
  'the approver approves the revision');
reset role;
select is(pg_temp.added('revision'), '1 ledger, 1 versions', 'a revision appends one entry and one version');
select is((select u.title from portal.updates u where u.id = 'a0000000-0000-4000-8000-000000000001'), 'Herziene titel',
  'the revision is what the row says now');

select pg_temp.mark('return');
select pg_temp.sign_in('testdam_approver');
select lives_ok($$ select public.staff_return_to_draft(pg_temp.target('lesson', 'd0000000-0000-4000-8000-000000000003', '{"reason": "Nog niet"}')) $$,
  'the approver sends a lesson back');
reset role;
select is(pg_temp.added('return'), '0 ledger, 0 versions', 'sending back appends nothing');

select pg_temp.mark('withdraw');
select pg_temp.sign_in('testdam_approver');
select is(public.staff_unpublish(pg_temp.target('key_date', 'b0000000-0000-4000-8000-000000000001', '{"reason": "Gaat niet door"}')) ->> 'publication',
  'unpublished', 'the approver withdraws a key date with a reason');
reset role;
select is(pg_temp.added('withdraw'), '1 ledger, 1 versions', 'a withdrawal appends one entry and one version');

select pg_temp.mark('status');
select pg_temp.sign_in('testdam_editor');
select lives_ok($$ select public.staff_change_promise_status(jsonb_build_object('promise_id', '70000000-0000-4000-8000-000000000001',
    'project_id', '20000000-0000-4000-8000-000000000001', 'status', 'in_progress', 'explanation', 'We zijn begonnen.', 'changed_by', 'Team')) $$,
  'an editor asks for a new status');
reset role;
select pg_temp.sign_in('testdam_approver');
select lives_ok($$ select public.staff_approve(pg_temp.target('promise_status', '70000000-0000-4000-8000-000000000001')) $$,
  'the approver approves it');
reset role;
select is(pg_temp.added('status'), '1 ledger, 1 versions', 'a status change appends one entry and one version');

select pg_temp.mark('due');
select pg_temp.sign_in('testdam_editor');
select lives_ok($$ select public.staff_submit(pg_temp.target('decision', '50000000-0000-4000-8000-000000000002')) $$, 'an editor submits a draft decision');
reset role;
select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve(pg_temp.target('decision', '50000000-0000-4000-8000-000000000002', jsonb_build_object('publish_at', now() + interval '1 hour'))) ->> 'publication',
  'scheduled', 'the approver approves it for an hour from now');
reset role;
select is(pg_temp.added('due'), '0 ledger, 0 versions', 'approving for later appends nothing yet');
update portal.decisions set publish_at = now() - interval '1 second' where id = '50000000-0000-4000-8000-000000000002';
select pg_temp.sign_in_service();
select is(public.publish_due() ->> 'published', '1', 'publish_due publishes it once its moment has come');
reset role;
select is(pg_temp.added('due'), '1 ledger, 1 versions', 'and appends one entry and one version');

-- Row level security on the new tables ------------------------------------------------------------------------------

select is_empty(
  $$ select c.relname::text from pg_class c
     where c.relnamespace = 'portal'::regnamespace and c.relname in ('revisions', 'record_versions', 'ledger', 'ledger_heads', 'publishable_kinds')
       and not c.relrowsecurity $$,
  'row level security is on for revisions, versions, the ledger and its head');
select pg_temp.sign_in_anon();
select throws_ok($$ select * from portal.revisions $$, '42501', null, 'anon cannot read pending revisions');
select is((select count(*)::int from portal.record_versions v where v.project_id = '20000000-0000-4000-8000-000000000002'), 0,
  'anon reads no history of a project that is not public');
reset role;
select pg_temp.sign_in('otherdam_editor');
select is((select count(*)::int from portal.revisions r where r.organisation_id = '10000000-0000-4000-8000-000000000001'), 0,
  'another organisation''s editor sees none of testdam''s pending revisions');
reset role;

-- A withdrawn project: anon reads its notice, and nothing else of it ------------------------------------------------

select pg_temp.sign_in_anon();
select is((select count(*)::int from portal.record_versions v where v.project_id = '20000000-0000-4000-8000-000000000005'), 0,
  'anon reads no history of the withdrawn project');
select is(
  (select jsonb_agg(p -> 'slug') from jsonb_array_elements(public.withdrawn_projects('testdam') -> 'projects') p),
  '["ingetrokkenproject"]'::jsonb,
  'withdrawn_projects names the withdrawn project, and neither the published nor the draft one');
select ok(
  (select p ->> 'reason' like 'td-withdrawn-project-reason%' and p ->> 'title' like 'td-withdrawn-project-title%'
     and not p ? 'summary'
   from jsonb_array_elements(public.withdrawn_projects('testdam') -> 'projects') p),
  'with its title and the reason it was withdrawn for, and nothing more of what it said');
reset role;
select is(
  (public.withdrawn_projects('testdam') ->> 'ledger_head')::bigint,
  (select h.seq from portal.ledger_heads h where h.organisation_id = '10000000-0000-4000-8000-000000000001'),
  'and the ledger entry it was read at');

select * from finish();
rollback;
