-- The ground every staff write function stands on (the functions themselves follow in later migrations):
--  * messages in the staff member's language, chosen from the request's Accept-Language header, which
--    PostgREST (and the local stand-in) puts in request.headers;
--  * the answers every write function shares: 400 for bad input, 404 for a record out of reach, 403 for an
--    editor changing what is published, 409 for a stale form or a concurrent save;
--  * input parsers that turn one JSON object of form fields into typed values, refusing bad input with a
--    400 (SQLSTATE 22023) whose message says what to fix and whose hint names the field, so the workspace
--    can put the message next to that field;
--  * the lookup of a project the caller may work on, answering "not found" alike for a project that does
--    not exist and one of another organisation, so the API is no oracle for other organisations' drafts;
--  * the English versions a save takes with the Dutch fields (translations);
--  * who wrote, submitted and approved each publishable record, and why it was withdrawn.
--
-- Write functions take one argument, `input jsonb`, rather than typed arguments: a typed argument that
-- fails to cast ('tomorrow' for a date) would be refused by PostgREST with Postgres's own wording, which a
-- communications officer cannot act on.

-- Language -----------------------------------------------------------------------------------------------

create function portal.request_header(name text) returns text
language sql stable
set search_path = ''
as $$ select nullif(current_setting('request.headers', true), '')::jsonb ->> lower(name) $$;
comment on function portal.request_header(text) is 'A header of the current API request, as PostgREST (and the local stand-in) put them in request.headers with lower-case names; null outside a request or when absent.';

create function portal.request_language() returns text
language sql stable
set search_path = ''
as $$
  select case
    when lower(coalesce(portal.request_header('accept-language'), '')) ~ '^\s*en' then 'en'
    else 'nl'
  end
$$;
comment on function portal.request_language() is 'The language of the current API request: en when its Accept-Language header starts with English, otherwise nl (Dutch first).';

create function portal.t(nl text, en text) returns text
language sql stable
set search_path = ''
as $$ select case portal.request_language() when 'en' then en else nl end $$;
comment on function portal.t(text, text) is 'Picks the Dutch or English text of a message for the current request.';

-- Errors -------------------------------------------------------------------------------------------------

