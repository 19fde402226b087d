-- How long the portal keeps what it holds about followers, in one place. The privacy statement reads these
-- periods through the API when the site is built (public.retention_periods), and the functions that issue
-- links and remove old data read the same ones, so the statement cannot promise something the database does
-- not do. Changing a period is a new migration that replaces retention_periods: page and purge change together.
--
-- purge_unconfirmed, purge_outbox and portal.issue_token are re-created here with their periods read from
-- retention_periods; apart from that they do exactly what they did (20261128001300_subscriptions.sql,
-- 20261128001400_notifications.sql). Links of a mail's body and header now last 365 days instead of
-- interval '1 year' (a day less after a leap day), so that every period is a whole number of days.

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
    'finished_mail_days', 30
  )
$$;
comment on function public.retention_periods() is 'How long follower data is kept, in days, for the privacy statement and the functions that keep to it: {unconfirmed_days (an address nobody confirmed, then removed by purge_unconfirmed), confirmation_link_days (a confirmation link works this long), mail_link_days (the manage and unsubscribe links of a mail work this long), expired_link_days (a link is removed this long after it expired), finished_mail_days (sent and cancelled mails are removed from the outbox after this long, by purge_outbox)}. No input; readable by anyone.';
revoke all on function public.retention_periods() from public;
grant execute on function public.retention_periods() to anon, authenticated, service_role;

-- One period as an interval, for the functions below.
create function portal.retention_period(item text) returns interval
language sql stable
set search_path = ''
as $$
  select make_interval(days => (public.retention_periods() ->> item)::int)
$$;
comment on function portal.retention_period(text) is 'The period named item of public.retention_periods() (for example ''unconfirmed_days'') as an interval of days; null for an unknown name.';
revoke all on function portal.retention_period(text) from public, anon, authenticated;

create or replace function portal.issue_token(subscriber uuid, subscription uuid, token_purpose text,
  out token text, out expires_at timestamptz)
language plpgsql volatile
set search_path = ''
as $$
begin
  token := portal.new_token();
  -- A confirmation link works for a week; the manage and unsubscribe links of a notice for a year, long
  -- enough for anyone who keeps old mail, short enough that a link in a forgotten mailbox dies.
  expires_at := now() + case token_purpose
    when 'confirm' then portal.retention_period('confirmation_link_days')
    else portal.retention_period('mail_link_days') end;
  -- An unsubscribe link without a subscription is one of a digest that gathered several: it stops them all.
  insert into portal.subscriber_tokens (token_hash, subscriber_id, subscription_id, purpose, all_subscriptions, expires_at)
  values (portal.token_digest(token), subscriber, subscription, token_purpose,
    token_purpose = 'unsubscribe' and subscription is null, issue_token.expires_at);
end
$$;
comment on function portal.issue_token(uuid, uuid, text) is 'A fresh token for the links of one mail: confirm (confirmation_link_days of retention_periods: 7), manage or unsubscribe (mail_link_days: 365), stored as its sha256 only and returned this once. Shared by issue_mail_token, claim_mail_batch and confirm_subscription.';

create or replace function public.purge_unconfirmed(input jsonb default '{}'::jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  subscriptions_removed integer;
  subscribers_removed integer;
  tokens_removed integer;
  unconfirmed interval := portal.retention_period('unconfirmed_days');
  expired_links interval := portal.retention_period('expired_link_days');
begin
  if auth.role() in ('anon', 'authenticated') then
    perform portal.forbidden('Alleen de mailverzender mag dit doen.', 'Only the mail sender may do this.');
  end if;
  perform portal.input_object(input);
  -- Pending for over 8 days (the 7 of the link, and a day's grace), with no link still valid and no
  -- confirmation mail still waiting to go out.
  delete from portal.subscriptions x
  where x.confirmed_at is null and x.created_at < now() - unconfirmed
    and not exists (select 1 from portal.subscriber_tokens t where t.subscription_id = x.id and t.expires_at > now())
    and not exists (select 1 from portal.outbox o where o.subscription_id = x.id and o.status in ('pending', 'sending'));
  get diagnostics subscriptions_removed = row_count;
  -- Subscribers left with nothing: no subscription and no manage link still valid.
  delete from portal.subscribers s
  where s.created_at < now() - unconfirmed
    and not exists (select 1 from portal.subscriptions x where x.subscriber_id = s.id)
    and not exists (select 1 from portal.subscriber_tokens t where t.subscriber_id = s.id and t.expires_at > now());
  get diagnostics subscribers_removed = row_count;
  -- Links: 30 days after they expired they answer "unknown" instead of "expired", which is no loss. A used
  -- confirmation link has done its work; it answers "already confirmed" to a second click until it expires.
  -- So the token table holds at most the links of the last 13 months of mail, however often a link is clicked.
  delete from portal.subscriber_tokens t
  where t.expires_at < now() - expired_links or (t.purpose = 'confirm' and t.used_at is not null and t.expires_at < now());
  get diagnostics tokens_removed = row_count;
  delete from portal.erased_tokens e where e.expires_at < now();
  delete from portal.spent_challenges c where c.expires_at < now();
  return jsonb_build_object('subscriptions_removed', subscriptions_removed, 'subscribers_removed', subscribers_removed,
    'tokens_removed', tokens_removed);
end
$$;
comment on function public.purge_unconfirmed(jsonb) is 'For the mail worker (service role only), to run daily: removes subscriptions still pending after unconfirmed_days of retention_periods (8; no valid link, no confirmation mail waiting) and subscribers left with no subscription and no valid manage link, so an address nobody confirmed is not kept; links expired more than expired_link_days (30) ago and used confirmation links that expired; erased token hashes and spent challenges that expired. Input: {} (none). Answers {subscriptions_removed, subscribers_removed, tokens_removed}.';

create or replace function public.purge_outbox(input jsonb default '{}'::jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  removed integer;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
  -- Sent and cancelled rows are kept 30 days, for the operator's questions ("did that mail go out?"); failed
  -- rows stay until their subscriber goes, since someone should look at them.
  delete from portal.outbox o
  where o.status not in ('pending', 'sending') and o.created_at < now() - portal.retention_period('finished_mail_days')
    and o.status in ('sent', 'cancelled');
  get diagnostics removed = row_count;
  -- A notice fanned out that long ago has done its work; its mails still waiting or failed keep it.
  delete from portal.notices n
  where n.fanned_out_at < now() - portal.retention_period('finished_mail_days')
    and not exists (select 1 from portal.outbox o where o.notice_id = n.id);
  return jsonb_build_object('removed', removed);
end
$$;
comment on function public.purge_outbox(jsonb) is 'Housekeeping for the mail worker (service role only), to run daily next to purge_unconfirmed: removes sent and cancelled outbox rows enqueued more than finished_mail_days of retention_periods (30) ago, and notices fanned out that long ago with no mail left. Failed rows stay for the operator. Input: {} (none). Answers {removed}.';
