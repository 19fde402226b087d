-- What keeps the follow forms from being turned against strangers: the settings of this deployment
-- that the limits of follow_project read, and a proof-of-work challenge that every follow request must carry.
--  * portal.deployment_settings: one row. How many trusted proxies stand in front of the API gateway (so that
--    portal.request_source takes the address the nearest trusted proxy saw), the hourly cap on confirmation
--    mails per organisation, and the difficulty of the challenge. The service role changes it through
--    public.update_deployment_settings; the owner with SQL.
--  * portal.challenge_secrets: the two HMAC keys that sign challenges. Nobody but the owner reads them.
--  * portal.spent_challenges: challenges whose solution was used, so that each solution works once.
--  * public.follow_challenge hands a resident's browser a signed challenge; portal.check_follow_challenge (called
--    by follow_project) refuses a missing, wrong, expired or replayed solution with a 400 on field altcha.
--
-- The protocol is ALTCHA's proof of work v2 (what `altcha-lib` 2 makes and the widget `altcha` 3 solves; both MIT),
-- with algorithm PBKDF2/SHA-256 in deterministic mode:
--  * The server picks a counter, unpredictably, between half of challenge_counter_max and challenge_counter_max;
--    derives the key PBKDF2-HMAC-SHA256(password = nonce || counter as 4 bytes big-endian, salt, challenge_cost
--    iterations, 32 bytes); and hands out the key's first 16 bytes as keyPrefix with an HMAC of the whole key
--    (keySignature). The parameters are signed with an HMAC over their JSON with sorted keys, as altcha-lib does.
--  * The browser tries counters from 0 until a derived key starts with keyPrefix, and sends back the challenge and
--    {counter, derivedKey}, base64-encoded JSON. Checking it is two HMACs, no key derivation.
--  * Why v2 with PBKDF2: pgcrypto has HMAC but no PBKDF2, so portal.pbkdf2_sha256 implements it in plpgsql (one
--    block of RFC 8018: 32 bytes), checked against node:crypto in the tests. The widget also still solves the
--    legacy v1 challenges (one SHA-256 of salt and number per try), which pgcrypto could check as is; but there,
--    and with v2's iterated SHA, a browser pays one WebCrypto call per hash while a bot's native loop does not,
--    so the bot is many times faster than a resident. With PBKDF2 the browser runs the iterations natively too:
--    the widget in Chromium did about as many tries per core as Node's native pbkdf2Sync. scrypt and Argon2id
--    (memory-hard) are far too slow in plpgsql.
--  * Why deterministic: the work is the same for every resident (no unlucky minute-long waits), and checking is
--    cheap. The price is one derivation (challenge_cost iterations: about 10 ms in PGlite, less on Postgres) per
--    challenge handed out, which anyone can ask for; that is the load of a few ordinary API requests.
--
-- Default difficulty: 1000 iterations per try and a counter of at most 10,000 (5,000 to 10,000 tries). Measured
-- on the shared 2-core machine the tests run on: the widget in Chromium (2 workers) needed 1.3 to 2 seconds for
-- counters of 5,200 to 6,500; Node's native PBKDF2 needed 3.7 seconds of CPU for 7,500 tries. So a resident waits
-- a second or two on a laptop, a few seconds on an older phone, and whoever wants to mail thousands of strangers
-- pays hours of CPU for it. Tests set a cost of 1 and a counter of at most 4 (tests/database/follow-challenge.ts).

-- Settings of this deployment ------------------------------------------------------------------------------------

