-- How long follower data is kept (20261205000200_retention_periods.sql): one function answers the periods, anyone
-- may read it (the privacy statement is built with the anon key), and the functions that issue links and remove
-- old data keep to it: a row a day younger than a period stays, a day older goes (sent mails, and the notices
-- they came from). Rolled back at the end.
begin;
set local search_path = public, extensions;

select plan(11);

select is(public.retention_periods(),
  '{"unconfirmed_days": 8, "confirmation_link_days": 7, "mail_link_days": 365, "expired_link_days": 30, "finished_mail_days": 30, "rate_limit_days": 1}'::jsonb,
  'retention_periods answers every period in days');
select ok(has_function_privilege('anon', 'public.retention_periods()', 'EXECUTE')
  and has_function_privilege('authenticated', 'public.retention_periods()', 'EXECUTE'),
  'anon and authenticated may read the periods');
select ok(not has_function_privilege('anon', 'portal.retention_period(text)', 'EXECUTE')
  and not has_function_privilege('authenticated', 'portal.retention_period(text)', 'EXECUTE'),
  'the helper that turns a period into an interval is not part of the API');
select is(portal.retention_period('unconfirmed_days'), make_interval(days => 8), 'retention_period gives a period as an interval of days');

-- Two addresses nobody confirmed, a day on either side of the period, and two sent mails likewise.
create temporary table aged (label text primary key, age integer, subscriber uuid default gen_random_uuid(),
  subscription uuid default gen_random_uuid()) on commit drop;
insert into aged (label, age) values ('jong', 7), ('oud', 9);
insert into portal.subscribers (id, organisation_id, email, created_at)
select a.subscriber, o.id, 'retentie-' || a.label || '@voorbeeld.nl', now() - make_interval(days => a.age)
from aged a, portal.organisations o where o.slug = 'testdam';
insert into portal.subscriptions (id, subscriber_id, project_id, created_at)
select a.subscription, a.subscriber, p.id, s.created_at
from aged a join portal.subscribers s on s.id = a.subscriber
  join portal.projects p on p.organisation_id = s.organisation_id and p.slug = 'testproject';

insert into portal.outbox (organisation_id, subscriber_id, subscription_id, kind, dedupe_key, status, sent_at, created_at)
select s.organisation_id, a.subscriber, a.subscription, 'update', 'retentie:' || m.age, 'sent', now(), now() - make_interval(days => m.age)
from aged a join portal.subscribers s on s.id = a.subscriber, (values (29), (31)) m (age)
where a.label = 'jong';

select lives_ok($$ select public.purge_unconfirmed('{}') $$, 'purge_unconfirmed runs');
select is((select count(*)::int from portal.subscriptions where id = (select subscription from aged where label = 'jong')), 1,
  'an address pending for a day less than unconfirmed_days stays');
select is((select count(*)::int from portal.subscribers where id = (select subscriber from aged where label = 'oud')), 0,
  'an address pending for a day more than unconfirmed_days goes');

-- Notices fanned out a day on either side of the period, one of them with a failed mail still waiting for the
-- operator, and one that was never fanned out at all.
create temporary table aged_notices (label text primary key, record uuid default gen_random_uuid(), created_days integer,
  fanned_out_days integer) on commit drop;
insert into aged_notices (label, created_days, fanned_out_days) values
  ('jong', 29, 29), ('oud', 31, 31), ('oud-met-mail', 31, 31), ('niet-uitgezet', 40, null);
insert into portal.notices (organisation_id, project_id, kind, record_id, created_at, fanned_out_at)
select p.organisation_id, p.id, 'update', a.record, now() - make_interval(days => a.created_days),
  now() - make_interval(days => a.fanned_out_days)
from aged_notices a, portal.projects p where p.slug = 'testproject';
insert into portal.outbox (organisation_id, subscriber_id, subscription_id, notice_id, kind, project_id, record_id, status,
  attempts, last_error, created_at)
select n.organisation_id, a.subscriber, a.subscription, n.id, n.kind, n.project_id, n.record_id, 'failed', 8, 'pgTAP',
  now() - interval '31 days'
from portal.notices n join aged_notices x on x.record = n.record_id and x.label = 'oud-met-mail', aged a
where a.label = 'jong';

select lives_ok($$ select public.purge_outbox('{}') $$, 'purge_outbox runs');
select results_eq($$ select dedupe_key from portal.outbox where dedupe_key like 'retentie:%' $$, $$ values ('retentie:29') $$,
  'a sent mail stays for finished_mail_days and goes a day later');
select results_eq(
  $$ select a.label from aged_notices a join portal.notices n on n.record_id = a.record order by a.label $$,
  $$ values ('jong'), ('niet-uitgezet'), ('oud-met-mail') $$,
  'a notice fanned out finished_mail_days ago goes, unless a mail of it is left; one not fanned out stays');

select is((select round(extract(epoch from (t.expires_at - now())) / 86400)::int
           from portal.issue_token((select subscriber from aged where label = 'jong'), null, 'manage') t), 365,
  'a manage link works for mail_link_days');

select * from finish();
rollback;
