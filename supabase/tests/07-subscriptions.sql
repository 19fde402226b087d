-- Residents following projects (20261128001250, 20261128001300): the tables are closed to everyone but the
-- functions and the mail worker, the functions are declared as they must be, and the loop follow -> mail ->
-- token -> confirm -> unsubscribe -> delete works on a real Postgres 15, with its proof-of-work challenge, its
-- rate limits (the source as the trusted proxy saw it, per subscription, per organisation), single-use
-- confirmation links and expired links. Everything runs in one transaction that is rolled back.
begin;
set local search_path = public, extensions;
\ir helpers/sign-in.psql

select plan(47);

-- Cheap challenges for this test (the settings roll back with everything else).
select public.update_deployment_settings('{"challenge_cost": 1, "challenge_counter_max": 4}');

-- A solved follow challenge, as the widget sends it: tries every counter as the browser does, with the
-- database's own PBKDF2 (node:crypto checks that function in tests/database/subscriptions-protection.test.ts).
create function pg_temp.solved() returns text
language plpgsql as $$
declare
  challenge jsonb := public.follow_challenge('{}');
  parameters jsonb := challenge -> 'parameters';
  derived bytea;
begin
  for counter in 0 .. 1000 loop
    derived := portal.pbkdf2_sha256(decode(parameters ->> 'nonce', 'hex') || int4send(counter), decode(parameters ->> 'salt', 'hex'),
      (parameters ->> 'cost')::integer);
    if encode(substring(derived from 1 for 16), 'hex') = parameters ->> 'keyPrefix' then
      return translate(encode(convert_to(jsonb_build_object('challenge', challenge,
        'solution', jsonb_build_object('counter', counter, 'derivedKey', encode(derived, 'hex')))::text, 'UTF8'), 'base64'), E'\n', '');
    end if;
  end loop;
  raise exception 'no solution for %', challenge;
end
$$;

-- follow_project with a freshly solved challenge, from the client x-forwarded-for names (null: keep the headers).
create function pg_temp.follow(input jsonb, forwarded_for text default null) returns jsonb
language plpgsql as $$
begin
  if forwarded_for is not null then
    perform set_config('request.headers', jsonb_build_object('x-forwarded-for', forwarded_for)::text, true);
  end if;
  return public.follow_project(input || jsonb_build_object('altcha', pg_temp.solved()));
end
$$;

-- The outcome of one call as 'sqlstate hint' (or 'ok').
create function pg_temp.refusal(statement text) returns text
language plpgsql as $$
declare
  state text;
  field text;
begin
  execute statement;
  return 'ok';
exception when others then
  get stacked diagnostics state = returned_sqlstate, field = pg_exception_hint;
  return btrim(state || ' ' || coalesce(field, ''));
end
$$;

create temp table subscriber_tables (name regclass) on commit drop;
insert into subscriber_tables values ('portal.subscribers'), ('portal.subscriptions'), ('portal.subscriber_tokens'),
  ('portal.erased_tokens'), ('portal.mail_requests'), ('portal.outbox'), ('portal.deployment_settings'),
  ('portal.challenge_secrets'), ('portal.spent_challenges');

create temp table resident_functions (signature regprocedure) on commit drop;
insert into resident_functions values ('public.follow_project(jsonb)'), ('public.confirm_subscription(jsonb)'),
  ('public.unsubscribe(jsonb)'), ('public.my_subscriptions(jsonb)'), ('public.update_subscription(jsonb)'),
  ('public.delete_my_data(jsonb)');

-- Tables: closed ----------------------------------------------------------------------------------------------

select is_empty(
  $$ select t.name::text from subscriber_tables t join pg_class c on c.oid = t.name where not c.relrowsecurity $$,
  'row level security is enabled on every subscriber table');
