-- Notifications (20261128001400): the worker's functions are declared and granted as they must be, notices are
-- written by the publication events of the workflow (portal.publication_event, in the publishing transaction,
-- when a signed-in approver approves or withdraws) and by nothing else (the old enqueue triggers are gone: a
-- published row written directly mails nobody), one notice per publication whatever the number of followers,
-- which public.fan_out_notices turns into one outbox row per follower who had confirmed by then (in batches; a
-- re-run adds nothing), a fan-out -> claim -> complete / fail / release round trip works as the service role on
-- a real Postgres 15 (only under the claim's own id), and the outbox and the notices stay closed to anon and
-- authenticated. Everything runs in one transaction that is rolled back.
begin;
set local search_path = public, extensions;
\ir helpers/sign-in.psql

select plan(64);

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

-- Every waiting notice fanned out, as the mail worker does before it claims (as the service role, one batch per
-- call, until no notice waits): the answers of the calls that worked on a notice, without their notice_id.
create function pg_temp.fan_out(input jsonb default '{}') returns jsonb
language plpgsql as $$
declare
  steps jsonb := '[]';
  step jsonb;
begin
  perform set_config('request.jwt.claims', '{"role":"service_role"}', true);
  loop
    step := public.fan_out_notices(input);
    exit when step -> 'notice_id' = 'null'::jsonb;
    steps := steps || jsonb_build_array(step - 'notice_id');
    if jsonb_array_length(steps) > 100 then
      raise exception 'the fan-out does not end: %', steps;
    end if;
  end loop;
  return steps;
end
$$;

create temp table worker_functions (signature regprocedure) on commit drop;
insert into worker_functions values ('public.fan_out_notices(jsonb)'), ('public.claim_mail_batch(jsonb)'),
  ('public.complete_mail(jsonb)'), ('public.fail_mail(jsonb)'), ('public.release_mail(jsonb)'), ('public.purge_outbox(jsonb)');

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

-- The outbox and the notices stay closed --------------------------------------------------------------------

select ok(
  not has_any_column_privilege('anon', 'portal.outbox', 'SELECT') and not has_any_column_privilege('authenticated', 'portal.outbox', 'SELECT')
  and not has_any_column_privilege('anon', 'portal.outbox', 'INSERT') and not has_any_column_privilege('authenticated', 'portal.outbox', 'INSERT')
  and not has_any_column_privilege('authenticated', 'portal.outbox', 'UPDATE') and not has_table_privilege('authenticated', 'portal.outbox', 'DELETE'),
  'anon and authenticated have no privilege on the outbox');
select pg_temp.sign_in_anon();
select throws_ok('select count(*) from portal.outbox', '42501', null, 'anon cannot read the outbox');
reset role;
select pg_temp.sign_in('testdam_admin');
select throws_ok('select count(*) from portal.outbox', '42501', null, 'an admin of the organisation cannot read the outbox either');
reset role;
select ok((select c.relrowsecurity from pg_class c where c.oid = 'portal.notices'::regclass)
  and not exists (select 1 from pg_policies p where p.schemaname = 'portal' and p.tablename = 'notices'),
  'row level security is enabled on the notices, with no policy');
select is_empty(
  $$ select format('%s %s', r.role, x.privilege) from (values ('anon'), ('authenticated'), ('public')) r (role)
     cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) x (privilege)
     where has_table_privilege(r.role, 'portal.notices', x.privilege)
        or (x.privilege in ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES') and has_any_column_privilege(r.role, 'portal.notices', x.privilege)) $$,
  'anon and authenticated have no privilege at all on the notices');
select is(
  (select array_agg(x.privilege order by x.privilege)
   from (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) x (privilege)
   where has_table_privilege('service_role', 'portal.notices', x.privilege)
      or (x.privilege in ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES') and has_any_column_privilege('service_role', 'portal.notices', x.privilege))),
  array['SELECT'], 'the service role only reads the notices: fan_out_notices writes them');
select pg_temp.sign_in_anon();
select throws_ok('select count(*) from portal.notices', '42501', null, 'anon cannot read the notices');
reset role;
-- The second line of defence, should an execute grant ever be widened: the function refuses by itself. No
-- sign-in here on purpose: the superuser, who may execute anything, calls with only a signed-in caller's claims.
set local request.jwt.claims to '{"role":"authenticated"}';
select is(pg_temp.refusal($$ select public.claim_mail_batch('{}') $$), '42501 Alleen de mailverzender mag dit doen.',
  'claim_mail_batch refuses an authenticated caller itself, with a message');
select is(
  pg_temp.refusal($$ select public.fan_out_notices('{}') $$) || ' / '
    || pg_temp.refusal($$ select public.release_mail('{"claim_id": "00000000-0000-4000-8000-000000000000"}') $$),
  '42501 Alleen de mailverzender mag dit doen. / 42501 Alleen de mailverzender mag dit doen.',
  'fan_out_notices and release_mail refuse an authenticated caller themselves too');
-- From here the superuser carries the service role's claims (again after each sign-in below), as pg_temp.fan_out
-- does, so that it may call the worker functions while it reads every table; pg_temp.sign_in_service() is the
-- service role itself.
set local request.jwt.claims to '{"role":"service_role"}';

-- Digest moments ---------------------------------------------------------------------------------------------

select is(portal.next_digest_at('daily', '2026-03-29 00:30+00'), '2026-03-29 05:00+00'::timestamptz,
  'daily: 07:00 on the day summer time starts is 05:00 UTC');
select is(portal.next_digest_at('daily', '2026-10-25 06:00+00'), '2026-10-26 06:00+00'::timestamptz,
  'daily: exactly at 07:00 (winter time) the next digest is the next day');
select is(portal.next_digest_at('weekly', '2026-11-28 12:00+00'), '2026-11-30 06:00+00'::timestamptz,
  'weekly: the next Monday 07:00 Europe/Amsterdam');

-- Enqueue ----------------------------------------------------------------------------------------------------

-- Followers of testproject: immediate (1), all projects daily (2), not confirmed (3), confirmed only after the
-- publications below (4: their notices were made before), weekly and wanting to take part in group Noord (5; 3
-- too, but unconfirmed).
insert into portal.subscribers (id, organisation_id, email, language) values
  ('e8000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'pgtap-direct@voorbeeld.nl', 'en'),
  ('e8000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'pgtap-dag@voorbeeld.nl', 'nl'),
  ('e8000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', 'pgtap-wacht@voorbeeld.nl', 'nl'),
  ('e8000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', 'pgtap-laat@voorbeeld.nl', 'nl'),
  ('e8000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000001', 'pgtap-week@voorbeeld.nl', 'nl');
insert into portal.subscriptions (id, subscriber_id, project_id, frequency, confirmed_at, participate, group_name) values
  ('e8100000-0000-4000-8000-000000000001', 'e8000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'immediate', now(), false, null),
  ('e8100000-0000-4000-8000-000000000002', 'e8000000-0000-4000-8000-000000000002', null, 'daily', now(), false, null),
  ('e8100000-0000-4000-8000-000000000003', 'e8000000-0000-4000-8000-000000000003', '20000000-0000-4000-8000-000000000001', 'immediate', null, true, 'Noord'),
  ('e8100000-0000-4000-8000-000000000004', 'e8000000-0000-4000-8000-000000000004', '20000000-0000-4000-8000-000000000001', 'immediate', now() + interval '1 second', false, null),
  ('e8100000-0000-4000-8000-000000000005', 'e8000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000001', 'weekly', now(), true, ' noord ');

-- A published row written directly (as the owner, like the seed) is no publication event: nobody is mailed.
insert into portal.updates (id, project_id, title, body_md, publication, published_at)
values ('e8200000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 'Direct', 'Direct geschreven', 'published', now());
select is(
  (select count(*)::int from portal.notices n where n.record_id = 'e8200000-0000-4000-8000-000000000001')
  + (select count(*)::int from portal.outbox o where o.record_id = 'e8200000-0000-4000-8000-000000000001'), 0,
  'a published update written directly makes no notice and no mail');

create function pg_temp.target(kind text, id text, extra jsonb default '{}') returns jsonb
language sql as $$
  select jsonb_build_object('kind', kind, 'id', id, 'project_id', '20000000-0000-4000-8000-000000000001') || extra
$$;

-- The fixture's draft update of testproject (written by the editor), approved by the approver.
select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve(pg_temp.target('update', 'a0000000-0000-4000-8000-000000000003')) ->> 'publication', 'published',
  'the approver, who did not write it, publishes the draft update');
reset role;
set local request.jwt.claims to '{"role":"service_role"}';
select is(
  (select jsonb_agg(jsonb_build_object('kind', n.kind, 'project', n.project_id, 'audience', n.audience, 'mails', n.mails,
     'fanned_out', n.fanned_out_at is not null, 'at', n.created_at = now()))
   from portal.notices n where n.record_id = 'a0000000-0000-4000-8000-000000000003'),
  '[{"kind": "update", "project": "20000000-0000-4000-8000-000000000001", "audience": "followers", "mails": 0,
     "fanned_out": false, "at": true}]'::jsonb,
  'publishing an update writes one notice for its followers, in the publishing transaction');
select is((select count(*)::int from portal.outbox o where o.record_id = 'a0000000-0000-4000-8000-000000000003'), 0,
  'the publish itself writes no outbox row: the fan-out does');
-- Batches of two: three followers (ids 1, 2, 5; 3 and 4 are left out) take two calls, across both halves of the
-- audience (followers of the project, and of every project).
select is(pg_temp.fan_out('{"limit": 2}'), '[{"added": 2, "done": false}, {"added": 1, "done": true}]'::jsonb,
  'fan_out_notices makes the rows in batches of its limit, and says when the notice is done');
select is(
  (select jsonb_agg(jsonb_build_object('subscription', o.subscription_id, 'kind', o.kind, 'frequency', o.frequency,
      'due', o.next_attempt_at = portal.next_digest_at(o.frequency, now())) order by o.subscription_id)
   from portal.outbox o where o.record_id = 'a0000000-0000-4000-8000-000000000003'),
  '[{"subscription": "e8100000-0000-4000-8000-000000000001", "kind": "update", "frequency": "immediate", "due": true},
    {"subscription": "e8100000-0000-4000-8000-000000000002", "kind": "update", "frequency": "daily", "due": true},
    {"subscription": "e8100000-0000-4000-8000-000000000005", "kind": "update", "frequency": "weekly", "due": true}]'::jsonb,
  'the fan-out makes one row per follower confirmed when it was published (project and all-projects), none for the pending or later one');
select is(
  (select jsonb_build_object('mails', n.mails, 'to', n.fanned_out_to, 'done', n.fanned_out_at is not null,
     'rows_name_it', (select bool_and(o.notice_id = n.id and o.dedupe_key is null and o.project_id = n.project_id
                                      and o.organisation_id = n.organisation_id)
                      from portal.outbox o where o.record_id = n.record_id))
   from portal.notices n where n.record_id = 'a0000000-0000-4000-8000-000000000003'),
  '{"mails": 3, "to": "e8100000-0000-4000-8000-000000000005", "done": true, "rows_name_it": true}'::jsonb,
  'the notice counts its mails and is fanned out; its rows name it and carry no dedupe key');
select is(public.fan_out_notices('{}'), '{"notice_id": null, "added": 0, "done": true}'::jsonb,
  'a second fan-out finds no notice waiting and adds nothing');
-- A batch run again (a worker that crashed before its update of the notice committed) adds nothing either.
update portal.notices set fanned_out_at = null, fanned_out_to = null where record_id = 'a0000000-0000-4000-8000-000000000003';
select is(pg_temp.fan_out(), '[{"added": 0, "done": true}]'::jsonb,
  'a fan-out of a notice run again from the start adds nothing: one mail per follower per notice');
select is((select count(*)::int from portal.outbox o where o.record_id = 'a0000000-0000-4000-8000-000000000003'), 3,
  'still one row per follower');
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
    perform pg_temp.sign_in('testdam_approver');
    seen := seen || jsonb_build_object('withdrawn', public.staff_unpublish(
      pg_temp.target('update', 'a0000000-0000-4000-8000-000000000003', '{"reason": "pgTAP"}')) ->> 'publication');
    execute 'reset role';
    select v.id into version_id from portal.record_versions v
    where v.record_id = 'a0000000-0000-4000-8000-000000000003' and v.event = 'withdrawal';
    seen := seen || jsonb_build_object(
      'notices', (select count(*) from portal.notices n where n.kind = 'withdrawal' and n.record_id = version_id),
      'rows_before', (select count(*) from portal.outbox o where o.kind = 'withdrawal' and o.record_id = version_id));
    -- Statements of their own: a query does not see what a function it calls writes.
    seen := seen || jsonb_build_object('fan_out', pg_temp.fan_out());
    seen := seen || jsonb_build_object(
      'withdrawal_notices', (select jsonb_agg(o.subscription_id order by o.subscription_id) from portal.outbox o
                             where o.kind = 'withdrawal' and o.record_id = version_id),
      'notice_says', (select jsonb_build_object('id', r ->> 'id', 'kind', r ->> 'kind', 'reason', r ->> 'reason')
                      from portal.notice_record('withdrawal', version_id) r));
    perform pg_temp.sign_in('testdam_approver');
    seen := seen || jsonb_build_object('published_again', public.staff_approve(
      pg_temp.target('update', 'a0000000-0000-4000-8000-000000000003')) ->> 'publication');
    execute 'reset role';
    seen := seen || jsonb_build_object('fan_out_again', pg_temp.fan_out());
    seen := seen || jsonb_build_object(
      'update_notices', (select count(*) from portal.notices n where n.kind = 'update' and n.record_id = 'a0000000-0000-4000-8000-000000000003'),
      'update_mails', (select count(*) from portal.outbox o where o.record_id = 'a0000000-0000-4000-8000-000000000003'));
    raise exception using errcode = 'TSUND', message = seen::text;
  exception when sqlstate 'TSUND' then
    return sqlerrm::jsonb;
  end;
end
$$;
create temp table withdrawal_round on commit drop as select pg_temp.withdraw_and_publish_again() as seen;
select is((select seen ->> 'withdrawn' from withdrawal_round), 'unpublished',
  'the approver withdraws the published update with a reason');
select is((select jsonb_build_object('notices', seen -> 'notices', 'rows_before', seen -> 'rows_before', 'fan_out', seen -> 'fan_out')
           from withdrawal_round),
  '{"notices": 1, "rows_before": 0, "fan_out": [{"added": 3, "done": true}]}'::jsonb,
  'the withdrawal writes one notice, whose fan-out makes the rows');
select is((select seen -> 'withdrawal_notices' from withdrawal_round),
  '["e8100000-0000-4000-8000-000000000001", "e8100000-0000-4000-8000-000000000002", "e8100000-0000-4000-8000-000000000005"]'::jsonb,
  'the withdrawal notice goes to every confirmed follower, about the version that records it');
select is((select seen -> 'notice_says' from withdrawal_round),
  '{"id": "a0000000-0000-4000-8000-000000000003", "kind": "update", "reason": "pgTAP"}'::jsonb,
  'the withdrawal notice names the withdrawn update and the reason');
select is((select seen ->> 'published_again' from withdrawal_round), 'published',
  'the approver publishes the withdrawn update again');
select is((select jsonb_build_object('fan_out', seen -> 'fan_out_again', 'notices', seen -> 'update_notices', 'mails', seen -> 'update_mails')
           from withdrawal_round),
  '{"fan_out": [], "notices": 1, "mails": 3}'::jsonb,
  'a re-publish after a withdrawal writes no second update notice and mails nobody again');
select is((select count(*)::int from portal.outbox o where o.kind = 'withdrawal')
          + (select count(*)::int from portal.notices n where n.kind = 'withdrawal'), 0,
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
select pg_temp.sign_in('testdam_editor');
select is((select public.staff_save_council_moment(form) #>> '{pending,state}' from council_form), 'draft',
  'the editor saves the outcome of the published council moment as a pending revision');
reset role;
select is((select count(*)::int from portal.notices n where n.record_id = '90000000-0000-4000-8000-000000000003'), 0,
  'a saved revision makes no notice');
select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve(pg_temp.target('council_moment', '90000000-0000-4000-8000-000000000003')) ->> 'version', '2',
  'the approver approves the outcome, a second version of the council moment');
reset role;
set local request.jwt.claims to '{"role":"service_role"}';
select is(pg_temp.fan_out(), '[{"added": 3, "done": true}]'::jsonb, 'the outcome''s notice is fanned out');
select is((select count(*)::int from portal.outbox o where o.record_id = '90000000-0000-4000-8000-000000000003' and o.kind = 'council_outcome'), 3,
  'an approved outcome of a published moment makes a council outcome mail per follower');

-- Claim, complete, fail, release as the service role ---------------------------------------------------------

select pg_temp.sign_in_service();
create temp table claimed on commit drop as select public.claim_mail_batch('{"limit": 500}') as doc;
create temp table mine on commit drop as
  select m.value as mail from claimed c, jsonb_array_elements(c.doc -> 'mails') m where m.value ->> 'to' = 'pgtap-direct@voorbeeld.nl';
select is((select count(*)::int from mine), 2, 'the immediate follower gets two notices (update and council outcome)');
select is_empty(
  $$ select 1 from claimed c, jsonb_array_elements(c.doc -> 'mails') m
     where m.value ->> 'to' similar to 'pgtap-(dag|week|wacht|laat)@%' $$,
  'the daily and weekly rows wait for their moment; the pending and the later follower get nothing');
-- Mails in the order of their first outbox row (their key is text: mail-98 would sort after mail-104).
select is(
  (select jsonb_agg(jsonb_build_object('kind', mail ->> 'kind', 'language', mail ->> 'language', 'attempt', mail -> 'attempt',
     'item', mail #>> '{items,0,kind}', 'token', mail ->> 'token' ~ '^[A-Za-z0-9_-]{43}$') order by (mail -> 'outbox_ids' ->> 0)::bigint) from mine),
  '[{"kind": "notice", "language": "en", "attempt": 1, "item": "update", "token": true},
    {"kind": "notice", "language": "en", "attempt": 1, "item": "council_outcome", "token": true}]'::jsonb,
  'each claimed mail is a notice in the subscriber''s language with one item and a 43-character token');
reset role;
select is(
  (select jsonb_build_object('rows', count(*), 'sending', bool_and(o.status = 'sending' and o.locked_until > now()),
     'under_the_claim', bool_and(o.claim_id = (select (c.doc ->> 'claim_id')::uuid from claimed c)))
   from portal.outbox o where o.id in (select (e.value #>> '{}')::bigint from mine, jsonb_array_elements(mail -> 'outbox_ids') e)),
  '{"rows": 2, "sending": true, "under_the_claim": true}'::jsonb,
  'the claim answers its claim id, and its rows are sending under it');
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
select pg_temp.sign_in_service();
select is(public.claim_mail_batch('{"limit": 500}'), '{"claim_id": null, "mails": []}'::jsonb,
  'a second claim gets nothing while the lease holds, and no claim id');
-- The first mail, the second mail, and a claim id that is not this claim's.
create temp table outcome_input on commit drop as
  select (select mail -> 'outbox_ids' from mine order by (mail -> 'outbox_ids' ->> 0)::bigint limit 1) as first_ids,
    (select mail -> 'outbox_ids' from mine order by (mail -> 'outbox_ids' ->> 0)::bigint desc limit 1) as second_ids,
    (select c.doc -> 'claim_id' from claimed c) as claim, to_jsonb(gen_random_uuid()) as other_claim;
select is(pg_temp.refusal($$ select public.complete_mail(jsonb_build_object('outbox_ids', first_ids)) from outcome_input $$),
  '22023 Geef het claimnummer dat claim_mail_batch gaf.', 'complete_mail without a claim id answers 400');
select is(
  (select (public.complete_mail(jsonb_build_object('claim_id', other_claim, 'outbox_ids', first_ids)) ->> 'changed')
     || ' ' || (public.fail_mail(jsonb_build_object('claim_id', other_claim, 'outbox_ids', second_ids, 'error', 'x')) ->> 'changed')
   from outcome_input),
  '0 0', 'complete_mail and fail_mail with another claim id change no row');
reset role;
select is(
  (select jsonb_agg(o.status order by o.id) from portal.outbox o where o.subscription_id = 'e8100000-0000-4000-8000-000000000001'),
  '["sending", "sending"]'::jsonb, 'the rows of the claim are still sending');
select pg_temp.sign_in_service();
select is(
  (select public.complete_mail(jsonb_build_object('claim_id', claim, 'outbox_ids', first_ids)) ->> 'changed' from outcome_input),
  '1', 'complete_mail with the claim''s id marks the first mail sent');
select is(
  (select public.fail_mail(jsonb_build_object('claim_id', claim, 'outbox_ids', second_ids, 'error', '451 try again later')) ->> 'changed'
   from outcome_input),
  '1', 'fail_mail with the claim''s id puts the second mail back');
reset role;
select is(
  (select jsonb_agg(jsonb_build_object('status', o.status, 'sent', o.sent_at is not null,
     'wait', round(extract(epoch from o.next_attempt_at - now())), 'error', o.last_error, 'claim', o.claim_id) order by o.id)
   from portal.outbox o where o.subscription_id = 'e8100000-0000-4000-8000-000000000001'),
  '[{"status": "sent", "sent": true, "wait": 0, "error": null, "claim": null},
    {"status": "pending", "sent": false, "wait": 60, "error": "451 try again later", "claim": null}]'::jsonb,
  'the sent mail is sent; the failed one waits a minute before its next attempt; neither is under a claim any more');

-- The daily digest, made due now, claimed and handed back unsent.
update portal.outbox set next_attempt_at = now() - interval '1 second' where subscription_id = 'e8100000-0000-4000-8000-000000000002';
select pg_temp.sign_in_service();
create temp table digest_claim on commit drop as select public.claim_mail_batch('{}') as doc;
select is(
  (select jsonb_agg(jsonb_build_object('to', m.value ->> 'to', 'kind', m.value ->> 'kind', 'rows', jsonb_array_length(m.value -> 'outbox_ids')))
   from digest_claim c, jsonb_array_elements(c.doc -> 'mails') m),
  '[{"to": "pgtap-dag@voorbeeld.nl", "kind": "digest", "rows": 2}]'::jsonb,
  'the daily follower''s due rows are claimed as one digest');
select is(
  (select (public.release_mail(jsonb_build_object('claim_id', gen_random_uuid())) ->> 'changed')
     || ' ' || pg_temp.refusal($$ select public.release_mail('{"claim_id": "niet"}') $$)),
  '0 22023 Geef het claimnummer dat claim_mail_batch gaf.',
  'release_mail with another claim id changes nothing, and without a claim id answers 400');
select is((select public.release_mail(jsonb_build_object('claim_id', c.doc -> 'claim_id')) ->> 'changed' from digest_claim c), '2',
  'release_mail hands back the rows of the claim');
reset role;
select is(
  (select jsonb_agg(jsonb_build_object('status', o.status, 'claim', o.claim_id, 'locked', o.locked_until, 'attempts', o.attempts,
     'due', o.next_attempt_at <= now()) order by o.id)
   from portal.outbox o where o.subscription_id = 'e8100000-0000-4000-8000-000000000002'),
  '[{"status": "pending", "claim": null, "locked": null, "attempts": 1, "due": true},
    {"status": "pending", "claim": null, "locked": null, "attempts": 1, "due": true}]'::jsonb,
  'released rows are pending and due again at once, under no claim, their attempt counted');
select pg_temp.sign_in_service();
select is(
  (select public.complete_mail(jsonb_build_object('claim_id', c.doc -> 'claim_id', 'outbox_ids', m.value -> 'outbox_ids')) ->> 'changed'
   from digest_claim c, jsonb_array_elements(c.doc -> 'mails') m),
  '0', 'a released claim completes nothing');
reset role;

-- An invitation: a notice to the participants ------------------------------------------------------------------

select pg_temp.sign_in('testdam_editor');
create temp table invitation on commit drop as
  select public.staff_save_invitation('{"project_id": "20000000-0000-4000-8000-000000000001", "title": "Klankbordgroep",
    "body": "Denk mee.", "group_name": "Noord", "reply_to": "contact@testdam.example"}') ->> 'id' as id;
select public.staff_submit(pg_temp.target('invitation', id)) from invitation;
select pg_temp.sign_in('testdam_approver');
select is((select public.staff_approve(pg_temp.target('invitation', id)) ->> 'publication' from invitation), 'published',
  'the approver approves an invitation to group Noord');
reset role;
select is(
  (select jsonb_build_object('notices', jsonb_agg(jsonb_build_object('audience', n.audience, 'group', n.group_name)),
     'rows', (select count(*) from portal.outbox o where o.record_id = n.record_id),
     'recipients', (select i.recipients from portal.invitations i where i.id = n.record_id))
   from portal.notices n where n.record_id = (select id::uuid from invitation) group by n.record_id),
  '{"notices": [{"audience": "participants", "group": "Noord"}], "rows": 0, "recipients": 1}'::jsonb,
  'approving it writes one notice to the participants of its group, counted for staff, and no mail yet');
select is(pg_temp.fan_out(), '[{"added": 1, "done": true}]'::jsonb, 'the invitation''s notice is fanned out');
select is(
  (select jsonb_agg(jsonb_build_object('subscription', o.subscription_id, 'frequency', o.frequency, 'due', o.next_attempt_at <= now()))
   from portal.outbox o where o.record_id = (select id::uuid from invitation)),
  '[{"subscription": "e8100000-0000-4000-8000-000000000005", "frequency": "immediate", "due": true}]'::jsonb,
  'only the confirmed follower of the project who takes part in the group gets it, at once despite the weekly digest');

select * from finish();
rollback;