create function portal.invalid(field text, nl text, en text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = '22023', message = portal.t(nl, en), hint = coalesce(field, '');
end
$$;
comment on function portal.invalid(text, text, text) is 'Refuses bad input: a 400 over the API, with the message in the request''s language and the name of the field in the hint.';

create function portal.not_found(nl text, en text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = 'PT404', message = portal.t(nl, en);
end
$$;
comment on function portal.not_found(text, text) is 'Answers 404 over the API, with the message in the request''s language.';

create function portal.forbidden(nl text, en text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = '42501', message = portal.t(nl, en);
end
$$;
comment on function portal.forbidden(text, text) is 'Refuses an action the caller''s role does not allow: 403 over the API (401 for anonymous callers).';

create function portal.conflict() returns void
language plpgsql stable
set search_path = ''
as $$
begin
  raise exception using errcode = 'PT409', hint = 'updated_at', message = portal.t(
    'Iemand anders heeft dit intussen veranderd. Laad de nieuwste versie en voer uw wijziging opnieuw in. Uw tekst blijft in dit scherm staan.',
    'Someone else changed this in the meantime. Load the latest version and make your change again. Your text stays on this screen.');
end
$$;
comment on function portal.conflict() is 'Answers 409 (PT409, hint updated_at) when a record changed after the form was loaded, or while it was being saved.';

create function portal.check_version(input jsonb, current_version timestamptz) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  -- The workspace sends the updated_at it loaded; another save in between would otherwise be overwritten
  -- without anyone noticing.
  if not (input ? 'updated_at') or jsonb_typeof(input -> 'updated_at') = 'null' then
    return;
  end if;
  -- Only an ISO 8601 time as the API hands it out: Postgres would also read 'yesterday' or 'epoch', and the
  -- workspace only ever sends back the time it loaded, so anything else is a broken form (400), not a 409.
  if jsonb_typeof(input -> 'updated_at') <> 'string'
     or (input ->> 'updated_at') !~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$' then
    raise invalid_datetime_format;
  end if;
  if (input ->> 'updated_at')::timestamptz is distinct from current_version then
    perform portal.conflict();
  end if;
exception when invalid_datetime_format or datetime_field_overflow then
  perform portal.invalid('updated_at', 'De versie van dit formulier is onleesbaar. Laad de pagina opnieuw.',
    'The version of this form cannot be read. Reload the page.');
end
$$;
comment on function portal.check_version(jsonb, timestamptz) is 'Refuses a save (409) when the record changed after the form was loaded: input.updated_at must equal the record''s updated_at, when given. An updated_at that is not an ISO 8601 time is a 400.';

create function portal.record_missing() returns void
language plpgsql stable
set search_path = ''
as $$
begin
  -- The same words for a record that does not exist and one of another project, as for projects.
  perform portal.not_found('Dit onderdeel bestaat niet, of het hoort niet bij dit project.',
    'This item does not exist, or it does not belong to this project.');
end
$$;
comment on function portal.record_missing() is 'Answers 404 for a record id that is unknown or belongs to another project (unknown and foreign alike).';

create function portal.publication_after_save(state portal.publication_state) returns portal.publication_state
language sql immutable
set search_path = ''
as $$
  select case state when 'unpublished' then 'draft'::portal.publication_state
                    when 'scheduled' then 'awaiting_approval'::portal.publication_state else state end
$$;
comment on function portal.publication_after_save(portal.publication_state) is 'The publication state of a record that is not public, after an edit: a withdrawn record becomes a draft again, an approved (scheduled) one awaits approval again (the approval covered other words), drafts and records awaiting approval keep their state. A published record is never edited in place: its edit is a revision.';

-- Input parsers ------------------------------------------------------------------------------------------
-- Each takes the input object, the field name, and the field's label in Dutch and English as the form shows
-- it, so the message can say which field is wrong in words the staff member sees on screen.

create function portal.input_object(input jsonb) returns jsonb
language plpgsql stable
set search_path = ''
as $$
begin
  if input is null or jsonb_typeof(input) <> 'object' then
    perform portal.invalid('', 'Het formulier kwam niet goed aan. Probeer het opnieuw.',
      'The form did not arrive properly. Please try again.');
  end if;
  return input;
end
$$;
comment on function portal.input_object(jsonb) is 'Checks that the input of a write function is a JSON object.';

create function portal.input_text(
  input jsonb, field text, label_nl text, label_en text, max_length integer, required boolean default true
) returns text
language plpgsql stable
set search_path = ''
as $$
declare
  value text;
begin
  if input -> field is null or jsonb_typeof(input -> field) = 'null' then
    value := null;
  elsif jsonb_typeof(input -> field) <> 'string' then
    perform portal.invalid(field, format('%s moet tekst zijn.', label_nl), format('%s must be text.', label_en));
  else
    value := nullif(btrim(input ->> field, E' \t\r\n'), '');
  end if;
  if value is null then
    if required then
      perform portal.invalid(field, format('Vul %s in.', lower(label_nl)), format('Fill in %s.', lower(label_en)));
    end if;
    return null;
  end if;
  -- Control characters other than tab and newline are invisible on screen and break feeds and mail.
  if value ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]' then
    perform portal.invalid(field, format('%s bevat onzichtbare tekens. Typ de tekst opnieuw.', label_nl),
      format('%s contains invisible characters. Please type the text again.', label_en));
  end if;
  if char_length(value) > max_length then
    perform portal.invalid(field,
      format('%s is te lang: %s tekens, hoogstens %s.', label_nl, char_length(value), max_length),
      format('%s is too long: %s characters, at most %s.', label_en, char_length(value), max_length));
  end if;
  return value;
end
$$;
comment on function portal.input_text(jsonb, text, text, text, integer, boolean) is 'Reads a text field: trimmed, empty becomes null, refused when required and empty, too long, not text, or holding control characters.';

create function portal.input_date(input jsonb, field text, label_nl text, label_en text, required boolean default true)
returns date
language plpgsql stable
set search_path = ''
as $$
declare
  raw text := portal.input_text(input, field, label_nl, label_en, 10, required);
  value date;
begin
  if raw is null then
    return null;
  end if;
  if raw !~ '^\d{4}-\d{2}-\d{2}$' then
    raise invalid_datetime_format;
  end if;
  value := raw::date;
  -- A typo such as 0202 for 2026 is a valid date, but it would put the record centuries off the timeline.
  if value < date '1900-01-01' or value > date '2199-12-31' then
    perform portal.invalid(field,
      format('%s ligt te ver weg: kies een datum tussen 1900 en 2200.', label_nl),
      format('%s is too far off: choose a date between 1900 and 2200.', label_en));
  end if;
  return value;
exception when invalid_datetime_format or datetime_field_overflow then
  perform portal.invalid(field, format('%s is geen geldige datum. Gebruik de vorm jjjj-mm-dd.', label_nl),
    format('%s is not a valid date. Use the form yyyy-mm-dd.', label_en));
  return null;
end
$$;
comment on function portal.input_date(jsonb, text, text, text, boolean) is 'Reads a date field in ISO form (yyyy-mm-dd); refuses anything else, and years before 1900 or after 2199 (typing errors), with a message.';

create function portal.input_timestamp(input jsonb, field text, label_nl text, label_en text, required boolean default true)
returns timestamptz
language plpgsql stable
set search_path = ''
as $$
declare
  raw text := portal.input_text(input, field, label_nl, label_en, 40, required);
begin
  if raw is null then
    return null;
  end if;
  -- A date and time with an explicit offset or Z; a bare local time would depend on the server's zone.
  if raw !~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)$' then
    raise invalid_datetime_format;
  end if;
  return raw::timestamptz;
exception when invalid_datetime_format or datetime_field_overflow then
  perform portal.invalid(field, format('%s is geen geldige datum en tijd.', label_nl),
    format('%s is not a valid date and time.', label_en));
  return null;
end
$$;
comment on function portal.input_timestamp(jsonb, text, text, text, boolean) is 'Reads a date-and-time field in ISO 8601 form with a time zone offset.';

create function portal.input_uuid(input jsonb, field text, label_nl text, label_en text, required boolean default true)
returns uuid
language plpgsql stable
set search_path = ''
as $$
declare
  raw text := portal.input_text(input, field, label_nl, label_en, 36, required);
begin
  if raw is null then
    return null;
  end if;
  if raw !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    perform portal.invalid(field, format('%s is geen geldige keuze.', label_nl), format('%s is not a valid choice.', label_en));
  end if;
  return raw::uuid;
end
$$;
comment on function portal.input_uuid(jsonb, text, text, text, boolean) is 'Reads the id of a record chosen in a form.';

create function portal.input_integer(
  input jsonb, field text, label_nl text, label_en text, min_value integer, max_value integer, required boolean default true
) returns integer
language plpgsql stable
set search_path = ''
as $$
declare
  value jsonb := input -> field;
  raw text;
begin
  if value is null or jsonb_typeof(value) = 'null' or (jsonb_typeof(value) = 'string' and btrim(value #>> '{}') = '') then
    if required then
      perform portal.invalid(field, format('Vul %s in.', lower(label_nl)), format('Fill in %s.', lower(label_en)));
    end if;
    return null;
  end if;
  raw := btrim(value #>> '{}');
  if jsonb_typeof(value) not in ('number', 'string') or raw !~ '^-?\d{1,9}$'
     or raw::bigint < min_value or raw::bigint > max_value then
    perform portal.invalid(field,
      format('%s moet een heel getal zijn van %s tot en met %s.', label_nl, min_value, max_value),
      format('%s must be a whole number from %s to %s.', label_en, min_value, max_value));
  end if;
  return raw::integer;
end
$$;
comment on function portal.input_integer(jsonb, text, text, text, integer, integer, boolean) is 'Reads a whole number within bounds.';

create function portal.input_numeric(
  input jsonb, field text, label_nl text, label_en text, min_value numeric, max_value numeric, required boolean default true
) returns numeric
language plpgsql stable
set search_path = ''
as $$
declare
  value jsonb := input -> field;
  raw text;
begin
  if value is null or jsonb_typeof(value) = 'null' or (jsonb_typeof(value) = 'string' and btrim(value #>> '{}') = '') then
    if required then
      perform portal.invalid(field, format('Vul %s in.', lower(label_nl)), format('Fill in %s.', lower(label_en)));
    end if;
    return null;
  end if;
  -- A Dutch decimal comma is accepted, since that is how people here type 12,5.
  raw := replace(btrim(value #>> '{}'), ',', '.');
  if jsonb_typeof(value) not in ('number', 'string') or raw !~ '^-?\d{1,12}(\.\d{1,2})?$'
     or raw::numeric < min_value or raw::numeric > max_value then
    perform portal.invalid(field,
      format('%s moet een getal zijn van %s tot en met %s, met hoogstens twee cijfers achter de komma.', label_nl, min_value, max_value),
      format('%s must be a number from %s to %s, with at most two decimals.', label_en, min_value, max_value));
  end if;
  return raw::numeric;
end
$$;
comment on function portal.input_numeric(jsonb, text, text, text, numeric, numeric, boolean) is 'Reads a number with at most two decimals within bounds; accepts a decimal comma.';

create function portal.input_boolean(input jsonb, field text, label_nl text, label_en text, fallback boolean)
returns boolean
language plpgsql stable
set search_path = ''
as $$
begin
  if input -> field is null or jsonb_typeof(input -> field) = 'null' then
    return fallback;
  end if;
  if jsonb_typeof(input -> field) <> 'boolean' then
    perform portal.invalid(field, format('%s moet ja of nee zijn.', label_nl), format('%s must be yes or no.', label_en));
  end if;
  return (input -> field)::boolean;
end
$$;
comment on function portal.input_boolean(jsonb, text, text, text, boolean) is 'Reads a yes/no field; absent means the fallback.';

create function portal.input_url(input jsonb, field text, label_nl text, label_en text, required boolean default false)
returns text
language plpgsql stable
set search_path = ''
as $$
declare
  value text := portal.input_text(input, field, label_nl, label_en, 2000, required);
begin
  if value is not null and not portal.is_web_url(value) then
    perform portal.invalid(field,
      format('%s moet een webadres zijn dat begint met https:// of http://.', label_nl),
      format('%s must be a web address starting with https:// or http://.', label_en));
  end if;
  return value;
end
$$;
comment on function portal.input_url(jsonb, text, text, text, boolean) is 'Reads a web address; only http(s) URLs pass, so javascript: and data: links are refused.';

create function portal.input_choice(
  input jsonb, field text, label_nl text, label_en text, allowed text[], required boolean default true
) returns text
language plpgsql stable
set search_path = ''
as $$
declare
  value text := portal.input_text(input, field, label_nl, label_en, 100, required);
begin
  if value is not null and not (value = any (allowed)) then
    perform portal.invalid(field, format('Kies een geldige waarde voor %s.', lower(label_nl)),
      format('Choose a valid value for %s.', lower(label_en)));
  end if;
  return value;
end
$$;
comment on function portal.input_choice(jsonb, text, text, text, text[], boolean) is 'Reads one of a fixed list of values (an enumeration); the caller casts it to the enum type.';

create function portal.enum_values(enum_type regtype) returns text[]
language sql stable
set search_path = ''
as $$ select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = enum_type $$;
comment on function portal.enum_values(regtype) is 'The labels of an enum type, for input_choice.';

create function portal.input_source_id(input jsonb, field text, label_nl text, label_en text) returns text
language plpgsql stable
set search_path = ''
as $$
declare
  value text := portal.input_text(input, field, label_nl, label_en, 100, false);
begin
  if value is not null and value !~ '^[A-Za-z0-9_.:-]{1,100}$' then
    perform portal.invalid(field,
      format('%s bestaat alleen uit letters, cijfers en de tekens _ . : -, zoals het raadsinformatiesysteem het geeft.', label_nl),
      format('%s consists of letters, digits and the characters _ . : - only, as the council information system gives it.', label_en));
  end if;
  return value;
end
$$;
comment on function portal.input_source_id(jsonb, text, text, text) is 'Reads the optional public id of an item in the council information system (Open Raadsinformatie): letters, digits and _.:- up to 100.';

create function portal.input_phase(input jsonb, field text, label_nl text, label_en text, project uuid)
returns uuid
language plpgsql stable
set search_path = ''
as $$
declare
  phase uuid := portal.input_uuid(input, field, label_nl, label_en, false);
begin
  -- The foreign key (phase_id, project_id) would refuse it too, but with a message nobody can act on.
  if phase is not null and not exists (select 1 from portal.phases ph where ph.id = phase and ph.project_id = project) then
    perform portal.invalid(field, 'Kies een fase van dit project.', 'Choose a phase of this project.');
  end if;
  return phase;
end
$$;
comment on function portal.input_phase(jsonb, text, text, text, uuid) is 'Reads an optional phase id; refuses (400 on the field) a phase of another project or one that does not exist.';

create function portal.dates_in_order(starts date, ends date, field text, label_nl text, label_en text, start_nl text, start_en text)
returns void
language plpgsql stable
set search_path = ''
as $$
begin
  if starts is not null and ends is not null and ends < starts then
    perform portal.invalid(field,
      format('%s ligt vóór %s. Kies een datum op of na %s.', label_nl, lower(start_nl), lower(start_nl)),
      format('%s is before the %s. Choose a date on or after the %s.', label_en, lower(start_en), lower(start_en)));
  end if;
end
$$;
comment on function portal.dates_in_order(date, date, text, text, text, text, text) is 'Refuses an end date before its start date, on the end date''s field.';

-- Projects the caller may work on ------------------------------------------------------------------------

create function portal.staff_project_organisation(project uuid, at_least portal.staff_role) returns uuid
language plpgsql stable
set search_path = ''
as $$
declare
  org uuid;
begin
  if auth.uid() is null then
    perform portal.forbidden('Log eerst in.', 'Please sign in first.');
  end if;
  org := portal.project_organisation(project);
  -- Unknown and foreign projects get the same answer: nobody learns what another organisation drafts.
  if org is null or not portal.has_staff_role(org, 'editor') then
    perform portal.not_found('Dit project bestaat niet, of het hoort niet bij uw organisatie.',
      'This project does not exist, or it does not belong to your organisation.');
  end if;
  if not portal.has_staff_role(org, at_least) then
    perform portal.forbidden(
      case at_least when 'admin' then 'Alleen een beheerder van uw organisatie mag dit doen.'
                    else 'Alleen een fiatteur van uw organisatie mag dit doen.' end,
      case at_least when 'admin' then 'Only an administrator of your organisation may do this.'
                    else 'Only an approver of your organisation may do this.' end);
  end if;
  return org;
end
$$;
comment on function portal.staff_project_organisation(uuid, portal.staff_role) is 'For write functions: the organisation of a project the signed-in user works on with at least the given role. 404 for unknown and foreign projects alike; 403 when the role is too low.';

create function portal.require_staff(organisation uuid, at_least portal.staff_role) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  if auth.uid() is null then
    perform portal.forbidden('Log eerst in.', 'Please sign in first.');
  end if;
  if organisation is null or not portal.has_staff_role(organisation, 'editor') then
    perform portal.not_found('Deze organisatie bestaat niet, of u werkt er niet.',
      'This organisation does not exist, or you do not work for it.');
  end if;
  if not portal.has_staff_role(organisation, at_least) then
    perform portal.forbidden(
      case at_least when 'admin' then 'Alleen een beheerder van uw organisatie mag dit doen.'
                    else 'Alleen een fiatteur van uw organisatie mag dit doen.' end,
      case at_least when 'admin' then 'Only an administrator of your organisation may do this.'
                    else 'Only an approver of your organisation may do this.' end);
  end if;
end
$$;
comment on function portal.require_staff(uuid, portal.staff_role) is 'For write functions on an organisation itself: refuses callers who are not its staff with at least the given role.';

revoke all on function
  portal.request_header(text), portal.request_language(), portal.t(text, text), portal.invalid(text, text, text), portal.not_found(text, text),
  portal.forbidden(text, text), portal.conflict(), portal.check_version(jsonb, timestamptz),
  portal.record_missing(),
  portal.publication_after_save(portal.publication_state), portal.input_object(jsonb),
  portal.input_text(jsonb, text, text, text, integer, boolean), portal.input_date(jsonb, text, text, text, boolean),
  portal.input_timestamp(jsonb, text, text, text, boolean), portal.input_uuid(jsonb, text, text, text, boolean),
  portal.input_integer(jsonb, text, text, text, integer, integer, boolean),
  portal.input_numeric(jsonb, text, text, text, numeric, numeric, boolean),
  portal.input_boolean(jsonb, text, text, text, boolean), portal.input_url(jsonb, text, text, text, boolean),
  portal.input_choice(jsonb, text, text, text, text[], boolean), portal.enum_values(regtype),
  portal.input_source_id(jsonb, text, text, text),
  portal.input_phase(jsonb, text, text, text, uuid), portal.dates_in_order(date, date, text, text, text, text, text),
  portal.staff_project_organisation(uuid, portal.staff_role), portal.require_staff(uuid, portal.staff_role)
from public;
grant execute on function
  portal.request_header(text), portal.request_language(), portal.t(text, text), portal.invalid(text, text, text), portal.not_found(text, text),
  portal.forbidden(text, text), portal.conflict(), portal.check_version(jsonb, timestamptz),
  portal.record_missing(),
  portal.publication_after_save(portal.publication_state), portal.input_object(jsonb),
  portal.input_text(jsonb, text, text, text, integer, boolean), portal.input_date(jsonb, text, text, text, boolean),
  portal.input_timestamp(jsonb, text, text, text, boolean), portal.input_uuid(jsonb, text, text, text, boolean),
  portal.input_integer(jsonb, text, text, text, integer, integer, boolean),
  portal.input_numeric(jsonb, text, text, text, numeric, numeric, boolean),
  portal.input_boolean(jsonb, text, text, text, boolean), portal.input_url(jsonb, text, text, text, boolean),
  portal.input_choice(jsonb, text, text, text, text[], boolean), portal.enum_values(regtype),
  portal.input_source_id(jsonb, text, text, text),
  portal.input_phase(jsonb, text, text, text, uuid), portal.dates_in_order(date, date, text, text, text, text, text),
  portal.staff_project_organisation(uuid, portal.staff_role), portal.require_staff(uuid, portal.staff_role)
to authenticated, service_role;

-- English versions -------------------------------------------------------------------------------------------
-- Each text field residents read may also have an English version, kept with the record in its column
-- `translations` ({"en": {"<field>": "<English text>"}}); which fields, and how long each English text may be, is
-- publishable_kinds.translatable_fields (20261204000100_public_record.sql). A save function takes them as an optional
-- `translations` in its input; the check below refuses other languages, other fields, text that is not text,
-- invisible characters and oversized texts with a 400 whose hint names the field (translations.en.<field>), like
-- every other input.
--
-- Each public save function of a kind with such text is a wrapper: portal.<name>_fields saves the Dutch fields with
-- all their checks, and portal.save_with_translations then saves the English versions of the same record in the
-- same transaction, the same way the Dutch ones were: in place on a record that is not public, as (part of) the
-- pending revision of a published one, in the pending status change for a promise's status. A refusal anywhere
-- undoes the whole save.

create function portal.normalise_translations(kind text, value jsonb) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  allowed jsonb := (select k.translatable_fields from portal.publishable_kinds k where k.kind = normalise_translations.kind);
  english jsonb;
  item record;
  limit_chars integer;
  tidy text;
  result jsonb := '{}'::jsonb;
begin
  if value is null or jsonb_typeof(value) = 'null' then
    return '{}'::jsonb;
  end if;
  if jsonb_typeof(value) <> 'object' then
    perform portal.invalid('translations', 'De Engelse teksten kwamen niet goed aan. Laad de pagina opnieuw.',
      'The English texts did not arrive properly. Reload the page.');
  end if;
  if exists (select 1 from jsonb_object_keys(value) l where l <> 'en') then
    perform portal.invalid('translations', 'Naast het Nederlands is alleen Engels (en) mogelijk.',
      'Besides Dutch, only English (en) is possible.');
  end if;
  english := value -> 'en';
  if english is null or jsonb_typeof(english) = 'null' then
    return '{}'::jsonb;
  end if;
  if jsonb_typeof(english) <> 'object' then
    perform portal.invalid('translations', 'De Engelse teksten kwamen niet goed aan. Laad de pagina opnieuw.',
      'The English texts did not arrive properly. Reload the page.');
  end if;
  for item in select e.key, e.value from jsonb_each(english) e order by e.key loop
    limit_chars := case
      when allowed ? item.key then (allowed ->> item.key)::integer
      when item.key ~ '^responses\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then (allowed ->> 'responses.*')::integer
    end;
    if limit_chars is null then
      -- The key is not echoed: it is whatever the caller sent.
      perform portal.invalid('translations', 'Een van de Engelse teksten hoort bij geen veld dat een Engelse versie kan hebben.',
        'One of the English texts belongs to no field that can have an English version.');
    end if;
    if jsonb_typeof(item.value) = 'null' then
      continue;
    end if;
    if jsonb_typeof(item.value) <> 'string' then
      perform portal.invalid('translations.en.' || item.key, 'De Engelse versie moet tekst zijn.', 'The English version must be text.');
    end if;
    -- As the Dutch: Markdown keeps its leading spaces, other text is trimmed; blank means "no English version".
    tidy := case when item.key = 'body_md'
      then regexp_replace(rtrim(item.value #>> '{}', E' \t\r\n'), E'^([ \t]*\r?\n)+', '')
      else btrim(item.value #>> '{}', E' \t\r\n') end;
    if tidy = '' then
      continue;
    end if;
    if tidy ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]' then
      perform portal.invalid('translations.en.' || item.key, 'De Engelse versie bevat onzichtbare tekens. Typ de tekst opnieuw.',
        'The English version contains invisible characters. Please type the text again.');
    end if;
    if char_length(tidy) > limit_chars then
      perform portal.invalid('translations.en.' || item.key,
        format('De Engelse versie is te lang: %s tekens, hoogstens %s.', char_length(tidy), limit_chars),
        format('The English version is too long: %s characters, at most %s.', char_length(tidy), limit_chars));
    end if;
    -- A person's card is public: no e-mail address in it, in any language.
    if kind = 'person' and portal.structure_has_email(tidy) then
      perform portal.invalid('translations.en.' || item.key,
        'De Engelse versie lijkt een e-mailadres te bevatten. Zet hier geen e-mailadres: alles hier komt op de openbare website.',
        'The English version seems to contain an e-mail address. Do not put an e-mail address here: everything here appears on the public website.');
    end if;
    result := result || jsonb_build_object(item.key, tidy);
  end loop;
  return case when result = '{}'::jsonb then '{}'::jsonb else jsonb_build_object('en', result) end;
end
$$;
comment on function portal.normalise_translations(text, jsonb) is 'Checks the English versions of a record of a kind and returns them tidied: {} or {"en": {field: text}} with trimmed, non-blank texts only (null and blank mean "no English version"). Refuses (400, hint translations or translations.en.<field>) anything but an object, a language other than en, a field the kind cannot translate, a value that is not text, invisible characters, a text longer than the field allows, and an e-mail address on a person''s card.';

create function portal.input_translations(input jsonb, kind text) returns jsonb
language sql stable
set search_path = ''
as $$ select portal.normalise_translations(kind, input -> 'translations') $$;
comment on function portal.input_translations(jsonb, text) is 'Reads the optional translations field of a staff form for a kind (see normalise_translations); absent or null is {} (no English versions).';

create function portal.save_with_translations(kind text, save_fields text, input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  result jsonb;
  wanted jsonb;
  dutch jsonb;
  target uuid;
  field text;
  theme text;
begin
  input := portal.input_object(input);
  -- The Dutch save answers first (401, 404, 403, 409 and its own 400s), so the English part is no oracle.
  execute format('select portal.%I($1)', save_fields) into result using input - 'translations';
  if not (input ? 'translations') then
    return result;
  end if;
  wanted := portal.input_translations(input, kind);
  -- The words the English versions go with: the pending status change's, or the record's as the form shows them.
  dutch := case kind when 'promise_status' then result -> 'pending_status' else result end;
  for field in select jsonb_object_keys(coalesce(wanted -> 'en', '{}'::jsonb)) loop
    if field like 'responses.%' then
      theme := substr(field, 11);
      if not exists (select 1 from jsonb_array_elements(coalesce(dutch -> 'responses', '[]'::jsonb)) e where e.value ->> 'input_theme_id' = theme) then
        perform portal.invalid('translations.en.' || field, 'Schrijf eerst de Nederlandse tekst. Daarna kunt u hem vertalen.',
          'Write the Dutch text first. Then you can translate it.');
      end if;
    elsif coalesce(dutch ->> field, '') = '' then
      perform portal.invalid('translations.en.' || field, 'Schrijf eerst de Nederlandse tekst. Daarna kunt u hem vertalen.',
        'Write the Dutch text first. Then you can translate it.');
    end if;
  end loop;
  if coalesce(dutch -> 'translations', '{}'::jsonb) = wanted then
    return result;
  end if;
  target := (result ->> 'id')::uuid;
  if kind = 'promise_status' then
    update portal.revisions x set content = x.content || jsonb_build_object('translations', wanted)
    where x.kind = 'promise_status' and x.record_id = target;
    return portal.staff_record('promise', target);
  end if;
  if result ->> 'publication' = 'published' then
    -- The Dutch save already checked the form's version; this adds the English words to the same revision.
    return portal.propose_revision(kind, target, jsonb_build_object('translations', wanted), '{}'::jsonb);
  end if;
  execute format('update portal.%I t set translations = $2 where t.id = $1', portal.kind_table(kind)) using target, wanted;
  return portal.staff_record(kind, target);
end
$$;
comment on function portal.save_with_translations(text, text, jsonb) is 'For the public staff save functions: runs the Dutch save (portal.<save_fields>) without the translations field, then, when the input has translations, checks them (400, hint translations.en.<field>; a field without Dutch text cannot have an English version) and saves them with the record: in place when it is not public, in its pending revision when it is, in the pending status change for promise_status. Returns the record as portal.staff_record shows it.';
revoke all on function portal.save_with_translations(text, text, jsonb) from public;
grant execute on function portal.save_with_translations(text, text, jsonb) to authenticated, service_role;
revoke all on function portal.normalise_translations(text, jsonb), portal.input_translations(jsonb, text) from public;
grant execute on function portal.normalise_translations(text, jsonb), portal.input_translations(jsonb, text) to authenticated, service_role;

-- Who wrote, submitted and approved a publishable record --------------------------------------------------
-- Updates have these columns since they were created; every other record residents can see gets the same
-- ones, so one workflow (submit, approve, return, withdraw) serves them all. Which of them anon may read is
-- granted in 20261204000100_public_record.sql, once every column exists.

do $$
declare
  tbl text;
begin
  foreach tbl in array array['projects', 'decisions', 'promises', 'council_moments', 'council_motions', 'council_letters',
    'key_dates', 'lessons', 'phases', 'people', 'project_people', 'handovers', 'groups_involved', 'input_themes'] loop
    execute format($f$
      alter table portal.%1$I
        add column author_id uuid references auth.users (id) on delete set null,
        add column approver_id uuid references auth.users (id) on delete set null,
        add column submitted_at timestamptz,
        add column unpublished_reason text check (char_length(unpublished_reason) <= 2000),
        add constraint %1$s_unpublished_has_reason
          check (publication <> 'unpublished' or char_length(btrim(coalesce(unpublished_reason, ''))) > 0)
    $f$, tbl);
    execute format('comment on column portal.%I.author_id is %L', tbl, 'The staff member who created the record. Not public.');
    execute format('comment on column portal.%I.approver_id is %L', tbl, 'The approver who last published it. Not public.');
    execute format('comment on column portal.%I.submitted_at is %L', tbl, 'When it was last submitted for approval.');
    execute format('comment on column portal.%I.unpublished_reason is %L', tbl, 'Why it was withdrawn from the public site; required when unpublished.');
  end loop;
end
$$;