select is_empty(
  $$ select format('%s %s', r.role, t.name) from subscriber_tables t cross join (values ('anon'), ('authenticated')) r (role)
     where has_any_column_privilege(r.role, t.name, 'SELECT') or has_any_column_privilege(r.role, t.name, 'INSERT')
        or has_any_column_privilege(r.role, t.name, 'UPDATE') or has_table_privilege(r.role, t.name, 'DELETE')
        or has_table_privilege(r.role, t.name, 'TRUNCATE') $$,
  'anon and authenticated have no privilege at all on any subscriber table');
select is_empty(
  $$ select p.policyname::text from pg_policies p join subscriber_tables t on t.name = format('%I.%I', p.schemaname, p.tablename)::regclass $$,
  'no policy opens a subscriber table to anyone');
select ok(
  has_column_privilege('service_role', 'portal.subscribers', 'email', 'SELECT')
  and has_column_privilege('service_role', 'portal.outbox', 'status', 'UPDATE')
  and not has_column_privilege('service_role', 'portal.outbox', 'payload', 'UPDATE')
  and not has_any_column_privilege('service_role', 'portal.subscriber_tokens', 'SELECT')
  and not has_table_privilege('service_role', 'portal.subscribers', 'DELETE'),
  'the mail worker reads addresses and works the outbox, but never reads token hashes nor deletes subscribers');
select ok(
  not has_column_privilege('service_role', 'portal.outbox', 'claim_id', 'UPDATE')
  and not has_column_privilege('service_role', 'portal.outbox', 'subscription_id', 'UPDATE')
  and not has_column_privilege('service_role', 'portal.outbox', 'notice_id', 'UPDATE'),
  'the mail worker sets no claim id, subscription or notice of a mail itself: the worker functions do');
select is(
  (select jsonb_build_object('not_null', a.attnotnull, 'references', c.confrelid::regclass::text, 'on_delete', c.confdeltype)
   from pg_attribute a join pg_constraint c on c.conrelid = a.attrelid and c.contype = 'f' and c.conkey = array[a.attnum]
   where a.attrelid = 'portal.outbox'::regclass and a.attname = 'subscription_id'),
  '{"not_null": true, "references": "portal.subscriptions", "on_delete": "c"}'::jsonb,
  'every mail is for a subscription and goes with it (not null, on delete cascade)');
select is_empty(
  $$ select tg.tgname::text from pg_trigger tg join subscriber_tables t on t.name = tg.tgrelid where not tg.tgisinternal $$,
  'subscriber tables are not audited: no trigger copies an e-mail address into the audit log');

-- Functions: declared as they must be ----------------------------------------------------------------------------

select is_empty(
  $$ select f.signature::text from resident_functions f join pg_proc p on p.oid = f.signature
     where not p.prosecdef or not exists (select 1 from unnest(p.proconfig) s where s = 'search_path=""') $$,
  'the resident functions are security definer with an empty search_path');
select is_empty(
  $$ select f.signature::text from resident_functions f where not has_function_privilege('anon', f.signature, 'EXECUTE') $$,
  'residents without an account (anon) can call the resident functions');
select ok(
  has_function_privilege('service_role', 'public.issue_mail_token(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.issue_mail_token(jsonb)', 'EXECUTE')
  and not has_function_privilege('authenticated', 'public.issue_mail_token(jsonb)', 'EXECUTE')
  and has_function_privilege('service_role', 'public.purge_unconfirmed(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.purge_unconfirmed(jsonb)', 'EXECUTE')
  and not has_function_privilege('authenticated', 'public.purge_unconfirmed(jsonb)', 'EXECUTE'),
  'only the service role issues mail tokens and purges unconfirmed addresses');
select ok(
  has_function_privilege('authenticated', 'public.follower_counts(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.follower_counts(jsonb)', 'EXECUTE'),
  'follower counts are for signed-in staff, not anon');
