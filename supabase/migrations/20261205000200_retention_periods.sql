-- How long the portal keeps what it holds about followers, in one place. The privacy statement reads these
-- periods through the API when the site is built (public.retention_periods), and the functions that issue
-- links and remove old data read the same ones (portal.retention_period: portal.issue_token, follow_project and
-- purge_unconfirmed in 20261128001300_subscriptions.sql, claim_mail_batch and purge_outbox in
-- 20261128001400_notifications.sql), so the statement cannot promise something the database does not do. Every
-- period is a whole number of days. To change one, change retention_periods: here until the first production
-- release, in a new migration that replaces it after that; page and purge change together.
--
-- rate_limit_days is how long the hashes that count confirmation mails for the rate limits of follow_project are
-- kept (portal.mail_requests). The per-subscription limit counts over 24 hours, so this period must stay at least
-- one day (days are whole and positive, so it does).

-- Stable, not immutable: an immutable call with constant arguments is folded into the cached plans of the
-- functions that use it, so a session that purged before a new migration replaced the periods would keep the old.
create function public.retention_periods() returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'unconfirmed_days', 8,
    'confirmation_link_days', 7,
    'mail_link_days', 365,
    'expired_link_days', 30,
    'finished_mail_days', 30,
    'rate_limit_days', 1
  )
$$;
comment on function public.retention_periods() is 'How long follower data is kept, in days, for the privacy statement and the functions that keep to it: {unconfirmed_days (an address nobody confirmed, then removed by purge_unconfirmed), confirmation_link_days (a confirmation link works this long), mail_link_days (the manage and unsubscribe links of a mail work this long), expired_link_days (a link is removed this long after it expired), finished_mail_days (sent and cancelled mails are removed from the outbox after this long, by purge_outbox), rate_limit_days (the hashes that count confirmation mails for the rate limits of follow_project are removed after this long)}. No input; readable by anyone.';
revoke all on function public.retention_periods() from public;
grant execute on function public.retention_periods() to anon, authenticated, service_role;

-- One period as an interval, for the functions that keep to it.
create function portal.retention_period(item text) returns interval
language sql stable
set search_path = ''
as $$
  select make_interval(days => (public.retention_periods() ->> item)::int)
$$;
comment on function portal.retention_period(text) is 'The period named item of public.retention_periods() (for example ''unconfirmed_days'') as an interval of days; null for an unknown name.';
revoke all on function portal.retention_period(text) from public, anon, authenticated;
