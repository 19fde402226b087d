-- Notifications: what followers are told of a publication, and the functions the mail worker works the outbox
-- with. The worker's side of the contract is src/lib/mail/mail-batch.ts; every document claim_mail_batch
-- answers parses with its mailBatchSchema.
--
--  * Notice: every publication event (portal.publication_event in 20261204000100_public_record.sql) asks
--    portal.notify_followers (20261206000050_invitations.sql) what to tell, which writes one portal.notices row
--    (portal.enqueue_notice): one row whatever the number of followers, so a publish costs the same for 10 or
--    100,000 of them. It is written by
--    the approver's own transaction: a publish that is refused or rolled back tells nobody, and one that commits
--    cannot lose its notice.
--  * Fan-out: the worker turns a notice into one outbox row per follower (public.fan_out_notices), in batches
--    of its own transactions, in subscription order, unique per (subscription, notice), so a re-run or two
--    workers never double a mail. Only followers who had confirmed when the notice was made get it.
--  * Digests: rows for daily and weekly followers wait until the next digest moment (portal.next_digest_at:
--    07:00 Europe/Amsterdam, weekly on Monday); claim_mail_batch folds the due rows of one subscriber and
--    frequency into one mail.
--  * Claim, complete, fail, release: claim_mail_batch leases rows to one worker under a fresh claim id (status
--    sending, locked_until); the worker completes what the SMTP server accepted (complete_mail, per batch), fails
--    what it refused (fail_mail: backoff, given up after 8 attempts) and hands back what it did not send
--    (release_mail). Each changes only rows whose claim id still matches: a worker frozen past its lease cannot
--    complete a mail another worker has since claimed. A lease that lapses makes the rows claimable again.
--  * Unsubscribing deletes the subscription's mail not yet sent (outbox.subscription_id, on delete cascade).
--  * A row whose record or project is no longer public when it is claimed is not mailed: it becomes
--    'cancelled', with the reason in last_error.
--  * Housekeeping: public.purge_outbox removes sent and cancelled rows, and notices fanned out, after 30 days.

-- Outbox additions ----------------------------------------------------------------------------------------

alter table portal.outbox add column frequency portal.mail_frequency;
comment on column portal.outbox.frequency is 'For notices: the frequency of the subscription when the row was made. Daily and weekly rows wait for the digest moment and are sent together as one digest; later changes of the preference do not move rows already waiting. Null for confirm and welcome mails.';

alter table portal.outbox add column claim_id uuid;
comment on column portal.outbox.claim_id is 'While sending: the claim (claim_mail_batch) the row was leased under. complete_mail, fail_mail and release_mail change a row only for the claim it is still under.';

-- purge_outbox finds old finished rows without reading the rows still to send. The predicate names the
-- unfinished values, so it covers every finished one (sent, failed, cancelled).
create index outbox_finished_idx on portal.outbox (created_at) where status not in ('pending', 'sending');
-- A digest gathers the due rows of one subscriber and frequency; immediate rows (most of a fan-out) stay out of
-- this index, so they cost it nothing.
create index outbox_digest_idx on portal.outbox (subscriber_id, frequency) where frequency <> 'immediate';

-- Notices -------------------------------------------------------------------------------------------------

