-- One more period joins retention_periods: how long the hashes that count confirmation mails for the rate limits
-- of follow_project are kept (portal.mail_requests). It was "interval '1 day'" inside follow_project while the
-- privacy statement said "one day" on its own; now both read rate_limit_days, so they cannot drift apart.
-- The per-subscription limit counts over 24 hours, so this period must stay at least one day (days are whole
-- and positive, so it does).
--
-- follow_project is re-created with only its clean-up line changed (20261128001300_subscriptions.sql).

create or replace function public.retention_periods() returns jsonb
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

create or replace function public.follow_project(input jsonb) returns jsonb
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