select ok(
  has_function_privilege('anon', 'public.follow_challenge(jsonb)', 'EXECUTE')
  and has_function_privilege('service_role', 'public.update_deployment_settings(jsonb)', 'EXECUTE')
  and not has_function_privilege('anon', 'public.update_deployment_settings(jsonb)', 'EXECUTE')
  and not has_function_privilege('authenticated', 'public.update_deployment_settings(jsonb)', 'EXECUTE'),
  'anyone gets a challenge; only the service role changes the deployment settings');
select ok(
  not has_any_column_privilege('service_role', 'portal.challenge_secrets', 'SELECT')
  and not has_any_column_privilege('service_role', 'portal.deployment_settings', 'UPDATE')
  and not has_any_column_privilege('service_role', 'portal.spent_challenges', 'SELECT'),
  'not even the service role reads the challenge keys or writes the settings table directly');

-- Addresses ---------------------------------------------------------------------------------------------------

select ok(portal.is_email_address('o''brien+buurt@sub.voorbeeld.nl'), 'an address with an apostrophe, plus and subdomain passes');
select ok(
  not portal.is_email_address('Jan@voorbeeld.nl') and not portal.is_email_address('jan@voorbeeld.nl ')
  and not portal.is_email_address('jan@voorbeeld') and not portal.is_email_address(E'jan@voorbeeld.nl\r\nbcc: x@y.nl')
  and not portal.is_email_address(repeat('a', 65) || '@voorbeeld.nl')
  and not portal.is_email_address('jj@' || repeat('d', 63) || '.' || repeat('e', 63) || '.' || repeat('f', 63) || '.' || repeat('g', 60) || '.nl'),
  'capitals, spaces, a missing top-level domain, header injection, a long local part and 255+ characters fail');

-- The loop --------------------------------------------------------------------------------------------------------

set local request.headers to '{"x-forwarded-for": "203.0.113.1, 10.0.0.1"}';
select is(pg_temp.refusal($$ select public.follow_project('{"organisation":"testdam","project":"testproject","email":"pgtap@voorbeeld.nl"}') $$),
  '22023 altcha', 'follow_project without a solved challenge answers 400 on field altcha');
create temp table followed on commit drop as
  select pg_temp.follow('{"organisation":"testdam","project":"testproject","email":" Pgtap@Voorbeeld.nl ","frequency":"daily"}') as doc;
select is((select doc ->> 'status' from followed), 'check_your_mail', 'follow_project answers check_your_mail');
select is((select count(*)::int from portal.subscribers where email = 'pgtap@voorbeeld.nl'), 1, 'the address is stored trimmed and lower-case');
select is(
  (select jsonb_agg(jsonb_build_object('kind', o.kind, 'status', o.status)) from portal.outbox o
   join portal.subscribers s on s.id = o.subscriber_id where s.email = 'pgtap@voorbeeld.nl'),
  '[{"kind": "confirm", "status": "pending"}]'::jsonb, 'one pending confirmation mail is enqueued');
select is(
  (select pg_temp.follow('{"organisation":"testdam","project":"testproject","email":"pgtap@voorbeeld.nl","frequency":"daily"}')),
  (select doc from followed), 'a known address gets the same answer');
create temp table replayed on commit drop as select pg_temp.solved() as altcha;
select public.follow_project(jsonb_build_object('organisation', 'testdam', 'project', null, 'email', 'eenmaal@voorbeeld.nl', 'altcha', altcha))
from replayed;
select is(pg_temp.refusal(format($$ select public.follow_project('{"organisation":"testdam","project":null,"email":"andermaal@voorbeeld.nl","altcha":"%s"}') $$,
  (select altcha from replayed))), '22023 altcha', 'a solution works once');

create temp table issued on commit drop as
  select public.issue_mail_token(jsonb_build_object('outbox_id', min(o.id))) as doc from portal.outbox o
  join portal.subscribers s on s.id = o.subscriber_id where s.email = 'pgtap@voorbeeld.nl';
select ok((select doc ->> 'token' from issued) ~ '^[A-Za-z0-9_-]{43}$' and (select doc ->> 'purpose' from issued) = 'confirm',
  'issue_mail_token returns a 43-character base64url confirmation token (256 bits)');
