-- Notifications: what followers are told, written in the transaction that publishes it, and the three
-- functions the mail worker works the outbox with. The worker's side of the contract is
-- src/lib/notify/mail-batch.ts; every document claim_mail_batch answers parses with its mailBatchSchema.
--
--  * Enqueue: every publication event (portal.publication_event in 20261204000100_public_record.sql) asks
--    portal.notify_followers what to tell, which adds one outbox row per confirmed follower through
--    portal.enqueue_notice. The rows are written by the approver's own transaction: a publish that is
--    refused or rolled back enqueues nothing, and one that commits cannot lose its mail.
--  * Digests: rows for daily and weekly followers wait until the next digest moment (portal.next_digest_at:
--    07:00 Europe/Amsterdam, weekly on Monday); claim_mail_batch folds the due rows of one subscriber and
--    frequency into one mail.
--  * Claim, complete, fail: claim_mail_batch leases rows to one worker (status sending, locked_until); the
--    worker calls complete_mail right after the SMTP server accepted a mail, or fail_mail (backoff, given up
--    after 8 attempts). A lease that lapses (a crashed worker) makes the rows claimable again.
--  * A row whose record or project is no longer public when it is claimed is not mailed: it becomes
--    'cancelled', with the reason in last_error.
--  * Housekeeping: public.purge_outbox removes sent and cancelled rows after 30 days.

-- Outbox additions ----------------------------------------------------------------------------------------

-- Only used inside plpgsql bodies below: a value added by alter type cannot be used elsewhere in the
-- transaction that adds it (index predicates, checks, SQL-function bodies), and migrations run in one.
alter type portal.outbox_status add value if not exists 'cancelled';
comment on type portal.outbox_status is 'Where a mail in the outbox is: waiting, claimed by a worker, sent, given up after retries, or cancelled because what it was about is no longer public.';
comment on column portal.outbox.status is 'pending, sending (claimed by a worker until locked_until), sent, failed (after 8 attempts) or cancelled (its record or project was no longer public when it was claimed; last_error says why).';

alter table portal.outbox add column frequency portal.mail_frequency;
comment on column portal.outbox.frequency is 'For notices: the frequency of the subscription when the row was enqueued. Daily and weekly rows wait for the digest moment and are sent together as one digest; later changes of the preference do not move rows already waiting. Null for confirm and welcome mails.';

-- The claim reads due rows in (next_attempt_at, id) order and stops after `limit`: with 100,000 rows due
-- at the same moment (one fan-out), an index on next_attempt_at alone would make every claim sort all ties.
drop index portal.outbox_due_idx;
create index outbox_due_idx on portal.outbox (next_attempt_at, id) where status in ('pending', 'sending');
-- purge_outbox finds old finished rows without reading the rows still to send. The predicate names the
-- unfinished values, so it covers 'cancelled' too, which cannot be named in this transaction (see above).
create index outbox_finished_idx on portal.outbox (created_at) where status not in ('pending', 'sending');
-- enqueue_notice needs no new index on subscriptions: its project followers come from subscriptions_project_idx
-- (project_id, confirmed only), which also serves project_id is null for a few all-projects followers; with many
-- the planner hash-joins them with subscribers in one pass; the "also follows the project itself" check uses the
-- unique (subscriber_id, project_id) index.

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
  daily timestamptz := portal.next_digest_at('daily', now());
  weekly timestamptz := portal.next_digest_at('weekly', now());
  added integer;
begin
  -- One statement for every follower, however many (the benchmark fans out to 100,000): the followers of
  -- the project itself, plus the all-projects followers of its organisation who do not also follow the
  -- project (they get the one mail, through their project subscription). Confirmed only: nothing but the
  -- confirmation is ever sent before that. Nothing when the project itself is not public, unless the notice
  -- is of its withdrawal.
  insert into portal.outbox (organisation_id, subscriber_id, subscription_id, kind, project_id, record_id,
                             frequency, next_attempt_at, dedupe_key)
  select p.organisation_id, f.subscriber_id, f.subscription_id, notice_kind, p.id, record, f.frequency,
    case f.frequency when 'daily' then daily when 'weekly' then weekly else now() end,
    -- A repeat (a re-publish after a withdrawal, a second trigger in one transaction) adds nothing.
    format('%s:%s:%s', notice_kind, record, f.subscription_id)
  from portal.projects p
  cross join lateral (
    select x.subscriber_id, x.id as subscription_id, x.frequency
    from portal.subscriptions x
    where x.project_id = p.id and x.confirmed_at is not null
    union all
    select x.subscriber_id, x.id, x.frequency
    from portal.subscribers s
    join portal.subscriptions x on x.subscriber_id = s.id and x.project_id is null and x.confirmed_at is not null
    where s.organisation_id = p.organisation_id
      and not exists (select 1 from portal.subscriptions y
                      where y.subscriber_id = s.id and y.project_id = p.id and y.confirmed_at is not null)
  ) f
  where p.id = project and (p.publication = 'published' or notice_kind = 'withdrawal')
  on conflict (dedupe_key) do nothing;
  get diagnostics added = row_count;
  return added;
