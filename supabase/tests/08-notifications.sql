-- Notifications (20261128001400): the worker's functions are declared and granted as they must be, notices are
-- enqueued by the publication events of the workflow (portal.publication_event, in the publishing transaction,
-- when a signed-in approver approves or withdraws) and by nothing else (the old enqueue triggers are gone: a
-- published row written directly mails nobody), a claim -> complete / fail round trip works as the service role
-- on a real Postgres 15, and the outbox stays closed to anon and authenticated. Everything runs in one
-- transaction that is rolled back.
begin;
set local search_path = public, extensions;

select plan(37);

-- The outcome of one call as 'sqlstate message' (or 'ok').
create function pg_temp.refusal(statement text) returns text
language plpgsql as $$
declare
  state text;
  words text;
begin
  execute statement;
  return 'ok';
exception when others then
  get stacked diagnostics state = returned_sqlstate, words = message_text;
  return state || ' ' || words;
end
$$;

create temp table worker_functions (signature regprocedure) on commit drop;
insert into worker_functions values ('public.claim_mail_batch(jsonb)'), ('public.complete_mail(jsonb)'),
  ('public.fail_mail(jsonb)'), ('public.purge_outbox(jsonb)');

-- Declared and granted ---------------------------------------------------------------------------------------

select is_empty(
  $$ select f.signature::text from worker_functions f join pg_proc p on p.oid = f.signature
     where not p.prosecdef or not exists (select 1 from unnest(p.proconfig) s where s = 'search_path=""') $$,
  'the worker functions are security definer with an empty search_path');
select is_empty(
  $$ select format('%s %s', r.role, f.signature) from worker_functions f
     cross join (values ('anon'), ('authenticated'), ('public')) r (role)
     where has_function_privilege(r.role, f.signature, 'EXECUTE') $$,
  'anon and authenticated cannot call any worker function');
select is_empty(
  $$ select f.signature::text from worker_functions f where not has_function_privilege('service_role', f.signature, 'EXECUTE') $$,
  'the service role can call every worker function');
select is_empty(
  $$ select p.oid::regprocedure::text from pg_proc p
     where p.oid in ('portal.publication_event(text,uuid,text,text,text,uuid,jsonb)'::regprocedure,
                     'portal.notify_followers(text,text,uuid,uuid,uuid,jsonb,jsonb)'::regprocedure)
       and (not p.prosecdef or not exists (select 1 from unnest(p.proconfig) s where s = 'search_path=""')) $$,
  'publication_event and notify_followers, which enqueue the notices, are security definer (staff may not write the outbox) with an empty search_path');
select is_empty(
  $$ select format('%s %s', r.role, f.signature) from (values
       ('portal.publication_event(text,uuid,text,text,text,uuid,jsonb)'::regprocedure),
       ('portal.notify_followers(text,text,uuid,uuid,uuid,jsonb,jsonb)'::regprocedure)) f (signature)
     cross join (values ('anon'), ('authenticated'), ('service_role'), ('public')) r (role)
     where has_function_privilege(r.role, f.signature, 'EXECUTE') $$,
  'no API role calls publication_event or notify_followers directly: only the workflow functions do');
select ok(
  not has_function_privilege('authenticated', 'portal.enqueue_notice(text,uuid,uuid)', 'EXECUTE')
  and not has_function_privilege('service_role', 'portal.enqueue_notice(text,uuid,uuid)', 'EXECUTE')
  and not has_function_privilege('authenticated', 'portal.issue_token(uuid,uuid,text)', 'EXECUTE')
  and not has_function_privilege('service_role', 'portal.issue_token(uuid,uuid,text)', 'EXECUTE'),
  'nobody calls the enqueue and token internals directly');
select is_empty(
  $$ select format('%s.%s', c.relname, t.tgname) from pg_trigger t join pg_class c on c.oid = t.tgrelid
     where not t.tgisinternal and (t.tgname like '%\_enqueue' or t.tgfoid::regproc::text like 'portal.enqueue%') $$,
  'no enqueue trigger is left on any table: notices come from publication events only');

-- The outbox stays closed ------------------------------------------------------------------------------------

select ok(
  not has_any_column_privilege('anon', 'portal.outbox', 'SELECT') and not has_any_column_privilege('authenticated', 'portal.outbox', 'SELECT')
  and not has_any_column_privilege('anon', 'portal.outbox', 'INSERT') and not has_any_column_privilege('authenticated', 'portal.outbox', 'INSERT')
  and not has_any_column_privilege('authenticated', 'portal.outbox', 'UPDATE') and not has_table_privilege('authenticated', 'portal.outbox', 'DELETE'),
  'anon and authenticated have no privilege on the outbox');