create table portal.notices (
  id bigint generated always as identity primary key,
  organisation_id uuid not null references portal.organisations (id) on delete cascade,
  project_id uuid not null references portal.projects (id) on delete cascade,
  kind text not null check (kind in ('update', 'decision', 'promise', 'promise_status', 'council_outcome', 'key_date',
    'key_date_changed', 'expectations_changed', 'withdrawal', 'invitation')),
  record_id uuid not null,
  audience text not null default 'followers' check (audience in ('followers', 'participants')),
  group_name text check (group_name is null or char_length(group_name) between 1 and 100),
  created_at timestamptz not null default now(),
  fanned_out_to uuid,
  fanned_out_at timestamptz,
  mails integer not null default 0 check (mails >= 0),
  -- A repeat (a re-publish after a withdrawal, a second trigger in one transaction) adds nothing.
  unique (kind, record_id)
);
comment on table portal.notices is 'One row per thing followers are told (a publication event), written by the publishing transaction; the mail worker fans it out into one outbox row per follower (public.fan_out_notices). Holds no personal data.';
comment on column portal.notices.id is 'Primary key; notices are fanned out in this order.';
comment on column portal.notices.organisation_id is 'The organisation whose project it is.';
comment on column portal.notices.project_id is 'The project whose followers are told.';
comment on column portal.notices.kind is 'What it tells: update, decision, promise, promise_status, council_outcome, key_date, key_date_changed, expectations_changed, withdrawal (and invitation, 20261206000050_invitations.sql).';
comment on column portal.notices.record_id is 'The record it is about, as outbox.record_id (for key_date_changed, expectations_changed and withdrawal the version that says what changed).';
comment on column portal.notices.audience is 'followers: the confirmed followers of the project and the all-projects followers of the organisation; participants: only the project''s followers who want to take part (of group_name when set).';
comment on column portal.notices.group_name is 'For participants: only followers who named this neighbourhood or group (compared without case and outer spaces).';
comment on column portal.notices.created_at is 'When it was published: only followers who had confirmed by then get it.';
comment on column portal.notices.fanned_out_to is 'The last subscription (in id order) the fan-out has made a row for; null before the first batch.';
comment on column portal.notices.fanned_out_at is 'When the fan-out finished (also when it ended early because the record was no longer public); null while followers remain.';
comment on column portal.notices.mails is 'How many outbox rows the fan-out made.';

create index notices_to_fan_out_idx on portal.notices (id) where fanned_out_at is null;

alter table portal.outbox add column notice_id bigint references portal.notices (id) on delete cascade;
comment on column portal.outbox.notice_id is 'The notice this row is one follower''s mail of; null for confirm and welcome mails.';
-- One mail per follower per notice, so a re-run of a fan-out batch adds nothing.
create unique index outbox_notice_mail_idx on portal.outbox (notice_id, subscription_id);
-- Deleting a subscription (unsubscribe, delete_my_data) deletes its mail through this index.
create index outbox_subscription_idx on portal.outbox (subscription_id);

alter table portal.notices enable row level security;
revoke all on portal.notices from public, anon, authenticated, service_role;
grant select on portal.notices to service_role;

-- Digest moments ------------------------------------------------------------------------------------------

create function portal.next_digest_at(frequency portal.mail_frequency, from_time timestamptz) returns timestamptz
language sql stable
set search_path = ''
as $$
  -- Computed on the local wall clock, so 07:00 stays 07:00 across the change to and from summer time;
  -- 07:00 itself always exists (the clocks move at 02:00 and 03:00).
  with local as (select (from_time at time zone 'Europe/Amsterdam') as t)
  select case frequency
    when 'immediate' then from_time
    when 'daily' then (
      select (case when d > l.t then d else d + interval '1 day' end) at time zone 'Europe/Amsterdam'
      from local l, lateral (select date_trunc('day', l.t) + interval '7 hours' as d) x)
    when 'weekly' then (
      -- date_trunc('week') is the Monday of the ISO week.
      select (case when w > l.t then w else w + interval '7 days' end) at time zone 'Europe/Amsterdam'
      from local l, lateral (select date_trunc('week', l.t) + interval '7 hours' as w) x)
  end
$$;
comment on function portal.next_digest_at(portal.mail_frequency, timestamptz) is 'When a notice enqueued at from_time is due: at once for immediate, the next 07:00 Europe/Amsterdam (strictly after from_time) for daily, the next Monday 07:00 Europe/Amsterdam for weekly.';
revoke all on function portal.next_digest_at(portal.mail_frequency, timestamptz) from public, anon, authenticated;
grant execute on function portal.next_digest_at(portal.mail_frequency, timestamptz) to service_role;

-- Enqueue -------------------------------------------------------------------------------------------------

create function portal.enqueue_notice(notice_kind text, record uuid, project uuid) returns integer
language plpgsql volatile
set search_path = ''
as $$
declare
  added integer;
begin
  -- One row, whatever the number of followers: the worker fans it out after this transaction commits. Nothing
  -- when the project itself is not public, unless the notice is of its withdrawal.
  insert into portal.notices (organisation_id, project_id, kind, record_id)
  select p.organisation_id, p.id, notice_kind, record
  from portal.projects p
  where p.id = project and (p.publication = 'published' or notice_kind = 'withdrawal')
  on conflict (kind, record_id) do nothing;
  get diagnostics added = row_count;
  return added;