end
$$;
comment on function portal.enqueue_notice(text, uuid, uuid) is 'Adds one outbox row of this kind about this record for every confirmed follower of the published project: project followers, and all-projects followers of its organisation who do not follow the project itself. Daily and weekly rows wait for the next digest moment. dedupe_key <kind>:<record>:<subscription>, so a repeat adds nothing. Returns how many rows were added.';
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
  if ids is null or jsonb_typeof(ids) <> 'array' or jsonb_array_length(ids) = 0 or jsonb_array_length(ids) > 1000 then
    perform portal.invalid('outbox_ids', 'Geef een lijst van 1 tot 1000 mailnummers.', 'Give a list of 1 to 1000 mail ids.');
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
comment on function portal.input_outbox_ids(jsonb) is 'Reads input.outbox_ids: a list of 1 to 1000 positive whole numbers (or digit strings); 400 on field outbox_ids otherwise.';
revoke all on function portal.input_outbox_ids(jsonb) from public, anon, authenticated;

-- What a notice says ---------------------------------------------------------------------------------------

-- The record of a notice as the public site shows it now, in the shape of noticeItemSchema's record; null
-- when it (or its project) is no longer public, or a council outcome was taken back.
create function portal.notice_record(notice_kind text, record uuid) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  found jsonb;
begin
  case notice_kind
    when 'update' then
      select jsonb_build_object('id', u.id, 'title', u.title, 'body_md', u.body_md, 'published_at', u.published_at)
      into found from portal.updates u
      where u.id = record and u.publication = 'published' and portal.project_is_public(u.project_id);
    when 'decision' then
      select jsonb_build_object('id', d.id, 'title', d.title, 'decided_on', d.decided_on, 'decided_by', d.decided_by,
        'decision', d.decision, 'rationale', d.rationale, 'input_used', d.input_used)
      into found from portal.decisions d
      where d.id = record and d.publication = 'published' and portal.project_is_public(d.project_id);
    when 'promise_status' then
      select jsonb_build_object('id', c.id, 'promise_id', p.id, 'promise', p.body, 'status', c.status,
        'previous_status', (
          select b.status from portal.promise_status_changes b
          where b.promise_id = c.promise_id and b.id <> c.id
            and (b.changed_at, b.created_at) <= (c.changed_at, c.created_at)
          order by b.changed_at desc, b.created_at desc limit 1),
        'changed_at', c.changed_at, 'changed_by', c.changed_by, 'explanation', c.explanation)
      into found from portal.promise_status_changes c join portal.promises p on p.id = c.promise_id
      where c.id = record and p.publication = 'published' and portal.project_is_public(p.project_id);
    when 'council_outcome' then
      select jsonb_build_object('id', m.id, 'meets_on', m.meets_on, 'body', m.body, 'agenda_item', m.agenda_item,
        'outcome', m.outcome, 'outcome_summary', m.outcome_summary,
        'differs_from_participation', m.differs_from_participation, 'council_reasons', m.council_reasons)
      into found from portal.council_moments m
      where m.id = record and m.publication = 'published' and m.outcome <> 'pending' and portal.project_is_public(m.project_id);
    when 'key_date' then
      select jsonb_build_object('id', k.id, 'kind', k.kind, 'title', k.title, 'starts_at', k.starts_at,
        'ends_at', k.ends_at, 'location', k.location, 'online_url', k.online_url, 'how_to_join', k.how_to_join)
      into found from portal.key_dates k
      where k.id = record and k.publication = 'published' and portal.project_is_public(k.project_id);
    when 'promise' then
      select jsonb_build_object('id', p.id, 'body', p.body, 'made_on', p.made_on, 'made_by', p.made_by,
        'context', p.context, 'due_on', p.due_on)
      into found from portal.promises p
      where p.id = record and p.publication = 'published' and portal.project_is_public(p.project_id);
    when 'key_date_changed', 'expectations_changed' then
      -- The version that changed it and the one before, side by side; only while the record is still public.
      select jsonb_build_object('id', v.record_id, 'title', v.content ->> 'title', 'changed_at', v.at,
        'before', (select b.content from portal.record_versions b
                   where b.kind = v.kind and b.record_id = v.record_id and b.event in ('publish', 'revision') and b.version < v.version
                   order by b.version desc limit 1),
        'after', v.content)
      into found from portal.record_versions v
      where v.id = record and v.kind = case notice_kind when 'key_date_changed' then 'key_date' else 'phase' end
        and portal.project_is_public(v.project_id)
        and exists (select 1 from portal.key_dates k where k.id = v.record_id and k.publication = 'published'
                    union all
                    select 1 from portal.phases ph where ph.id = v.record_id and ph.publication = 'published');
    when 'withdrawal' then
      -- A withdrawal stays news while it stands: a record published again since is not mailed as withdrawn.
      select jsonb_build_object('id', v.record_id, 'kind', v.kind, 'title', portal.record_title(v.kind, v.content),
        'reason', v.reason, 'withdrawn_at', v.at)
      into found from portal.record_versions v
      where v.id = record and v.event = 'withdrawal' and (v.kind = 'project' or portal.project_is_public(v.project_id))
        and not exists (select 1 from portal.record_versions later where later.kind = v.kind and later.record_id = v.record_id
                        and later.ledger_seq > v.ledger_seq and later.event in ('publish', 'revision'));
    else
      found := null;
  end case;
  return found;