set local role anon;
select throws_ok('select count(*) from portal.outbox', '42501', null, 'anon cannot read the outbox');
reset role;
set local role authenticated;
set local request.jwt.claims to '{"sub":"00000000-0000-4000-8000-000000000004","role":"authenticated"}';
select throws_ok('select count(*) from portal.outbox', '42501', null, 'an admin of the organisation cannot read the outbox either');
reset role;
-- The second line of defence, should an execute grant ever be widened: the function refuses by itself.
set local request.jwt.claims to '{"role":"authenticated"}';
select is(pg_temp.refusal($$ select public.claim_mail_batch('{}') $$), '42501 Alleen de mailverzender mag dit doen.',
  'claim_mail_batch refuses an authenticated caller itself, with a message');
set local request.jwt.claims to '{"role":"service_role"}';

-- Digest moments ---------------------------------------------------------------------------------------------

select is(portal.next_digest_at('daily', '2026-03-29 00:30+00'), '2026-03-29 05:00+00'::timestamptz,
  'daily: 07:00 on the day summer time starts is 05:00 UTC');
select is(portal.next_digest_at('daily', '2026-10-25 06:00+00'), '2026-10-26 06:00+00'::timestamptz,
  'daily: exactly at 07:00 (winter time) the next digest is the next day');
select is(portal.next_digest_at('weekly', '2026-11-28 12:00+00'), '2026-11-30 06:00+00'::timestamptz,
  'weekly: the next Monday 07:00 Europe/Amsterdam');

-- Enqueue ----------------------------------------------------------------------------------------------------