end
$$;
comment on function portal.enqueue_notice(text, uuid, uuid) is 'Writes the notice of this kind about this record for the followers of the published project (one portal.notices row; public.fan_out_notices makes their mails). A repeat adds nothing. Returns 1 when it was added, else 0.';
revoke all on function portal.enqueue_notice(text, uuid, uuid) from public, anon, authenticated, service_role;

-- Input of the worker functions ----------------------------------------------------------------------------

create function portal.require_mail_worker() returns void
language plpgsql stable
set search_path = ''
as $$
begin
  -- The execute grants already keep residents and staff out; this says so once more, with a message, in
  -- case a grant is ever widened. (A direct database connection has no API role and passes.)
  if auth.role() in ('anon', 'authenticated') then
    perform portal.forbidden('Alleen de mailverzender mag dit doen.', 'Only the mail sender may do this.');
  end if;
end
$$;
comment on function portal.require_mail_worker() is 'Refuses (403, 401 for anon) callers with an API role other than the service role.';
revoke all on function portal.require_mail_worker() from public, anon, authenticated;

create function portal.input_outbox_ids(input jsonb) returns bigint[]
language plpgsql stable
set search_path = ''
as $$
declare
  ids jsonb := input -> 'outbox_ids';
begin
  if ids is null or jsonb_typeof(ids) <> 'array' or jsonb_array_length(ids) = 0 or jsonb_array_length(ids) > 10000 then
    perform portal.invalid('outbox_ids', 'Geef een lijst van 1 tot 10000 mailnummers.', 'Give a list of 1 to 10000 mail ids.');
  end if;
  -- Numbers or digit strings of a bigint, as claim_mail_batch hands them out.
  if exists (select 1 from jsonb_array_elements(ids) e
             where jsonb_typeof(e.value) not in ('number', 'string') or (e.value #>> '{}') !~ '^\d{1,18}$'
                or (e.value #>> '{}')::bigint = 0) then
    perform portal.invalid('outbox_ids', 'Elk mailnummer moet een positief heel getal zijn.', 'Every mail id must be a positive whole number.');
  end if;
  return (select array_agg(distinct (e.value #>> '{}')::bigint) from jsonb_array_elements(ids) e);
end
$$;
comment on function portal.input_outbox_ids(jsonb) is 'Reads input.outbox_ids: a list of 1 to 10000 positive whole numbers (or digit strings); 400 on field outbox_ids otherwise.';
revoke all on function portal.input_outbox_ids(jsonb) from public, anon, authenticated;

-- The worker's functions ------------------------------------------------------------------------------------
-- What a notice says (the record it is about, as the public site shows it now) is portal.notice_record's
-- (20261206000050_invitations.sql, beside the last kind it answers, invitation); these are plpgsql, so it is looked
-- up when they run.

create function public.fan_out_notices(input jsonb default '{}'::jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  max_rows integer;
  n portal.notices;
  daily timestamptz;
  weekly timestamptz;
  seen integer;
  added integer;
  after_subscription uuid;
  last_subscription uuid;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
  max_rows := coalesce(portal.input_integer(input, 'limit', 'Het aantal volgers', 'The number of followers', 1, 50000, false), 10000);

  -- The oldest notice still to fan out that no other worker is fanning out right now (SKIP LOCKED): two workers
  -- work two notices side by side, never one notice twice at once.
  select * into n from portal.notices x where x.fanned_out_at is null order by x.id limit 1 for update skip locked;
  if n.id is null then
    return jsonb_build_object('notice_id', null, 'added', 0, 'done', true);
  end if;
  -- What is no longer public by now is not mailed at all: the notice ends without rows.
  if portal.notice_record(n.kind, n.record_id) is null then
    update portal.notices x set fanned_out_at = now() where x.id = n.id;
    return jsonb_build_object('notice_id', n.id, 'added', 0, 'done', true);
  end if;

  -- Where the last batch stopped (the lowest uuid before the first).
  after_subscription := coalesce(n.fanned_out_to, '00000000-0000-0000-0000-000000000000');
  daily := portal.next_digest_at('daily', n.created_at);
  weekly := portal.next_digest_at('weekly', n.created_at);
  -- The next `max_rows` followers after the last batch, in subscription order: the followers of the project itself,
  -- plus (for a notice to all followers) the all-projects followers of its organisation who do not also follow the
  -- project (they get the one mail, through their project subscription). Only those who had confirmed when the
  -- notice was made. Both halves read subscriptions_project_idx in id order, so a batch costs the same at
  -- the end of 100,000 followers as at the start.
  with batch as materialized (
    select f.id, f.subscriber_id, f.frequency from (
      select x.id, x.subscriber_id, x.frequency
      from portal.subscriptions x
      where x.project_id = n.project_id and x.confirmed_at <= n.created_at
        and x.id > after_subscription
        and (n.audience = 'followers'
             or (x.participate and (n.group_name is null or lower(btrim(x.group_name)) = lower(btrim(n.group_name)))))
      union all
      select x.id, x.subscriber_id, x.frequency
      from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id
      where n.audience = 'followers' and x.project_id is null and x.confirmed_at <= n.created_at
        and x.id > after_subscription
        and s.organisation_id = n.organisation_id
        and not exists (select 1 from portal.subscriptions y
                        where y.subscriber_id = x.subscriber_id and y.project_id = n.project_id and y.confirmed_at <= n.created_at)
    ) f
    order by f.id
    limit max_rows
  ), inserted as (
    insert into portal.outbox (organisation_id, subscriber_id, subscription_id, notice_id, kind, project_id, record_id,
                               frequency, next_attempt_at)
    -- An invitation (participants) goes out at once, whatever the follower's digest setting.
    select n.organisation_id, b.subscriber_id, b.id, n.id, n.kind, n.project_id, n.record_id,
      case when n.audience = 'participants' then 'immediate' else b.frequency end,
      case when n.audience = 'participants' then now()
           else case b.frequency when 'daily' then daily when 'weekly' then weekly else now() end end
    from batch b
    on conflict (notice_id, subscription_id) do nothing
    returning 1
  )
  -- uuid has no max(); its text form sorts the same way.
  select count(*)::int, max(b.id::text)::uuid, (select count(*)::int from inserted)
  into seen, last_subscription, added
  from batch b;

  update portal.notices x
     set fanned_out_to = coalesce(last_subscription, x.fanned_out_to),
         mails = x.mails + added,
         fanned_out_at = case when seen < max_rows then now() end
   where x.id = n.id;
  return jsonb_build_object('notice_id', n.id, 'added', added, 'done', seen < max_rows);
end
$$;
comment on function public.fan_out_notices(jsonb) is 'For the mail worker (service role only): makes the next batch of outbox rows of the oldest notice not yet fanned out (one per follower who had confirmed when it was published, in subscription order; unique per subscription and notice, so a re-run adds nothing), in this call''s own transaction. Input: {limit? (1..50000 followers, default 10000)}. Answers {notice_id (null when no notice waits), added (rows made), done (this notice has no followers left)}. A notice whose record or project is no longer public ends without rows. Call until notice_id is null.';

-- The claim id of complete_mail, fail_mail and release_mail.
create function portal.input_claim(input jsonb) returns uuid
language plpgsql stable
set search_path = ''
as $$
begin
  if jsonb_typeof(input -> 'claim_id') is distinct from 'string'
     or (input ->> 'claim_id') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    perform portal.invalid('claim_id', 'Geef het claimnummer dat claim_mail_batch gaf.', 'Give the claim id claim_mail_batch answered.');
  end if;
  return (input ->> 'claim_id')::uuid;
end
$$;
comment on function portal.input_claim(jsonb) is 'Reads input.claim_id, the uuid claim_mail_batch answered; 400 on field claim_id otherwise.';
revoke all on function portal.input_claim(jsonb) from public, anon, authenticated;

create function public.claim_mail_batch(input jsonb default '{}'::jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  max_mails integer;
  lease interval;
  claim uuid := gen_random_uuid();
  firsts bigint[];
  claimed bigint[];
  mails jsonb;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
  max_mails := coalesce(portal.input_integer(input, 'limit', 'Het aantal mails', 'The number of mails', 1, 1000, false), 100);
  lease := coalesce(portal.input_integer(input, 'lease_seconds', 'De claimtijd', 'The lease', 5, 3600, false), 300)
    * interval '1 second';

  -- One claim at a time (until this transaction ends): two claims scanning the same subscriber's digest rows
  -- side by side could each lock part of them and split the digest. A claim is a few set-based statements, so
  -- workers barely wait.
  perform pg_advisory_xact_lock(hashtext('portal.claim_mail_batch'));

  -- A lease that lapsed after the last attempt: the worker crashed on this mail eight times; give up.
  update portal.outbox o
     set status = 'failed', locked_until = null, claim_id = null,
         last_error = left(coalesce(o.last_error || ' / ', '') || 'The worker''s lease lapsed after the last attempt.', 2000)
   where o.status = 'sending' and o.locked_until < now() and o.attempts >= 8;

  -- The first `limit` due rows, oldest first: each starts at most one mail. Due: pending and its time has
  -- come, or claimed by a worker whose lease lapsed (it crashed before reporting back).
  -- SKIP LOCKED: a row another transaction is changing right now (complete_mail, a delete) is left for later.
  select array_agg(q.id) into firsts from (
    select o.id from portal.outbox o
    where o.status in ('pending', 'sending') and o.next_attempt_at <= now()
      and (o.status = 'pending' or o.locked_until < now())
    order by o.next_attempt_at, o.id
    limit max_mails
    for update skip locked) q;
  if firsts is null then
    return jsonb_build_object('claim_id', null, 'mails', '[]'::jsonb);
  end if;

  -- A digest row brings every other due row of its subscriber and frequency, so a digest is never split
  -- between two claims (outbox_digest_idx finds them).
  select array_agg(q.id) into claimed from (
    select o.id from portal.outbox o
    where o.id in (
      select unnest(firsts)
      union
      select d.id from portal.outbox f
      join portal.outbox d on d.subscriber_id = f.subscriber_id and d.frequency = f.frequency
      where f.id = any (firsts) and f.frequency <> 'immediate' and f.kind not in ('confirm', 'welcome')
        and d.frequency <> 'immediate' and d.kind not in ('confirm', 'welcome')
        and d.status in ('pending', 'sending') and d.next_attempt_at <= now()
        and (d.status = 'pending' or d.locked_until < now()))
    for update skip locked) q;

  -- Not mailed: notices whose record or project is no longer public (asked once per record, not per row), and
  -- confirm and welcome mails of a project that is no longer public. They are marked so (status cancelled, the
  -- reason in last_error).
  with gone as (
    select k.kind, k.record_id
    from (select distinct o.kind, o.record_id from portal.outbox o
          where o.id = any (claimed) and o.kind not in ('confirm', 'welcome')) k
    where portal.notice_record(k.kind, k.record_id) is null
  )
  update portal.outbox o
     set status = 'cancelled', locked_until = null, claim_id = null,
         last_error = case when o.kind in ('confirm', 'welcome')
           then 'Cancelled: the project is no longer public.'
           else 'Cancelled: the record or its project is no longer public.' end
   where o.id = any (claimed)
     and case when o.kind in ('confirm', 'welcome') then o.project_id is not null and not portal.project_is_public(o.project_id)
              else (o.kind, o.record_id) in (select g.kind, g.record_id from gone g) end;

  update portal.outbox o
     set status = 'sending', locked_until = now() + lease, attempts = o.attempts + 1, claim_id = claim
   where o.id = any (claimed) and o.status in ('pending', 'sending');

  -- One mail per confirm, welcome and immediate row; one per subscriber and frequency for digest rows. Built in
  -- one statement: each record read once, each mail's two tokens made and stored in one insert.
  with claimed_rows as materialized (
    select o.*,
      case when o.kind in ('confirm', 'welcome') or coalesce(o.frequency, 'immediate') = 'immediate'
           then 'r' || o.id else 'd:' || o.subscriber_id || ':' || o.frequency end as grp
    from portal.outbox o
    where o.id = any (claimed) and o.status = 'sending' and o.claim_id = claim
  ), records as materialized (
    select k.kind, k.record_id, portal.notice_record(k.kind, k.record_id) as record
    from (select distinct r.kind, r.record_id from claimed_rows r where r.kind not in ('confirm', 'welcome')) k
  ), projects as materialized (
    select p.id, jsonb_build_object('slug', p.slug, 'title', p.title) as ref, p.publication
    from portal.projects p where p.id in (select r.project_id from claimed_rows r)
  ), grouped as materialized (
    select min(r.id) as key_id, array_agg(r.id order by r.id) as ids, min(r.kind) as kind,
      max(r.attempts) as attempt, r.subscriber_id, min(r.organisation_id::text)::uuid as organisation_id,
      -- A digest may gather several subscriptions: its one-click unsubscribe then removes all of them.
      case when count(distinct r.subscription_id) = 1 then min(r.subscription_id::text)::uuid end as subscription_id,
      min(r.frequency::text) as frequency, bool_or(coalesce((r.payload ->> 'already_confirmed')::boolean, false)) as already_confirmed,
      min(r.project_id::text)::uuid as project_id, r.grp like 'd:%' as is_digest,
      coalesce(jsonb_agg(jsonb_build_object('kind', r.kind, 'outbox_id', r.id,
          'project', (select p.ref from projects p where p.id = r.project_id),
          'record', (select x.record from records x where x.kind = r.kind and x.record_id = r.record_id)) order by r.id)
        filter (where r.kind not in ('confirm', 'welcome')), '[]'::jsonb) as items
    from claimed_rows r
    group by r.grp, r.subscriber_id
  ), tokens as materialized (
    -- The links of the body get a manage token (a confirmation: a confirm token). The List-Unsubscribe header gets
    -- a token of its own that only unsubscribes: mail providers fetch that address and may keep it, so it must
    -- not open the manage page or delete the data. A confirmation mail has no such header: nothing is subscribed yet.
    select g.key_id, portal.new_token() as token, case when g.kind <> 'confirm' then portal.new_token() end as unsubscribe_token,
      now() + case when g.kind = 'confirm' then portal.retention_period('confirmation_link_days')
                   else portal.retention_period('mail_link_days') end as expires_at
    from grouped g
  ), stored as (
    insert into portal.subscriber_tokens (token_hash, subscriber_id, subscription_id, purpose, all_subscriptions, expires_at)
    select portal.token_digest(t.token), g.subscriber_id, g.subscription_id,
      case when g.kind = 'confirm' then 'confirm' else 'manage' end, false, t.expires_at
    from grouped g join tokens t on t.key_id = g.key_id
    union all
    -- Without a subscription (a digest that gathered several) it stops them all.
    select portal.token_digest(t.unsubscribe_token), g.subscriber_id, g.subscription_id, 'unsubscribe', g.subscription_id is null, t.expires_at
    from grouped g join tokens t on t.key_id = g.key_id
    where t.unsubscribe_token is not null
  )
  select coalesce(jsonb_agg(jsonb_build_object(
      'key', 'mail-' || g.key_id,
      'outbox_ids', to_jsonb(g.ids),
      'kind', case when g.kind in ('confirm', 'welcome') then g.kind when g.is_digest then 'digest' else 'notice' end,
      'attempt', g.attempt,
      'to', s.email,
      'language', s.language,
      'organisation', jsonb_build_object('slug', org.slug, 'name', org.name),
      'token', t.token,
      'token_expires_at', t.expires_at,
      'unsubscribe_token', t.unsubscribe_token,
      'subscription_id', g.subscription_id,
      'frequency', case when g.kind in ('confirm', 'welcome')
        then coalesce((select x.frequency::text from portal.subscriptions x where x.id = g.subscription_id), 'immediate')
        else g.frequency end,
      'project', case when g.kind in ('confirm', 'welcome') then (
        select p.ref from projects p where p.id = g.project_id and p.publication = 'published') end,
      'already_confirmed', g.kind = 'confirm' and g.already_confirmed,
      'items', g.items) order by g.key_id), '[]'::jsonb)
  into mails
  from grouped g
  join tokens t on t.key_id = g.key_id
  join portal.subscribers s on s.id = g.subscriber_id
  join portal.organisations org on org.id = g.organisation_id;
  -- `stored` is not read: a data-modifying CTE runs to completion whether or not the query reads it, in this
  -- statement, so the tokens handed out are stored by the time the function returns.
  return jsonb_build_object('claim_id', claim, 'mails', mails);
end
$$;
comment on function public.claim_mail_batch(jsonb) is 'For the mail worker (service role only): claims due outbox rows under a fresh claim id and answers them as mails to send, {claim_id, mails: ClaimedMail[]} as src/lib/mail/mail-batch.ts describes (claim_id null and no mails when nothing is due). Input: {limit? (1..1000 mails, default 100), lease_seconds? (5..3600, default 300)}. Due: pending rows whose next_attempt_at has come, and sending rows whose lease lapsed. Claimed rows become sending with the claim id, locked_until = now() + lease and attempts + 1; each mail gets a fresh token (confirm for a confirmation, else manage, for the links in its body) and, but for a confirmation, an unsubscribe token for its List-Unsubscribe header; stored hashed only. Confirm, welcome and immediate notices are one mail per row; the due daily or weekly rows of one subscriber are one digest (never split between claims). Rows whose record or project is no longer public become cancelled and are left out. Items oldest first, with the record''s current public fields. 401/403 for anon and authenticated, 400 for bad input.';

create function public.complete_mail(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  claim uuid;
  ids bigint[];
  changed integer;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
  claim := portal.input_claim(input);
  ids := portal.input_outbox_ids(input);
  -- Only rows still under this claim: a row another worker took over after this one's lease lapsed is that
  -- worker's to report, and a cancelled one is not changed again.
  update portal.outbox o set status = 'sent', sent_at = now(), locked_until = null, claim_id = null
  where o.id = any (ids) and o.status = 'sending' and o.claim_id = claim;
  get diagnostics changed = row_count;
  return jsonb_build_object('changed', changed);
end
$$;
comment on function public.complete_mail(jsonb) is 'For the mail worker (service role only), once the SMTP server accepted mails: marks their outbox rows sent (sent_at now). Input: {claim_id (of claim_mail_batch), outbox_ids (the outbox_ids of one or more mails of that claim, at most 10000)}. Only rows still sending under that claim change. Answers {changed}. 400 on field claim_id or outbox_ids for bad input.';

create function public.fail_mail(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  claim uuid;
  ids bigint[];
  error_text text;
  changed integer;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
  claim := portal.input_claim(input);
  ids := portal.input_outbox_ids(input);
  if jsonb_typeof(input -> 'error') is distinct from 'string' then
    perform portal.invalid('error', 'Beschrijf de fout als tekst.', 'Describe the error as text.');
  end if;
  -- An SMTP server's answer is machine text: control characters become spaces and it is cut, never refused,
  -- since the failure has to be recorded either way.
  error_text := left(coalesce(nullif(btrim(regexp_replace(input ->> 'error', '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]', ' ', 'g')), ''),
    'Unknown error'), 2000);
  -- Backoff 1, 2, 4, ... minutes after attempt 1, 2, 3, ..., at most 6 hours; after the 8th attempt the
  -- mail is given up (failed), so an address that bounces for good stops costing work.
  update portal.outbox o
     set status = case when o.attempts >= 8 then 'failed'::portal.outbox_status else 'pending'::portal.outbox_status end,
         next_attempt_at = now() + least(interval '1 minute' * power(2, greatest(o.attempts, 1) - 1), interval '6 hours'),
         locked_until = null, claim_id = null,
         last_error = error_text
   where o.id = any (ids) and o.status = 'sending' and o.claim_id = claim;
  get diagnostics changed = row_count;
  return jsonb_build_object('changed', changed);
end
$$;
comment on function public.fail_mail(jsonb) is 'For the mail worker (service role only), when sending mails failed: their rows go back to pending with next_attempt_at = now() + 1, 2, 4, ... minutes (after attempt 1, 2, 3, ...; at most 6 hours), or to failed after the 8th attempt; last_error holds the error (control characters replaced, cut to 2000 characters). Input: {claim_id, outbox_ids (at most 10000), error (text)}. Only rows still sending under that claim change. Answers {changed}. 400 on field claim_id, outbox_ids or error for bad input.';

create function public.release_mail(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  claim uuid;
  changed integer;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
  claim := portal.input_claim(input);
  -- Due again at once, for any worker: what a stopping worker did not start, or what a restarted worker finds
  -- of its claim before the crash that its journal does not name as sent.
  update portal.outbox o set status = 'pending', locked_until = null, claim_id = null
  where o.claim_id = claim and o.status = 'sending';
  get diagnostics changed = row_count;
  return jsonb_build_object('changed', changed);
end
$$;
comment on function public.release_mail(jsonb) is 'For the mail worker (service role only): hands back the rows of a claim it will not send (pending again, due at once; the attempt stays counted). Input: {claim_id}. Only rows still sending under that claim change. Answers {changed}. 400 on field claim_id for bad input.';

create function public.purge_outbox(input jsonb default '{}'::jsonb) returns jsonb
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

revoke all on function public.fan_out_notices(jsonb), public.claim_mail_batch(jsonb), public.complete_mail(jsonb),
  public.fail_mail(jsonb), public.release_mail(jsonb), public.purge_outbox(jsonb)
from public, anon, authenticated, service_role;
grant execute on function public.fan_out_notices(jsonb), public.claim_mail_batch(jsonb), public.complete_mail(jsonb),
  public.fail_mail(jsonb), public.release_mail(jsonb), public.purge_outbox(jsonb)
to service_role;