create table portal.deployment_settings (
  singleton boolean primary key default true check (singleton),
  trusted_proxies integer not null default 0 check (trusted_proxies between 0 and 10),
  confirmations_per_hour integer not null default 300 check (confirmations_per_hour between 1 and 1000000),
  challenge_cost integer not null default 1000 check (challenge_cost between 1 and 100000),
  challenge_counter_max integer not null default 10000 check (challenge_counter_max between 1 and 100000000),
  updated_at timestamptz not null default now()
);
comment on table portal.deployment_settings is 'Settings of this deployment, exactly one row (the migration inserts it; update it, never delete it). Read by follow_project, request_source and follow_challenge; changed by the service role through update_deployment_settings, or by the owner with SQL.';
comment on column portal.deployment_settings.singleton is 'Always true: the primary key that keeps this table to one row.';
comment on column portal.deployment_settings.trusted_proxies is 'How many proxies of this deployment stand in front of the API gateway, each appending the address it saw to x-forwarded-for (a CDN or load balancer in front of hosted Supabase). The source of a request is the entry the nearest trusted proxy added: counted from the right, skipping this many. 0 (default): the last entry, the address the gateway itself saw. Set it only when every request reaches the gateway through those proxies, or a client can choose its own source.';
comment on column portal.deployment_settings.confirmations_per_hour is 'At most this many confirmation mails per organisation per hour (default 300), whoever asks: a cap on what anyone can make the organisation''s domain send. Beyond it follow_project answers 429.';
comment on column portal.deployment_settings.challenge_cost is 'PBKDF2-SHA256 iterations per try of the follow challenge (default 1000). The server derives one key of this cost per challenge it hands out.';
comment on column portal.deployment_settings.challenge_counter_max is 'The follow challenge''s counter is chosen between half of this and this (default 10000); the browser tries every counter from 0 up to it. The work is about the counter times challenge_cost iterations.';
comment on column portal.deployment_settings.updated_at is 'When the settings were last changed through update_deployment_settings.';

insert into portal.deployment_settings default values;

-- The HMAC keys: 32 random bytes each, per database. Rotating them (as the owner: update with new random values)
-- only makes the challenges handed out in the last 10 minutes fail once.
create table portal.challenge_secrets (
  singleton boolean primary key default true check (singleton),
  signature_secret text not null default encode(extensions.gen_random_bytes(32), 'hex') check (char_length(signature_secret) >= 32),
  key_signature_secret text not null default encode(extensions.gen_random_bytes(32), 'hex') check (char_length(key_signature_secret) >= 32),
  created_at timestamptz not null default now()
);
comment on table portal.challenge_secrets is 'The two HMAC keys of the follow challenge, one row. Secret: no role but the owner (the security definer functions) reads it. Used as altcha-lib uses its secrets: the UTF-8 bytes of the text are the HMAC key.';
comment on column portal.challenge_secrets.singleton is 'Always true: the primary key that keeps this table to one row.';
comment on column portal.challenge_secrets.signature_secret is 'Signs the parameters of a challenge (hmacSignatureSecret in altcha-lib).';
comment on column portal.challenge_secrets.key_signature_secret is 'Signs the key derived for the chosen counter (hmacKeySignatureSecret in altcha-lib), so a solution is checked without deriving again.';
comment on column portal.challenge_secrets.created_at is 'When the keys were made.';

insert into portal.challenge_secrets default values;

create table portal.spent_challenges (
  signature bytea primary key check (octet_length(signature) = 32),
  expires_at timestamptz not null
);
comment on table portal.spent_challenges is 'Follow challenges whose solution was used, by their signature, so that each solution works once. Kept until the challenge expires (then purge_unconfirmed removes it). No personal data.';
comment on column portal.spent_challenges.signature is 'The challenge''s signature (an HMAC of its parameters, unique per challenge).';
comment on column portal.spent_challenges.expires_at is 'When the challenge expires; after that it is refused as expired anyway.';

create index spent_challenges_expires_idx on portal.spent_challenges (expires_at);

alter table portal.deployment_settings enable row level security;
alter table portal.challenge_secrets enable row level security;
alter table portal.spent_challenges enable row level security;
revoke all on portal.deployment_settings, portal.challenge_secrets, portal.spent_challenges
from public, anon, authenticated, service_role;

create function portal.current_settings() returns portal.deployment_settings
language sql stable
set search_path = ''
as $$ select s from portal.deployment_settings s $$;
comment on function portal.current_settings() is 'The one row of portal.deployment_settings.';

-- The source of a request ------------------------------------------------------------------------------------

