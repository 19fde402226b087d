-- Residents follow projects with only an e-mail address: no account.
--  * portal.subscribers, portal.subscriptions: who follows which project (or every project of the
--    organisation), how often they want mail and in which language. Double opt-in: a subscription is
--    pending until the link in the confirmation mail is followed; nothing else is sent before that.
--  * portal.subscriber_tokens: the links in mails. A token is 32 random bytes (256 bits), handed out once
--    and never stored; only its sha256 is kept, so a copy of the database holds no working link. Three kinds:
--    confirm (one use, 7 days), manage (the links in a mail's body: settings, unsubscribe, delete; a year) and
--    unsubscribe (the List-Unsubscribe header, which mail providers fetch and may log: it only unsubscribes).
--  * portal.outbox: one row per mail to send. The mail worker sends it and gets the tokens of the mail's
--    links at send time, so not even the outbox holds a raw token.
--  * portal.mail_requests: the confirmation mails asked for, by hashes of the subscription and of the source,
--    so nobody can mail-bomb a stranger: 3 per subscription per 24 hours, 20 per source per hour, and the
--    organisation's hourly cap (portal.deployment_settings). Every request also carries a solved proof-of-work
--    challenge (20261128001250_follow_protection.sql).
--  * portal.erased_tokens: hashes of the tokens of deleted subscribers, so an old link answers "already
--    removed" instead of "unknown": unsubscribe and delete stay idempotent after the data is gone.
--  * How long links work and each of these is kept: public.retention_periods (20261205000200_retention_periods.sql),
--    which the privacy statement reads too.
--
-- Residents have no account, so every table here is closed to anon and authenticated: only the security
-- definer functions below touch them, each checking a token or a staff role first. The service role (the
-- mail worker) reads subscribers and subscriptions and works the outbox. Editors see counts only.
--
-- Not audited: residents are not signed in, so portal.audit_row() would skip their writes anyway, and an
-- audit row would copy e-mail addresses into a log that outlives the subscriber's wish to be forgotten.

-- Types and checks ---------------------------------------------------------------------------------------

create type portal.mail_frequency as enum ('immediate', 'daily', 'weekly');
comment on type portal.mail_frequency is 'How often a follower gets mail: each change at once, or a daily or weekly digest.';

create type portal.outbox_status as enum ('pending', 'sending', 'sent', 'failed', 'cancelled');
comment on type portal.outbox_status is 'Where a mail in the outbox is: waiting, claimed by a worker, sent, given up after retries, or cancelled because what it was about is no longer public.';

create function portal.is_email_address(value text) returns boolean
language sql immutable
set search_path = ''
as $$
  -- What people type and mail servers accept: a dot-atom local part of at most 64 characters and a domain
  -- of dot-separated labels with a top-level domain of letters. Quoted local parts, IP literals, spaces,
  -- commas and non-ASCII are refused: they are almost always a typo or an attempt at header injection.
  select value is not null
    and value = lower(btrim(value))
    and char_length(value) <= 254
    and value ~ '^[a-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&''*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$'
    and char_length(split_part(value, '@', 1)) <= 64
$$;
comment on function portal.is_email_address(text) is 'True for a normalised (lower-case, trimmed) e-mail address of at most 254 characters that mail can be sent to: dot-atom local part of at most 64 characters, a domain with a top-level domain of letters; no quoted parts, IP literals, spaces or non-ASCII.';

-- Tables -------------------------------------------------------------------------------------------------

create table portal.subscribers (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references portal.organisations (id) on delete cascade,
  email text not null check (portal.is_email_address(email)),
  language text not null default 'nl' check (language in ('nl', 'en')),
  created_at timestamptz not null default now(),
  unique (organisation_id, email)
);
comment on table portal.subscribers is 'A resident who follows projects of one organisation, known only by an e-mail address. Personal data: readable by the mail worker (service role) only; removed with everything linked by delete_my_data.';
comment on column portal.subscribers.id is 'Primary key.';
comment on column portal.subscribers.organisation_id is 'The organisation whose projects are followed; an address is a separate subscriber per organisation.';
comment on column portal.subscribers.email is 'The e-mail address, lower-case and trimmed (portal.is_email_address). Never readable by anon or staff.';
comment on column portal.subscribers.language is 'The language of the mails: nl or en.';
comment on column portal.subscribers.created_at is 'When the address first asked to follow something.';

create table portal.subscriptions (
  id uuid primary key default gen_random_uuid(),
  subscriber_id uuid not null references portal.subscribers (id) on delete cascade,
  project_id uuid references portal.projects (id) on delete cascade,
  frequency portal.mail_frequency not null default 'immediate',
  confirmed_at timestamptz,
  participate boolean not null default false,
  group_name text check (group_name is null or char_length(group_name) between 1 and 100),
  created_at timestamptz not null default now(),
  constraint subscriptions_one_per_project unique nulls not distinct (subscriber_id, project_id)
);
comment on table portal.subscriptions is 'What a subscriber follows: one project, or every project of the organisation (project_id null). Pending until confirmed through the link in the confirmation mail.';
comment on column portal.subscriptions.id is 'Primary key; the manage page and the unsubscribe link name a subscription by it.';
comment on column portal.subscriptions.subscriber_id is 'The subscriber; deleting the subscriber deletes the subscription.';
comment on column portal.subscriptions.project_id is 'The project followed (of the subscriber''s organisation), or null for every project of the organisation.';
comment on column portal.subscriptions.frequency is 'Mail at once, or a daily or weekly digest.';
comment on column portal.subscriptions.confirmed_at is 'When the subscriber confirmed through the mailed link; null while pending. Only confirmed subscriptions get mail other than the confirmation.';
comment on column portal.subscriptions.participate is 'The subscriber also wants to take part (for example in a sounding board), not only to read along.';
comment on column portal.subscriptions.group_name is 'The neighbourhood or group the subscriber belongs to, as they typed it, so the project sees which groups are missing. Optional; staff see counts per group, never who.';
comment on column portal.subscriptions.created_at is 'When the subscription was first asked for.';

-- The followers of a project in subscription order, for the fan-out of a notice in batches (project_id null: the
-- followers of every project).
create index subscriptions_project_idx on portal.subscriptions (project_id, id) where confirmed_at is not null;

create table portal.subscriber_tokens (
  token_hash bytea primary key check (octet_length(token_hash) = 32),
  subscriber_id uuid not null references portal.subscribers (id) on delete cascade,
  -- Set null rather than cascade: a manage link stays valid when the subscription it came with is
  -- unsubscribed, so unsubscribing twice and the manage page still work; a confirmation link then answers
  -- that there is nothing left to confirm.
  subscription_id uuid references portal.subscriptions (id) on delete set null,
  purpose text not null check (purpose in ('confirm', 'manage', 'unsubscribe')),
  -- Kept apart from subscription_id, which turns null when its subscription goes: an unsubscribe link issued for
  -- one subscription must not become one for all of them.
  all_subscriptions boolean not null default false check (purpose = 'unsubscribe' or not all_subscriptions),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
comment on table portal.subscriber_tokens is 'The links in mails. Only the sha256 of each token is stored; the token itself (32 random bytes, base64url) is returned once (claim_mail_batch, issue_mail_token, confirm_subscription) and lives only in the mail. purge_unconfirmed removes tokens 30 days after they expired, and used confirmation tokens once they expired.';
comment on column portal.subscriber_tokens.token_hash is 'sha256 of the token text as it appears in the link; looked up by hash, so the token is never compared or stored in the clear.';
comment on column portal.subscriber_tokens.subscriber_id is 'Whose link it is.';
comment on column portal.subscriber_tokens.subscription_id is 'The subscription the link is about: the one to confirm, or the mail''s subscription (or null) for manage and unsubscribe. Null once that subscription is removed.';
comment on column portal.subscriber_tokens.purpose is 'confirm: confirms one pending subscription, once (valid 7 days). manage: the links in a mail''s body; opens the manage page, unsubscribes, deletes the data (valid one year). unsubscribe: the List-Unsubscribe header of a mail; stops what the mail was about and nothing else (valid one year).';
comment on column portal.subscriber_tokens.all_subscriptions is 'For unsubscribe tokens: issued for all of the recipient''s subscriptions (a digest that gathered several). False: it stops its subscription_id only, and nothing once that is gone.';
comment on column portal.subscriber_tokens.created_at is 'When the token was issued.';
comment on column portal.subscriber_tokens.expires_at is 'After this the link answers 410 with a way forward.';
comment on column portal.subscriber_tokens.used_at is 'When the link was first used; null if never. A confirmation link works only while this is null.';

create index subscriber_tokens_subscriber_idx on portal.subscriber_tokens (subscriber_id);

create table portal.erased_tokens (
  token_hash bytea primary key check (octet_length(token_hash) = 32),
  expires_at timestamptz not null
);
comment on table portal.erased_tokens is 'Hashes of the tokens of subscribers who deleted their data, until the tokens would have expired, so an old unsubscribe or delete link answers "already removed". Holds no personal data: a hash of random bytes.';
comment on column portal.erased_tokens.token_hash is 'sha256 of a token of a deleted subscriber.';
comment on column portal.erased_tokens.expires_at is 'When the token would have expired; the row can go after that.';

create table portal.mail_requests (
  id bigint generated always as identity primary key,
  organisation_id uuid not null references portal.organisations (id) on delete cascade,
  subscription_hash bytea not null check (octet_length(subscription_hash) = 32),
  source_hash bytea not null check (octet_length(source_hash) = 32),
  requested_at timestamptz not null default now()
);
comment on table portal.mail_requests is 'Confirmation mails asked for, for the rate limits of follow_project (3 per subscription per 24 hours, 20 per source per hour, deployment_settings.confirmations_per_hour per organisation). Hashes only, kept for one day, and kept when a subscriber deletes their data so deleting cannot reset the limit.';
comment on column portal.mail_requests.id is 'Primary key.';
comment on column portal.mail_requests.organisation_id is 'The organisation whose confirmation mail it was, for its hourly cap.';
comment on column portal.mail_requests.subscription_hash is 'sha256 of the subscription asked for: organisation, project (or all) and the normalised e-mail address.';
comment on column portal.mail_requests.source_hash is 'sha256 of the request''s source (portal.request_source): the x-forwarded-for entry the nearest trusted proxy added, else ''unknown''.';
comment on column portal.mail_requests.requested_at is 'When the mail was asked for.';

create index mail_requests_subscription_idx on portal.mail_requests (subscription_hash, requested_at);
create index mail_requests_source_idx on portal.mail_requests (source_hash, requested_at);
create index mail_requests_organisation_idx on portal.mail_requests (organisation_id, requested_at);
create index mail_requests_requested_at_idx on portal.mail_requests (requested_at);

-- Few foreign keys: a fan-out writes 100,000 rows in a few statements, and every foreign key is a lookup and a row
-- lock per row (measured: four of them were half the cost). Only subscription_id has one here (and notice_id, added
-- in 20261128001400_notifications.sql); organisation_id, subscriber_id and project_id are copied from the
-- subscription (and the notice) by the functions that write rows. A row goes with its subscription, which goes with
-- its subscriber, which goes with its organisation; a notice's rows go with the notice, which goes with its project.
create table portal.outbox (
  id bigint generated always as identity primary key,
  organisation_id uuid not null,
  subscriber_id uuid not null,
  subscription_id uuid not null references portal.subscriptions (id) on delete cascade,
  kind text not null check (kind in ('confirm', 'welcome', 'update', 'decision', 'promise', 'promise_status', 'council_outcome',
    'key_date', 'key_date_changed', 'expectations_changed', 'withdrawal', 'invitation')),
  project_id uuid,
  record_id uuid,
  payload jsonb not null default '{}'::jsonb check (jsonb_typeof(payload) = 'object'),
  dedupe_key text unique check (char_length(dedupe_key) between 1 and 300),
  status portal.outbox_status not null default 'pending',
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  locked_until timestamptz,
  last_error text check (char_length(last_error) <= 2000),
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  check (status <> 'sent' or sent_at is not null)
);
comment on table portal.outbox is 'Mails to send, one row per mail per subscriber: confirm and welcome mails written in the transaction that causes them, the mails of a notice by the worker''s fan-out (public.fan_out_notices); worked by the mail worker (service role). Holds no e-mail address and no token: the worker reads the address and gets the links'' tokens when it claims the mail.';
comment on column portal.outbox.id is 'Primary key, ascending in the order the mails were enqueued.';
comment on column portal.outbox.organisation_id is 'The organisation that sends the mail.';
comment on column portal.outbox.subscriber_id is 'The recipient (the subscription''s subscriber); deleting the subscriber deletes their subscriptions and so their unsent mail too.';
comment on column portal.outbox.subscription_id is 'The subscription the mail is for (the one to confirm, or the one whose one-click unsubscribe the mail carries). Unsubscribing deletes its mail not yet sent.';
comment on column portal.outbox.kind is 'What the mail is: confirm (double opt-in), welcome (after confirming, with the catch-up), or a notice: a new update, decision, promise or key date, a promise status change, a council outcome, a key date moved (key_date_changed), the expectations of the current phase changed (expectations_changed), or a record withdrawn (withdrawal).';
comment on column portal.outbox.project_id is 'The project the mail is about, if any.';
comment on column portal.outbox.record_id is 'The record the mail is about, if any: the update, decision, promise, council moment, key date or promise status change; for key_date_changed, expectations_changed and withdrawal the version (portal.record_versions) that says what changed. No foreign key: it names a row in one of several tables.';
comment on column portal.outbox.payload is 'What the worker needs to render the mail besides the records it reads (for a confirmation: the project''s slug and title). Never an address or a token.';
comment on column portal.outbox.dedupe_key is 'Unique name of a confirm or welcome mail (for example confirm:<subscription>:<request>), so enqueuing the same mail twice adds nothing. Null for the mails of a notice, which are unique by (notice_id, subscription_id).';
comment on column portal.outbox.status is 'pending, sending (claimed by a worker until locked_until), sent, failed (after 8 attempts) or cancelled (its record or project was no longer public when it was claimed; last_error says why).';
comment on column portal.outbox.attempts is 'How many times sending was tried.';
comment on column portal.outbox.next_attempt_at is 'Not before this time: the backoff after a failure.';
comment on column portal.outbox.locked_until is 'While sending: a worker''s claim, which lapses after this time so a crashed worker''s mail is picked up again.';
comment on column portal.outbox.last_error is 'The last sending error, for the operator.';
comment on column portal.outbox.sent_at is 'When the mail was handed to the SMTP server.';
comment on column portal.outbox.created_at is 'When the mail was enqueued.';

-- The claim reads due rows in (next_attempt_at, id) order and stops after `limit`: with 100,000 rows due at the same
-- moment (one fan-out), an index on next_attempt_at alone would make every claim sort all ties.
create index outbox_due_idx on portal.outbox (next_attempt_at, id) where status in ('pending', 'sending');

-- Nobody but the functions below: no policies, no grants to anon or authenticated. The mail worker runs as
-- the service role (which bypasses row level security) and gets exactly what sending needs.
alter table portal.subscribers enable row level security;
alter table portal.subscriptions enable row level security;
alter table portal.subscriber_tokens enable row level security;
alter table portal.erased_tokens enable row level security;
alter table portal.mail_requests enable row level security;
alter table portal.outbox enable row level security;

revoke all on portal.subscribers, portal.subscriptions, portal.subscriber_tokens, portal.erased_tokens,
  portal.mail_requests, portal.outbox from public, anon, authenticated, service_role;
grant select on portal.subscribers, portal.subscriptions to service_role;
grant select, insert on portal.outbox to service_role;
grant update (status, attempts, next_attempt_at, locked_until, last_error, sent_at) on portal.outbox to service_role;

-- Helpers ------------------------------------------------------------------------------------------------

create function portal.new_token() returns text
language sql volatile
set search_path = ''
as $$
  -- 32 random bytes as base64url without padding: 43 characters, 256 bits.
  select translate(encode(extensions.gen_random_bytes(32), 'base64'), '+/=', '-_')
$$;
comment on function portal.new_token() is 'A new random token: 32 bytes from gen_random_bytes, base64url without padding (43 characters).';

create function portal.token_digest(token text) returns bytea
language sql immutable
set search_path = ''
as $$ select pg_catalog.sha256(convert_to(token, 'UTF8')) $$;
comment on function portal.token_digest(text) is 'The sha256 of a token as stored in subscriber_tokens.token_hash.';

create function portal.input_token(input jsonb) returns bytea
language plpgsql stable
set search_path = ''
as $$
declare
  raw text;
begin
  perform portal.input_object(input);
  raw := portal.input_text(input, 'token', 'De code uit de link', 'The code from the link', 100);
  if raw !~ '^[A-Za-z0-9_-]{43}$' then
    perform portal.invalid('token',
      'Deze link is niet compleet. Open de link opnieuw vanuit de e-mail, of kopieer de hele link.',
      'This link is not complete. Open the link from the e-mail again, or copy the whole link.');
  end if;
  return portal.token_digest(raw);
end
$$;
comment on function portal.input_token(jsonb) is 'Reads input.token (a 43-character base64url token from a mail) and returns its sha256; 400 on field token when it is malformed.';

create function portal.input_email(input jsonb) returns text
language plpgsql stable
set search_path = ''
as $$
declare
  raw text := portal.input_text(input, 'email', 'Uw e-mailadres', 'Your e-mail address', 254);
  value text := lower(raw);
begin
  if value ~ '\s' then
    perform portal.invalid('email', 'Een e-mailadres heeft geen spaties of regeleinden. Vul één adres in, zoals naam@voorbeeld.nl.',
      'An e-mail address has no spaces or line breaks. Fill in one address, such as name@example.com.');
  end if;
  if not portal.is_email_address(value) then
    perform portal.invalid('email', 'Dit is geen geldig e-mailadres. Vul één adres in, zoals naam@voorbeeld.nl.',
      'This is not a valid e-mail address. Fill in one address, such as name@example.com.');
  end if;
  return value;
end
$$;
comment on function portal.input_email(jsonb) is 'Reads input.email: trimmed, lower-case, one address that passes portal.is_email_address; 400 on field email otherwise.';

create function portal.too_many(nl text, en text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = 'PT429', message = portal.t(nl, en);
end
$$;
comment on function portal.too_many(text, text) is 'Answers 429 (PT429) over the API, with the message in the request''s language.';

create function portal.gone(nl text, en text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = 'PT410', message = portal.t(nl, en);
end
$$;
comment on function portal.gone(text, text) is 'Answers 410 (PT410) over the API: a link that has expired, with the message in the request''s language.';

-- The token row of a link, or the right refusal. Erased tokens (of deleted subscribers) are the caller's
-- business: it returns null for them, so unsubscribe and delete can answer "already removed".
create function portal.find_token(token_hash bytea, purposes text[]) returns portal.subscriber_tokens
language plpgsql stable
set search_path = ''
as $$
declare
  hit portal.subscriber_tokens;
begin
  select * into hit from portal.subscriber_tokens t where t.token_hash = find_token.token_hash;
  if hit.token_hash is null then
    if exists (select 1 from portal.erased_tokens e where e.token_hash = find_token.token_hash) then
      return null;
    end if;
    perform portal.not_found('Deze link kennen we niet. Gebruik de link uit de nieuwste e-mail die u van ons kreeg.',
      'We do not know this link. Use the link from the latest e-mail you received from us.');
  end if;
  if not (hit.purpose = any (purposes)) then
    perform portal.not_found('Deze link kennen we niet. Gebruik de link uit de nieuwste e-mail die u van ons kreeg.',
      'We do not know this link. Use the link from the latest e-mail you received from us.');
  end if;
  return hit;
end
$$;
comment on function portal.find_token(bytea, text[]) is 'The subscriber_tokens row with this hash and one of these purposes; 404 for an unknown hash; null for the token of a subscriber who deleted their data.';

create function portal.link_expired() returns void
language plpgsql stable
set search_path = ''
as $$
begin
  perform portal.gone('Deze link is verlopen. Gebruik de link uit een nieuwere e-mail van ons, of volg het project opnieuw om een nieuwe link te krijgen.',
    'This link has expired. Use the link from a newer e-mail from us, or follow the project again to get a new link.');
end
$$;
comment on function portal.link_expired() is 'Answers 410 for an expired manage or unsubscribe link, with the way forward.';

-- The token row of a manage or unsubscribe link that is used now: 404 unknown, 410 expired, null for a
-- subscriber who deleted their data; otherwise marked used.
create function portal.open_link(hash bytea, purposes text[]) returns portal.subscriber_tokens
language plpgsql volatile
set search_path = ''
as $$
declare
  link portal.subscriber_tokens := portal.find_token(hash, purposes);
begin
  if link.token_hash is not null then
    if link.expires_at < now() then
      perform portal.link_expired();
    end if;
    update portal.subscriber_tokens t set used_at = now() where t.token_hash = hash and t.used_at is null;
  end if;
  return link;
end
$$;
comment on function portal.open_link(bytea, text[]) is 'The token with this hash and one of these purposes, marked used; 404 when unknown, 410 when expired, null when its subscriber deleted their data.';

create function portal.issue_token(subscriber uuid, subscription uuid, token_purpose text,
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

create function portal.subscriber_overview(subscriber uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'email', s.email,
    'language', s.language,
    'organisation', jsonb_build_object('slug', o.slug, 'name', o.name),
    'subscriptions', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', sub.id,
        -- Only a published project shows its title: one withdrawn later is no longer public.
        'project', case when sub.project_id is null then null
                        else jsonb_build_object('id', p.id,
                          'slug', case when p.publication = 'published' then p.slug end,
                          'title', case when p.publication = 'published' then p.title end) end,
        'all_projects', sub.project_id is null,
        'frequency', sub.frequency,
        'confirmed', sub.confirmed_at is not null,
        'participate', sub.participate,
        'group_name', sub.group_name,
        'created_at', sub.created_at
      ) order by sub.project_id is not null, p.title, sub.created_at)
      from portal.subscriptions sub
      left join portal.projects p on p.id = sub.project_id
      where sub.subscriber_id = s.id), '[]'::jsonb))
  from portal.subscribers s
  join portal.organisations o on o.id = s.organisation_id
  where s.id = subscriber
$$;
comment on function portal.subscriber_overview(uuid) is 'What the manage page shows one subscriber: their own address, language, organisation and subscriptions with project titles. Nothing of other subscribers.';

revoke all on function portal.is_email_address(text), portal.new_token(), portal.token_digest(text),
  portal.input_token(jsonb), portal.input_email(jsonb), portal.too_many(text, text),
  portal.gone(text, text), portal.find_token(bytea, text[]), portal.link_expired(), portal.open_link(bytea, text[]),
  portal.subscriber_overview(uuid)
from public, anon, authenticated;
-- Staff write an address too (where the replies to an invitation go, 20261206000050_invitations.sql): the address
-- check, a pure function, is theirs to call.
grant execute on function portal.is_email_address(text) to authenticated, service_role;
revoke all on function portal.issue_token(uuid, uuid, text) from public, anon, authenticated, service_role;

-- Following ----------------------------------------------------------------------------------------------

create function public.follow_project(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  org_slug text;
  project_slug text;
  org portal.organisations;
  proj portal.projects;
  address text;
  lang text;
  freq portal.mail_frequency;
  wants_to_participate boolean;
  group_text text;
  settings portal.deployment_settings;
  subscription_key bytea;
  src_hash bytea;
  request_id bigint;
  subscriber uuid;
  subscription portal.subscriptions;
begin
  perform portal.input_object(input);
  org_slug := portal.input_text(input, 'organisation', 'De organisatie', 'The organisation', 80);
  select * into org from portal.organisations o where o.slug = org_slug;
  if org.id is null then
    perform portal.invalid('organisation', 'Deze organisatie kennen we niet. Open de pagina opnieuw.',
      'We do not know this organisation. Please reload the page.');
  end if;
  project_slug := portal.input_text(input, 'project', 'Het project', 'The project', 80, false);
  if project_slug is not null then
    -- Only a published project can be followed; a draft answers as if it did not exist.
    select * into proj from portal.projects p
    where p.organisation_id = org.id and p.slug = project_slug and p.publication = 'published';
    if proj.id is null then
      perform portal.invalid('project', 'Dit project bestaat niet of is niet openbaar. Open de pagina opnieuw.',
        'This project does not exist or is not public. Please reload the page.');
    end if;
  end if;
  address := portal.input_email(input);
  lang := coalesce(portal.input_choice(input, 'language', 'De taal', 'The language', array['nl', 'en'], false),
    portal.request_language());
  freq := coalesce(portal.input_choice(input, 'frequency', 'Hoe vaak u mail krijgt', 'How often you get mail',
    portal.enum_values('portal.mail_frequency'), false), 'immediate')::portal.mail_frequency;
  wants_to_participate := portal.input_boolean(input, 'participate', 'Meedoen', 'Taking part', false);
  group_text := portal.input_text(input, 'group_name', 'Uw buurt of groep', 'Your neighbourhood or group', 100, false);
  if group_text is not null and portal.structure_has_email(group_text) then
    perform portal.invalid('group_name', 'Zet hier geen e-mailadres, alleen de naam van uw buurt of groep.',
      'Do not put an e-mail address here, only the name of your neighbourhood or group.');
  end if;

  -- The browser's proof of work (ALTCHA): each confirmation mail costs whoever asks for it some seconds of CPU.
  -- Checked after the fields, so a typo is answered at its field and the solved challenge stays unspent.
  perform portal.check_follow_challenge(input);

  -- Rate limits: counted before anything is stored, so a refused request leaves nothing behind (the
  -- exception rolls the transaction back). One follow request of an organisation at a time, so that two at the
  -- same moment cannot both slip under a limit.
  perform pg_advisory_xact_lock(hashtext('portal.follow_project'), hashtext(org.id::text));
  settings := portal.current_settings();
  subscription_key := pg_catalog.sha256(convert_to(format('%s:%s:%s', org.id, coalesce(proj.id::text, 'all'), address), 'UTF8'));
  src_hash := pg_catalog.sha256(convert_to(portal.request_source(), 'UTF8'));
  delete from portal.mail_requests r where r.requested_at < now() - portal.retention_period('rate_limit_days');
  -- Per subscription (this address and this project, or every project), not per address: whoever reaches this
  -- limit has put three mails with a working link for exactly this subscription in this mailbox, so its owner
  -- can always follow with one of them (they work 7 days), whoever asked. Counted per address, three requests by
  -- anyone at all would have locked the owner out of following anything for a day. What a stranger can be sent
  -- stays bounded: three per project a day, each behind a solved challenge, at most 20 an hour from one
  -- connection, and the organisation's hourly cap.
  if (select count(*) from portal.mail_requests r
      where r.subscription_hash = subscription_key and r.requested_at > now() - interval '24 hours') >= 3 then
    perform portal.too_many(
      'We hebben vandaag al drie bevestigingsmails hiervoor naar dit adres gestuurd. Klik op de link in een van die e-mails: die werkt 7 dagen. Kijk ook in de map met ongewenste mail.',
      'We have already sent three confirmation e-mails for this to this address today. Click the link in one of those e-mails: it works for 7 days. Also check your spam folder.');
  end if;
  if (select count(*) from portal.mail_requests r
      where r.source_hash = src_hash and r.requested_at > now() - interval '1 hour') >= 20 then
    perform portal.too_many(
      'Er zijn vanaf uw verbinding in het afgelopen uur te veel aanmeldingen gedaan. Probeer het over een uur opnieuw.',
      'Too many sign-ups came from your connection in the past hour. Please try again in an hour.');
  end if;
  -- Whoever asks: a cap on how much mail anyone can make this organisation's domain send.
  if (select count(*) from portal.mail_requests r
      where r.organisation_id = org.id and r.requested_at > now() - interval '1 hour') >= settings.confirmations_per_hour then
    perform portal.too_many(
      'Er kwamen het afgelopen uur heel veel aanmeldingen binnen. Daarom sturen we nu even geen bevestigingsmails. Probeer het over een uur opnieuw.',
      'We received a great many sign-ups in the past hour, so we are not sending confirmation e-mails for a while. Please try again in an hour.');
  end if;
  insert into portal.mail_requests (organisation_id, subscription_hash, source_hash) values (org.id, subscription_key, src_hash)
  returning id into request_id;

  -- The subscriber: created, or the existing one of this address. Its language follows the latest request
  -- only while nothing is confirmed: an unconfirmed request must not change what a follower gets.
  insert into portal.subscribers (organisation_id, email, language) values (org.id, address, lang)
  on conflict (organisation_id, email) do nothing;
  select s.id into subscriber from portal.subscribers s where s.organisation_id = org.id and s.email = address;
  update portal.subscribers s set language = lang
  where s.id = subscriber and s.language <> lang
    and not exists (select 1 from portal.subscriptions x where x.subscriber_id = s.id and x.confirmed_at is not null);

  -- The subscription: a pending one takes the latest preferences; a confirmed one keeps its own, since
  -- whoever asks now has not shown they read this mailbox.
  insert into portal.subscriptions (subscriber_id, project_id, frequency, participate, group_name)
  values (subscriber, proj.id, freq, wants_to_participate, group_text)
  on conflict on constraint subscriptions_one_per_project do nothing;
  select * into subscription from portal.subscriptions x
  where x.subscriber_id = subscriber and x.project_id is not distinct from proj.id;
  if subscription.confirmed_at is null then
    update portal.subscriptions x set frequency = freq, participate = wants_to_participate, group_name = group_text
    where x.id = subscription.id;
  end if;

  insert into portal.outbox (organisation_id, subscriber_id, subscription_id, kind, project_id, payload, dedupe_key)
  values (org.id, subscriber, subscription.id, 'confirm', proj.id,
    jsonb_build_object('project', case when proj.id is null then null
                                       else jsonb_build_object('slug', proj.slug, 'title', proj.title) end,
                       'already_confirmed', subscription.confirmed_at is not null),
    format('confirm:%s:%s', subscription.id, request_id))
  on conflict (dedupe_key) do nothing;

  -- The same answer for a new address, a pending one and a confirmed one: the API tells nobody who follows
  -- what.
  return jsonb_build_object('status', 'check_your_mail', 'message', portal.t(
    'Bijna klaar. We hebben u een e-mail gestuurd. Klik op de link in die e-mail om te bevestigen. De link werkt 7 dagen.',
    'Almost done. We have sent you an e-mail. Click the link in that e-mail to confirm. The link works for 7 days.'));
end
$$;
comment on function public.follow_project(jsonb) is 'A resident asks to follow a project, or every project of the organisation, with only an e-mail address. Input: {organisation (slug), project (slug, or null for all), email, language? (nl|en, default the request''s), frequency? (immediate|daily|weekly, default immediate), participate? (boolean), group_name? (neighbourhood or group), altcha (the solved follow_challenge, as the altcha widget sends it)}. Creates or reuses the subscriber and a pending subscription, and enqueues one confirmation mail in portal.outbox. Answers the same {status: check_your_mail, message} whether or not the address was known. 400 per field for bad input (field altcha: a missing, wrong, expired or used solution); 429 (PT429) beyond 3 confirmation mails per subscription per 24 hours, 20 per source per hour (portal.request_source), or deployment_settings.confirmations_per_hour per organisation.';

-- Tokens for the worker ----------------------------------------------------------------------------------

create function public.issue_mail_token(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  mail portal.outbox;
  issued record;
  token_purpose text;
  outbox_id bigint;
begin
  -- The execute grant already keeps residents and staff out; this says so once more, in case a grant is
  -- ever widened. (A direct database connection of the worker has no API role and passes.)
  if auth.role() in ('anon', 'authenticated') then
    perform portal.forbidden('Alleen de mailverzender mag dit doen.', 'Only the mail sender may do this.');
  end if;
  perform portal.input_object(input);
  -- A bigint, so not input_integer: the outbox may pass two billion mails in a large deployment.
  if coalesce(jsonb_typeof(input -> 'outbox_id'), 'null') not in ('number', 'string')
     or coalesce(input ->> 'outbox_id', '') !~ '^\d{1,18}$' then
    perform portal.invalid('outbox_id', 'Het mailnummer moet een positief heel getal zijn.', 'The mail id must be a positive whole number.');
  end if;
  outbox_id := (input ->> 'outbox_id')::bigint;
  select * into mail from portal.outbox o where o.id = outbox_id;
  if mail.id is null then
    perform portal.not_found('Deze mail staat niet (meer) in de wachtrij.', 'This mail is not (or no longer) in the outbox.');
  end if;
  token_purpose := case mail.kind when 'confirm' then 'confirm' else 'manage' end;
  issued := portal.issue_token(mail.subscriber_id, mail.subscription_id, token_purpose);
  return jsonb_build_object('token', issued.token, 'purpose', token_purpose, 'expires_at', issued.expires_at,
    -- The List-Unsubscribe header's own token, so the header never carries the manage token.
    'unsubscribe_token', case when mail.kind <> 'confirm'
      then (portal.issue_token(mail.subscriber_id, mail.subscription_id, 'unsubscribe')).token end,
    'subscriber_id', mail.subscriber_id, 'subscription_id', mail.subscription_id);
end
$$;
comment on function public.issue_mail_token(jsonb) is 'For the mail worker (service role only): fresh tokens for the links of one outbox mail, as claim_mail_batch issues them. Input: {outbox_id}. Answers {token, purpose (confirm for a confirmation mail, else manage), expires_at, unsubscribe_token (for the List-Unsubscribe header; null for a confirmation mail), subscriber_id, subscription_id}. Only the tokens'' sha256 is stored; they are returned this once, so a retry after a crash simply issues new ones.';

-- What a resident does with the links in a mail -----------------------------------------------------------

create function public.confirm_subscription(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  hash bytea := portal.input_token(input);
  link portal.subscriber_tokens;
  subscription portal.subscriptions;
  proj portal.projects;
  was_confirmed boolean;
  first_use boolean;
  manage text;
begin
  link := portal.find_token(hash, array['confirm']);
  if link.token_hash is null then
    -- The subscriber deleted their data: there is nothing left to confirm.
    perform portal.not_found('Deze link kennen we niet meer: de gegevens zijn verwijderd. Wilt u toch volgen? Meld u dan opnieuw aan.',
      'We no longer know this link: the data has been deleted. Still want to follow? Please sign up again.');
  end if;
  select * into subscription from portal.subscriptions x where x.id = link.subscription_id;
  if subscription.id is null then
    perform portal.not_found('U hebt zich hiervoor al afgemeld. Wilt u toch volgen? Meld u dan opnieuw aan.',
      'You have already unsubscribed from this. Still want to follow? Please sign up again.');
  end if;
  select proj_row.* into proj from portal.projects proj_row where proj_row.id = subscription.project_id and proj_row.publication = 'published';
  was_confirmed := subscription.confirmed_at is not null;
  -- A confirmation link works once, within its 7 days. Taken in one statement, so two clicks at the same moment
  -- cannot both count as the first.
  update portal.subscriber_tokens t set used_at = now()
  where t.token_hash = hash and t.used_at is null and t.expires_at >= now();
  first_use := found;
  if not first_use then
    -- Used before, or expired. A used link confirmed its subscription; unconfirmed means it expired unused.
    if not was_confirmed then
      perform portal.gone('Deze bevestigingslink is verlopen: hij werkt 7 dagen. Meld u opnieuw aan om een nieuwe link te krijgen.',
        'This confirmation link has expired: it works for 7 days. Please sign up again to get a new link.');
    end if;
    -- A second click, a reload, a mail scanner, or someone who finds the link later: the same answer, and
    -- nothing handed out. A manage link comes with every mail instead.
    return jsonb_build_object(
      'status', 'confirmed',
      'already_confirmed', true,
      'subscription_id', subscription.id,
      'project', case when proj.id is null then null else jsonb_build_object('slug', proj.slug, 'title', proj.title) end,
      'all_projects', subscription.project_id is null,
      'manage_token', null,
      'message', portal.t('U volgt dit al. U hoeft niets meer te doen. Uw instellingen wijzigt u met de link onderaan elke e-mail van ons.',
        'You already follow this. There is nothing more to do. You can change your settings with the link at the bottom of every e-mail from us.'));
  end if;
  if not was_confirmed then
    update portal.subscriptions x set confirmed_at = now() where x.id = subscription.id
    returning * into subscription;
    -- The welcome mail (the mail worker fills it with the catch-up); once per subscription.
    insert into portal.outbox (organisation_id, subscriber_id, subscription_id, kind, project_id, dedupe_key)
    select s.organisation_id, s.id, subscription.id, 'welcome', subscription.project_id, format('welcome:%s', subscription.id)
    from portal.subscribers s where s.id = link.subscriber_id
    on conflict (dedupe_key) do nothing;
  end if;
  -- Whoever holds the confirmation link reads this mailbox, so the confirmation page may link to the manage
  -- page straight away: one manage token, for the first use only.
  manage := (portal.issue_token(link.subscriber_id, subscription.id, 'manage')).token;
  return jsonb_build_object(
    'status', 'confirmed',
    'already_confirmed', was_confirmed,
    'subscription_id', subscription.id,
    'project', case when proj.id is null then null else jsonb_build_object('slug', proj.slug, 'title', proj.title) end,
    'all_projects', subscription.project_id is null,
    'manage_token', manage,
    'message', portal.t('Gelukt. U volgt dit nu en krijgt voortaan bericht.', 'Done. You now follow this and will get news from now on.'));
end
$$;
comment on function public.confirm_subscription(jsonb) is 'Confirms a pending subscription through the link in the confirmation mail. Input: {token}. A link works once: its first use (within 7 days) confirms and answers {status: confirmed, already_confirmed (the subscription was confirmed before, through another link), subscription_id, project {slug, title} | null, all_projects, manage_token (a fresh manage link for the confirmation page), message}; a later use of a link whose subscription is confirmed answers the same with already_confirmed true and manage_token null, and hands out nothing. 400 for a malformed token, 404 for an unknown one, 410 (PT410) when it expired (after 7 days) before confirming.';

create function public.unsubscribe(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  hash bytea := portal.input_token(input);
  which uuid := portal.input_uuid(input, 'subscription_id', 'Wat u volgt', 'What you follow', false);
  link portal.subscriber_tokens := portal.open_link(hash, array['manage', 'unsubscribe']);
  removed integer := 0;
begin
  if link.token_hash is not null then
    -- Only the link holder's own subscriptions: another subscriber's id removes nothing, and answers as if
    -- it was removed before, so the id tells nobody anything. A manage link stops any of them (all without an
    -- id); the unsubscribe link of a mail's header only what that mail was about: its subscription, or all of
    -- them for a digest that gathered several. Once its subscription is gone, it stops nothing more.
    delete from portal.subscriptions x
    where x.subscriber_id = link.subscriber_id and (which is null or x.id = which)
      and (link.purpose = 'manage' or link.all_subscriptions or x.id = link.subscription_id);
    get diagnostics removed = row_count;
  end if;
  return jsonb_build_object('status', 'unsubscribed', 'removed', removed,
    'can_manage', coalesce(link.purpose = 'manage', false),
    'message', portal.t('U bent afgemeld. U krijgt hierover geen e-mail meer.', 'You have been unsubscribed. You will get no more e-mail about this.'));
end
$$;
comment on function public.unsubscribe(jsonb) is 'Stops mail without a login. Input: {token, subscription_id?}. With the manage link of a mail''s body: removes that subscription of the link''s subscriber, or all of them when none is given. With the unsubscribe link of a mail''s List-Unsubscribe header (RFC 8058 one-click): removes only the subscription the mail was about (all of the recipient''s for a digest of several). Idempotent: {status: unsubscribed, removed (how many were removed now), can_manage (the link also opens the manage page), message}, also after the data was deleted. 400 for a malformed token, 404 for an unknown one, 410 for an expired one.';

create function public.my_subscriptions(input jsonb) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  link portal.subscriber_tokens := portal.find_token(portal.input_token(input), array['manage']);
begin
  if link.token_hash is null then
    perform portal.not_found('Uw gegevens zijn verwijderd. Er is niets meer te beheren.',
      'Your data has been deleted. There is nothing left to manage.');
  end if;
  if link.expires_at < now() then
    perform portal.link_expired();
  end if;
  return portal.subscriber_overview(link.subscriber_id);
end
$$;
comment on function public.my_subscriptions(jsonb) is 'The manage page of the holder of a manage link: {email, language, organisation {slug, name}, subscriptions [{id, project {id, slug, title} | null, all_projects, frequency, confirmed, participate, group_name, created_at}]}, only their own. Input: {token}. 400 malformed, 404 unknown or deleted (and for any link that is not a manage link), 410 expired.';

create function public.update_subscription(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  hash bytea := portal.input_token(input);
  which uuid := portal.input_uuid(input, 'subscription_id', 'Wat u volgt', 'What you follow', false);
  freq text := portal.input_choice(input, 'frequency', 'Hoe vaak u mail krijgt', 'How often you get mail',
    portal.enum_values('portal.mail_frequency'), false);
  lang text := portal.input_choice(input, 'language', 'De taal', 'The language', array['nl', 'en'], false);
  link portal.subscriber_tokens;
begin
  if freq is not null and which is null then
    perform portal.invalid('subscription_id', 'Kies wat u volgt en wilt wijzigen.', 'Choose what you follow and want to change.');
  end if;
  link := portal.open_link(hash, array['manage']);
  if link.token_hash is null then
    perform portal.not_found('Uw gegevens zijn verwijderd. Er is niets meer te wijzigen.',
      'Your data has been deleted. There is nothing left to change.');
  end if;
  if which is not null and not exists (
    select 1 from portal.subscriptions x where x.id = which and x.subscriber_id = link.subscriber_id) then
    perform portal.not_found('U volgt dit niet (meer). Laad de pagina opnieuw.',
      'You do not follow this (any more). Please reload the page.');
  end if;
  if freq is not null then
    update portal.subscriptions x set frequency = freq::portal.mail_frequency where x.id = which;
  end if;
  if lang is not null then
    update portal.subscribers s set language = lang where s.id = link.subscriber_id;
  end if;
  return portal.subscriber_overview(link.subscriber_id);
end
$$;
comment on function public.update_subscription(jsonb) is 'Changes the holder''s preferences through a manage link. Input: {token, subscription_id (required with frequency), frequency? (immediate|daily|weekly), language? (nl|en, for all mail of this address)}. Answers what my_subscriptions answers. 400 for bad input, 404 for an unknown link or a subscription that is not the holder''s, 410 for an expired link.';

create function public.delete_my_data(input jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  hash bytea := portal.input_token(input);
  -- A confirmation link may delete too: "this was not me" should not need a second mail. The unsubscribe link
  -- of a mail's header may not: it travels through mail providers' hands.
  link portal.subscriber_tokens := portal.find_token(hash, array['confirm', 'manage']);
begin
  if link.token_hash is not null then
    if link.purpose = 'manage' and link.expires_at < now() then
      perform portal.link_expired();
    end if;
    delete from portal.erased_tokens e where e.expires_at < now();
    -- Remember the subscriber's links (hashes only), so they answer "already removed" from now on.
    insert into portal.erased_tokens (token_hash, expires_at)
    select t.token_hash, t.expires_at from portal.subscriber_tokens t where t.subscriber_id = link.subscriber_id
    on conflict do nothing;
    -- Subscriptions, tokens and unsent mail go with it (on delete cascade).
    delete from portal.subscribers s where s.id = link.subscriber_id;
  end if;
  return jsonb_build_object('status', 'deleted', 'message', portal.t(
    'Uw e-mailadres en alles wat daarbij hoorde, zijn verwijderd. U krijgt geen e-mail meer van ons.',
    'Your e-mail address and everything linked to it have been deleted. You will get no more e-mail from us.'));
end
$$;
comment on function public.delete_my_data(jsonb) is 'Deletes the subscriber of a manage (or confirmation) link with everything linked: subscriptions, tokens, unsent mail. Input: {token}. Idempotent: {status: deleted, message}, also when called again with a link of the deleted subscriber. 400 malformed, 404 unknown (and for an unsubscribe link), 410 for an expired manage link.';

-- For staff: counts, never addresses ---------------------------------------------------------------------

create function public.follower_counts(input jsonb) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
begin
  perform portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project', true);
  org := portal.staff_project_organisation(project, 'editor');
  return (
    with followers as (
      select x.confirmed_at is not null as confirmed, x.participate, x.group_name, x.project_id
      from portal.subscriptions x
      join portal.subscribers s on s.id = x.subscriber_id
      where s.organisation_id = org and (x.project_id = project or x.project_id is null)
    )
    select jsonb_build_object(
      'project_id', project,
      'confirmed', count(*) filter (where f.confirmed and f.project_id is not null),
      'pending', count(*) filter (where not f.confirmed and f.project_id is not null),
      'participate', count(*) filter (where f.confirmed and f.participate and f.project_id is not null),
      'all_projects_confirmed', count(*) filter (where f.confirmed and f.project_id is null),
      'groups', coalesce((
        select jsonb_agg(jsonb_build_object('group_name', g.group_name, 'confirmed', g.confirmed, 'pending', g.pending)
          order by g.group_name)
        from (
          select lower(f2.group_name) as key, min(f2.group_name) as group_name,
            count(*) filter (where f2.confirmed) as confirmed, count(*) filter (where not f2.confirmed) as pending
          from followers f2 where f2.group_name is not null and f2.project_id is not null
          group by lower(f2.group_name)
        ) g), '[]'::jsonb))
    from followers f
  );
end
$$;
comment on function public.follower_counts(jsonb) is 'For staff of the project''s organisation (editor and up): how many follow the project, as counts only, never an address. Input: {project_id}. Answers {project_id, confirmed, pending, participate (confirmed and wanting to take part), all_projects_confirmed (confirmed followers of every project of the organisation), groups [{group_name, confirmed, pending}]}. 401 without a session, 404 for unknown and foreign projects alike.';

revoke all on function public.follow_project(jsonb), public.issue_mail_token(jsonb), public.confirm_subscription(jsonb),
  public.unsubscribe(jsonb), public.my_subscriptions(jsonb), public.update_subscription(jsonb),
  public.delete_my_data(jsonb), public.follower_counts(jsonb)
from public, anon, authenticated, service_role;
grant execute on function public.follow_project(jsonb), public.confirm_subscription(jsonb), public.unsubscribe(jsonb),
  public.my_subscriptions(jsonb), public.update_subscription(jsonb), public.delete_my_data(jsonb)
to anon, authenticated, service_role;
grant execute on function public.follower_counts(jsonb) to authenticated, service_role;
grant execute on function public.issue_mail_token(jsonb) to service_role;

-- Forgetting who never confirmed ------------------------------------------------------------------------------
-- An address typed into the follow form may be someone else's; if it is never confirmed, it must not stay.

create index subscriptions_pending_idx on portal.subscriptions (created_at) where confirmed_at is null;

create function public.purge_unconfirmed(input jsonb default '{}'::jsonb) returns jsonb
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
revoke all on function public.purge_unconfirmed(jsonb) from public, anon, authenticated, service_role;
grant execute on function public.purge_unconfirmed(jsonb) to service_role;
