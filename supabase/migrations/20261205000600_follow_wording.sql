-- The messages of the follow functions in the glossary's words: residents follow a project, they do not take a
-- subscription ("abonnement"). Only the texts change; the glossary test reads every migration's messages.

create or replace function public.unsubscribe(input jsonb) returns jsonb
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

create or replace function public.update_subscription(input jsonb) returns jsonb
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