create function portal.request_source() returns text
language plpgsql stable
set search_path = ''
as $$
declare
  entries text[];
  pick integer;
begin
  -- x-forwarded-for as the API gateway hands it over: whatever the client wrote comes first, then every proxy
  -- appends the address it saw, the gateway last (Supabase's gateway, and the stand-in, append the TCP peer).
  -- Only entries added by proxies of this deployment can be believed: counted from the right, skipping the
  -- trusted proxies in front of the gateway. The left-most entry is the client's own claim, and so is x-real-ip
  -- when the gateway does not set it: a client that varies them would be a new source on every request.
  select array_agg(btrim(x.entry) order by x.n) into entries
  from unnest(string_to_array(portal.request_header('x-forwarded-for'), ',')) with ordinality as x (entry, n)
  where btrim(x.entry) <> '';
  if entries is null then
    -- Not through the gateway (a direct database connection): one shared source.
    return 'unknown';
  end if;
  pick := cardinality(entries) - (portal.current_settings()).trusted_proxies;
  -- Fewer entries than trusted proxies: the request did not come through them all, and the last entry, the
  -- gateway's own view, is the only one nobody else wrote.
  if pick < 1 then
    pick := cardinality(entries);
  end if;
  -- Cut to 100 characters: an entry is whatever a client or proxy wrote.
  return left(entries[pick], 100);
end
$$;
comment on function portal.request_source() is 'The source of the current API request for rate limiting: the x-forwarded-for entry added by the nearest trusted proxy, counted from the right and skipping deployment_settings.trusted_proxies (0: the last entry, the address the gateway saw); the last entry when there are fewer; ''unknown'' without the header.';

-- Reading and changing the settings over the API --------------------------------------------------------------

create function public.update_deployment_settings(input jsonb default '{}'::jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  settings portal.deployment_settings;
  unknown text;
begin
  -- The execute grant already keeps residents and staff out; this says so once more, in case a grant is ever
  -- widened. (A direct database connection has no API role and passes.)
  if auth.role() in ('anon', 'authenticated') then
    perform portal.forbidden('Alleen de beheerder van de installatie mag dit doen.', 'Only the operator of the installation may do this.');
  end if;
  perform portal.input_object(input);
  -- A misspelt setting would otherwise change nothing without a word.
  select k into unknown from jsonb_object_keys(input) k
  where k not in ('trusted_proxies', 'confirmations_per_hour', 'challenge_cost', 'challenge_counter_max') limit 1;
  if unknown is not null then
    perform portal.invalid(unknown, 'Deze instelling bestaat niet.', 'This setting does not exist.');
  end if;
  update portal.deployment_settings s set
    trusted_proxies = coalesce(portal.input_integer(input, 'trusted_proxies', 'Het aantal vertrouwde proxy''s',
      'The number of trusted proxies', 0, 10, false), s.trusted_proxies),
    confirmations_per_hour = coalesce(portal.input_integer(input, 'confirmations_per_hour', 'Het aantal bevestigingsmails per uur',
      'The number of confirmation mails per hour', 1, 1000000, false), s.confirmations_per_hour),
    challenge_cost = coalesce(portal.input_integer(input, 'challenge_cost', 'De kosten per poging',
      'The cost per try', 1, 100000, false), s.challenge_cost),
    challenge_counter_max = coalesce(portal.input_integer(input, 'challenge_counter_max', 'De hoogste teller',
      'The highest counter', 1, 100000000, false), s.challenge_counter_max),
    updated_at = case when input = '{}'::jsonb then s.updated_at else now() end
  returning s.* into settings;
  -- The source of this very request as follow_project would count it, so that an operator who calls this from
  -- their own machine sees whether trusted_proxies picks their public address (and not a proxy's).
  return to_jsonb(settings) - 'singleton' || jsonb_build_object('your_source', portal.request_source());
end
$$;
comment on function public.update_deployment_settings(jsonb) is 'For the operator (service role only): reads and changes portal.deployment_settings. Input: any of {trusted_proxies (0..10), confirmations_per_hour (1..1000000), challenge_cost (1..100000), challenge_counter_max (1..100000000)}; {} changes nothing. Answers all settings {trusted_proxies, confirmations_per_hour, challenge_cost, challenge_counter_max, updated_at} and your_source: the source of this request as the per-source limit counts it (portal.request_source), to check trusted_proxies against one''s own public address. 400 on the field for a value out of range or a setting that does not exist; 401/403 for anon and authenticated.';

-- The challenge ------------------------------------------------------------------------------------------------

create function portal.pbkdf2_sha256(password bytea, salt bytea, iterations integer) returns bytea
language plpgsql immutable strict parallel safe
set search_path = ''
as $$
declare
  -- PBKDF2 (RFC 8018, section 5.2) with HMAC-SHA256 and one block: U1 = HMAC(password, salt || INT(1)),
  -- Ui = HMAC(password, Ui-1), the key is U1 xor U2 xor ... Ucount. Postgres has no xor on bytea, so the
  -- running xor is kept as a bit string.
  u bytea := extensions.hmac(salt || '\x00000001'::bytea, password, 'sha256');
  t bit(256) := ('x' || encode(u, 'hex'))::bit(256);
  hex text := '';
begin
  if iterations < 1 then
    raise exception 'PBKDF2 needs at least one iteration';
  end if;
  for i in 2 .. iterations loop
    u := extensions.hmac(u, password, 'sha256');
    t := t # ('x' || encode(u, 'hex'))::bit(256);
  end loop;
  for k in 0 .. 3 loop
    hex := hex || lpad(to_hex(substring(t from k * 64 + 1 for 64)::bigint), 16, '0');
  end loop;
  return decode(hex, 'hex');
end
$$;
comment on function portal.pbkdf2_sha256(bytea, bytea, integer) is 'PBKDF2-HMAC-SHA256 with a 32-byte result (RFC 8018), as WebCrypto and node:crypto compute it: the key derivation of the follow challenge. pgcrypto has no PBKDF2.';

create function portal.hmac_hex(data bytea, secret text) returns text
language sql immutable strict
set search_path = ''
as $$ select encode(extensions.hmac(data, convert_to(secret, 'UTF8'), 'sha256'), 'hex') $$;
comment on function portal.hmac_hex(bytea, text) is 'HMAC-SHA256 of data with the UTF-8 bytes of secret as key, as lower-case hex: altcha-lib''s signatures.';

create function portal.challenge_parameters(cost integer, expires_at bigint, key_prefix text, key_signature text, nonce text, salt text)
returns text
language sql immutable strict
set search_path = ''
as $$
  -- What JSON.stringify gives for the parameters with their keys sorted, as altcha-lib signs them. Every value
  -- is a whole number or lower-case hex (checked before this is called), so nothing needs escaping.
  select format('{"algorithm":"PBKDF2/SHA-256","cost":%s,"expiresAt":%s,"keyLength":32,"keyPrefix":"%s","keySignature":"%s","nonce":"%s","salt":"%s"}',
    cost, expires_at, key_prefix, key_signature, nonce, salt)
$$;
comment on function portal.challenge_parameters(integer, bigint, text, text, text, text) is 'The signed text of a follow challenge''s parameters: their JSON with sorted keys and no spaces, as altcha-lib computes it.';

create function public.follow_challenge(input jsonb default '{}'::jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  settings portal.deployment_settings := portal.current_settings();
  secrets portal.challenge_secrets;
  nonce bytea := extensions.gen_random_bytes(16);
  salt bytea := extensions.gen_random_bytes(16);
  -- 10 minutes: a resident's browser solves it within seconds of asking, right before sending the form.
  expires_at bigint := extract(epoch from now())::bigint + 600;
  low integer;
  counter integer;
  derived bytea;
  key_signature text;
  parameters text;
begin
  perform portal.input_object(input);
  select * into secrets from portal.challenge_secrets;
  -- Unpredictable (random bytes, not random()): a solver that could guess the counter would skip the work.
  low := (settings.challenge_counter_max + 1) / 2;
  counter := low + (('x' || lpad(encode(extensions.gen_random_bytes(4), 'hex'), 16, '0'))::bit(64)::bigint
    % (settings.challenge_counter_max - low + 1))::integer;
  derived := portal.pbkdf2_sha256(nonce || int4send(counter), salt, settings.challenge_cost);
  key_signature := portal.hmac_hex(derived, secrets.key_signature_secret);
  parameters := portal.challenge_parameters(settings.challenge_cost, expires_at, encode(substring(derived from 1 for 16), 'hex'),
    key_signature, encode(nonce, 'hex'), encode(salt, 'hex'));
  return jsonb_build_object('parameters', parameters::jsonb,
    'signature', portal.hmac_hex(convert_to(parameters, 'UTF8'), secrets.signature_secret));
end
$$;
comment on function public.follow_challenge(jsonb) is 'A proof-of-work challenge for the follow forms (ALTCHA proof of work v2, PBKDF2/SHA-256, deterministic), for anyone: {parameters {algorithm, cost, expiresAt (Unix seconds, 10 minutes from now), keyLength 32, keyPrefix, keySignature, nonce, salt}, signature}. The altcha widget solves it; follow_project takes the solution as input.altcha. Input: {} (none). Its difficulty is in portal.deployment_settings.';

create function portal.check_follow_challenge(input jsonb) returns void
language plpgsql volatile
set search_path = ''
as $$
declare
  raw text := case when jsonb_typeof(input -> 'altcha') = 'string' then btrim(input ->> 'altcha') end;
  doc jsonb;
  parameters jsonb;
  solution jsonb;
  secrets portal.challenge_secrets;
  expected text;
  spent integer;
begin
  if coalesce(raw, '') = '' then
    perform portal.invalid('altcha',
      'De controle tegen spam ontbreekt. Verstuur het formulier opnieuw: uw browser doet de controle dan vanzelf.',
      'The check against spam is missing. Please send the form again: your browser then does the check by itself.');
  end if;
  -- Base64 of JSON, as the widget sends it. Anything that does not decode is answered as a wrong solution.
  if char_length(raw) <= 4000 and raw ~ '^[A-Za-z0-9+/]+={0,2}$' then
    begin
      doc := convert_from(decode(raw, 'base64'), 'UTF8')::jsonb;
    exception when others then
      doc := null;
    end;
  end if;
  parameters := doc #> '{challenge,parameters}';
  solution := doc -> 'solution';
  -- Exactly the parameters follow_challenge hands out, in the form it writes them; anything else cannot carry
  -- its signature. The solution's counter and key as the widget computes them.
  if not coalesce(
       jsonb_typeof(parameters) = 'object' and jsonb_typeof(solution) = 'object'
       and (select array_agg(k collate "C" order by k collate "C") from jsonb_object_keys(parameters) k)
           = array['algorithm', 'cost', 'expiresAt', 'keyLength', 'keyPrefix', 'keySignature', 'nonce', 'salt']
       and jsonb_typeof(parameters -> 'algorithm') = 'string' and parameters ->> 'algorithm' = 'PBKDF2/SHA-256'
       and jsonb_typeof(parameters -> 'cost') = 'number' and parameters ->> 'cost' ~ '^[1-9][0-9]{0,5}$'
       and jsonb_typeof(parameters -> 'expiresAt') = 'number' and parameters ->> 'expiresAt' ~ '^[1-9][0-9]{0,11}$'
       and jsonb_typeof(parameters -> 'keyLength') = 'number' and parameters ->> 'keyLength' = '32'
       and jsonb_typeof(parameters -> 'keyPrefix') = 'string' and parameters ->> 'keyPrefix' ~ '^[0-9a-f]{32}$'
       and jsonb_typeof(parameters -> 'keySignature') = 'string' and parameters ->> 'keySignature' ~ '^[0-9a-f]{64}$'
       and jsonb_typeof(parameters -> 'nonce') = 'string' and parameters ->> 'nonce' ~ '^[0-9a-f]{32}$'
       and jsonb_typeof(parameters -> 'salt') = 'string' and parameters ->> 'salt' ~ '^[0-9a-f]{32}$'
       and jsonb_typeof(doc #> '{challenge,signature}') = 'string' and doc #>> '{challenge,signature}' ~ '^[0-9a-f]{64}$'
       and jsonb_typeof(solution -> 'counter') = 'number' and solution ->> 'counter' ~ '^[0-9]{1,10}$'
       and jsonb_typeof(solution -> 'derivedKey') = 'string' and solution ->> 'derivedKey' ~ '^[0-9a-f]{64}$', false) then
    perform portal.invalid('altcha', 'De controle tegen spam klopt niet. Verstuur het formulier opnieuw.',
      'The check against spam is not right. Please send the form again.');
  end if;
  select * into secrets from portal.challenge_secrets;
  -- Signed by this database, unchanged. Compared as hashes, so the time a comparison takes tells nothing.
  expected := portal.hmac_hex(convert_to(portal.challenge_parameters((parameters ->> 'cost')::integer, (parameters ->> 'expiresAt')::bigint,
    parameters ->> 'keyPrefix', parameters ->> 'keySignature', parameters ->> 'nonce', parameters ->> 'salt'), 'UTF8'), secrets.signature_secret);
  if pg_catalog.sha256(convert_to(expected, 'UTF8')) <> pg_catalog.sha256(convert_to(doc #>> '{challenge,signature}', 'UTF8')) then
    perform portal.invalid('altcha', 'De controle tegen spam klopt niet. Verstuur het formulier opnieuw.',
      'The check against spam is not right. Please send the form again.');
  end if;
  if (parameters ->> 'expiresAt')::bigint < extract(epoch from now()) then
    perform portal.invalid('altcha', 'De controle tegen spam is verlopen: hij werkt 10 minuten. Verstuur het formulier opnieuw.',
      'The check against spam has expired: it works for 10 minutes. Please send the form again.');
  end if;
  -- The key of the counter the server chose, which only the work finds: its HMAC is the signed keySignature.
  if pg_catalog.sha256(convert_to(portal.hmac_hex(decode(solution ->> 'derivedKey', 'hex'), secrets.key_signature_secret), 'UTF8'))
     <> pg_catalog.sha256(convert_to(parameters ->> 'keySignature', 'UTF8')) then
    perform portal.invalid('altcha', 'De controle tegen spam klopt niet. Verstuur het formulier opnieuw.',
      'The check against spam is not right. Please send the form again.');
  end if;
  -- Each solution once. A request refused later on (a limit, a rollback) leaves it unspent.
  insert into portal.spent_challenges (signature, expires_at)
  values (decode(doc #>> '{challenge,signature}', 'hex'), to_timestamp((parameters ->> 'expiresAt')::bigint))
  on conflict do nothing;
  get diagnostics spent = row_count;
  if spent = 0 then
    perform portal.invalid('altcha', 'Deze controle tegen spam is al een keer gebruikt. Verstuur het formulier opnieuw.',
      'This check against spam has already been used. Please send the form again.');
  end if;
end
$$;
comment on function portal.check_follow_challenge(jsonb) is 'Checks input.altcha, the solution of a follow_challenge as the altcha widget sends it (base64 of {challenge {parameters, signature}, solution {counter, derivedKey}}), and marks it spent. 400 on field altcha when it is missing, malformed, not signed by this database, expired, not the solution, or used before.';

revoke all on function portal.current_settings(), portal.request_source(), portal.pbkdf2_sha256(bytea, bytea, integer), portal.hmac_hex(bytea, text),
  portal.challenge_parameters(integer, bigint, text, text, text, text), portal.check_follow_challenge(jsonb)
from public, anon, authenticated;
revoke all on function public.follow_challenge(jsonb), public.update_deployment_settings(jsonb)
from public, anon, authenticated, service_role;
grant execute on function public.follow_challenge(jsonb) to anon, authenticated, service_role;
grant execute on function public.update_deployment_settings(jsonb) to service_role;