insert into portal.subscribers (id, organisation_id, email, language) values
  ('e8000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'pgtap-direct@voorbeeld.nl', 'en'),
  ('e8000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'pgtap-dag@voorbeeld.nl', 'nl'),
  ('e8000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', 'pgtap-wacht@voorbeeld.nl', 'nl');
insert into portal.subscriptions (id, subscriber_id, project_id, frequency, confirmed_at) values
  ('e8100000-0000-4000-8000-000000000001', 'e8000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'immediate', now()),
  ('e8100000-0000-4000-8000-000000000002', 'e8000000-0000-4000-8000-000000000002', null, 'daily', now()),
  ('e8100000-0000-4000-8000-000000000003', 'e8000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000001', 'immediate', null);

-- A published row written directly (as the owner, like the seed) is no publication event: nobody is mailed.
insert into portal.updates (id, project_id, title, body_md, publication, published_at)
values ('e8200000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'Direct', 'Direct geschreven', 'published', now());
select is((select count(*)::int from portal.outbox o where o.record_id = 'e8200000-0000-4000-8000-000000000001'), 0,
  'a published update written directly enqueues nothing');

create function pg_temp.as_user(id text) returns void
language plpgsql as $$
begin
  perform set_config('request.jwt.claims', json_build_object('sub', id, 'role', 'authenticated')::text, true);
  execute 'set local role authenticated';
end
$$;
create function pg_temp.target(kind text, id text, extra jsonb default '{}') returns jsonb
language sql as $$
  select jsonb_build_object('kind', kind, 'id', id, 'project_id', '20000000-0000-4000-8000-000000000001') || extra
$$;

-- The fixture's draft update of testproject (written by the editor), approved by the approver.
select pg_temp.as_user('00000000-0000-4000-8000-000000000003');
select is(public.staff_approve(pg_temp.target('update', 'a0000000-0000-4000-8000-000000000003')) ->> 'publication', 'published',
  'the approver, who did not write it, publishes the draft update');
reset role;
set local request.jwt.claims to '{"role":"service_role"}';
select is(
  (select jsonb_agg(jsonb_build_object('subscription', o.subscription_id, 'kind', o.kind, 'frequency', o.frequency,
      'due', o.next_attempt_at = portal.next_digest_at(o.frequency, now())) order by o.subscription_id)
   from portal.outbox o where o.record_id = 'a0000000-0000-4000-8000-000000000003'),
  '[{"subscription": "e8100000-0000-4000-8000-000000000001", "kind": "update", "frequency": "immediate", "due": true},
    {"subscription": "e8100000-0000-4000-8000-000000000002", "kind": "update", "frequency": "daily", "due": true}]'::jsonb,
  'publishing an update enqueues one row per confirmed follower (project and all-projects), none for the pending one');
-- Withdrawn (news for its followers, with the reason), then published again: run and undone in a
-- subtransaction, with what it enqueued as the answer. Undone because within one transaction the withdrawal and
-- the re-publish share their moment, so the claim below could not tell that the withdrawal is old news (in real
-- use, each step is a transaction of its own).
create function pg_temp.withdraw_and_publish_again() returns jsonb
language plpgsql as $$
declare
  seen jsonb := '{}';
  version_id uuid;
begin
  begin
    perform pg_temp.as_user('00000000-0000-4000-8000-000000000003');
    seen := seen || jsonb_build_object('withdrawn', public.staff_unpublish(
      pg_temp.target('update', 'a0000000-0000-4000-8000-000000000003', '{"reason": "pgTAP"}')) ->> 'publication');
    execute 'reset role';
    select v.id into version_id from portal.record_versions v
    where v.record_id = 'a0000000-0000-4000-8000-000000000003' and v.event = 'withdrawal';
    seen := seen || jsonb_build_object(
      'withdrawal_notices', (select jsonb_agg(o.subscription_id order by o.subscription_id) from portal.outbox o
                             where o.kind = 'withdrawal' and o.record_id = version_id),
      'notice_says', (select jsonb_build_object('id', r ->> 'id', 'kind', r ->> 'kind', 'reason', r ->> 'reason')
                      from portal.notice_record('withdrawal', version_id) r));
    perform pg_temp.as_user('00000000-0000-4000-8000-000000000003');
    seen := seen || jsonb_build_object('published_again', public.staff_approve(
      pg_temp.target('update', 'a0000000-0000-4000-8000-000000000003')) ->> 'publication');
    execute 'reset role';
    seen := seen || jsonb_build_object('update_notices',
      (select count(*) from portal.outbox o where o.record_id = 'a0000000-0000-4000-8000-000000000003'));
    raise exception using errcode = 'TSUND', message = seen::text;
  exception when sqlstate 'TSUND' then
    return sqlerrm::jsonb;
  end;
end
$$;
create temp table withdrawal_round on commit drop as select pg_temp.withdraw_and_publish_again() as seen;
select is((select seen ->> 'withdrawn' from withdrawal_round), 'unpublished',
  'the approver withdraws the published update with a reason');
select is((select seen -> 'withdrawal_notices' from withdrawal_round),
  '["e8100000-0000-4000-8000-000000000001", "e8100000-0000-4000-8000-000000000002"]'::jsonb,
  'the withdrawal enqueues one withdrawal notice per confirmed follower, about the version that records it');
select is((select seen -> 'notice_says' from withdrawal_round),
  '{"id": "a0000000-0000-4000-8000-000000000003", "kind": "update", "reason": "pgTAP"}'::jsonb,
  'the withdrawal notice names the withdrawn update and the reason');
select is((select seen ->> 'published_again' from withdrawal_round), 'published',
  'the approver publishes the withdrawn update again');
select is((select seen ->> 'update_notices' from withdrawal_round), '2',
  'a re-publish after a withdrawal enqueues no second update notice');
select is((select count(*)::int from portal.outbox o where o.kind = 'withdrawal'), 0,
  'and all of that is undone again');
set local request.jwt.claims to '{"role":"service_role"}';

-- The pending council moment of testproject gets its outcome: the editor saves it (a pending revision of the
-- published moment), the approver approves it.
create temp table council_form on commit drop as
  select jsonb_build_object('id', m.id, 'project_id', m.project_id, 'meets_on', m.meets_on, 'body', m.body,
    'agenda_item', m.agenda_item, 'proposal', m.proposal, 'outcome', 'adopted', 'outcome_summary', 'pgTAP',
    'differs_from_participation', false, 'effect_on_promises', m.effect_on_promises, 'source_url', m.source_url) as form
  from portal.council_moments m where m.id = '90000000-0000-4000-8000-000000000003';
grant select on council_form to authenticated;
select pg_temp.as_user('00000000-0000-4000-8000-000000000002');
select is((select public.staff_save_council_moment(form) #>> '{pending,state}' from council_form), 'draft',
  'the editor saves the outcome of the published council moment as a pending revision');
reset role;
select is((select count(*)::int from portal.outbox o where o.record_id = '90000000-0000-4000-8000-000000000003'), 0,
  'a saved revision enqueues nothing');
select pg_temp.as_user('00000000-0000-4000-8000-000000000003');
select is(public.staff_approve(pg_temp.target('council_moment', '90000000-0000-4000-8000-000000000003')) ->> 'version', '2',
  'the approver approves the outcome, a second version of the council moment');
reset role;
set local request.jwt.claims to '{"role":"service_role"}';
select is((select count(*)::int from portal.outbox o where o.record_id = '90000000-0000-4000-8000-000000000003' and o.kind = 'council_outcome'), 2,
  'an approved outcome of a published moment enqueues a council outcome notice per follower');

-- Claim, complete, fail as the service role -------------------------------------------------------------------

set local role service_role;
create temp table claimed on commit drop as select public.claim_mail_batch('{"limit": 500}') as doc;
create temp table mine on commit drop as
  select m.value as mail from claimed c, jsonb_array_elements(c.doc -> 'mails') m where m.value ->> 'to' = 'pgtap-direct@voorbeeld.nl';
select is((select count(*)::int from mine), 2, 'the immediate follower gets two notices (update and council outcome)');
select is_empty(
  $$ select 1 from claimed c, jsonb_array_elements(c.doc -> 'mails') m where m.value ->> 'to' like 'pgtap-dag%' or m.value ->> 'to' like 'pgtap-wacht%' $$,
  'the daily rows wait for their moment; the pending follower gets nothing');
-- Mails in the order of their first outbox row (their key is text: mail-98 would sort after mail-104).
select is(
  (select jsonb_agg(jsonb_build_object('kind', mail ->> 'kind', 'language', mail ->> 'language', 'attempt', mail -> 'attempt',
     'item', mail #>> '{items,0,kind}', 'token', mail ->> 'token' ~ '^[A-Za-z0-9_-]{43}$') order by (mail -> 'outbox_ids' ->> 0)::bigint) from mine),
  '[{"kind": "notice", "language": "en", "attempt": 1, "item": "update", "token": true},
    {"kind": "notice", "language": "en", "attempt": 1, "item": "council_outcome", "token": true}]'::jsonb,
  'each claimed mail is a notice in the subscriber''s language with one item and a 43-character token');
reset role;
select is(
  (select count(*)::int from mine, portal.subscriber_tokens t
   where t.token_hash = sha256(convert_to(mail ->> 'token', 'UTF8')) and t.purpose = 'manage'),
  2, 'only the sha256 of each mail''s manage token is stored');
select is(
  (select count(*)::int from mine, portal.subscriber_tokens t
   where t.token_hash = sha256(convert_to(mail ->> 'unsubscribe_token', 'UTF8')) and t.purpose = 'unsubscribe'
     and mail ->> 'unsubscribe_token' <> mail ->> 'token' and t.subscription_id = 'e8100000-0000-4000-8000-000000000001'),
  2, 'each notice has a second token for its List-Unsubscribe header, stored as an unsubscribe token of its subscription');
select ok(pg_temp.refusal(format($$ select public.my_subscriptions('{"token":"%s"}') $$, (select mail ->> 'unsubscribe_token' from mine limit 1)))
  like 'PT404 %', 'the List-Unsubscribe token does not open the manage page');
set local role service_role;
select is((select public.claim_mail_batch('{"limit": 500}') -> 'mails' @> '[{"to": "pgtap-direct@voorbeeld.nl"}]'), false,
  'a second claim does not get the claimed mails while the lease holds');
select is(
  (select public.complete_mail(jsonb_build_object('outbox_ids', mail -> 'outbox_ids')) ->> 'changed' from mine order by (mail -> 'outbox_ids' ->> 0)::bigint limit 1),
  '1', 'complete_mail marks the first mail sent');
select is(
  (select public.fail_mail(jsonb_build_object('outbox_ids', mail -> 'outbox_ids', 'error', '451 try again later')) ->> 'changed'
   from mine order by (mail -> 'outbox_ids' ->> 0)::bigint desc limit 1),
  '1', 'fail_mail puts the second mail back');
reset role;
select is(
  (select jsonb_agg(jsonb_build_object('status', o.status, 'sent', o.sent_at is not null,
     'wait', round(extract(epoch from o.next_attempt_at - now())), 'error', o.last_error) order by o.id)
   from portal.outbox o where o.subscription_id = 'e8100000-0000-4000-8000-000000000001'),
  '[{"status": "sent", "sent": true, "wait": 0, "error": null},
    {"status": "pending", "sent": false, "wait": 60, "error": "451 try again later"}]'::jsonb,
  'the sent mail is sent; the failed one waits a minute before its next attempt');

select * from finish();
rollback;