select is((select count(*)::int from portal.subscriber_tokens t, issued i where t.token_hash = sha256(convert_to(i.doc ->> 'token', 'UTF8'))), 1,
  'only the token''s sha256 is stored');

create temp table confirmed on commit drop as
  select public.confirm_subscription(jsonb_build_object('token', doc ->> 'token')) as doc from issued;
select is((select doc ->> 'already_confirmed' from confirmed), 'false', 'confirm_subscription confirms');
create temp table confirmed_again on commit drop as
  select public.confirm_subscription(jsonb_build_object('token', doc ->> 'token')) as doc from issued;
select is((select jsonb_build_object('already', doc -> 'already_confirmed', 'manage', doc -> 'manage_token') from confirmed_again),
  '{"already": true, "manage": null}'::jsonb, 'a confirmation link works once: a second use answers already confirmed and mints no manage token');
select is(
  (select count(*)::int from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id
   where s.email = 'pgtap@voorbeeld.nl' and x.confirmed_at is not null and x.frequency = 'daily'), 1,
  'the subscription is confirmed with its frequency');
select is(jsonb_array_length(public.my_subscriptions(jsonb_build_object('token', (select doc ->> 'manage_token' from confirmed))) -> 'subscriptions'), 1,
  'the manage token opens the subscriber''s own subscriptions');
select is(pg_temp.refusal(format($$ select public.my_subscriptions('{"token":"%s"}') $$, (select doc ->> 'token' from issued))), 'PT404',
  'a confirmation token does not open the manage page');

-- Expired and unknown links
create temp table late on commit drop as
  select pg_temp.follow('{"organisation":"testdam","project":null,"email":"laat@voorbeeld.nl"}') as doc;
create temp table late_token on commit drop as
  select public.issue_mail_token(jsonb_build_object('outbox_id', max(o.id))) ->> 'token' as token from portal.outbox o;
update portal.subscriber_tokens set expires_at = now() - interval '1 second'
where token_hash = (select sha256(convert_to(token, 'UTF8')) from late_token);
select is(pg_temp.refusal(format($$ select public.confirm_subscription('{"token":"%s"}') $$, (select token from late_token))), 'PT410',
  'an expired confirmation link answers 410');
select is(pg_temp.refusal($$ select public.confirm_subscription(jsonb_build_object('token', repeat('A', 43))) $$), 'PT404',
  'an unknown link answers 404');
select is(pg_temp.refusal($$ select public.confirm_subscription('{"token":"kort"}') $$), '22023 token',
  'a malformed link answers 400 on the token field');

-- Rate limits: per subscription, so whoever asks three times for laat@ and this project locks nobody out of
-- anything else. Each from its own source.
select is(
  (select string_agg(pg_temp.refusal(format($$ select pg_temp.follow('{"organisation":"testdam","project":"testproject","email":"%s"}', '198.51.100.%s') $$, u.address, u.n)), ',' order by u.n)
   from unnest(array['laat@voorbeeld.nl', 'LAAT@voorbeeld.nl', 'laat@voorbeeld.nl', 'laat@voorbeeld.nl']) with ordinality u (address, n)),
  'ok,ok,ok,PT429', 'the fourth confirmation mail for one subscription within 24 hours answers 429');
select is(pg_temp.refusal($$ select pg_temp.follow('{"organisation":"testdam","project":null,"email":"laat@voorbeeld.nl"}', '198.51.100.9') $$), 'ok',
  'the same address still follows something else');
-- The source is the entry the nearest trusted proxy added: counted from the right, so what a client writes in
-- front of it changes nothing.
select is(
  (select string_agg(pg_temp.refusal(format($$ select pg_temp.follow('{"organisation":"testdam","project":"testproject","email":"bron%s@voorbeeld.nl"}', '%s.0.0.1, 203.0.113.77') $$, i, i)), ',' order by i)
   from generate_series(1, 21) i),
  repeat('ok,', 20) || 'PT429', 'the 21st request from one source within an hour answers 429, whatever the client writes in x-forwarded-for');