end
$$;
comment on function portal.notice_record(text, uuid) is 'The public fields of the record a notice is about, as they are now (update, decision, promise, promise_status: the status change with its promise, council_outcome, key_date), or of the change it is about (key_date_changed and expectations_changed: the version before and after; withdrawal: what was withdrawn, when and why); null when the record or its project is no longer public (a withdrawal: when it was published again since).';
revoke all on function portal.notice_record(text, uuid) from public, anon, authenticated;

-- The worker's functions ------------------------------------------------------------------------------------

create function public.claim_mail_batch(input jsonb default '{}'::jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  max_mails integer;
  lease interval;
  firsts bigint[];
  claimed bigint[];
  mails jsonb := '[]'::jsonb;
  mail record;
  issued record;
  unsubscribe_token text;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
  max_mails := coalesce(portal.input_integer(input, 'limit', 'Het aantal mails', 'The number of mails', 1, 500, false), 50);
  lease := coalesce(portal.input_integer(input, 'lease_seconds', 'De claimtijd', 'The lease', 5, 3600, false), 300)
    * interval '1 second';

  -- One claim at a time (until this transaction ends): two claims scanning the same subscriber's digest rows
  -- side by side could each lock part of them and split the digest. A claim is short, so workers barely wait.
  perform pg_advisory_xact_lock(hashtext('portal.claim_mail_batch'));

  -- A lease that lapsed after the last attempt: the worker crashed on this mail eight times; give up.
  update portal.outbox o
     set status = 'failed', locked_until = null,
         last_error = left(coalesce(o.last_error || ' / ', '') || 'The worker''s lease lapsed after the last attempt.', 2000)
   where o.status = 'sending' and o.locked_until < now() and o.attempts >= 8;

  -- The first `limit` due rows, oldest first: each starts at most one mail. Due: pending and its time has
  -- come, or claimed by a worker whose lease lapsed (it crashed before complete_mail or fail_mail).
  -- SKIP LOCKED: a row another transaction is changing right now (complete_mail, a delete) is left for later.
  select array_agg(q.id) into firsts from (
    select o.id from portal.outbox o
    where o.status in ('pending', 'sending') and o.next_attempt_at <= now()
      and (o.status = 'pending' or o.locked_until < now())
    order by o.next_attempt_at, o.id
    limit max_mails
    for update skip locked) q;
  if firsts is null then
    return jsonb_build_object('mails', '[]'::jsonb);
  end if;

  -- A digest row brings every other due row of its subscriber and frequency, so a digest is never split
  -- between two claims.
  select array_agg(q.id) into claimed from (
    select o.id from portal.outbox o
    where o.id = any (firsts)
       or (o.kind not in ('confirm', 'welcome') and o.frequency in ('daily', 'weekly')
           and o.status in ('pending', 'sending') and o.next_attempt_at <= now()
           and (o.status = 'pending' or o.locked_until < now())
           and (o.subscriber_id, o.frequency) in (
             select f.subscriber_id, f.frequency from portal.outbox f
             where f.id = any (firsts) and f.kind not in ('confirm', 'welcome') and f.frequency in ('daily', 'weekly')))
    for update skip locked) q;

  -- Not mailed: notices whose record or project is no longer public, and confirm and welcome mails of a
  -- project that is no longer public. They are marked so (status cancelled, the reason in last_error).
  update portal.outbox o
     set status = 'cancelled', locked_until = null,
         last_error = case when o.kind in ('confirm', 'welcome')
           then 'Cancelled: the project is no longer public.'
           else 'Cancelled: the record or its project is no longer public.' end
   where o.id = any (claimed)
     and case when o.kind in ('confirm', 'welcome') then o.project_id is not null and not portal.project_is_public(o.project_id)
              else portal.notice_record(o.kind, o.record_id) is null end;

  update portal.outbox o
     set status = 'sending', locked_until = now() + lease, attempts = o.attempts + 1
   where o.id = any (claimed) and o.status in ('pending', 'sending');

  -- One mail per confirm, welcome and immediate row; one per subscriber and frequency for digest rows.
  for mail in
    with rows as (
      select o.*,
        case when o.kind in ('confirm', 'welcome') or coalesce(o.frequency, 'immediate') = 'immediate'
             then 'r' || o.id else 'd:' || o.subscriber_id || ':' || o.frequency end as grp
      from portal.outbox o
      where o.id = any (claimed) and o.status = 'sending'
    )
    select min(r.id) as key_id, array_agg(r.id order by r.id) as ids, min(r.kind) as kind,
      max(r.attempts) as attempt, r.subscriber_id, min(r.organisation_id::text)::uuid as organisation_id,
      -- A digest may gather several subscriptions: its one-click unsubscribe then removes all of them.
      case when count(distinct coalesce(r.subscription_id::text, '-')) = 1 then min(r.subscription_id::text)::uuid end as subscription_id,
      min(r.frequency::text) as frequency, bool_or(coalesce((r.payload ->> 'already_confirmed')::boolean, false)) as already_confirmed,
      min(r.project_id::text)::uuid as project_id, r.grp like 'd:%' as is_digest,
      coalesce(jsonb_agg(jsonb_build_object('kind', r.kind, 'outbox_id', r.id,
          'project', (select jsonb_build_object('slug', p.slug, 'title', p.title) from portal.projects p where p.id = r.project_id),
          'record', portal.notice_record(r.kind, r.record_id)) order by r.id)
        filter (where r.kind not in ('confirm', 'welcome')), '[]'::jsonb) as items
    from rows r
    group by r.grp, r.subscriber_id
    order by min(r.id)
  loop
    issued := portal.issue_token(mail.subscriber_id, mail.subscription_id,
      case mail.kind when 'confirm' then 'confirm' else 'manage' end);
    -- The List-Unsubscribe header gets a token of its own that only unsubscribes: mail providers fetch that
    -- address and may keep it, so it must not open the manage page or delete the data. A confirmation mail
    -- has no such header: nothing is subscribed yet.
    unsubscribe_token := case when mail.kind <> 'confirm'
      then (portal.issue_token(mail.subscriber_id, mail.subscription_id, 'unsubscribe')).token end;
    mails := mails || jsonb_build_array((
      select jsonb_build_object(
        'key', 'mail-' || mail.key_id,
        'outbox_ids', to_jsonb(mail.ids),
        'kind', case when mail.kind in ('confirm', 'welcome') then mail.kind when mail.is_digest then 'digest' else 'notice' end,
        'attempt', mail.attempt,
        'to', s.email,
        'language', s.language,
        'organisation', jsonb_build_object('slug', org.slug, 'name', org.name),
        'token', issued.token,
        'token_expires_at', issued.expires_at,
        'unsubscribe_token', unsubscribe_token,
        'subscription_id', mail.subscription_id,
        'frequency', case when mail.kind in ('confirm', 'welcome')
          then coalesce((select x.frequency::text from portal.subscriptions x where x.id = mail.subscription_id), 'immediate')
          else mail.frequency end,
        'project', case when mail.kind in ('confirm', 'welcome') then (
          select jsonb_build_object('slug', p.slug, 'title', p.title) from portal.projects p
          where p.id = mail.project_id and p.publication = 'published') end,
        'already_confirmed', mail.kind = 'confirm' and mail.already_confirmed,
        'items', mail.items)
      from portal.subscribers s join portal.organisations org on org.id = mail.organisation_id
      where s.id = mail.subscriber_id));
  end loop;
  return jsonb_build_object('mails', mails);
end
$$;
comment on function public.claim_mail_batch(jsonb) is 'For the mail worker (service role only): claims due outbox rows and answers them as mails to send, {mails: ClaimedMail[]} as src/lib/notify/mail-batch.ts describes. Input: {limit? (1..500 mails, default 50), lease_seconds? (5..3600, default 300)}. Due: pending rows whose next_attempt_at has come, and sending rows whose lease lapsed. Claimed rows become sending with locked_until = now() + lease and attempts + 1; each mail gets a fresh token (confirm for a confirmation, else manage, for the links in its body) and, but for a confirmation, an unsubscribe token for its List-Unsubscribe header; stored hashed only. Confirm, welcome and immediate notices are one mail per row; the due daily or weekly rows of one subscriber are one digest (never split between claims). Rows whose record or project is no longer public become cancelled and are left out. Items oldest first, with the record''s current public fields. 401/403 for anon and authenticated, 400 for bad input.';

create function public.complete_mail(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  ids bigint[];
  changed integer;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
  ids := portal.input_outbox_ids(input);
  -- Only rows still claimed: a row another worker took over after a lapsed lease and already completed,
  -- or one that was cancelled, is not changed again.
  update portal.outbox o set status = 'sent', sent_at = now(), locked_until = null
  where o.id = any (ids) and o.status = 'sending';
  get diagnostics changed = row_count;
  return jsonb_build_object('changed', changed);
end
$$;
comment on function public.complete_mail(jsonb) is 'For the mail worker (service role only), right after the SMTP server accepted a mail: marks its outbox rows sent (sent_at now). Input: {outbox_ids (the mail''s outbox_ids)}. Only rows that are sending change. Answers {changed}. 400 on field outbox_ids for a list that is empty, longer than 1000 or holds anything but positive whole numbers.';

create function public.fail_mail(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  ids bigint[];
  error_text text;
  changed integer;
begin
  perform portal.require_mail_worker();
  perform portal.input_object(input);
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
         locked_until = null,
         last_error = error_text
   where o.id = any (ids) and o.status = 'sending';
  get diagnostics changed = row_count;
  return jsonb_build_object('changed', changed);
end
$$;
comment on function public.fail_mail(jsonb) is 'For the mail worker (service role only), when sending a mail failed: its rows go back to pending with next_attempt_at = now() + 1, 2, 4, ... minutes (after attempt 1, 2, 3, ...; at most 6 hours), or to failed after the 8th attempt; last_error holds the error (control characters replaced, cut to 2000 characters). Input: {outbox_ids, error (text)}. Only rows that are sending change. Answers {changed}. 400 on field outbox_ids or error for bad input.';

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
  where o.status not in ('pending', 'sending') and o.created_at < now() - interval '30 days'
    and o.status in ('sent', 'cancelled');
  get diagnostics removed = row_count;
  return jsonb_build_object('removed', removed);
end
$$;
comment on function public.purge_outbox(jsonb) is 'Housekeeping for the mail worker (service role only), to run daily next to purge_unconfirmed: removes sent and cancelled outbox rows enqueued more than 30 days ago. Failed rows stay for the operator. Input: {} (none). Answers {removed}.';

revoke all on function public.claim_mail_batch(jsonb), public.complete_mail(jsonb), public.fail_mail(jsonb),
  public.purge_outbox(jsonb)
from public, anon, authenticated, service_role;
grant execute on function public.claim_mail_batch(jsonb), public.complete_mail(jsonb), public.fail_mail(jsonb),
  public.purge_outbox(jsonb)
to service_role;