select is(pg_temp.refusal($$ select pg_temp.follow('{"organisation":"testdam","project":"testproject","email":"bron-x@voorbeeld.nl"}', '203.0.113.77, 10.0.0.2') $$), 'ok',
  'another right-most entry is another source');
set local request.headers to '{"x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.1", "x-real-ip": "6.6.6.7"}';
select is(portal.request_source(), '10.0.0.1', 'without trusted proxies the source is the last entry, the gateway''s own');
select public.update_deployment_settings('{"trusted_proxies": 1}');
select is(portal.request_source(), '203.0.113.5', 'with one trusted proxy the source is the entry before the gateway''s');
select public.update_deployment_settings('{"trusted_proxies": 0}');
-- The organisation's hourly cap, whoever asks.
select public.update_deployment_settings(jsonb_build_object('confirmations_per_hour',
  (select count(*) from portal.mail_requests r where r.organisation_id = '10000000-0000-4000-8000-000000000001' and r.requested_at > now() - interval '1 hour')));
select is(pg_temp.refusal($$ select pg_temp.follow('{"organisation":"testdam","project":null,"email":"golf@voorbeeld.nl"}', '192.0.2.1') $$), 'PT429',
  'beyond the organisation''s confirmation mails per hour the answer is 429');
select public.update_deployment_settings('{"confirmations_per_hour": 300}');

-- Unsubscribe and delete, twice each
create temp table mail_before on commit drop as
  select s.id as subscriber, count(o.id)::int as mails from portal.subscribers s left join portal.outbox o on o.subscriber_id = s.id
  where s.email = 'pgtap@voorbeeld.nl' group by s.id;
select is((select public.unsubscribe(jsonb_build_object('token', doc ->> 'manage_token')) ->> 'removed' from confirmed), '1',
  'unsubscribe removes the subscription');
select is(
  (select jsonb_build_object('before', b.mails > 0, 'after', (select count(*) from portal.outbox o where o.subscriber_id = b.subscriber))
   from mail_before b),
  '{"before": true, "after": 0}'::jsonb, 'unsubscribing deletes the subscription''s mail not yet sent (its confirmation and welcome)');
select is((select public.unsubscribe(jsonb_build_object('token', doc ->> 'manage_token')) ->> 'removed' from confirmed), '0',
  'a second unsubscribe answers the same and removes nothing');
select is((select public.delete_my_data(jsonb_build_object('token', doc ->> 'manage_token')) ->> 'status' from confirmed), 'deleted',
  'delete_my_data deletes');
select is((select public.delete_my_data(jsonb_build_object('token', doc ->> 'manage_token')) ->> 'status' from confirmed), 'deleted',
  'a second delete_my_data answers the same');
select is((select count(*)::int from portal.subscribers where email = 'pgtap@voorbeeld.nl'), 0, 'the address is gone');

-- Links do not pile up: used confirmation links go once expired, every link 30 days after it expired.
update portal.subscriber_tokens set expires_at = now() - interval '31 days'
where token_hash = (select sha256(convert_to(token, 'UTF8')) from late_token);
select is((public.purge_unconfirmed('{}') ->> 'tokens_removed')::int >= 1, true, 'purge_unconfirmed removes links that expired 30 days ago');
select is((select count(*)::int from portal.subscriber_tokens where token_hash = (select sha256(convert_to(token, 'UTF8')) from late_token)), 0,
  'the expired link is gone');

-- Staff see counts, anon cannot ask
select pg_temp.sign_in('testdam_editor');
select ok(public.follower_counts('{"project_id":"20000000-0000-4000-8000-000000000001"}')::text !~ '@',
  'an editor gets follower counts without any address');
reset role;

select * from finish();
rollback;
