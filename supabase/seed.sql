-- Demo data for the embedded default: the fictional municipality "Gemeente Demodam" with eleven projects in
-- every phase and one that was withdrawn, and a second municipality, "Gemeente Voorbeeldstad", with two.
--
-- Everything here is invented: the people, the places, the numbers. Dates are relative to the day the
-- database is created (current_date and now()), so the demo always shows past, current and coming moments.
-- Times of day are Amsterdam wall-clock times, whatever the session's time zone.
--
-- Load it after supabase/bootstrap/supabase-bootstrap.sql and the migrations, as a superuser:
--   psql -v ON_ERROR_STOP=1 --single-transaction -f supabase/seed.sql
-- It uses no psql meta-commands and nothing that cannot run inside a transaction, so the caller decides
-- whether it runs as one transaction (PGlite's exec() of the whole file does; so does psql -1).
--
-- Demo staff accounts (password for all: demo-wachtwoord):
--   de000000-0000-4000-8000-000000000001  redacteur@demodam.example        editor of demodam
--   de000000-0000-4000-8000-000000000002  fiatteur@demodam.example         approver of demodam
--   de000000-0000-4000-8000-000000000003  beheer@demodam.example           admin of demodam
--   be000000-0000-4000-8000-000000000001  redacteur@voorbeeldstad.example  editor of voorbeeldstad
-- Organisations:
--   de000000-0000-4000-8000-0000000000d0  demodam
--   be000000-0000-4000-8000-0000000000b0  voorbeeldstad
--
-- Every other id is derived from a readable key by pg_temp.demo_id('<project slug>/<kind>/<name>'): fixed
-- across loads, and valid version 4 UUIDs, so strict UUID validation downstream accepts them.
--
-- Records that must never appear on a public page (drafts, records awaiting approval, one withdrawn update,
-- and one draft project) are marked "NOT PUBLIC" in the comments.

-- Session-only helpers; dropped at the end of the file -----------------------------------------------------

create or replace function pg_temp.demo_id(key text) returns uuid
language sql immutable
as $$
  -- Sets the version (4) and variant (8) nibbles of an MD5 of the key.
  select overlay(overlay(md5('demodam-seed:' || key) placing '4' from 13) placing '8' from 17)::uuid
$$;

-- A moment on a day relative to today, at an Amsterdam wall-clock time: on_day(-3, '19:30').
create or replace function pg_temp.on_day(days integer, clock text) returns timestamptz
language sql stable
as $$ select ((current_date + days) + clock::time) at time zone 'Europe/Amsterdam' $$;

-- Organisations ------------------------------------------------------------------------------------------

insert into portal.organisations (id, slug, name, website_url, council_name, theme, allow_self_approval) values
  ('de000000-0000-4000-8000-0000000000d0', 'demodam', 'Gemeente Demodam', 'https://www.demodam.example',
   'Gemeenteraad van Demodam',
   '{
      "--portal-color-primary": "#1a5e8a",
      "--portal-color-primary-contrast": "#ffffff",
      "--portal-color-accent": "#b34700",
      "--portal-color-surface": "#f3f7fa",
      "--utrecht-document-font-family": "\"Source Sans 3\", Arial, sans-serif",
      "--utrecht-document-color": "#1f1f1f",
      "--utrecht-document-background-color": "#ffffff",
      "--utrecht-link-color": "#1a5e8a",
      "--utrecht-link-visited-color": "#5b2a86",
      "--utrecht-heading-color": "#123f5d",
      "--utrecht-button-primary-action-background-color": "#1a5e8a",
      "--utrecht-button-primary-action-color": "#ffffff",
      "--utrecht-focus-outline-color": "#b34700",
      "--utrecht-space-block-md": "1.5rem"
    }'::jsonb,
   false),
  ('be000000-0000-4000-8000-0000000000b0', 'voorbeeldstad', 'Gemeente Voorbeeldstad', 'https://www.voorbeeldstad.example',
   'Gemeenteraad van Voorbeeldstad',
   '{
      "--portal-color-primary": "#2d6a2e",
      "--portal-color-primary-contrast": "#ffffff",
      "--portal-color-accent": "#7a3e9d",
      "--utrecht-document-font-family": "Verdana, sans-serif",
      "--utrecht-link-color": "#2d6a2e",
      "--utrecht-heading-color": "#1e4a1f"
    }'::jsonb,
   false);

-- Demo staff users, shaped as Supabase seeds them; the empty strings matter: Supabase Auth cannot read NULL
-- tokens. bcrypt hashes through pgcrypto, which Supabase Auth and the local stand-in both verify.

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  confirmation_token, recovery_token, email_change_token_new, email_change,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at
)
select '00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email,
       extensions.crypt('demo-wachtwoord', extensions.gen_salt('bf')), now(),
       '', '', '', '',
       '{"provider":"email","providers":["email"]}'::jsonb,
       jsonb_build_object('display_name', u.display_name), now(), now()
from (values
  ('de000000-0000-4000-8000-000000000001'::uuid, 'redacteur@demodam.example', 'Redacteur Demodam'),
  ('de000000-0000-4000-8000-000000000002'::uuid, 'fiatteur@demodam.example', 'Fiatteur Demodam'),
  ('de000000-0000-4000-8000-000000000003'::uuid, 'beheer@demodam.example', 'Beheerder Demodam'),
  ('be000000-0000-4000-8000-000000000001'::uuid, 'redacteur@voorbeeldstad.example', 'Redacteur Voorbeeldstad')
) as u (id, email, display_name);

-- Supabase Auth (hosted, or `supabase start`) also wants an identity per e-mail user; the plain Postgres
-- bootstrap has no such table, so this only runs where it exists.
do $identities$
begin
  if to_regclass('auth.identities') is not null and exists (
    select 1 from information_schema.columns
    where table_schema = 'auth' and table_name = 'identities' and column_name = 'provider_id'
  ) then
    execute $sql$
      insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
      select u.id::text, u.id,
             jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true),
             'email', now(), now(), now()
      from auth.users u
      where u.id in ('de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
                     'de000000-0000-4000-8000-000000000003', 'be000000-0000-4000-8000-000000000001')
    $sql$;
  end if;
end
$identities$;

insert into portal.staff_memberships (user_id, organisation_id, role) values
  ('de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-0000000000d0', 'editor'),
  ('de000000-0000-4000-8000-000000000002', 'de000000-0000-4000-8000-0000000000d0', 'approver'),
  ('de000000-0000-4000-8000-000000000003', 'de000000-0000-4000-8000-0000000000d0', 'admin'),
  ('be000000-0000-4000-8000-000000000001', 'be000000-0000-4000-8000-0000000000b0', 'editor');

-- People of Demodam who are named in projects: three aldermen and the civil servants who lead projects or
-- are the contact person. Work contact details only; never an e-mail address.

insert into portal.people (id, organisation_id, name, job_title, department, portfolio, phone, contact_url)
select pg_temp.demo_id('person/' || p.key), 'de000000-0000-4000-8000-0000000000d0',
       p.name, p.job_title, p.department, p.portfolio, p.phone, p.contact_url
from (values
  ('marieke-hoogland', 'Marieke Hoogland', 'Wethouder', 'College van burgemeester en wethouders',
   'Ruimtelijke ordening, wonen en de Omgevingswet', '14 0999', 'https://www.demodam.example/bestuur/wethouder-hoogland'),
  ('youssef-benali', 'Youssef Benali', 'Wethouder', 'College van burgemeester en wethouders',
   'Verkeer, parkeren, duurzaamheid en energie', '14 0999', 'https://www.demodam.example/bestuur/wethouder-benali'),
  ('ingrid-smeets', 'Ingrid Smeets-Verhoef', 'Wethouder', 'College van burgemeester en wethouders',
   'Zorg, jeugd, sociaal domein, groen en wijken', '14 0999', 'https://www.demodam.example/bestuur/wethouder-smeets'),
  ('sanne-kuipers', 'Sanne Kuipers', 'Omgevingsmanager', 'Ruimte', null, '(0999) 38 41 10', 'https://www.demodam.example/contact'),
  ('noor-haddou', 'Noor Haddou', 'Participatieadviseur', 'Communicatie en Participatie', null, '(0999) 38 41 22', 'https://www.demodam.example/contact'),
  ('daan-verbeek', 'Daan Verbeek', 'Projectleider wonen', 'Ruimte', null, '(0999) 38 41 31', 'https://www.demodam.example/contact'),
  ('kees-brouwer', 'Kees Brouwer', 'Projectleider gebiedsontwikkeling', 'Ruimte', null, '(0999) 38 41 32', 'https://www.demodam.example/contact'),
  ('pieter-lammers', 'Pieter Lammers', 'Verkeerskundige', 'Openbare Ruimte', null, '(0999) 38 42 05', 'https://www.demodam.example/contact'),
  ('esra-yilmaz', 'Esra Yilmaz', 'Projectleider energietransitie', 'Duurzaamheid', null, '(0999) 38 42 40', 'https://www.demodam.example/contact'),
  ('gert-jan-mulder', 'Gert-Jan Mulder', 'Gebiedsregisseur Kanaalwijk', 'Wijkzaken', null, '(0999) 38 42 51', 'https://www.demodam.example/contact'),
  ('lotte-van-rijn', 'Lotte van Rijn', 'Wijkcoördinator Oost', 'Wijkzaken', null, '(0999) 38 42 52', 'https://www.demodam.example/contact'),
  ('hamid-ouali', 'Hamid Ouali', 'Beleidsadviseur sociaal domein', 'Samenleving', null, '(0999) 38 43 10', 'https://www.demodam.example/contact'),
  ('femke-jansen', 'Femke Jansen-Bos', 'Projectleider spelen', 'Openbare Ruimte', null, '(0999) 38 42 15', 'https://www.demodam.example/contact'),
  ('ruud-kramer', 'Ruud Kramer', 'Beheerder groen', 'Openbare Ruimte', null, '(0999) 38 42 16', 'https://www.demodam.example/contact'),
  ('iris-dekker', 'Iris Dekker', 'Projectleider parkeren', 'Openbare Ruimte', null, '(0999) 38 42 07', 'https://www.demodam.example/contact'),
  ('bram-willems', 'Bram Willems', 'Accountmanager ondernemers', 'Economie', null, '(0999) 38 44 02', 'https://www.demodam.example/contact'),
  ('mila-postma', 'Mila Postma', 'Projectleider zon en wind', 'Duurzaamheid', null, '(0999) 38 42 44', 'https://www.demodam.example/contact')
) as p (key, name, job_title, department, portfolio, phone, contact_url);

-- =========================================================================================================
-- Omgevingsvisie Demodam 2040 (current phase: vision)
--
-- The long-term vision for the whole municipality under the Omgevingswet. The council set its frameworks
-- in a starting note; since then residents are asked what they find important. After the kick-off, three
-- neighbourhood evenings were held (Noord, Zuid, Westwijk: each promise made at one is dated on its day); a
-- survey is open now, and two more evenings (Centrum, Oost) and an online youth panel are coming up. One
-- promise (a map of the places residents named) is overdue, one (a youth evening) was kept. Next: three design
-- workshops, the council committee before the draft is open for views, then the council adopts the vision.
-- One earlier update was withdrawn because it gave a wrong date (NOT PUBLIC); the update that replaced it is
-- public and named in the withdrawal's reason.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('omgevingsvisie/project'), 'de000000-0000-4000-8000-0000000000d0', 'omgevingsvisie',
  'Omgevingsvisie Demodam 2040',
  'Hoe ziet Demodam er in 2040 uit? In de omgevingsvisie staat waar we wonen, werken, sporten en ontspannen. Wat vindt u belangrijk? Nu kunt u meedenken.',
  'Ruimte', 'Hele gemeente', 'running', 'published', current_date - 150, current_date + 420,
  'kaderstellend',
  'De gemeenteraad stelt de omgevingsvisie vast. De raad bepaalt de grote lijnen. Het college werkt die daarna uit in het omgevingsplan.',
  9, 12, 185000.00,
  'Voor de bijeenkomsten, de online enquête, het jongerenpanel en een extern bureau dat de verslagen maakt.',
  pg_temp.on_day(-150, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('omgevingsvisie/phase/1'), pg_temp.demo_id('omgevingsvisie/project'), 1, 'vision',
   'Verkenning: wat vindt u belangrijk?', current_date - 150, current_date + 30, 'raadplegen',
   'Wat u belangrijk vindt voor Demodam in 2040: wonen, groen, werk, verkeer en voorzieningen. Welke plekken u wilt beschermen en wat beter kan in uw buurt.',
   'Landelijke en provinciale regels, zoals het aantal woningen uit de woondeal en de bescherming van natuurgebied De Waarden. In De Waarden wordt niet gebouwd.',
   'Een enquête van ongeveer 15 minuten, of een avond van 2 uur in uw wijk.', 2.0,
   'Zes weken na de laatste wijkavond staat het verslag online. Daarin leest u wat er is gezegd en wat we ermee doen.',
   current_date + 65, 'Ruimte', pg_temp.demo_id('person/noor-haddou')),
  (pg_temp.demo_id('omgevingsvisie/phase/2'), pg_temp.demo_id('omgevingsvisie/project'), 2, 'plan',
   'Ontwerp-omgevingsvisie maken', current_date + 31, current_date + 180, 'adviseren',
   'U kiest tussen drie beelden van de toekomst. Waar komen nieuwe woningen? Waar komt meer groen? En hoe blijven de wegen veilig en goed bereikbaar?',
   'De uitkomsten van de verkenning en de kaders die de raad in de startnotitie heeft vastgesteld.',
   'Drie werkateliers van 2,5 uur. U kunt ook één atelier kiezen.', 7.5,
   'In de ontwerpvisie staat per thema wat we met uw advies hebben gedaan.',
   current_date + 190, 'Ruimte', pg_temp.demo_id('person/noor-haddou')),
  (pg_temp.demo_id('omgevingsvisie/phase/3'), pg_temp.demo_id('omgevingsvisie/project'), 3, 'decision',
   'Vaststelling door de gemeenteraad', current_date + 181, current_date + 300, 'informeren',
   'U kunt een zienswijze indienen op de ontwerpvisie en u kunt inspreken in de raadscommissie.',
   'De gemeenteraad neemt het besluit. Nieuwe onderwerpen kunnen in deze fase niet meer worden toegevoegd.',
   'Een zienswijze schrijven kost ongeveer een uur. Inspreken duurt 5 minuten.', 1.0,
   'In de nota van zienswijzen leest u wat er met elke zienswijze is gedaan, voordat de raad besluit.',
   current_date + 270, 'Ruimte', pg_temp.demo_id('person/sanne-kuipers')),
  (pg_temp.demo_id('omgevingsvisie/phase/4'), pg_temp.demo_id('omgevingsvisie/project'), 4, 'management',
   'Uitvoeren en elke twee jaar bijhouden', current_date + 301, null, 'raadplegen',
   'Elke twee jaar vragen we of de visie nog klopt met wat er in de wijken gebeurt.',
   'De vastgestelde omgevingsvisie.', 'Een korte enquête van 10 minuten, eens per twee jaar.', 0.5,
   'De gemeente publiceert elke twee jaar een monitor.', null, 'Ruimte', pg_temp.demo_id('person/sanne-kuipers'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('person/noor-haddou'), 'contact', current_date - 150, null),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('person/sanne-kuipers'), 'project_lead', current_date - 150, null),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('person/marieke-hoogland'), 'alderman', current_date - 150, null);

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('omgevingsvisie/decision/thema'), pg_temp.demo_id('omgevingsvisie/project'),
   pg_temp.demo_id('omgevingsvisie/phase/1'), current_date - 70, 'College van burgemeester en wethouders',
   'Vier thema''s voor de rest van de verkenning',
   'De verkenning gaat verder over vier thema''s: groen dichtbij huis, betaalbaar wonen, veilig fietsen en een levendige dorpskern.',
   'Met vier thema''s kunnen de wijkavonden dieper ingaan op wat echt speelt. Andere onderwerpen blijven welkom in de enquête.',
   'In de eerste drie avonden en 1.100 reacties op de website kwamen groen en betaalbaar wonen het vaakst terug. Veilig fietsen naar school noemden vooral ouders in Westwijk. Die onderwerpen zijn nu drie van de vier thema''s.',
   'https://www.demodam.example/raadsinformatie/omgevingsvisie-themas', 'published', pg_temp.on_day(-69, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('omgevingsvisie/theme/groen'), pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'),
   'Groen dichtbij huis', 'Veel mensen willen binnen vijf minuten lopen in het groen zijn. Ze zijn bang dat nieuwe woningen ten koste gaan van parken.', 212),
  (pg_temp.demo_id('omgevingsvisie/theme/wonen'), pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'),
   'Betaalbare woningen voor starters', 'Jongeren en ouders van jongeren vinden dat er te weinig betaalbare huizen zijn. Kinderen verlaten Demodam omdat ze hier niets kunnen vinden.', 187),
  (pg_temp.demo_id('omgevingsvisie/theme/fietsen'), pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'),
   'Veilig fietsen naar school', 'Ouders vinden de fietsroutes naar de middelbare scholen onveilig, vooral bij de rotonde aan de Ringweg.', 96),
  (pg_temp.demo_id('omgevingsvisie/theme/winkels'), pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'),
   'Winkels in de dorpskern', 'Ouderen missen winkels dichtbij. Ondernemers vragen om meer parkeerplaatsen, bewoners juist om minder auto''s.', 44);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/theme/groen'), pg_temp.demo_id('omgevingsvisie/decision/thema'),
   'Groen dichtbij huis is een van de vier thema''s. Op de wijkavonden tekenen we samen met u welke groene plekken blijven.'),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/theme/wonen'), pg_temp.demo_id('omgevingsvisie/decision/thema'),
   'Betaalbaar wonen is een thema. We vragen het jongerenpanel apart om mee te denken.'),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/theme/fietsen'), pg_temp.demo_id('omgevingsvisie/decision/thema'),
   'Veilig fietsen is een thema. De rotonde aan de Ringweg staat op de lijst van plekken die we eerst bekijken.'),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/theme/winkels'), pg_temp.demo_id('omgevingsvisie/decision/thema'),
   'Levendige dorpskern is het vierde thema. Over parkeren bij de winkels praten we verder op de wijkavond Centrum.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('omgevingsvisie/promise/jongeren'), pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'),
   'We organiseren een aparte avond voor jongeren, op een plek waar jongeren zelf graag komen.',
   current_date - 140, 'Wethouder Hoogland', 'Startbijeenkomst omgevingsvisie in het gemeentehuis', current_date - 60, 'published', pg_temp.on_day(-139, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/promise/samenvatting'), pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'),
   'Iedereen die de enquête invult, krijgt een samenvatting van de uitkomsten.',
   current_date - 90, 'Projectleider omgevingsvisie', 'Wijkavond Zuid in sporthal De Vlinder', current_date + 65, 'published', pg_temp.on_day(-89, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/promise/kaart'), pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'),
   'We maken een kaart waarop u ziet welke plekken inwoners hebben genoemd als waardevol.',
   current_date - 100, 'Participatieadviseur', 'Wijkavond Noord in buurthuis De Kern', current_date - 10, 'published', pg_temp.on_day(-99, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by) values
  (pg_temp.demo_id('omgevingsvisie/promise/jongeren'), pg_temp.demo_id('omgevingsvisie/project'), 'in_progress', pg_temp.on_day(-100, '11:00'),
   'Participatieadviseur', 'We zoeken samen met het jongerenwerk een plek en een datum.', null, 'de000000-0000-4000-8000-000000000001'),
  (pg_temp.demo_id('omgevingsvisie/promise/jongeren'), pg_temp.demo_id('omgevingsvisie/project'), 'kept', pg_temp.on_day(-64, '10:00'),
   'Participatieadviseur', 'De jongerenavond was in skatepark De Baan. Er kwamen 46 jongeren. Het verslag staat online.',
   'https://www.demodam.example/omgevingsvisie/verslag-jongerenavond', 'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('omgevingsvisie/promise/samenvatting'), pg_temp.demo_id('omgevingsvisie/project'), 'in_progress', pg_temp.on_day(-20, '14:00'),
   'Projectleider omgevingsvisie', 'De enquête loopt nog. Na de sluiting maken we de samenvatting.', null, 'de000000-0000-4000-8000-000000000001');

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('omgevingsvisie/project'), current_date - 165, 'Gemeenteraad', 'Startnotitie omgevingsvisie',
   'Het college stelt voor om de omgevingsvisie in vier fasen te maken, met inwoners in elke fase.',
   'adopted', 'De raad stemde in met de startnotitie. De raad wil in elke fase horen wat inwoners hebben gezegd.',
   false, null, null, 'https://www.demodam.example/raadsinformatie/startnotitie-omgevingsvisie', 'published', pg_temp.on_day(-164, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), current_date + 170, 'Commissie Ruimte', 'Bespreking ontwerp-omgevingsvisie',
   'De commissie bespreekt de ontwerpvisie voordat die ter inzage gaat.',
   'pending', null, false, null, null, null, 'published', pg_temp.on_day(-30, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), current_date + 285, 'Gemeenteraad', 'Vaststelling omgevingsvisie Demodam 2040',
   'Het college vraagt de raad de omgevingsvisie vast te stellen, met de nota van zienswijzen.',
   'pending', null, false, null, null, null, 'published', pg_temp.on_day(-30, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('omgevingsvisie/project'), 'De verkenning is begonnen',
   '## Denk mee over Demodam in 2040

De gemeente maakt een **omgevingsvisie**. Daarin staat hoe Demodam er over twintig jaar uitziet.

In de komende maanden kunt u op drie manieren meedoen:

1. Kom naar een wijkavond.
2. Vul de enquête in (die start later).
3. Zet een plek op de kaart die u belangrijk vindt.

Meer weten? Bel of app de participatieadviseur via het nummer op deze pagina.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-149, '15:00'), pg_temp.on_day(-148, '09:00'), null),
  (pg_temp.demo_id('omgevingsvisie/project'), 'Wijkavond Noord verplaatst',
   'De wijkavond Noord is verplaatst naar een andere datum.',
   'unpublished', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-107, '15:00'), pg_temp.on_day(-107, '16:00'),
   'Dit bericht noemde een verkeerde datum. De juiste datum staat in het bericht "Wijkavond Noord: nieuwe datum".'),
  (pg_temp.demo_id('omgevingsvisie/project'), 'Wijkavond Noord: nieuwe datum',
   'De wijkavond Noord in buurthuis De Kern is een week later dan eerst gepland. De nieuwe datum staat bij de momenten om mee te doen op deze pagina.

In het vorige bericht stond een verkeerde datum. Excuses daarvoor.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-107, '16:30'), pg_temp.on_day(-107, '17:00'), null),
  (pg_temp.demo_id('omgevingsvisie/project'), 'Eerste resultaten: groen en betaalbaar wonen',
   '## Wat we tot nu toe hoorden

Er kwamen **320 mensen** naar de eerste drie wijkavonden. Op de website kregen we **1.100 reacties**.

- Groen dichtbij huis werd het vaakst genoemd.
- Daarna: betaalbare woningen voor starters.
- Ouders in Westwijk maken zich zorgen over de fietsroute naar school.

Het college heeft besloten de verkenning verder te richten op vier thema''s. Lees het besluit en de uitleg
op deze pagina.

*Binnenkort start de enquête. Invullen kost ongeveer een kwartier.*',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-31, '15:00'), pg_temp.on_day(-30, '09:00'), null);

-- The withdrawal of the update with the wrong date, twenty minutes after it went out.
update portal.updates set unpublished_at = pg_temp.on_day(-107, '16:20')
where project_id = pg_temp.demo_id('omgevingsvisie/project') and title = 'Wijkavond Noord verplaatst';

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'meeting', 'Startbijeenkomst omgevingsvisie',
   pg_temp.on_day(-140, '19:30'), pg_temp.on_day(-140, '21:30'), 'Gemeentehuis Demodam, Raadzaal, Marktplein 1', null,
   'Aanmelden was niet nodig. Het gemeentehuis is toegankelijk met een rolstoel.', 'published', pg_temp.on_day(-150, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'survey', 'Enquête: Demodam in 2040',
   pg_temp.on_day(-14, '09:00'), pg_temp.on_day(21, '23:59'), null, 'https://www.demodam.example/omgevingsvisie/enquete',
   'Vul de enquête online in. Liever op papier? Haal een formulier bij de bibliotheek of het gemeentehuis.', 'published', pg_temp.on_day(-15, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'meeting', 'Wijkavond Noord',
   pg_temp.on_day(-100, '19:30'), pg_temp.on_day(-100, '21:30'), 'Buurthuis De Kern, Kerkstraat 12', null,
   'Aanmelden was niet nodig.', 'published', pg_temp.on_day(-107, '17:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'meeting', 'Wijkavond Zuid',
   pg_temp.on_day(-90, '19:30'), pg_temp.on_day(-90, '21:30'), 'Sporthal De Vlinder, Vlinderlaan 2', null,
   'Aanmelden was niet nodig. Er was kinderopvang in de kantine.', 'published', pg_temp.on_day(-110, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'meeting', 'Wijkavond Westwijk',
   pg_temp.on_day(-80, '19:30'), pg_temp.on_day(-80, '21:30'), 'Basisschool De Regenboog, Schoolstraat 4', null,
   'Aanmelden was niet nodig.', 'published', pg_temp.on_day(-100, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'meeting', 'Wijkavond Centrum',
   pg_temp.on_day(9, '19:30'), pg_temp.on_day(9, '21:30'), 'Wijkcentrum Het Plein, Kerkplein 3', null,
   'Aanmelden is niet nodig. Er is koffie en thee. Wilt u een tolk of hulp bij het lezen? Bel ons een week van tevoren.', 'published', pg_temp.on_day(-14, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'meeting', 'Wijkavond Oost',
   pg_temp.on_day(23, '19:30'), pg_temp.on_day(23, '21:30'), 'Buurthuis De Ster, Sterrenlaan 8', null,
   'Aanmelden is niet nodig. We maken deze avond samen met moskee Al Amal en mensen uit de wijk. Er zijn tolken voor Arabisch en Turks.', 'published', pg_temp.on_day(-14, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'online_session', 'Jongerenpanel online',
   pg_temp.on_day(16, '20:00'), pg_temp.on_day(16, '21:00'), null, 'https://www.demodam.example/omgevingsvisie/jongerenpanel',
   'Voor jongeren van 14 tot 27 jaar. Meld je aan via de link; je krijgt een cadeaubon van 15 euro.', 'published', pg_temp.on_day(-10, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('omgevingsvisie/project'), 'Bewoners van alle wijken', 'involved', 'Via de wijkavonden in Noord, Zuid en Westwijk en via de enquête. De avonden in Centrum en Oost komen nog.'),
  (pg_temp.demo_id('omgevingsvisie/project'), 'Jongerenpanel', 'involved', 'Twintig jongeren denken mee, online en op een eigen avond.'),
  (pg_temp.demo_id('omgevingsvisie/project'), 'Ondernemersvereniging Demodam', 'involved', 'Aparte gesprekken over werk en de dorpskern.'),
  (pg_temp.demo_id('omgevingsvisie/project'), 'Inwoners van Demodam-Oost met een migratieachtergrond', 'gap',
   'Op de eerste drie avonden waren zij er bijna niet. Daarom maken we de wijkavond Oost samen met moskee Al Amal en mensen uit de wijk.'),
  (pg_temp.demo_id('omgevingsvisie/project'), 'Inwoners die moeilijk lezen', 'gap',
   'De enquête was te lastig. We maken een versie in eenvoudige taal en gaan langs bij het Taalhuis.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'communication',
   'Avonden in de wijk trekken ander publiek dan het gemeentehuis',
   'In het gemeentehuis kwamen vooral mensen die al vaker meedoen. In buurthuizen en de sporthal kwamen meer nieuwe gezichten, ook gezinnen met kinderen. Ga naar de mensen toe.',
   current_date - 60, 'published', pg_temp.on_day(-59, '09:00')),
  (pg_temp.demo_id('omgevingsvisie/project'), pg_temp.demo_id('omgevingsvisie/phase/1'), 'inclusion',
   'Test de enquête vooraf met het Taalhuis',
   'Een deel van de vragen was te moeilijk. Als we de enquête eerst hadden laten lezen door mensen van het Taalhuis, hadden we dat eerder gezien.',
   current_date - 12, 'published', pg_temp.on_day(-11, '09:00'));

-- =========================================================================================================
-- Woningbouw Stationskwartier (current phase: plan)
--
-- About 650 homes on the old rail yard. After a broad exploration, a sounding board of neighbours, the
-- housing corporation and tenants draws the urban plan together with the municipality (coproduceren). The
-- college already decided on social rent and building heights, answering what residents said about shade
-- and affordability. The council amended its framework to add mid-rent homes. The sounding board (eight
-- members, listed in its update) meets every six weeks; promises made at its meetings carry those days. The
-- promise of a neighbourhood room was changed (with the reason), the shade study was published as promised.
-- Coming up:
-- a sounding board meeting and an exhibition of the draft plan. NOT PUBLIC: a draft decision on parking
-- (with a draft answer to the parking theme) and a draft update.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('woningbouw/project'), 'de000000-0000-4000-8000-0000000000d0', 'woningbouw-stationskwartier',
  'Woningbouw Stationskwartier',
  'Op het oude spoorwegterrein komen ongeveer 650 woningen, met groen en een plein. Buren, huurders en de woningcorporatie maken het plan samen met de gemeente.',
  'Wonen', 'Stationskwartier', 'running', 'published', current_date - 400, current_date + 900,
  'besluitvormend',
  'De gemeenteraad stelt het omgevingsplan voor het Stationskwartier vast. Eerder stelde de raad de kaders vast, zoals het aantal sociale huurwoningen.',
  14, 20, 240000.00, 'Voor de klankbordgroep, bijeenkomsten, een voorzitter van buiten de gemeente en onderzoek naar schaduw en verkeer.',
  pg_temp.on_day(-400, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('woningbouw/phase/1'), pg_temp.demo_id('woningbouw/project'), 1, 'vision',
   'Verkenning: wat voor buurt wordt het?', current_date - 400, current_date - 250, 'raadplegen',
   'Wat voor buurt het Stationskwartier moet worden: voor wie we bouwen, hoe hoog, en waar het groen komt.',
   'Het aantal woningen (ongeveer 650) en het spoor. Het terrein is van de gemeente en de woningcorporatie.',
   'Twee avonden van 2 uur of een enquête van 20 minuten.', 4.0,
   'Na drie maanden stond het verslag online.', current_date - 240, 'Ruimte', pg_temp.demo_id('person/daan-verbeek')),
  (pg_temp.demo_id('woningbouw/phase/2'), pg_temp.demo_id('woningbouw/project'), 2, 'plan',
   'Stedenbouwkundig plan maken met de klankbordgroep', current_date - 249, current_date + 60, 'coproduceren',
   'Waar de gebouwen, het plein en het groen komen. De routes voor fietsers en voetgangers. Hoe hoog elk blok wordt, binnen het besluit over de hoogte.',
   'Minstens 30 procent sociale huur en 10 procent middenhuur: dat besloot de gemeenteraad. Sinds het besluit over de hoogte ligt ook vast hoe hoog het mag: zes lagen naast bestaande huizen, negen bij het station.',
   'De klankbordgroep komt elke zes weken 2,5 uur bij elkaar. Voor anderen: de tentoonstelling bezoeken (een half uur) en reageren.', 16.0,
   'Het conceptplan ligt op de tentoonstelling. De klankbordgroep ziet het eerder.', current_date + 30, 'Ruimte', pg_temp.demo_id('person/daan-verbeek')),
  (pg_temp.demo_id('woningbouw/phase/3'), pg_temp.demo_id('woningbouw/project'), 3, 'decision',
   'Omgevingsplan in de gemeenteraad', current_date + 61, current_date + 200, 'informeren',
   'U kunt een zienswijze indienen op het ontwerp-omgevingsplan en inspreken in de raadscommissie.',
   'Het stedenbouwkundig plan dat samen met de klankbordgroep is gemaakt.',
   'Een zienswijze schrijven kost ongeveer een uur.', 1.0,
   'Voor het raadsbesluit leest u in de nota van zienswijzen wat er met uw reactie is gedaan.', current_date + 140, 'Ruimte', pg_temp.demo_id('person/daan-verbeek')),
  (pg_temp.demo_id('woningbouw/phase/4'), pg_temp.demo_id('woningbouw/project'), 4, 'execution',
   'Bouw in drie delen', current_date + 201, current_date + 900, 'informeren',
   'Afspraken met de buren over bouwverkeer en werktijden.',
   'Het vastgestelde omgevingsplan.', 'Een bouwoverleg van 1,5 uur, twee keer per jaar.', 3.0,
   'Na elk bouwoverleg staat het verslag online.', null, 'Ruimte', pg_temp.demo_id('person/kees-brouwer'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('person/daan-verbeek'), 'contact', current_date - 400, null),
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('person/kees-brouwer'), 'project_lead', current_date - 400, null),
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('person/marieke-hoogland'), 'alderman', current_date - 400, null);

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('woningbouw/decision/huur'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'),
   current_date - 240, 'College van burgemeester en wethouders', 'Minstens 30 procent sociale huur',
   'Van de woningen in het Stationskwartier wordt minstens 30 procent sociale huur en 10 procent middenhuur. De rest zijn koopwoningen en vrije huur.',
   'Er zijn in Demodam te weinig betaalbare woningen. De wachttijd voor een sociale huurwoning is zeven jaar.',
   'In de verkenning vroeg bijna de helft van de mensen om betaalbare woningen. De huurdersvereniging vroeg om 40 procent. Dat lukt niet zonder extra geld van het Rijk; 30 procent wel.',
   'https://www.demodam.example/raadsinformatie/stationskwartier-woningmix', 'published', pg_temp.on_day(-238, '10:00')),
  (pg_temp.demo_id('woningbouw/decision/hoogte'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'),
   current_date - 60, 'College van burgemeester en wethouders', 'Hoogte: zes lagen naast huizen, negen bij het station',
   'Naast bestaande huizen aan de Spoorstraat en de Emmalaan bouwen we niet hoger dan zes lagen. Alleen bij het station mogen gebouwen negen lagen hoog worden.',
   'Zo blijft er genoeg zon in de tuinen van de buren, en kunnen er toch 650 woningen komen.',
   'Bewoners van de Spoorstraat waren bang voor schaduw. De schaduwstudie liet zien dat tien lagen hun tuinen in de winter de hele dag in de schaduw zet. Daarom is het plan aangepast.',
   'https://www.demodam.example/raadsinformatie/stationskwartier-hoogte', 'published', pg_temp.on_day(-58, '10:00')),
  -- NOT PUBLIC: still a draft.
  (pg_temp.demo_id('woningbouw/decision/parkeren'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'),
   current_date + 14, 'College van burgemeester en wethouders', 'CONCEPT: parkeernorm 0,8 per woning',
   'Concept: per woning komt gemiddeld 0,8 parkeerplaats, in een gebouwde garage.',
   'Concept, nog niet besproken met de klankbordgroep.',
   'Concept: reactie op het thema parkeren volgt.', null, 'draft', null);

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('woningbouw/theme/schaduw'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/1'),
   'Hoogbouw en schaduw', 'Buren aan de Spoorstraat en de Emmalaan willen geen hoge torens naast hun huis. Ze zijn bang dat hun tuin in de schaduw komt.', 138),
  (pg_temp.demo_id('woningbouw/theme/betaalbaar'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/1'),
   'Betaalbare woningen', 'Mensen vragen om woningen die starters, ouderen en gezinnen met een laag inkomen kunnen betalen.', 171),
  (pg_temp.demo_id('woningbouw/theme/parkeren'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'),
   'Parkeren in de wijk', 'Bewoners van de Emmalaan zijn bang dat nieuwe bewoners hun auto in de oude straten zetten.', 64);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/theme/schaduw'), pg_temp.demo_id('woningbouw/decision/hoogte'),
   'Naast bestaande huizen niet hoger dan zes lagen. De schaduwstudie is openbaar.'),
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/theme/betaalbaar'), pg_temp.demo_id('woningbouw/decision/huur'),
   'Minstens 30 procent sociale huur en 10 procent middenhuur.'),
  -- NOT PUBLIC: answers the theme through the draft decision, so it stays hidden until that is published.
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/theme/parkeren'), pg_temp.demo_id('woningbouw/decision/parkeren'),
   'CONCEPT: alle nieuwe bewoners parkeren in de eigen garage.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('woningbouw/promise/schaduwstudie'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'),
   'We maken de schaduwstudie openbaar, met plaatjes voor elk seizoen.', current_date - 200, 'Wethouder Hoogland',
   'Bijeenkomst met bewoners van de Spoorstraat', current_date - 90, 'published', pg_temp.on_day(-199, '09:00')),
  (pg_temp.demo_id('woningbouw/promise/buurtkamer'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'),
   'Er komt een buurtkamer in een van de nieuwe gebouwen.', current_date - 162, 'Projectleider Stationskwartier',
   'Klankbordgroep, derde bijeenkomst', current_date - 20, 'published', pg_temp.on_day(-161, '09:00')),
  (pg_temp.demo_id('woningbouw/promise/concept-eerst'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'),
   'De klankbordgroep ziet het conceptplan voordat het college erover besluit.', current_date - 120, 'Wethouder Hoogland',
   'Klankbordgroep, vierde bijeenkomst', current_date + 30, 'published', pg_temp.on_day(-119, '09:00')),
  (pg_temp.demo_id('woningbouw/promise/bouwverkeer'), pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'),
   'Bouwverkeer rijdt niet door de Emmalaan.', current_date - 45, 'Projectleider Stationskwartier',
   'Tentoonstelling schetsontwerp', null, 'published', pg_temp.on_day(-44, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by) values
  (pg_temp.demo_id('woningbouw/promise/schaduwstudie'), pg_temp.demo_id('woningbouw/project'), 'kept', pg_temp.on_day(-95, '12:00'),
   'Projectleider Stationskwartier', 'De schaduwstudie staat online, met plaatjes voor maart, juni, september en december.',
   'https://www.demodam.example/stationskwartier/schaduwstudie', 'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('woningbouw/promise/buurtkamer'), pg_temp.demo_id('woningbouw/project'), 'in_progress', pg_temp.on_day(-120, '12:00'),
   'Projectleider Stationskwartier', 'We praten met de woningcorporatie over de huur van de ruimte.', null, 'de000000-0000-4000-8000-000000000001'),
  (pg_temp.demo_id('woningbouw/promise/buurtkamer'), pg_temp.demo_id('woningbouw/project'), 'changed', pg_temp.on_day(-25, '12:00'),
   'Wethouder Hoogland',
   'Er komt geen aparte buurtkamer. De huur is te hoog voor een bewonersvereniging. In plaats daarvan komt er een ontmoetingsruimte in de nieuwe bibliotheek aan het plein. Buurtgroepen kunnen die gratis gebruiken.',
   'https://www.demodam.example/stationskwartier/ontmoetingsruimte', 'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('woningbouw/promise/concept-eerst'), pg_temp.demo_id('woningbouw/project'), 'in_progress', pg_temp.on_day(-10, '12:00'),
   'Projectleider Stationskwartier', 'Het conceptplan is bijna klaar. De klankbordgroep bespreekt het op de volgende bijeenkomst.', null, 'de000000-0000-4000-8000-000000000001');

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('woningbouw/project'), current_date - 260, 'Gemeenteraad', 'Kaders woningbouw Stationskwartier',
   'Het college stelt voor: ongeveer 650 woningen, waarvan minstens 30 procent sociale huur.',
   'amended', 'De raad stemde in, met een amendement. Er komt ook 10 procent middenhuur. Dat is voor mensen die net te veel verdienen voor sociale huur.',
   false, null, 'Geen gevolgen voor de toezeggingen.',
   'https://www.demodam.example/raadsinformatie/kaders-stationskwartier', 'published', pg_temp.on_day(-259, '09:00')),
  (pg_temp.demo_id('woningbouw/project'), current_date + 150, 'Gemeenteraad', 'Omgevingsplan Stationskwartier',
   'Het college vraagt de raad het omgevingsplan voor het Stationskwartier vast te stellen.',
   'pending', null, false, null, null, null, 'published', pg_temp.on_day(-5, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('woningbouw/project'), 'Klankbordgroep gestart',
   '## Acht buren en organisaties denken mee

De klankbordgroep is gestart. Erin zitten:

- vier bewoners van de Spoorstraat en de Emmalaan;
- de huurdersvereniging;
- woningcorporatie Demodam Wonen;
- twee ondernemers.

Een voorzitter van buiten de gemeente leidt de gesprekken.

De verslagen staan op deze pagina. Wilt u iets meegeven aan de klankbordgroep? Bel de contactpersoon.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-246, '15:00'), pg_temp.on_day(-245, '09:00'), null),
  (pg_temp.demo_id('woningbouw/project'), 'Minder hoog naast de Spoorstraat',
   'Het college heeft besloten dat gebouwen naast bestaande huizen **niet hoger dan zes lagen** worden.
Dat komt door de zorgen over schaduw. Bekijk de [schaduwstudie](https://www.demodam.example/stationskwartier/schaduwstudie).',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000003',
   pg_temp.on_day(-58, '11:00'), pg_temp.on_day(-57, '09:00'), null),
  -- NOT PUBLIC: a draft an editor is still writing.
  (pg_temp.demo_id('woningbouw/project'), 'CONCEPT: tentoonstelling conceptplan',
   'Concepttekst, nog niet goedgekeurd. Datum en plaats van de tentoonstelling volgen.',
   'draft', 'de000000-0000-4000-8000-000000000001', null, null, null, null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/1'), 'workshop', 'Ontwerpavond: hoe hoog mag het worden?',
   pg_temp.on_day(-300, '19:30'), pg_temp.on_day(-300, '22:00'), 'Stationsrestauratie, Stationsplein 2', null,
   'Aanmelden was nodig, want er waren 60 plaatsen.', 'published', pg_temp.on_day(-320, '09:00')),
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'), 'sounding_board', 'Klankbordgroep: het conceptplan',
   pg_temp.on_day(12, '19:30'), pg_temp.on_day(12, '22:00'), 'Gemeentehuis Demodam, zaal 3, Marktplein 1', null,
   'Alleen voor leden van de klankbordgroep. Het verslag staat binnen twee weken online.', 'published', pg_temp.on_day(-7, '09:00')),
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'), 'exhibition', 'Tentoonstelling conceptplan Stationskwartier',
   pg_temp.on_day(20, '10:00'), pg_temp.on_day(27, '17:00'), 'Bibliotheek Demodam, Stationsplein 5', null,
   'Loop binnen wanneer het u uitkomt. Op woensdag en zaterdag is er iemand van de gemeente om vragen te beantwoorden.', 'published', pg_temp.on_day(-7, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('woningbouw/project'), 'Bewoners Spoorstraat en Emmalaan', 'involved', 'Vier bewoners in de klankbordgroep; de anderen via avonden en de tentoonstelling.'),
  (pg_temp.demo_id('woningbouw/project'), 'Woningcorporatie Demodam Wonen', 'involved', 'Mede-eigenaar van het terrein en lid van de klankbordgroep.'),
  (pg_temp.demo_id('woningbouw/project'), 'Huurdersvereniging Demodam', 'involved', 'Lid van de klankbordgroep.'),
  (pg_temp.demo_id('woningbouw/project'), 'Starters en jongeren die nog bij hun ouders wonen', 'gap',
   'Zij zijn de toekomstige bewoners, maar kwamen nauwelijks. We vragen het jongerenpanel van de omgevingsvisie om mee te kijken.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'), 'collaboration',
   'Een klankbordgroep én open avonden',
   'De klankbordgroep kan diep op het plan ingaan, maar is klein. Open avonden houden de rest van de buurt erbij. Het werkt het best als de klankbordgroep zelf vertelt op die avonden.',
   current_date - 100, 'published', pg_temp.on_day(-99, '09:00')),
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'), 'expectations',
   'Laat onderzoek zien voordat je besluit',
   'De schaduwstudie maakte het gesprek over hoogte veel rustiger. Mensen zagen zelf wat zes of tien lagen betekent.',
   current_date - 55, 'published', pg_temp.on_day(-54, '09:00')),
  -- NOT PUBLIC: still a draft.
  (pg_temp.demo_id('woningbouw/project'), pg_temp.demo_id('woningbouw/phase/2'), 'planning',
   'CONCEPT: plan de tentoonstelling niet in de vakantie', 'Concept, nog niet besproken.', current_date - 2, 'draft', null);

-- =========================================================================================================
-- Schoolzone 30 km/u rond De Regenboog (current phase: execution)
--
-- Parents, children and neighbours designed a safer school zone with the municipality (adviseren). The
-- council released the money; the college took the traffic decision. The works are under way now; an open
-- site day is coming, but there is nothing left to influence until the evaluation (so: not open for input).
-- Promises: the children chose the colour (kept), the letter about the diversion was kept, a new speed
-- measurement after the works is open, and the bicycle racks are in progress but overdue.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('schoolzone/project'), 'de000000-0000-4000-8000-0000000000d0', 'schoolzone-de-regenboog',
  'Schoolzone 30 km/u rond basisschool De Regenboog',
  'De straten rond basisschool De Regenboog worden een schoolzone waar je 30 km per uur rijdt. Ouders, kinderen en buren hebben het ontwerp mee bedacht. Nu wordt het aangelegd.',
  'Verkeer', 'Westwijk', 'running', 'published', current_date - 200, current_date + 150,
  'besluitvormend',
  'De gemeenteraad besloot over het geld voor de schoolzone. Over de inrichting van de straat beslist het college, met een verkeersbesluit.',
  4, 5, 12000.00, 'Voor de ontwerpavond op school, de schouw en drukwerk in drie talen. De aanleg zelf kost 340.000 euro.',
  pg_temp.on_day(-200, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('schoolzone/phase/1'), pg_temp.demo_id('schoolzone/project'), 1, 'plan',
   'Ontwerp samen met school, ouders en buren', current_date - 200, current_date - 100, 'adviseren',
   'Waar de oversteekplaatsen komen, hoe de schoolzone eruitziet en waar ouders kunnen stoppen om kinderen af te zetten.',
   'De snelheid wordt 30 km per uur. De bus blijft door de Lindelaan rijden. Het college vraagt de raad 340.000 euro voor de aanleg.',
   'Een ontwerpavond van 2 uur en een schouw van een uur.', 3.0,
   'Binnen vier weken na de schouw kreeg iedereen het aangepaste ontwerp.', current_date - 122, 'Openbare Ruimte', pg_temp.demo_id('person/pieter-lammers')),
  (pg_temp.demo_id('schoolzone/phase/2'), pg_temp.demo_id('schoolzone/project'), 2, 'decision',
   'Verkeersbesluit', current_date - 99, current_date - 45, 'informeren',
   'U kon bezwaar maken tegen het verkeersbesluit.',
   'Het ontwerp dat samen is gemaakt.', 'Een bezwaar schrijven kost ongeveer een uur.', 1.0,
   'Het verkeersbesluit is gepubliceerd in het gemeenteblad.', current_date - 80, 'Openbare Ruimte', pg_temp.demo_id('person/pieter-lammers')),
  (pg_temp.demo_id('schoolzone/phase/3'), pg_temp.demo_id('schoolzone/project'), 3, 'execution',
   'Aanleg van de schoolzone', current_date - 44, current_date + 30, 'informeren',
   'Er valt nu niets meer te kiezen. U kunt wel vragen stellen over de werkzaamheden en de omleiding.',
   'Het verkeersbesluit en het ontwerp.', 'Geen tijd nodig. Kom gerust kijken op de open dag.', 0.0,
   'Na de aanleg krijgen alle buren een brief.', current_date + 35, 'Openbare Ruimte', pg_temp.demo_id('person/pieter-lammers')),
  (pg_temp.demo_id('schoolzone/phase/4'), pg_temp.demo_id('schoolzone/project'), 4, 'management',
   'Evaluatie en beheer', current_date + 31, current_date + 150, 'raadplegen',
   'Of de schoolzone werkt: hoe hard er gereden wordt en of kinderen veilig oversteken.',
   'De inrichting van de straat verandert alleen als de evaluatie daar reden voor geeft.',
   'Een korte enquête van 10 minuten.', 0.5,
   'Drie maanden na de aanleg meten we opnieuw. De uitkomst staat op deze pagina.', current_date + 130, 'Openbare Ruimte', pg_temp.demo_id('person/pieter-lammers'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('person/pieter-lammers'), 'contact', current_date - 200, null),
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('person/pieter-lammers'), 'project_lead', current_date - 200, null),
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('person/youssef-benali'), 'alderman', current_date - 200, null);

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('schoolzone/decision/verkeersbesluit'), pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/2'),
   current_date - 80, 'College van burgemeester en wethouders', 'Verkeersbesluit schoolzone De Regenboog',
   'In de Lindelaan, de Beukenstraat en de Schoolstraat wordt de maximumsnelheid 30 km per uur. Er komen een zebrapad met een middeneiland en een Kiss and Ride-strook aan de Beukenstraat.',
   'Bij de school steken elke dag 400 kinderen over. Met 30 km per uur en een smallere weg rijden auto''s langzamer.',
   'Ouders wilden een zebrapad bij de hoofdingang; dat komt er, met een middeneiland. Buren vroegen om geen hekken langs de stoep; die komen er niet. Een verkeersdrempel bij de bushalte kan niet, omdat de bus er last van heeft. Daar komt een plateau.',
   'https://www.demodam.example/gemeenteblad/verkeersbesluit-schoolzone', 'published', pg_temp.on_day(-79, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('schoolzone/theme/oversteken'), pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/1'),
   'Oversteken bij de schoolingang', 'Kinderen steken over tussen geparkeerde auto''s. Ouders willen een zebrapad precies bij de hoofdingang.', 57),
  (pg_temp.demo_id('schoolzone/theme/halen-brengen'), pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/1'),
   'Halen en brengen met de auto', 'Om half negen staan auto''s dubbel geparkeerd. Buren kunnen dan hun straat niet uit.', 33);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/theme/oversteken'), pg_temp.demo_id('schoolzone/decision/verkeersbesluit'),
   'Er komt een zebrapad met een middeneiland bij de hoofdingang.'),
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/theme/halen-brengen'), pg_temp.demo_id('schoolzone/decision/verkeersbesluit'),
   'Er komt een Kiss and Ride-strook aan de Beukenstraat, zodat ouders niet meer dubbel parkeren.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('schoolzone/promise/kleur'), pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/1'),
   'De kinderen van De Regenboog kiezen de kleur van de schoolzone.', current_date - 170, 'Verkeerskundige',
   'Ontwerpavond op school', current_date - 60, 'published', pg_temp.on_day(-169, '09:00')),
  (pg_temp.demo_id('schoolzone/promise/brief'), pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/2'),
   'Alle buren krijgen twee weken voor de start van het werk een brief over de omleiding.', current_date - 90, 'Wethouder Benali',
   'Informatieavond verkeersbesluit', current_date - 58, 'published', pg_temp.on_day(-89, '09:00')),
  (pg_temp.demo_id('schoolzone/promise/meting'), pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/1'),
   'Drie maanden na de aanleg meten we opnieuw hoe hard er wordt gereden.', current_date - 150, 'Wethouder Benali',
   'Schouw met ouders en buren', current_date + 120, 'published', pg_temp.on_day(-149, '09:00')),
  (pg_temp.demo_id('schoolzone/promise/fietsenrekken'), pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/1'),
   'Er komen dertig extra fietsenrekken bij de school.', current_date - 150, 'Verkeerskundige',
   'Schouw met ouders en buren', current_date - 15, 'published', pg_temp.on_day(-149, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by, translations) values
  (pg_temp.demo_id('schoolzone/promise/kleur'), pg_temp.demo_id('schoolzone/project'), 'kept', pg_temp.on_day(-120, '12:00'),
   'Verkeerskundige', 'De kinderen kozen in een stemming in de klas voor geel met blauwe stippen.',
   'https://www.demodam.example/schoolzone/uitslag-kleur', 'de000000-0000-4000-8000-000000000002',
   jsonb_build_object('en', '{"changed_by": "Traffic engineer", "explanation": "The children voted in class for yellow with blue dots."}'::jsonb)),
  (pg_temp.demo_id('schoolzone/promise/brief'), pg_temp.demo_id('schoolzone/project'), 'kept', pg_temp.on_day(-59, '12:00'),
   'Verkeerskundige', 'De brief is bezorgd in 380 brievenbussen, in het Nederlands, Arabisch en Turks.',
   'https://www.demodam.example/schoolzone/brief-omleiding', 'de000000-0000-4000-8000-000000000001',
   jsonb_build_object('en', '{"changed_by": "Traffic engineer", "explanation": "The letter went to 380 letterboxes, in Dutch, Arabic and Turkish."}'::jsonb)),
  (pg_temp.demo_id('schoolzone/promise/fietsenrekken'), pg_temp.demo_id('schoolzone/project'), 'in_progress', pg_temp.on_day(-30, '12:00'),
   'Verkeerskundige', 'De rekken zijn besteld. De leverancier is later dan gepland.', null, 'de000000-0000-4000-8000-000000000001',
   jsonb_build_object('en', '{"changed_by": "Traffic engineer", "explanation": "The racks have been ordered. The supplier is later than planned."}'::jsonb));

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('schoolzone/project'), current_date - 95, 'Gemeenteraad', 'Krediet herinrichting schoolzone De Regenboog',
   'Het college vraagt 340.000 euro voor de aanleg van de schoolzone.',
   'adopted', 'De raad gaf het geld. Alle partijen stemden voor.', false, null,
   'Met het geld kunnen de toezeggingen over de inrichting worden nagekomen.',
   'https://www.demodam.example/raadsinformatie/krediet-schoolzone', 'published', pg_temp.on_day(-94, '09:00')),
  (pg_temp.demo_id('schoolzone/project'), current_date + 140, 'Commissie Ruimte', 'Evaluatie schoolzones',
   'Het college laat de commissie zien wat de nieuwe snelheidsmeting oplevert.', 'pending', null, false, null, null, null,
   'published', pg_temp.on_day(-20, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('schoolzone/project'), 'Het ontwerp is klaar',
   'Na de ontwerpavond en de schouw is het ontwerp aangepast:

- een **zebrapad met middeneiland** bij de hoofdingang;
- een **Kiss and Ride-strook** aan de Beukenstraat;
- een plateau bij de bushalte in plaats van een drempel.

Dank aan alle ouders, kinderen en buren die meededen!',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-124, '15:00'), pg_temp.on_day(-123, '09:00'), null),
  (pg_temp.demo_id('schoolzone/project'), 'Werkzaamheden gestart',
   'Het werk aan de schoolzone is begonnen. De Lindelaan is tot het einde van de werkzaamheden dicht voor auto''s.
Fietsers en voetgangers kunnen er wel door. Volg de gele borden voor de omleiding.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-45, '15:00'), pg_temp.on_day(-44, '08:00'), null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/1'), 'workshop', 'Ontwerpavond op school',
   pg_temp.on_day(-170, '19:00'), pg_temp.on_day(-170, '21:00'), 'Basisschool De Regenboog, Schoolstraat 4', null,
   'Voor ouders, kinderen en buren. Kinderen tekenden mee in de gymzaal.', 'published', pg_temp.on_day(-190, '09:00')),
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/1'), 'site_visit', 'Schouw met ouders en buren',
   pg_temp.on_day(-150, '08:15'), pg_temp.on_day(-150, '09:15'), 'Verzamelen bij de hoofdingang van De Regenboog', null,
   'We liepen samen de route die kinderen lopen, tijdens het brengen.', 'published', pg_temp.on_day(-165, '09:00')),
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/3'), 'site_visit', 'Open dag op de bouwplaats',
   pg_temp.on_day(6, '14:00'), pg_temp.on_day(6, '16:00'), 'Hoek Lindelaan en Beukenstraat', null,
   'Kom kijken hoe de schoolzone wordt aangelegd. Kinderen mogen een graafmachine van dichtbij zien. Aanmelden is niet nodig.', 'published', pg_temp.on_day(-10, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('schoolzone/project'), 'Ouders en leerlingen van De Regenboog', 'involved', 'Via de ontwerpavond, de schouw en de stemming in de klas.'),
  (pg_temp.demo_id('schoolzone/project'), 'Bewoners Lindelaan en Beukenstraat', 'involved', 'Via de schouw en de brief met een reactieformulier.'),
  (pg_temp.demo_id('schoolzone/project'), 'Ouders die weinig Nederlands spreken', 'gap',
   'Op de avonden waren bijna alleen Nederlandstalige ouders. Bij de evaluatie vragen we de school om hulp van ouders die kunnen tolken.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/1'), 'inclusion',
   'Laat kinderen echt iets kiezen',
   'Kinderen kozen de kleur van de schoolzone. Daardoor praten ze er thuis over, en weten ouders ook van het project.',
   current_date - 115, 'published', pg_temp.on_day(-114, '09:00')),
  (pg_temp.demo_id('schoolzone/project'), pg_temp.demo_id('schoolzone/phase/1'), 'planning',
   'Schouw op het moment dat het druk is',
   'De schouw was om kwart over acht, tijdens het brengen. Zo zag iedereen zelf waar het misgaat. Dat scheelde veel discussie.',
   current_date - 140, 'published', pg_temp.on_day(-139, '09:00'));

-- =========================================================================================================
-- Wijkuitvoeringsplan aardgasvrij Kanaalwijk (current phase: decision)
--
-- Kanaalwijk leaves natural gas for a heat network. The exploration and the plan were run by Wijkzaken;
-- when the plan went to the council, the project moved to Duurzaamheid and the contact person changed
-- (a recorded handover that lists the promises open on that day). The choice for a heat network closed the
-- exploration, so the plan phase starts from it. The personal cost overview promised before the council
-- decision could not be made (broken, with the reason); a residents' evening on costs is coming. The council
-- committee postponed its discussion until after that evening; the council decides in a month.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('warmte/project'), 'de000000-0000-4000-8000-0000000000d0', 'aardgasvrij-kanaalwijk',
  'Wijkuitvoeringsplan aardgasvrij Kanaalwijk',
  'Kanaalwijk gaat van het aardgas af. In het wijkuitvoeringsplan staat hoe: met een warmtenet, wanneer, en wat het voor bewoners kost.',
  'Energie', 'Kanaalwijk', 'running', 'published', current_date - 500, current_date + 1400,
  'besluitvormend',
  'De gemeenteraad stelt het wijkuitvoeringsplan vast. Pas daarna mag de gemeente een datum noemen waarop het gas in de wijk stopt.',
  11, 8, 95000.00, 'Voor avonden met bewoners en voor energiecoaches. Voor een rekenvoorbeeld per type woning. En voor advies aan bewoners van iemand die niet voor de gemeente werkt.',
  pg_temp.on_day(-500, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('warmte/phase/1'), pg_temp.demo_id('warmte/project'), 1, 'vision',
   'Verkenning: welke warmte past bij de wijk?', current_date - 500, current_date - 300, 'raadplegen',
   'Wat bewoners belangrijk vinden bij een nieuwe manier van verwarmen: kosten, gemak, overlast en eigen keuze.',
   'De landelijke afspraak dat alle wijken in 2050 van het aardgas af zijn.',
   'Een enquête van 20 minuten of een keukentafelgesprek van een uur.', 1.0,
   'De uitkomsten stonden online voordat het college een keuze maakte.', current_date - 305, 'Wijkzaken', pg_temp.demo_id('person/gert-jan-mulder')),
  (pg_temp.demo_id('warmte/phase/2'), pg_temp.demo_id('warmte/project'), 2, 'plan',
   'Wijkuitvoeringsplan schrijven', current_date - 299, current_date - 41, 'adviseren',
   'De volgorde van de straten, hoe we overlast beperken, en welke hulp bewoners krijgen.',
   'De keuze voor een warmtenet. Het warmtenet wordt aangelegd door warmtebedrijf Demowarmte.',
   'Drie bewonersavonden van 2 uur.', 6.0,
   'Het plan staat online, met een lijst van alle adviezen.', current_date - 45, 'Wijkzaken', pg_temp.demo_id('person/gert-jan-mulder')),
  (pg_temp.demo_id('warmte/phase/3'), pg_temp.demo_id('warmte/project'), 3, 'decision',
   'Besluit door de gemeenteraad', current_date - 40, current_date + 45, 'adviseren',
   'Laat de raad weten wat u van het plan vindt. Schrijf een brief aan de raad, of spreek in bij de commissie.',
   'Het concept-wijkuitvoeringsplan. Het college past het plan niet meer aan; de raad kan dat wel.',
   'Een bewonersavond van 2 uur. Inspreken duurt 5 minuten.', 2.0,
   'Na het raadsbesluit krijgt iedereen in de wijk een brief.', current_date + 40, 'Duurzaamheid', pg_temp.demo_id('person/esra-yilmaz')),
  (pg_temp.demo_id('warmte/phase/4'), pg_temp.demo_id('warmte/project'), 4, 'execution',
   'Aanleg van het warmtenet, straat voor straat', current_date + 46, current_date + 1400, 'informeren',
   'Afspraken per straat over werktijden en bereikbaarheid.', 'Het wijkuitvoeringsplan.',
   'Een straatbijeenkomst van een uur voor de werkzaamheden in uw straat beginnen.', 1.0,
   'Elke straat hoort drie maanden vooraf wanneer het werk begint.', null, 'Duurzaamheid', pg_temp.demo_id('person/esra-yilmaz'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('person/gert-jan-mulder'), 'contact', current_date - 500, current_date - 41),
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('person/esra-yilmaz'), 'contact', current_date - 40, null),
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('person/esra-yilmaz'), 'project_lead', current_date - 500, null),
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('person/youssef-benali'), 'alderman', current_date - 500, null);

insert into portal.handovers (project_id, handed_over_on, from_phase_id, to_phase_id, from_department, to_department,
  from_person_id, to_person_id, note)
values
  (pg_temp.demo_id('warmte/project'), current_date - 40, pg_temp.demo_id('warmte/phase/2'), pg_temp.demo_id('warmte/phase/3'),
   'Wijkzaken', 'Duurzaamheid', pg_temp.demo_id('person/gert-jan-mulder'), pg_temp.demo_id('person/esra-yilmaz'),
   'Het plan is klaar en gaat naar de raad. Esra Yilmaz is vanaf nu uw contactpersoon. Zij neemt de open toezeggingen over: het persoonlijke kostenoverzicht en de afspraak over huurders. Gert-Jan Mulder blijft gebiedsregisseur van Kanaalwijk en schuift aan bij de bewonersavond.');

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('warmte/decision/warmtenet'), pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/1'),
   current_date - 300, 'College van burgemeester en wethouders', 'Voorkeur voor een warmtenet',
   'Kanaalwijk krijgt een warmtenet dat gevoed wordt met restwarmte van de waterzuivering.',
   'De woningen in Kanaalwijk zijn oud en slecht geïsoleerd. Een warmtepomp per huis zou veel duurder zijn. Met restwarmte is een warmtenet het goedkoopst voor bewoners.',
   'In de enquête koos 62 procent voor een gezamenlijke oplossing, als die niet duurder is dan gas. Eigenaren wilden zelf kunnen kiezen; dat kan, zie het besluit over eigen keuze.',
   'https://www.demodam.example/raadsinformatie/kanaalwijk-warmtenet', 'published', pg_temp.on_day(-299, '10:00')),
  (pg_temp.demo_id('warmte/decision/keuze'), pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/2'),
   current_date - 60, 'College van burgemeester en wethouders', 'Niemand moet over voordat er een betaalbaar aanbod is',
   'Bewoners hoeven pas over op het warmtenet als zij een aanbod hebben gekregen dat niet duurder is dan gas. Eigenaren mogen ook zelf een warmtepomp kiezen.',
   'Bewoners moeten kunnen vertrouwen op een eerlijke prijs. Zonder dat vertrouwen doet niemand mee.',
   'Op alle drie de avonden was de prijs de grootste zorg. Eigenaren vroegen om eigen keuze. Beide zijn overgenomen.',
   'https://www.demodam.example/raadsinformatie/kanaalwijk-aanbod', 'published', pg_temp.on_day(-58, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('warmte/theme/kosten'), pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/1'),
   'Kosten voor bewoners', 'Bewoners willen weten wat het kost, per maand en eenmalig. Zonder een prijs willen ze niets beloven.', 244),
  (pg_temp.demo_id('warmte/theme/keuze'), pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/1'),
   'Zelf kunnen kiezen', 'Eigenaren die al een warmtepomp hebben of willen, willen niet verplicht aansluiten.', 81),
  (pg_temp.demo_id('warmte/theme/overlast'), pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/2'),
   'Overlast van de aanleg', 'Mensen zijn bang dat hun straat maanden open ligt en dat ze hun huis niet in kunnen.', 52);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/theme/kosten'), pg_temp.demo_id('warmte/decision/warmtenet'),
   'We kozen de goedkoopste oplossing voor bewoners: een warmtenet op restwarmte.'),
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/theme/kosten'), pg_temp.demo_id('warmte/decision/keuze'),
   'Niemand hoeft over voordat het aanbod niet duurder is dan gas.'),
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/theme/keuze'), pg_temp.demo_id('warmte/decision/keuze'),
   'Eigenaren mogen zelf een warmtepomp kiezen in plaats van het warmtenet.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('warmte/promise/kostenoverzicht'), pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/2'),
   'Elk huishouden krijgt een persoonlijk kostenoverzicht voordat de raad besluit.', current_date - 200, 'Wethouder Benali',
   'Tweede bewonersavond in De Sluis', current_date - 30, 'published', pg_temp.on_day(-199, '09:00')),
  (pg_temp.demo_id('warmte/promise/avond'), pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/3'),
   'Voor het raadsbesluit is er een bewonersavond over de kosten.', current_date - 35, 'Projectleider energietransitie',
   'Brief aan alle bewoners van Kanaalwijk', current_date + 20, 'published', pg_temp.on_day(-34, '09:00')),
  (pg_temp.demo_id('warmte/promise/huurders'), pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/2'),
   'Huurders van Demodam Wonen gaan er in woonlasten niet op vooruit of achteruit door het warmtenet.', current_date - 150, 'Wethouder Benali',
   'Overleg met de huurdersvereniging', null, 'published', pg_temp.on_day(-149, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by) values
  (pg_temp.demo_id('warmte/promise/kostenoverzicht'), pg_temp.demo_id('warmte/project'), 'in_progress', pg_temp.on_day(-120, '12:00'),
   'Gebiedsregisseur Kanaalwijk', 'We wachten op de tarieven van het warmtebedrijf.', null, 'de000000-0000-4000-8000-000000000001'),
  (pg_temp.demo_id('warmte/promise/kostenoverzicht'), pg_temp.demo_id('warmte/project'), 'broken', pg_temp.on_day(-35, '12:00'),
   'Wethouder Benali',
   'Het warmtebedrijf kon de tarieven niet op tijd geven. Daarom kunnen we geen persoonlijk overzicht maken voor het raadsbesluit. Wel is er een rekenvoorbeeld per type woning. Het persoonlijke overzicht komt met het aanbod, en niemand hoeft iets te beslissen voordat het er is.',
   'https://www.demodam.example/kanaalwijk/rekenvoorbeeld', 'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('warmte/promise/avond'), pg_temp.demo_id('warmte/project'), 'in_progress', pg_temp.on_day(-20, '12:00'),
   'Projectleider energietransitie', 'De avond is gepland. De datum staat bij de momenten om mee te doen.', null, 'de000000-0000-4000-8000-000000000001');

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('warmte/project'), current_date - 20, 'Commissie Ruimte', 'Concept-wijkuitvoeringsplan Kanaalwijk',
   'Het college laat de commissie het plan zien, voordat de raad erover besluit.',
   'postponed', 'De commissie wil eerst de rekenvoorbeelden per woningtype zien en horen wat bewoners op de bewonersavond zeggen. De bespreking is uitgesteld tot na die avond.',
   false, null, 'De toezegging over de bewonersavond blijft staan. De avond is voor de nieuwe bespreking.',
   'https://www.demodam.example/raadsinformatie/commissie-kanaalwijk', 'published', pg_temp.on_day(-19, '09:00')),
  (pg_temp.demo_id('warmte/project'), current_date + 17, 'Commissie Ruimte', 'Concept-wijkuitvoeringsplan Kanaalwijk, tweede bespreking',
   'De commissie bespreekt het plan opnieuw, met de rekenvoorbeelden en wat bewoners op de bewonersavond zeiden.',
   'pending', null, false, null, null, null, 'published', pg_temp.on_day(-19, '09:00')),
  (pg_temp.demo_id('warmte/project'), current_date + 30, 'Gemeenteraad', 'Vaststelling wijkuitvoeringsplan Kanaalwijk',
   'Het college vraagt de raad het wijkuitvoeringsplan vast te stellen.',
   'pending', null, false, null,
   'Als de raad instemt, maakt het warmtebedrijf voor elk huis een aanbod met een persoonlijk kostenoverzicht.', null,
   'published', pg_temp.on_day(-19, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('warmte/project'), 'Nieuwe contactpersoon: Esra Yilmaz',
   'Het wijkuitvoeringsplan gaat naar de gemeenteraad. Daarom gaat het project over naar de afdeling Duurzaamheid.

**Esra Yilmaz** is vanaf nu uw contactpersoon. Alle toezeggingen blijven staan. Gert-Jan Mulder blijft
gebiedsregisseur van Kanaalwijk.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-41, '15:00'), pg_temp.on_day(-40, '09:00'), null),
  (pg_temp.demo_id('warmte/project'), 'Geen persoonlijk kostenoverzicht voor het raadsbesluit',
   'We hadden beloofd dat u een persoonlijk kostenoverzicht krijgt voordat de raad besluit. **Dat lukt niet.**
Het warmtebedrijf kon de tarieven niet op tijd geven.

Wat wel kan:

- Er is een [rekenvoorbeeld per type woning](https://www.demodam.example/kanaalwijk/rekenvoorbeeld).
- Op de bewonersavond rekenen energiecoaches met u mee.
- U hoeft pas te kiezen als u een persoonlijk aanbod hebt.

Onze excuses.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-35, '14:00'), pg_temp.on_day(-35, '16:00'), null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/2'), 'meeting', 'Tweede bewonersavond',
   pg_temp.on_day(-200, '19:30'), pg_temp.on_day(-200, '21:30'), 'Wijkcentrum De Sluis, Kanaalweg 40', null,
   'Aanmelden was niet nodig.', 'published', pg_temp.on_day(-215, '09:00')),
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/3'), 'walk_in', 'Spreekuur energiecoach',
   pg_temp.on_day(3, '16:00'), pg_temp.on_day(3, '19:00'), 'Wijkcentrum De Sluis, Kanaalweg 40', null,
   'Loop binnen met uw vragen en uw energierekening. De energiecoach rekent met u mee.', 'published', pg_temp.on_day(-12, '09:00')),
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/3'), 'meeting', 'Bewonersavond: wat kost het warmtenet?',
   pg_temp.on_day(10, '19:30'), pg_temp.on_day(10, '21:30'), 'Wijkcentrum De Sluis, Kanaalweg 40',
   'https://www.demodam.example/kanaalwijk/livestream',
   'Aanmelden is niet nodig. U kunt ook online kijken en vragen stellen via de livestream.', 'published', pg_temp.on_day(-20, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('warmte/project'), 'Huurders van Demodam Wonen', 'involved', 'Via de huurdersvereniging en de bewonersavonden.'),
  (pg_temp.demo_id('warmte/project'), 'Eigenaar-bewoners', 'involved', 'Via de bewonersavonden en de energiecoaches.'),
  (pg_temp.demo_id('warmte/project'), 'Energiecoöperatie Kanaalstroom', 'involved', 'Denkt mee over de aanleg en wil later mede-eigenaar worden.'),
  (pg_temp.demo_id('warmte/project'), 'Verenigingen van eigenaars (VvE''s) van de flats', 'gap',
   'VvE''s moeten samen besluiten en dat kost tijd. We bieden elke VvE een eigen gesprek en gratis advies aan.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/3'), 'collaboration',
   'Meld een nieuwe contactpersoon overal',
   'Bij de overgang naar Duurzaamheid stond dezelfde dag een bericht online, en de overdracht noemde de open toezeggingen. Toch belden bewoners nog weken de oude contactpersoon. Zet de nieuwe naam ook in brieven en op de borden in de wijk.',
   current_date - 30, 'published', pg_temp.on_day(-29, '09:00')),
  (pg_temp.demo_id('warmte/project'), pg_temp.demo_id('warmte/phase/2'), 'expectations',
   'Beloof geen cijfers die je niet zelf in handen hebt',
   'Het kostenoverzicht hing af van het warmtebedrijf. Zeg erbij wanneer een toezegging afhangt van een ander.',
   current_date - 34, 'published', pg_temp.on_day(-33, '09:00'));

-- =========================================================================================================
-- Zonneveld Polderweg (current phase: decision)
--
-- A solar field on farmland in the north. Neighbours and the village council helped draw the layout: the
-- field became smaller and moved away from the houses. The draft permit is now open for views (deadline
-- coming, an online consultation hour before it); the council then gives its binding advice. Half the field
-- will be owned locally. Promises: visualisations from the farmyards (kept), rules for the area fund made
-- with the village council (in progress), building outside the breeding season (open, no date).
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('zonneveld/project'), 'de000000-0000-4000-8000-0000000000d0', 'zonneveld-polderweg',
  'Zonneveld Polderweg',
  'Aan de Polderweg komt een zonneveld van 18 hectare. Omwonenden hebben meebepaald hoe het eruitziet. Nu kunt u reageren op de ontwerpvergunning.',
  'Energie', 'Buitengebied Noord', 'running', 'published', current_date - 330, current_date + 600,
  'adviesrecht',
  'Voor het zonneveld is een omgevingsvergunning nodig. De gemeenteraad geeft eerst een bindend advies. Zegt de raad nee, dan kan het college de vergunning niet geven.',
  6, 9, 40000.00, 'Voor de bijeenkomsten, plaatjes vanaf de erven en een begeleider van buiten de gemeente. Het bedrijf dat het zonneveld bouwt, betaalt de helft.',
  pg_temp.on_day(-330, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('zonneveld/phase/1'), pg_temp.demo_id('zonneveld/project'), 1, 'vision',
   'Verkenning van de plek en de omgeving', current_date - 330, current_date - 180, 'raadplegen',
   'Wat omwonenden belangrijk vinden: uitzicht, afstand, natuur en wat de buurt eraan heeft.',
   'De regels van de gemeenteraad voor zonnevelden: die mogen alleen op drie plekken in het buitengebied.',
   'Een keukentafelgesprek van een uur of een avond van 2 uur.', 2.0,
   'Het verslag stond zes weken later online.', current_date - 170, 'Duurzaamheid', pg_temp.demo_id('person/mila-postma')),
  (pg_temp.demo_id('zonneveld/phase/2'), pg_temp.demo_id('zonneveld/project'), 2, 'plan',
   'Inrichtingsplan maken met omwonenden', current_date - 179, current_date - 60, 'coproduceren',
   'De plek van de panelen, de afstand tot de huizen, de haag en het wandelpad, en het omgevingsfonds.',
   'Het zonneveld wordt niet groter dan 25 hectare. De aansluiting op het stroomnet ligt aan de Polderweg.',
   'Drie ontwerpavonden van 2,5 uur.', 7.5,
   'Het inrichtingsplan is onderdeel van de ontwerpvergunning.', current_date - 60, 'Duurzaamheid', pg_temp.demo_id('person/mila-postma')),
  (pg_temp.demo_id('zonneveld/phase/3'), pg_temp.demo_id('zonneveld/project'), 3, 'decision',
   'Ontwerpvergunning en advies van de raad', current_date - 59, current_date + 90, 'raadplegen',
   'U kunt een zienswijze indienen op de ontwerpvergunning. Daarna kunt u inspreken als de raad over zijn advies praat.',
   'Het inrichtingsplan dat samen met omwonenden is gemaakt.',
   'Een zienswijze schrijven kost ongeveer een uur. Het online spreekuur duurt een uur.', 1.0,
   'In de nota van zienswijzen leest u wat er met uw zienswijze is gedaan. Die komt voor het raadsadvies online.', current_date + 35, 'Duurzaamheid', pg_temp.demo_id('person/mila-postma')),
  (pg_temp.demo_id('zonneveld/phase/4'), pg_temp.demo_id('zonneveld/project'), 4, 'execution',
   'Aanleg', current_date + 91, current_date + 270, 'informeren',
   'Afspraken over bouwverkeer met de buren aan de Polderweg.', 'De omgevingsvergunning.',
   'Geen tijd nodig.', 0.0, 'Iedereen aan de Polderweg krijgt een brief voor de aanleg begint.', null, 'Duurzaamheid', pg_temp.demo_id('person/mila-postma')),
  (pg_temp.demo_id('zonneveld/phase/5'), pg_temp.demo_id('zonneveld/project'), 5, 'management',
   'Beheer en omgevingsfonds', current_date + 271, current_date + 600, 'meebeslissen',
   'Waar het geld uit het omgevingsfonds naartoe gaat. Daarover beslist de dorpsraad samen met bewoners.',
   'Het reglement van het omgevingsfonds.', 'Eén avond per jaar van 2 uur.', 2.0,
   'Elk jaar staat online welke plannen geld kregen.', null, 'Duurzaamheid', pg_temp.demo_id('person/mila-postma'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('person/mila-postma'), 'contact', current_date - 330, null),
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('person/esra-yilmaz'), 'project_lead', current_date - 330, null),
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('person/youssef-benali'), 'alderman', current_date - 330, null);

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('zonneveld/decision/kleiner'), pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/2'),
   current_date - 70, 'College van burgemeester en wethouders', 'Zonneveld kleiner en verder van de huizen',
   'Het zonneveld wordt 18 hectare in plaats van 25. Tussen de panelen en de huizen blijft minstens 100 meter. Rondom komt een haag van inheemse struiken.',
   'Zo levert het veld nog steeds stroom voor 5.000 huishoudens, en blijft het uitzicht vanaf de erven open.',
   'Omwonenden vroegen om meer afstand en een haag. Beide zijn overgenomen. De vraag om het veld helemaal te verplaatsen kon niet: op andere plekken is geen aansluiting op het stroomnet.',
   'https://www.demodam.example/raadsinformatie/zonneveld-inrichting', 'published', pg_temp.on_day(-68, '10:00')),
  (pg_temp.demo_id('zonneveld/decision/eigendom'), pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/2'),
   current_date - 65, 'College van burgemeester en wethouders', 'De helft van het zonneveld in lokale handen',
   'Energiecoöperatie Kanaalstroom wordt eigenaar van de helft van het zonneveld. Van elke 1.000 kilowattuur stroom gaat 50 cent naar een fonds voor Noordbroek.',
   'Als inwoners mede-eigenaar zijn, blijft de opbrengst in Demodam.',
   'De dorpsraad vroeg om lokaal eigendom en een fonds. Dat staat nu in de afspraken met de initiatiefnemer.',
   'https://www.demodam.example/raadsinformatie/zonneveld-eigendom', 'published', pg_temp.on_day(-63, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('zonneveld/theme/afstand'), pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/1'),
   'Afstand tot de huizen', 'Omwonenden willen de panelen niet vlak naast hun tuin.', 41),
  (pg_temp.demo_id('zonneveld/theme/landschap'), pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/1'),
   'Uitzicht en landschap', 'Het open polderlandschap is waarom mensen hier wonen. Ze willen dat het veld zo min mogelijk opvalt.', 36),
  (pg_temp.demo_id('zonneveld/theme/opbrengst'), pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/2'),
   'Wat heeft de buurt eraan?', 'De dorpsraad wil dat het dorp meeprofiteert, niet alleen een bedrijf van buiten.', 22);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/theme/afstand'), pg_temp.demo_id('zonneveld/decision/kleiner'),
   'Minstens 100 meter tussen de panelen en de huizen.'),
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/theme/landschap'), pg_temp.demo_id('zonneveld/decision/kleiner'),
   'Het veld is kleiner en krijgt een haag van inheemse struiken.'),
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/theme/opbrengst'), pg_temp.demo_id('zonneveld/decision/eigendom'),
   'De helft is van de energiecoöperatie, en er komt een omgevingsfonds voor Noordbroek.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('zonneveld/promise/visualisaties'), pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/2'),
   'We laten met plaatjes zien hoe het zonneveld eruitziet vanaf elk erf aan de Polderweg.', current_date - 160, 'Projectleider zon en wind',
   'Eerste ontwerpavond in dorpshuis Noordbroek', current_date - 100, 'published', pg_temp.on_day(-159, '09:00')),
  (pg_temp.demo_id('zonneveld/promise/fonds'), pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/2'),
   'Het reglement van het omgevingsfonds schrijven we samen met de dorpsraad.', current_date - 65, 'Wethouder Benali',
   'Overleg met de dorpsraad Noordbroek', current_date + 60, 'published', pg_temp.on_day(-64, '09:00')),
  (pg_temp.demo_id('zonneveld/promise/broedseizoen'), pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/2'),
   'De aanleg gebeurt buiten het broedseizoen van weidevogels.', current_date - 120, 'Projectleider zon en wind',
   'Tweede ontwerpavond in dorpshuis Noordbroek', null, 'published', pg_temp.on_day(-119, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by) values
  (pg_temp.demo_id('zonneveld/promise/visualisaties'), pg_temp.demo_id('zonneveld/project'), 'kept', pg_temp.on_day(-105, '12:00'),
   'Projectleider zon en wind', 'De plaatjes van alle twaalf erven staan online.', 'https://www.demodam.example/zonneveld/visualisaties',
   'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('zonneveld/promise/fonds'), pg_temp.demo_id('zonneveld/project'), 'in_progress', pg_temp.on_day(-30, '12:00'),
   'Projectleider zon en wind', 'De eerste versie van het reglement is besproken met de dorpsraad.', null, 'de000000-0000-4000-8000-000000000001');

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('zonneveld/project'), current_date - 380, 'Gemeenteraad', 'Afwegingskader zon in het buitengebied',
   'Het college stelt voor waar zonnevelden mogen komen en welke eisen gelden, zoals lokaal eigendom.',
   'adopted', 'De raad stelde het afwegingskader vast. De Polderweg is een van de drie plekken.', false, null, null,
   'https://www.demodam.example/raadsinformatie/afwegingskader-zon', 'published', pg_temp.on_day(-379, '09:00')),
  (pg_temp.demo_id('zonneveld/project'), current_date + 40, 'Gemeenteraad', 'Advies over de vergunning zonneveld Polderweg',
   'Het college vraagt de raad om een positief bindend advies over de vergunning voor het zonneveld.',
   'pending', null, false, null,
   'Geeft de raad een negatief advies, dan komt er geen zonneveld. Toezeggingen over het fonds vervallen dan.', null,
   'published', pg_temp.on_day(-50, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('zonneveld/project'), 'Het inrichtingsplan is klaar',
   'Na drie ontwerpavonden met omwonenden ligt er een plan:

| Wat | Eerst | Nu |
| --- | --- | --- |
| Grootte | 25 hectare | 18 hectare |
| Afstand tot huizen | 30 meter | 100 meter |
| Eigenaar | bedrijf | helft energiecoöperatie |

Bekijk de [plaatjes vanaf de erven](https://www.demodam.example/zonneveld/visualisaties).',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-62, '15:00'), pg_temp.on_day(-61, '09:00'), null),
  (pg_temp.demo_id('zonneveld/project'), 'Reageer op de ontwerpvergunning',
   'De ontwerpvergunning ligt ter inzage. U kunt tot de datum hieronder een zienswijze indienen.
Twijfelt u? Stel uw vraag in het online spreekuur.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000003',
   pg_temp.on_day(-6, '15:00'), pg_temp.on_day(-5, '09:00'), null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/2'), 'workshop', 'Eerste ontwerpavond',
   pg_temp.on_day(-160, '19:30'), pg_temp.on_day(-160, '22:00'), 'Dorpshuis Noordbroek, Dorpsweg 1', null,
   'Voor omwonenden en leden van de dorpsraad.', 'published', pg_temp.on_day(-175, '09:00')),
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/3'), 'online_session', 'Online spreekuur over de ontwerpvergunning',
   pg_temp.on_day(8, '19:00'), pg_temp.on_day(8, '20:00'), null, 'https://www.demodam.example/zonneveld/spreekuur',
   'Klik op de link om mee te doen. U hoeft uw camera niet aan te zetten.', 'published', pg_temp.on_day(-5, '09:00')),
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/3'), 'deadline', 'Laatste dag voor een zienswijze',
   pg_temp.on_day(25, '23:59'), null, null, 'https://www.demodam.example/zonneveld/zienswijze',
   'Stuur uw zienswijze via het formulier, of per brief aan het college van burgemeester en wethouders, Postbus 1, Demodam.', 'published', pg_temp.on_day(-5, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('zonneveld/project'), 'Omwonenden Polderweg', 'involved', 'Alle twaalf huishoudens deden mee aan de ontwerpavonden.'),
  (pg_temp.demo_id('zonneveld/project'), 'Dorpsraad Noordbroek', 'involved', 'Schrijft het reglement van het omgevingsfonds mee.'),
  (pg_temp.demo_id('zonneveld/project'), 'Boeren in de polder', 'involved', 'Via een eigen gesprek over de grond en de drainage.'),
  (pg_temp.demo_id('zonneveld/project'), 'Jongeren in Noordbroek', 'gap',
   'Zij kwamen niet naar de avonden. We vragen de voetbalclub om een gesprek na de training.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('zonneveld/project'), pg_temp.demo_id('zonneveld/phase/2'), 'expectations',
   'Laat vroeg zien hoe het eruitziet',
   'Zolang er geen plaatjes waren, dachten mensen aan het ergste. De visualisaties vanaf de erven maakten het gesprek concreet.',
   current_date - 100, 'published', pg_temp.on_day(-99, '09:00'));

-- =========================================================================================================
-- Buurtbudget Oost (current phase: decision)
--
-- A participatory budget: residents of Demodam-Oost submitted ideas, a residents' jury put 23 plans on the
-- ballot, and now everyone in Oost aged 12 and over votes (meebeslissen), online or on paper. Voting is
-- open now; its last day is a deadline (there is no key date kind for a vote, and a vote is not a survey).
-- The council set the money and the main lines, the college the detailed rules; the council evaluates next year. Promises: every idea got an
-- explanation (kept), paper voting (kept), the result within a week (open). NOT PUBLIC: a counting evening
-- that is still awaiting approval.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('buurtbudget/project'), 'de000000-0000-4000-8000-0000000000d0', 'buurtbudget-oost',
  'Buurtbudget Oost: u beslist mee over 150.000 euro',
  'Bewoners van Demodam-Oost bedenken zelf plannen voor hun buurt en stemmen erover. De plannen met de meeste stemmen worden uitgevoerd. Stemmen kan nu.',
  'Wijken', 'Demodam-Oost', 'running', 'published', current_date - 130, current_date + 300,
  'kaderstellend',
  'De gemeenteraad stelde het geld en de hoofdlijnen vast. Het college maakte daarna de spelregels. Welke plannen doorgaan, beslissen de bewoners zelf.',
  5, 4, 22000.00, 'Voor de ideeënmarkt, de bewonersjury, stembiljetten op papier en begeleiding. Het buurtbudget zelf is 150.000 euro.',
  pg_temp.on_day(-130, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('buurtbudget/phase/1'), pg_temp.demo_id('buurtbudget/project'), 1, 'plan',
   'Ideeën indienen en uitwerken', current_date - 130, current_date - 15, 'coproduceren',
   'Elk idee voor de buurt: groen, spelen, ontmoeten, veiligheid. Een wijkcoach helpt bij het uitwerken.',
   'Een plan kost niet meer dan 30.000 euro, is voor iedereen in Oost en kan binnen een jaar klaar zijn.',
   'Een idee indienen kost een half uur. Uitwerken met de wijkcoach ongeveer 3 uur.', 3.5,
   'Elke indiener hoort van de bewonersjury of het plan op de stemlijst komt, en waarom.', current_date - 15, 'Wijkzaken', pg_temp.demo_id('person/lotte-van-rijn')),
  (pg_temp.demo_id('buurtbudget/phase/2'), pg_temp.demo_id('buurtbudget/project'), 2, 'decision',
   'Stemmen op de plannen', current_date - 14, current_date + 14, 'meebeslissen',
   'Welke plannen geld krijgen. Iedereen van 12 jaar en ouder die in Oost woont, mag stemmen.',
   'De 23 plannen op de stemlijst. Samen kosten de winnende plannen niet meer dan 150.000 euro.',
   'Stemmen kost ongeveer 10 minuten.', 0.2,
   'Binnen een week na het stemmen staat de uitslag online.', current_date + 21, 'Wijkzaken', pg_temp.demo_id('person/lotte-van-rijn')),
  (pg_temp.demo_id('buurtbudget/phase/3'), pg_temp.demo_id('buurtbudget/project'), 3, 'execution',
   'De winnende plannen uitvoeren', current_date + 15, current_date + 300, 'coproduceren',
   'De indieners voeren hun plan uit, samen met de gemeente.', 'De gekozen plannen en hun budget.',
   'Voor indieners: ongeveer 2 uur per maand.', 20.0,
   'Elk kwartaal staat hier hoe ver elk plan is.', null, 'Wijkzaken', pg_temp.demo_id('person/lotte-van-rijn'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('person/lotte-van-rijn'), 'contact', current_date - 130, null),
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('person/lotte-van-rijn'), 'project_lead', current_date - 130, null),
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('person/ingrid-smeets'), 'alderman', current_date - 130, null);

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('buurtbudget/decision/spelregels'), pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/1'),
   current_date - 125, 'College van burgemeester en wethouders', 'Spelregels buurtbudget Oost',
   'Iedereen van 12 jaar en ouder die in Oost woont, mag een idee indienen en stemmen. Een plan kost maximaal 30.000 euro.',
   'Met een vast maximum kunnen meer plannen winnen, en blijven ook kleine ideeën kansrijk.',
   'Bij de proef vorig jaar vroegen jongeren om mee te mogen stemmen. Daarom is de leeftijd 12 jaar, niet 18.',
   'https://www.demodam.example/raadsinformatie/spelregels-buurtbudget', 'published', pg_temp.on_day(-124, '10:00')),
  (pg_temp.demo_id('buurtbudget/decision/stemlijst'), pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/1'),
   current_date - 16, 'Bewonersjury Oost', '23 plannen op de stemlijst',
   'Van de 61 ingediende ideeën staan er 23 op de stemlijst.',
   'De jury keek naar drie dingen. Past het plan binnen de spelregels? Kan het echt? En is het voor de hele buurt?',
   'Ideeën die op elkaar leken, zijn samengevoegd als de indieners dat wilden. Zo werden 14 ideeën 5 plannen.',
   'https://www.demodam.example/buurtbudget/stemlijst', 'published', pg_temp.on_day(-15, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('buurtbudget/theme/ouderen'), pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/1'),
   'Ontmoeting voor ouderen', 'Veel ideeën gingen over een plek om samen koffie te drinken of te eten.', 12),
  (pg_temp.demo_id('buurtbudget/theme/spelen'), pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/1'),
   'Veilig spelen', 'Ouders willen betere speelplekken en een veilige oversteek naar het park.', 15),
  (pg_temp.demo_id('buurtbudget/theme/jongeren'), pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/1'),
   'Jongeren willen meebeslissen', 'Jongeren vroegen bij de proef om ook te mogen stemmen.', 9);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/theme/ouderen'), pg_temp.demo_id('buurtbudget/decision/stemlijst'),
   'Vier plannen voor ontmoeting staan op de stemlijst, waaronder een buurtmaaltijd in De Ster.'),
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/theme/spelen'), pg_temp.demo_id('buurtbudget/decision/stemlijst'),
   'Vijf speelplannen zijn samengevoegd tot twee plannen op de stemlijst.'),
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/theme/jongeren'), pg_temp.demo_id('buurtbudget/decision/spelregels'),
   'Iedereen vanaf 12 jaar mag stemmen.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('buurtbudget/promise/uitleg'), pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/1'),
   'Elke indiener hoort waarom het idee wel of niet op de stemlijst staat.', current_date - 100, 'Wijkcoördinator Oost',
   'Ideeënmarkt in buurthuis De Ster', current_date - 14, 'published', pg_temp.on_day(-99, '09:00')),
  (pg_temp.demo_id('buurtbudget/promise/papier'), pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/1'),
   'Stemmen kan ook op papier, in buurthuis De Ster en in de bibliotheek.', current_date - 100, 'Wethouder Smeets-Verhoef',
   'Ideeënmarkt in buurthuis De Ster', current_date - 14, 'published', pg_temp.on_day(-99, '09:00')),
  (pg_temp.demo_id('buurtbudget/promise/uitslag'), pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/2'),
   'De uitslag staat binnen een week na het stemmen online.', current_date - 14, 'Wijkcoördinator Oost',
   'Start van de stemming', current_date + 21, 'published', pg_temp.on_day(-14, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by) values
  (pg_temp.demo_id('buurtbudget/promise/uitleg'), pg_temp.demo_id('buurtbudget/project'), 'kept', pg_temp.on_day(-15, '12:00'),
   'Wijkcoördinator Oost', 'Alle 61 indieners kregen een brief of e-mail met de uitleg van de jury.',
   'https://www.demodam.example/buurtbudget/juryverslag', 'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('buurtbudget/promise/papier'), pg_temp.demo_id('buurtbudget/project'), 'kept', pg_temp.on_day(-14, '12:00'),
   'Wijkcoördinator Oost', 'De stembussen staan in De Ster en de bibliotheek.', null, 'de000000-0000-4000-8000-000000000001');

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('buurtbudget/project'), current_date - 140, 'Gemeenteraad', 'Buurtbudget Oost: geld en spelregels',
   'Het college vraagt 150.000 euro voor een buurtbudget in Oost, en stelt de hoofdlijnen voor.',
   'adopted', 'De raad gaf het geld en stelde de hoofdlijnen vast: bewoners bedenken de plannen en beslissen zelf. De spelregels maakt het college.', false, null, null,
   'https://www.demodam.example/raadsinformatie/buurtbudget-oost', 'published', pg_temp.on_day(-139, '09:00')),
  (pg_temp.demo_id('buurtbudget/project'), current_date + 320, 'Commissie Samenleving', 'Evaluatie buurtbudget Oost',
   'Het college laat zien hoe het buurtbudget is gegaan en stelt voor of het ook in andere wijken komt.',
   'pending', null, false, null, null, null, 'published', pg_temp.on_day(-14, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('buurtbudget/project'), 'Stemmen kan nu!',
   '## 23 plannen, 150.000 euro

Woont u in Demodam-Oost en bent u 12 jaar of ouder? Dan mag u stemmen.

- **Online:** met de stemcode uit de brief.
- **Op papier:** in buurthuis De Ster of de bibliotheek.

U kiest maximaal vijf plannen. Hulp nodig? Kom naar de stemhulp in De Ster.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-15, '15:00'), pg_temp.on_day(-14, '09:00'), null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/1'), 'meeting', 'Ideeënmarkt',
   pg_temp.on_day(-100, '14:00'), pg_temp.on_day(-100, '17:00'), 'Buurthuis De Ster, Sterrenlaan 8', null,
   'Iedereen was welkom, met of zonder idee.', 'published', pg_temp.on_day(-115, '09:00')),
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/2'), 'deadline', 'Laatste dag om te stemmen',
   pg_temp.on_day(14, '20:00'), null, 'Buurthuis De Ster en bibliotheek Oost (op papier)',
   'https://www.demodam.example/buurtbudget/stemmen',
   'Stem tot 20.00 uur: online met de code uit de brief, of op papier in De Ster of de bibliotheek. Geen brief gekregen? Neem uw identiteitsbewijs mee naar De Ster.',
   'published', pg_temp.on_day(-15, '09:00')),
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/2'), 'walk_in', 'Stemhulp in De Ster',
   pg_temp.on_day(4, '10:00'), pg_temp.on_day(4, '12:00'), 'Buurthuis De Ster, Sterrenlaan 8', null,
   'Vrijwilligers helpen met stemmen en lezen de plannen voor. Ook in het Turks en Arabisch.', 'published', pg_temp.on_day(-10, '09:00')),
  -- NOT PUBLIC: waiting for the approver.
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/2'), 'meeting', 'CONCEPT: openbare telavond',
   pg_temp.on_day(14, '20:30'), pg_temp.on_day(14, '22:30'), 'Buurthuis De Ster, Sterrenlaan 8', null,
   'Concept: direct na het sluiten van de stemming. Nog niet bevestigd door het buurthuis.', 'awaiting_approval', null);

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('buurtbudget/project'), 'Bewoners van Demodam-Oost', 'involved', '61 ideeën ingediend; de stemming loopt.'),
  (pg_temp.demo_id('buurtbudget/project'), 'Bewonersjury Oost', 'involved', 'Negen bewoners, door loting gekozen, maakten de stemlijst.'),
  (pg_temp.demo_id('buurtbudget/project'), 'Buurthuis De Ster', 'involved', 'Plek voor de ideeënmarkt, de stemhulp en de stembus.'),
  (pg_temp.demo_id('buurtbudget/project'), 'Jongeren van 12 tot 18 jaar', 'gap',
   'Ze mogen stemmen, maar dienden maar twee ideeën in. Het jongerenwerk gaat met hen langs de plannen.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/2'), 'inclusion',
   'Stemmen op papier naast online',
   'In de eerste week kwam een derde van de stemmen op papier binnen, vooral van ouderen. Zonder papieren stembiljet hadden zij niet meegedaan.',
   current_date - 5, 'published', pg_temp.on_day(-4, '09:00')),
  (pg_temp.demo_id('buurtbudget/project'), pg_temp.demo_id('buurtbudget/phase/1'), 'decision_making',
   'Een bewonersjury maakt keuzes beter uitlegbaar',
   'Omdat bewoners zelf de stemlijst maakten, werd de uitleg beter geaccepteerd dan bij de proef, toen ambtenaren kozen.',
   current_date - 14, 'published', pg_temp.on_day(-13, '09:00'));

-- =========================================================================================================
-- Beleidsplan sociaal domein (current phase: plan)
--
-- The plan for care, youth and welfare for the next four years. After 140 conversations at kitchen tables
-- and in community centres, the college chose five priorities; the advisory council on social affairs now
-- advises on the draft (adviseren). Coming up: a working session with the advisory council and an online
-- evening for carers. The council amended its earlier budget framework to add carers. Promises: everyone who
-- asked for help was called back (kept), the draft goes to the advisory council six weeks early (in
-- progress), a plain-language version (open). Two named gaps. NOT PUBLIC: a draft promise and a council
-- moment awaiting approval.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('sociaal/project'), 'de000000-0000-4000-8000-0000000000d0', 'beleidsplan-sociaal-domein',
  'Beleidsplan sociaal domein: samen sterk in Demodam',
  'Hoe helpen we elkaar en elkaars kinderen de komende vier jaar? Het nieuwe beleidsplan voor zorg, jeugd en welzijn maken we met inwoners, mantelzorgers en de adviesraad.',
  'Zorg en welzijn', 'Hele gemeente', 'running', 'published', current_date - 90, current_date + 240,
  'kaderstellend',
  'De gemeenteraad stelt het beleidsplan vast en bepaalt daarmee waar het geld voor zorg en welzijn naartoe gaat.',
  12, 3, 30000.00, 'Voor 140 gesprekken en een bureau dat ze samenvat. En voor een vergoeding aan mensen die vertellen hoe het is om zelf hulp te krijgen.',
  pg_temp.on_day(-90, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('sociaal/phase/1'), pg_temp.demo_id('sociaal/project'), 1, 'vision',
   'Gesprekken: wat heeft u nodig?', current_date - 90, current_date - 31, 'raadplegen',
   'Uw ervaring met hulp van de gemeente: wat ging goed, wat moet beter, en wat heeft u nodig.',
   'De landelijke wetten (Wmo, Jeugdwet, Participatiewet) en het budget dat de gemeente van het Rijk krijgt.',
   'Een gesprek van een uur, bij u thuis of in het buurthuis.', 1.0,
   'Na de gesprekken stond de samenvatting online.', current_date - 33, 'Samenleving', pg_temp.demo_id('person/hamid-ouali')),
  (pg_temp.demo_id('sociaal/phase/2'), pg_temp.demo_id('sociaal/project'), 2, 'plan',
   'Beleidsplan schrijven met de adviesraad', current_date - 30, current_date + 60, 'adviseren',
   'Hoe we de vijf speerpunten uitwerken: wat er concreet verandert en wat als eerste.',
   'De vijf speerpunten die het college heeft gekozen, en het budget.',
   'Voor de adviesraad: twee werksessies van 3 uur. Voor mantelzorgers: een online avond van 1,5 uur.', 1.5,
   'De adviesraad geeft een schriftelijk advies. Dat advies en de reactie van het college komen online.', current_date + 65, 'Samenleving', pg_temp.demo_id('person/hamid-ouali')),
  (pg_temp.demo_id('sociaal/phase/3'), pg_temp.demo_id('sociaal/project'), 3, 'decision',
   'Vaststelling door de gemeenteraad', current_date + 61, current_date + 150, 'informeren',
   'U kunt inspreken in de commissie Samenleving.', 'Het beleidsplan met het advies van de adviesraad.',
   'Inspreken duurt 5 minuten.', 0.1, 'Na het raadsbesluit staat het vastgestelde plan online.', current_date + 135, 'Samenleving', pg_temp.demo_id('person/hamid-ouali')),
  (pg_temp.demo_id('sociaal/phase/4'), pg_temp.demo_id('sociaal/project'), 4, 'execution',
   'Uitvoeren en elk jaar terugkijken', current_date + 151, current_date + 240, 'adviseren',
   'Elk jaar kijkt de adviesraad mee of de speerpunten werken.', 'Het vastgestelde beleidsplan.',
   'Voor de adviesraad: één sessie per jaar.', 3.0, 'Elk jaar een korte voortgangsrapportage.', null, 'Samenleving', pg_temp.demo_id('person/hamid-ouali'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('person/hamid-ouali'), 'contact', current_date - 90, null),
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('person/hamid-ouali'), 'project_lead', current_date - 90, null),
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('person/ingrid-smeets'), 'alderman', current_date - 90, null);

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('sociaal/decision/speerpunten'), pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/1'),
   current_date - 31, 'College van burgemeester en wethouders', 'Vijf speerpunten voor het beleidsplan',
   'Het beleidsplan krijgt vijf speerpunten. Dat zijn: één loket voor hulp, steun voor mantelzorgers, minder eenzaamheid, jongeren zonder schulden en sneller hulp voor gezinnen.',
   'Dit zijn de onderwerpen die in de gesprekken het vaakst terugkwamen en waar de gemeente zelf iets aan kan doen.',
   'Mensen zeiden dat ze van loket naar loket worden gestuurd; daarom is één loket het eerste speerpunt. Mantelzorgers vertelden hoe zwaar het is; zij krijgen een eigen speerpunt. Over wachtlijsten in de jeugdzorg hoorden we veel. Daar gaat de gemeente maar voor een deel over; het staat onder sneller hulp voor gezinnen.',
   'https://www.demodam.example/raadsinformatie/speerpunten-sociaal-domein', 'published', pg_temp.on_day(-30, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('sociaal/theme/loket'), pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/1'),
   'Eén loket voor hulp', 'Mensen worden van loket naar loket gestuurd en moeten steeds opnieuw hun verhaal doen.', 58),
  (pg_temp.demo_id('sociaal/theme/mantelzorg'), pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/1'),
   'Mantelzorgers raken overbelast', 'Mantelzorgers zorgen soms jaren voor een naaste en vinden nergens even rust.', 41),
  (pg_temp.demo_id('sociaal/theme/wachtlijst'), pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/1'),
   'Wachtlijsten in de jeugdzorg', 'Ouders wachten maanden op hulp voor hun kind.', 37);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/theme/loket'), pg_temp.demo_id('sociaal/decision/speerpunten'),
   'Eén loket voor hulp is het eerste speerpunt.'),
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/theme/mantelzorg'), pg_temp.demo_id('sociaal/decision/speerpunten'),
   'Steun voor mantelzorgers is een apart speerpunt.'),
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/theme/wachtlijst'), pg_temp.demo_id('sociaal/decision/speerpunten'),
   'Valt onder het speerpunt sneller hulp voor gezinnen. De gemeente gaat niet over alle wachtlijsten; we zeggen eerlijk wat we wel kunnen doen.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('sociaal/promise/terugbellen'), pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/1'),
   'Iedereen die in een gesprek om hulp vroeg, wordt binnen twee weken teruggebeld.', current_date - 60, 'Wethouder Smeets-Verhoef',
   'Gesprekken in buurthuizen', current_date - 46, 'published', pg_temp.on_day(-59, '09:00')),
  (pg_temp.demo_id('sociaal/promise/adviesraad'), pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/2'),
   'De adviesraad krijgt het concept zes weken voordat het college het vaststelt.', current_date - 28, 'Wethouder Smeets-Verhoef',
   'Overleg met de adviesraad sociaal domein', current_date + 20, 'published', pg_temp.on_day(-27, '09:00')),
  (pg_temp.demo_id('sociaal/promise/eenvoudig'), pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/2'),
   'Het beleidsplan komt er ook in eenvoudige taal.', current_date - 28, 'Beleidsadviseur sociaal domein',
   'Overleg met de adviesraad sociaal domein', current_date + 90, 'published', pg_temp.on_day(-27, '09:00')),
  -- NOT PUBLIC: a draft promise, not yet checked with the alderman.
  (pg_temp.demo_id('sociaal/promise/concept'), pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/2'),
   'CONCEPT: mantelzorgers krijgen elk jaar een waardering van 200 euro.', current_date - 3, 'Beleidsadviseur sociaal domein',
   'Concept, nog niet toegezegd', null, 'draft', null);

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by) values
  (pg_temp.demo_id('sociaal/promise/terugbellen'), pg_temp.demo_id('sociaal/project'), 'in_progress', pg_temp.on_day(-55, '12:00'),
   'Beleidsadviseur sociaal domein', 'Het sociaal wijkteam belt iedereen op de lijst.', null, 'de000000-0000-4000-8000-000000000001'),
  (pg_temp.demo_id('sociaal/promise/terugbellen'), pg_temp.demo_id('sociaal/project'), 'kept', pg_temp.on_day(-47, '12:00'),
   'Beleidsadviseur sociaal domein', 'Alle 23 mensen zijn teruggebeld. Achttien hebben nu hulp van het sociaal wijkteam.', null,
   'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('sociaal/promise/adviesraad'), pg_temp.demo_id('sociaal/project'), 'in_progress', pg_temp.on_day(-5, '12:00'),
   'Beleidsadviseur sociaal domein', 'Het concept is bijna klaar en gaat volgende week naar de adviesraad.', null, 'de000000-0000-4000-8000-000000000001');

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('sociaal/project'), current_date - 100, 'Gemeenteraad', 'Kaders en budget sociaal domein',
   'Het college stelt voor het budget voor welzijn gelijk te houden en meer te doen aan preventie.',
   'amended', 'De raad nam een amendement aan: er gaat 250.000 euro extra naar steun voor mantelzorgers.',
   false, null, 'Er komt een speerpunt voor mantelzorgers.',
   'https://www.demodam.example/raadsinformatie/kaders-sociaal-domein', 'published', pg_temp.on_day(-99, '09:00')),
  (pg_temp.demo_id('sociaal/project'), current_date + 130, 'Gemeenteraad', 'Vaststelling beleidsplan sociaal domein',
   'Het college vraagt de raad het beleidsplan vast te stellen.', 'pending', null, false, null, null, null,
   'published', pg_temp.on_day(-20, '09:00')),
  -- NOT PUBLIC: awaiting approval.
  (pg_temp.demo_id('sociaal/project'), current_date + 100, 'Commissie Samenleving', 'CONCEPT: bespreking advies adviesraad',
   'Concept: de commissie bespreekt het advies van de adviesraad.', 'pending', null, false, null, null, null,
   'awaiting_approval', null);

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('sociaal/project'), 'Wat we hoorden in 140 gesprekken',
   'We spraken met **140 inwoners**: aan de keukentafel, in buurthuizen en in de wachtkamer van de huisarts.

> "Ik moest mijn verhaal vijf keer vertellen voordat iemand me hielp."

Dit hoorden we het vaakst:

1. Hulp is moeilijk te vinden.
2. Mantelzorgers zijn moe.
3. Gezinnen wachten lang op jeugdzorg.

Lees de [samenvatting van alle gesprekken](https://www.demodam.example/sociaal-domein/gesprekken).',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-34, '15:00'), pg_temp.on_day(-33, '09:00'), null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/1'), 'walk_in', 'Gesprekken in buurthuis De Kern',
   pg_temp.on_day(-60, '10:00'), pg_temp.on_day(-60, '16:00'), 'Buurthuis De Kern, Kerkstraat 12', null,
   'Binnenlopen zonder afspraak.', 'published', pg_temp.on_day(-75, '09:00')),
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/2'), 'sounding_board', 'Werksessie met de adviesraad sociaal domein',
   pg_temp.on_day(7, '13:30'), pg_temp.on_day(7, '16:30'), 'Gemeentehuis Demodam, zaal 2, Marktplein 1', null,
   'Voor leden van de adviesraad. Toehoorders zijn welkom; meld u aan bij de contactpersoon.', 'published', pg_temp.on_day(-14, '09:00')),
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/2'), 'online_session', 'Online avond voor mantelzorgers',
   pg_temp.on_day(14, '20:00'), pg_temp.on_day(14, '21:30'), null, 'https://www.demodam.example/sociaal-domein/mantelzorgavond',
   'Doe mee vanaf de bank. Regel zo nodig vervanging via het Steunpunt Mantelzorg; de gemeente betaalt.', 'published', pg_temp.on_day(-14, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('sociaal/project'), 'Adviesraad sociaal domein', 'involved', 'Adviseert over het concept in twee werksessies.'),
  (pg_temp.demo_id('sociaal/project'), 'Mantelzorgers', 'involved', 'Via het Steunpunt Mantelzorg en de online avond.'),
  (pg_temp.demo_id('sociaal/project'), 'Jongerenwerk Demodam', 'involved', 'Voerde 30 van de gesprekken met jongeren.'),
  (pg_temp.demo_id('sociaal/project'), 'Mensen zonder vaste woonplek', 'gap',
   'We hebben hen niet bereikt. We vragen de daklozenopvang om een gesprek met bezoekers.'),
  (pg_temp.demo_id('sociaal/project'), 'Statushouders', 'gap',
   'Te weinig gesprekken gevoerd. VluchtelingenWerk helpt met gesprekken in de eigen taal.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/1'), 'communication',
   'Praat op plekken waar mensen al komen',
   'In de wachtkamer van de huisarts en bij de voedselbank spraken we mensen die nooit naar een avond komen.',
   current_date - 30, 'published', pg_temp.on_day(-29, '09:00')),
  (pg_temp.demo_id('sociaal/project'), pg_temp.demo_id('sociaal/phase/1'), 'expectations',
   'Regel direct hulp als iemand om hulp vraagt',
   'In een beleidsgesprek vroegen 23 mensen om hulp voor zichzelf. Een afspraak met het wijkteam om hen terug te bellen, voorkwam dat zij zich niet gehoord voelden.',
   current_date - 45, 'published', pg_temp.on_day(-44, '09:00'));

-- =========================================================================================================
-- Speeltuinen ontworpen door kinderen (current phase: execution)
--
-- Children of three primary schools designed three new playgrounds (coproduceren) and a children's jury
-- chose the designs (meebeslissen). The participation adviser handed the project over to the playground
-- project lead when building started (a handover: the contact person changed, with the two promises open
-- then). Promises: the children open the playgrounds themselves (in progress: they opened the first of three),
-- the Merelplein playground within three months (changed: the equipment came late), asking the children after
-- six months (open). The council set the frame (the play space plan) and checks; the college decides.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('speeltuinen/project'), 'de000000-0000-4000-8000-0000000000d0', 'speeltuinen-met-kinderen',
  'Speeltuinen ontworpen door kinderen',
  'Kinderen van drie basisscholen ontwierpen drie nieuwe speeltuinen. Een kinderjury koos de ontwerpen. De eerste speeltuin is open, de andere twee worden nu gebouwd.',
  'Spelen', 'Westwijk en Centrum', 'running', 'published', current_date - 260, current_date + 240,
  'controlerend',
  'Over de speeltuinen besluit het college. Het geld komt uit het speelruimteplan dat de raad eerder vaststelde. De raad controleert of het college zich aan dat plan houdt.',
  8, 6, 18000.00, 'Voor ontwerplessen op school, een kinderjury, en materiaal om maquettes te bouwen. De speeltuinen zelf kosten 450.000 euro.',
  pg_temp.on_day(-260, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('speeltuinen/phase/1'), pg_temp.demo_id('speeltuinen/project'), 1, 'plan',
   'Ontwerpen met kinderen', current_date - 260, current_date - 140, 'coproduceren',
   'Alles wat in de speeltuin komt: toestellen, water, zand, verstopplekken en bankjes.',
   'De plek van de drie speeltuinen en het budget van 150.000 euro per speeltuin. Toestellen moeten veilig zijn volgens de wet.',
   'Drie ontwerplessen van een uur op school, en een maquettemiddag van 3 uur.', 6.0,
   'De kinderen zagen hun ontwerpen terug op een tentoonstelling in de bibliotheek.', current_date - 145, 'Communicatie en Participatie', pg_temp.demo_id('person/noor-haddou')),
  (pg_temp.demo_id('speeltuinen/phase/2'), pg_temp.demo_id('speeltuinen/project'), 2, 'decision',
   'De kinderjury kiest', current_date - 139, current_date - 100, 'meebeslissen',
   'Welk ontwerp per speeltuin wordt gebouwd.', 'De ontwerpen moeten binnen het budget passen.',
   'De kinderjury kwam twee middagen bij elkaar.', 4.0,
   'De uitslag werd bekendgemaakt op de drie scholen.', current_date - 105, 'Communicatie en Participatie', pg_temp.demo_id('person/noor-haddou')),
  (pg_temp.demo_id('speeltuinen/phase/3'), pg_temp.demo_id('speeltuinen/project'), 3, 'execution',
   'Aanleg van de drie speeltuinen', current_date - 99, current_date + 60, 'informeren',
   'Er valt nu niets meer te kiezen. Kinderen mogen wel komen kijken en helpen met planten.',
   'De ontwerpen die de kinderjury koos.', 'Geen tijd nodig.', 0.0,
   'Elke speeltuin krijgt een opening.', current_date + 60, 'Openbare Ruimte', pg_temp.demo_id('person/femke-jansen')),
  (pg_temp.demo_id('speeltuinen/phase/4'), pg_temp.demo_id('speeltuinen/project'), 4, 'management',
   'Spelen, onderhoud en terugkijken', current_date + 61, current_date + 240, 'raadplegen',
   'Wat kinderen en ouders van de speeltuinen vinden, en wat beter kan.', 'De gebouwde speeltuinen.',
   'Een korte vragenlijst op school, 15 minuten.', 0.3,
   'Na een half jaar horen de scholen wat er met de reacties gebeurt.', current_date + 240, 'Openbare Ruimte', pg_temp.demo_id('person/ruud-kramer'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('person/noor-haddou'), 'contact', current_date - 260, current_date - 101),
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('person/femke-jansen'), 'contact', current_date - 100, null),
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('person/femke-jansen'), 'project_lead', current_date - 260, null),
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('person/ingrid-smeets'), 'alderman', current_date - 260, null);

insert into portal.handovers (project_id, handed_over_on, from_phase_id, to_phase_id, from_department, to_department,
  from_person_id, to_person_id, note)
values
  (pg_temp.demo_id('speeltuinen/project'), current_date - 100, pg_temp.demo_id('speeltuinen/phase/2'), pg_temp.demo_id('speeltuinen/phase/3'),
   'Communicatie en Participatie', 'Openbare Ruimte', pg_temp.demo_id('person/noor-haddou'), pg_temp.demo_id('person/femke-jansen'),
   'De ontwerpen zijn gekozen; nu wordt er gebouwd. Femke Jansen-Bos is vanaf nu de contactpersoon voor scholen en ouders. Zij neemt de twee open toezeggingen over. De kinderen van de jury openen de speeltuinen zelf. En de waterspeeltuin aan het Merelplein is over drie maanden klaar. De contactgegevens van de drie scholen en de kinderjury zijn overgedragen.');

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('speeltuinen/decision/ontwerpen'), pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/2'),
   current_date - 105, 'College van burgemeester en wethouders, op voorstel van de kinderjury', 'Drie ontwerpen gekozen door de kinderjury',
   'De drie speeltuinen worden gebouwd zoals de kinderjury koos. Aan het Merelplein komt een waterspeeltuin, in het Stadspark een klimbos en aan de Vinkenstraat een speeltuin met hutten.',
   'Het college neemt de keuze van de kinderjury over. Alle drie de ontwerpen passen binnen het budget en zijn veilig.',
   'De kinderen wilden water, hoogte en verstopplekken. Ouders vroegen om schaduw en bankjes; die zijn aan alle drie de ontwerpen toegevoegd. Een schommel voor kinderen in een rolstoel komt in het Stadspark.',
   'https://www.demodam.example/speeltuinen/keuze-kinderjury', 'published', pg_temp.on_day(-104, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('speeltuinen/theme/beperking'), pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/1'),
   'Spelen voor kinderen met een beperking', 'Kinderen wilden dat hun klasgenoot in een rolstoel ook kan meespelen.', 18),
  (pg_temp.demo_id('speeltuinen/theme/schaduw'), pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/1'),
   'Schaduw en bankjes voor ouders', 'Ouders en opa''s en oma''s willen in de schaduw kunnen zitten terwijl de kinderen spelen.', 26),
  (pg_temp.demo_id('speeltuinen/theme/water'), pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/1'),
   'Water, hoogte en verstopplekken', 'Bijna alle maquettes hadden water, iets hoogs om op te klimmen, of een hut.', 112);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/theme/beperking'), pg_temp.demo_id('speeltuinen/decision/ontwerpen'),
   'In het Stadspark komt een schommel voor kinderen in een rolstoel, en de paden zijn van harde grond.'),
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/theme/schaduw'), pg_temp.demo_id('speeltuinen/decision/ontwerpen'),
   'Alle drie de speeltuinen krijgen bomen en bankjes.'),
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/theme/water'), pg_temp.demo_id('speeltuinen/decision/ontwerpen'),
   'Een waterspeeltuin, een klimbos en een avonturenspeeltuin met hutten.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('speeltuinen/promise/opening'), pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/2'),
   'De kinderen van de jury openen de speeltuinen zelf.', current_date - 105, 'Wethouder Smeets-Verhoef',
   'Bekendmaking van de uitslag op basisschool De Regenboog', current_date + 60, 'published', pg_temp.on_day(-104, '09:00')),
  (pg_temp.demo_id('speeltuinen/promise/merelplein'), pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/2'),
   'De waterspeeltuin aan het Merelplein is over drie maanden klaar.', current_date - 105, 'Projectleider spelen',
   'Bekendmaking van de uitslag op basisschool De Regenboog', current_date - 15, 'published', pg_temp.on_day(-104, '09:00')),
  (pg_temp.demo_id('speeltuinen/promise/terugvragen'), pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/3'),
   'Een half jaar na de opening vragen we de kinderen wat ze van de speeltuinen vinden.', current_date - 10, 'Projectleider spelen',
   'Opening klimbos Stadspark', current_date + 180, 'published', pg_temp.on_day(-9, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by, translations) values
  (pg_temp.demo_id('speeltuinen/promise/opening'), pg_temp.demo_id('speeltuinen/project'), 'in_progress', pg_temp.on_day(-10, '16:00'),
   'Projectleider spelen', 'De kinderjury opende het klimbos in het Stadspark. De waterspeeltuin en de avonturenspeeltuin openen de kinderen ook, zodra die klaar zijn.',
   'https://www.demodam.example/speeltuinen/opening-klimbos', 'de000000-0000-4000-8000-000000000001',
   jsonb_build_object('en', '{"changed_by": "Project lead for play areas", "explanation": "The children''s jury opened the climbing forest in the Stadspark. The children will open the water playground and the adventure playground too, as soon as they are ready."}'::jsonb)),
  (pg_temp.demo_id('speeltuinen/promise/merelplein'), pg_temp.demo_id('speeltuinen/project'), 'changed', pg_temp.on_day(-40, '12:00'),
   'Projectleider spelen',
   'De pomp voor het water werd acht weken later geleverd dan beloofd. De waterspeeltuin is daarom acht weken later klaar. De kinderen en ouders kregen een brief via school.',
   'https://www.demodam.example/speeltuinen/brief-merelplein', 'de000000-0000-4000-8000-000000000002',
   jsonb_build_object('en', '{"changed_by": "Project lead for play areas", "explanation": "The water pump was delivered eight weeks later than promised. So the water playground is ready eight weeks later. Children and parents got a letter through the school."}'::jsonb));

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('speeltuinen/project'), current_date - 300, 'Gemeenteraad', 'Speelruimteplan',
   'Het college stelt voor de komende jaren drie speeltuinen te vernieuwen, samen met kinderen.',
   'adopted', 'De raad stemde in met het speelruimteplan en het geld voor drie speeltuinen.', false, null, null,
   'https://www.demodam.example/raadsinformatie/speelruimteplan', 'published', pg_temp.on_day(-299, '09:00')),
  (pg_temp.demo_id('speeltuinen/project'), current_date + 200, 'Commissie Samenleving', 'Terugblik speeltuinen met kinderen',
   'Het college vertelt de commissie hoe het ontwerpen met kinderen ging en wat kinderen van de speeltuinen vinden.',
   'pending', null, false, null, null, null, 'published', pg_temp.on_day(-9, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('speeltuinen/project'), 'De kinderjury heeft gekozen!',
   'De kinderjury koos drie ontwerpen:

- **Merelplein:** een waterspeeltuin met een pomp en een beekje.
- **Stadspark:** een klimbos met een schommel voor kinderen in een rolstoel.
- **Vinkenstraat:** een avonturenspeeltuin met hutten.

![Maquette van het klimbos](https://www.demodam.example/speeltuinen/maquette-klimbos.jpg)',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-105, '15:00'), pg_temp.on_day(-104, '09:00'), null),
  (pg_temp.demo_id('speeltuinen/project'), 'Waterspeeltuin later klaar',
   'De pomp voor de waterspeeltuin aan het Merelplein komt acht weken later. Daarom is de speeltuin **acht weken later** open dan beloofd.
Het klimbos in het Stadspark is wel op tijd.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-41, '15:00'), pg_temp.on_day(-40, '09:00'), null),
  (pg_temp.demo_id('speeltuinen/project'), 'Het klimbos is open',
   'De kinderjury heeft het klimbos in het Stadspark geopend. Veel plezier!',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000003',
   pg_temp.on_day(-10, '17:00'), pg_temp.on_day(-10, '18:00'), null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/1'), 'workshop', 'Maquettemiddag',
   pg_temp.on_day(-180, '13:30'), pg_temp.on_day(-180, '16:30'), 'Bibliotheek Demodam, Stationsplein 5', null,
   'Voor kinderen van groep 5 tot en met 8 van de drie scholen.', 'published', pg_temp.on_day(-200, '09:00')),
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/3'), 'meeting', 'Opening klimbos Stadspark',
   pg_temp.on_day(-10, '15:00'), pg_temp.on_day(-10, '16:30'), 'Stadspark, ingang Parklaan', null,
   'Iedereen was welkom. Er was limonade.', 'published', pg_temp.on_day(-25, '09:00')),
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/3'), 'site_visit', 'Samen planten bij de avonturenspeeltuin',
   pg_temp.on_day(18, '14:00'), pg_temp.on_day(18, '16:00'), 'Vinkenstraat, bij de bouwplaats', null,
   'Kinderen planten samen met de hovenier struiken rond de hutten. Trek kleren aan die vies mogen worden.', 'published', pg_temp.on_day(-5, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('speeltuinen/project'), 'Kinderen van drie basisscholen', 'involved', 'Ruim 300 kinderen deden mee aan de ontwerplessen.'),
  (pg_temp.demo_id('speeltuinen/project'), 'Kinderjury', 'involved', 'Twaalf kinderen, vier per school, kozen de ontwerpen.'),
  (pg_temp.demo_id('speeltuinen/project'), 'Ouders en buurtbewoners', 'involved', 'Via de tentoonstelling en een reactieformulier.'),
  (pg_temp.demo_id('speeltuinen/project'), 'Kinderen van speciale school De Horizon', 'gap',
   'Deze school deed niet mee aan de ontwerplessen. Bij de volgende speeltuin vragen we De Horizon als eerste.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/1'), 'inclusion',
   'Kinderen denken aan elkaar',
   'Zonder dat we erom vroegen, bedachten kinderen plekken voor hun klasgenoot in een rolstoel. Geef kinderen echte keuzes; ze nemen die serieus.',
   current_date - 140, 'published', pg_temp.on_day(-139, '09:00')),
  (pg_temp.demo_id('speeltuinen/project'), pg_temp.demo_id('speeltuinen/phase/3'), 'planning',
   'Bestel speeltoestellen vroeg',
   'De levertijd van speciale toestellen is lang. Een toezegging over een opening hangt daarvan af. Bestel zodra het ontwerp vastligt. En noem pas een datum als de levering zeker is.',
   current_date - 38, 'published', pg_temp.on_day(-37, '09:00'));

-- =========================================================================================================
-- Buurttuin De Groene Hoek (current phase: management)
--
-- Residents used the right to challenge (uitdaagrecht): they showed they could look after a neglected
-- green strip better than the municipality, and took it over. Since then a residents' foundation manages
-- the garden itself (zelfbeheer) with the maintenance money (which is not the participation budget: that is
-- the cost of supporting the group). Anyone can join the garden days. Promises: a water tap (kept), monthly
-- pick-up of pruning waste (broken, because of new waste rules), an evaluation after the first garden season
-- (open and overdue). The council will discuss the right to challenge as a whole.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('buurttuin/project'), 'de000000-0000-4000-8000-0000000000d0', 'buurttuin-de-groene-hoek',
  'Buurttuin De Groene Hoek (uitdaagrecht)',
  'Bewoners van Kanaalwijk daagden de gemeente uit: zij konden het grasveld aan de Kanaalweg beter onderhouden. Nu is het een buurttuin die bewoners zelf beheren. Iedereen mag meedoen.',
  'Groen', 'Kanaalwijk', 'running', 'published', current_date - 540, null,
  'controlerend',
  'De raad legde het uitdaagrecht vast in de participatieverordening en controleert of het college zich eraan houdt. Over deze tuin besloot het college.',
  10, 30, 6000.00, 'Voor de begeleiding van de bewonersgroep en advies over de beheerovereenkomst. Het onderhoudsgeld van 8.500 euro per jaar is geen geld voor participatie. Dat staat in de beheerovereenkomst.',
  pg_temp.on_day(-540, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('buurttuin/phase/1'), pg_temp.demo_id('buurttuin/project'), 1, 'vision',
   'Bewoners dagen de gemeente uit', current_date - 540, current_date - 420, 'adviseren',
   'Het plan van de bewoners: wat ze met het veld willen en hoe ze het onderhoud regelen.',
   'De regels van het uitdaagrecht in de participatieverordening.',
   'Voor de bewonersgroep: een plan schrijven, ongeveer 20 uur.', 20.0,
   'Binnen tien weken hoorde de groep of het college de uitdaging aannam.', current_date - 470, 'Wijkzaken', pg_temp.demo_id('person/gert-jan-mulder')),
  (pg_temp.demo_id('buurttuin/phase/2'), pg_temp.demo_id('buurttuin/project'), 2, 'plan',
   'Plan uitwerken met de gemeente', current_date - 419, current_date - 330, 'coproduceren',
   'Het ontwerp van de tuin en de afspraken over onderhoud.', 'Kabels en leidingen onder het veld blijven bereikbaar.',
   'Vier overleggen van 2 uur.', 8.0, 'Het plan werd de basis van de beheerovereenkomst.', current_date - 330, 'Wijkzaken', pg_temp.demo_id('person/gert-jan-mulder')),
  (pg_temp.demo_id('buurttuin/phase/3'), pg_temp.demo_id('buurttuin/project'), 3, 'decision',
   'Besluit en beheerovereenkomst', current_date - 329, current_date - 300, 'meebeslissen',
   'De tekst van de beheerovereenkomst.', 'Het college moest instemmen.', 'Twee overleggen van een uur.', 2.0,
   'De overeenkomst is getekend en openbaar.', current_date - 300, 'Wijkzaken', pg_temp.demo_id('person/gert-jan-mulder')),
  (pg_temp.demo_id('buurttuin/phase/4'), pg_temp.demo_id('buurttuin/project'), 4, 'execution',
   'Bewoners leggen de tuin aan', current_date - 299, current_date - 150, 'zelfbeheer',
   'Alles in de tuin, binnen de afspraken.', 'De beheerovereenkomst.', 'Zoveel als u wilt.', null,
   'De tuin werd geopend met een buurtfeest.', current_date - 149, 'Openbare Ruimte', pg_temp.demo_id('person/ruud-kramer')),
  (pg_temp.demo_id('buurttuin/phase/5'), pg_temp.demo_id('buurttuin/project'), 5, 'management',
   'Zelfbeheer van de tuin', current_date - 149, null, 'zelfbeheer',
   'Wat er groeit, wanneer de tuindagen zijn en wie wat doet. Dat beslist de stichting samen met iedereen die meedoet.',
   'De beheerovereenkomst: de tuin blijft openbaar, er komen geen hekken, en de stichting houdt de tuin netjes.',
   'Zoveel als u wilt. Een tuindag duurt 3 uur.', 3.0,
   'Na het eerste tuinseizoen, en daarna elk jaar, bekijken de stichting en de gemeente samen hoe het gaat. Het verslag staat op deze pagina.', current_date - 30, 'Openbare Ruimte', pg_temp.demo_id('person/ruud-kramer'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('person/ruud-kramer'), 'contact', current_date - 299, null),
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('person/gert-jan-mulder'), 'contact', current_date - 540, current_date - 300),
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('person/gert-jan-mulder'), 'project_lead', current_date - 540, null),
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('person/ingrid-smeets'), 'alderman', current_date - 540, null);

insert into portal.handovers (project_id, handed_over_on, from_phase_id, to_phase_id, from_department, to_department,
  from_person_id, to_person_id, note)
values
  (pg_temp.demo_id('buurttuin/project'), current_date - 299, pg_temp.demo_id('buurttuin/phase/3'), pg_temp.demo_id('buurttuin/phase/4'),
   'Wijkzaken', 'Openbare Ruimte', pg_temp.demo_id('person/gert-jan-mulder'), pg_temp.demo_id('person/ruud-kramer'),
   'De overeenkomst is getekend. Voor het dagelijks contact over de tuin is Ruud Kramer (groenbeheer) nu het aanspreekpunt. Open toezeggingen: het waterpunt en het ophalen van snoeiafval.');

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('buurttuin/decision/uitdaging'), pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/1'),
   current_date - 470, 'College van burgemeester en wethouders', 'Uitdaging aangenomen',
   'Het college neemt de uitdaging van de bewonersgroep aan. De bewoners mogen een plan voor het veld uitwerken.',
   'Het plan past bij de regels van het uitdaagrecht. Het is voor de buurt, het kan echt, en de groep is groot genoeg.',
   'Het hele plan komt van de bewoners. De gemeente vroeg alleen om de kabels onder het veld bereikbaar te houden.',
   'https://www.demodam.example/raadsinformatie/uitdaging-groene-hoek', 'published', pg_temp.on_day(-469, '10:00')),
  (pg_temp.demo_id('buurttuin/decision/overeenkomst'), pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/3'),
   current_date - 310, 'College van burgemeester en wethouders', 'Beheer naar Stichting De Groene Hoek',
   'Stichting De Groene Hoek beheert de tuin. De gemeente betaalt de stichting het onderhoudsgeld van 8.500 euro per jaar.',
   'Het geld dat de gemeente zelf aan maaien uitgaf, gaat nu naar de bewoners die het beter doen.',
   'De bewoners vroegen om het onderhoudsgeld en om een waterpunt. Beide staan in de overeenkomst.',
   'https://www.demodam.example/groene-hoek/beheerovereenkomst', 'published', pg_temp.on_day(-309, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('buurttuin/theme/water'), pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/2'),
   'Water in de zomer', 'Zonder water in de buurt moeten vrijwilligers emmers sjouwen.', 14),
  (pg_temp.demo_id('buurttuin/theme/toegankelijk'), pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/2'),
   'Toegankelijk voor iedereen', 'Bewoners van de seniorenflat willen er met een rollator of rolstoel kunnen komen.', 9);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/theme/water'), pg_temp.demo_id('buurttuin/decision/overeenkomst'),
   'De gemeente legt een waterpunt aan; dat staat in de overeenkomst.'),
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/theme/toegankelijk'), pg_temp.demo_id('buurttuin/decision/overeenkomst'),
   'In de overeenkomst staat dat het hoofdpad verhard en minstens 1,5 meter breed is, en dat er verhoogde plantenbakken komen.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('buurttuin/promise/waterpunt'), pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/3'),
   'De gemeente legt een waterpunt aan in de tuin.', current_date - 310, 'Wethouder Smeets-Verhoef',
   'Ondertekening van de beheerovereenkomst', current_date - 180, 'published', pg_temp.on_day(-309, '09:00')),
  (pg_temp.demo_id('buurttuin/promise/snoeiafval'), pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/3'),
   'De gemeente haalt het snoeiafval van de tuin elke maand gratis op.', current_date - 310, 'Gebiedsregisseur Kanaalwijk',
   'Ondertekening van de beheerovereenkomst', null, 'published', pg_temp.on_day(-309, '09:00')),
  (pg_temp.demo_id('buurttuin/promise/evaluatie'), pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/5'),
   'Na het eerste tuinseizoen bekijken de stichting en de gemeente samen hoe het gaat. Het verslag komt online.', current_date - 149, 'Beheerder groen',
   'Buurtfeest: opening van de tuin', current_date - 30, 'published', pg_temp.on_day(-148, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by) values
  (pg_temp.demo_id('buurttuin/promise/waterpunt'), pg_temp.demo_id('buurttuin/project'), 'kept', pg_temp.on_day(-200, '12:00'),
   'Beheerder groen', 'Het waterpunt is aangelegd bij de ingang aan de Kanaalweg.', 'https://www.demodam.example/groene-hoek/waterpunt',
   'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('buurttuin/promise/snoeiafval'), pg_temp.demo_id('buurttuin/project'), 'in_progress', pg_temp.on_day(-290, '12:00'),
   'Beheerder groen', 'Het ophalen is ingepland bij de groenploeg.', null, 'de000000-0000-4000-8000-000000000001'),
  (pg_temp.demo_id('buurttuin/promise/snoeiafval'), pg_temp.demo_id('buurttuin/project'), 'broken', pg_temp.on_day(-60, '12:00'),
   'Wethouder Smeets-Verhoef',
   'Door nieuwe afvalregels mag de gemeente groenafval van anderen niet meer gratis ophalen. Daarom houdt dit op. Als oplossing krijgt de stichting een eigen composthoek en mag zij twee keer per jaar gratis een container gebruiken.',
   'https://www.demodam.example/groene-hoek/brief-snoeiafval', 'de000000-0000-4000-8000-000000000002');

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('buurttuin/project'), current_date - 600, 'Gemeenteraad', 'Participatieverordening met uitdaagrecht',
   'Het college stelt regels voor over meedoen (een participatieverordening). Daarin staat ook dat bewoners de gemeente mogen uitdagen.',
   'adopted', 'De raad stelde de verordening vast.', false, null, null,
   'https://www.demodam.example/raadsinformatie/participatieverordening', 'published', pg_temp.on_day(-599, '09:00')),
  (pg_temp.demo_id('buurttuin/project'), current_date + 75, 'Commissie Samenleving', 'Evaluatie uitdaagrecht',
   'Het college laat zien hoe vaak het uitdaagrecht is gebruikt, met De Groene Hoek als voorbeeld.',
   'pending', null, false, null,
   'De commissie kan vragen stellen over de toezegging over snoeiafval die niet is nagekomen.', null,
   'published', pg_temp.on_day(-20, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('buurttuin/project'), 'De tuin is open!',
   'Na vijf maanden graven, planten en timmeren is de buurttuin open. Meer dan **60 buren** hielpen mee.

Iedereen mag in de tuin komen. Wilt u meedoen? Kom naar een tuindag.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-150, '15:00'), pg_temp.on_day(-149, '09:00'), null),
  (pg_temp.demo_id('buurttuin/project'), 'Snoeiafval: wat verandert er?',
   'De gemeente haalt het snoeiafval niet meer elke maand op. Dat hadden we wel beloofd. De reden staat bij de toezegging.
In plaats daarvan komt er een **composthoek** en mag de stichting twee keer per jaar gratis een container gebruiken.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-61, '15:00'), pg_temp.on_day(-60, '09:00'), null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/5'), 'meeting', 'Buurtfeest: opening van de tuin',
   pg_temp.on_day(-149, '14:00'), pg_temp.on_day(-149, '18:00'), 'Buurttuin De Groene Hoek, Kanaalweg 2', null,
   'Iedereen was welkom.', 'published', pg_temp.on_day(-165, '09:00')),
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/5'), 'workshop', 'Tuindag: samen snoeien',
   pg_temp.on_day(5, '10:00'), pg_temp.on_day(5, '13:00'), 'Buurttuin De Groene Hoek, Kanaalweg 2', null,
   'Kom wanneer u wilt, ook voor een uurtje. Handschoenen en gereedschap zijn er. Koffie ook.', 'published', pg_temp.on_day(-7, '09:00')),
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/5'), 'meeting', 'Jaarvergadering van de stichting',
   pg_temp.on_day(33, '19:30'), pg_temp.on_day(33, '21:00'), 'Wijkcentrum De Sluis, Kanaalweg 40', null,
   'Iedereen die meedoet in de tuin mag meepraten en meestemmen over de plannen voor volgend jaar.', 'published', pg_temp.on_day(-7, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('buurttuin/project'), 'Stichting De Groene Hoek', 'involved', 'Beheert de tuin; twaalf vaste vrijwilligers.'),
  (pg_temp.demo_id('buurttuin/project'), 'Bewoners Kanaalwijk', 'involved', 'Ruim 60 buren hielpen bij de aanleg.'),
  (pg_temp.demo_id('buurttuin/project'), 'Bewoners van seniorenflat Kanaalzicht', 'gap',
   'Ze komen wel kijken, maar doen nog weinig mee. De stichting maakt verhoogde plantenbakken bij de flat.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/5'), 'collaboration',
   'Zelfbeheer vraagt één vast aanspreekpunt',
   'De stichting wist in het begin niet bij wie ze moest zijn. Sinds de overdracht aan groenbeheer is er één contactpersoon, en lopen vragen sneller.',
   current_date - 90, 'published', pg_temp.on_day(-89, '09:00')),
  (pg_temp.demo_id('buurttuin/project'), pg_temp.demo_id('buurttuin/phase/3'), 'expectations',
   'Toets toezeggingen aan regels die kunnen veranderen',
   'Het gratis ophalen van snoeiafval botste later met nieuwe afvalregels. Schrijf in een overeenkomst wat er gebeurt als regels veranderen.',
   current_date - 58, 'published', pg_temp.on_day(-57, '09:00'));

-- =========================================================================================================
-- Betaald parkeren in het centrum (current phase: decision)
--
-- The council decided differently from the participation outcome. A sounding board of residents and
-- shopkeepers advised a blue zone (free parking with a parking disc for two hours) and free permits for
-- residents; the college followed that advice in its proposal. The council amended the proposal: paid
-- parking, with the first half hour free and resident permits at 60 euros a year. The council moment records
-- its reasons and what that means for the promises: "free permits" is broken, "first enough bicycle
-- parking" is changed, "the college follows the advice" was kept (the college did). Paid parking is now
-- introduced in order: the council sets the tariffs in the parking tax by-law first (the decision phase ends
-- with that), then the letter to every household, and paid parking starts two weeks after the letter.
-- NOT PUBLIC: an update awaiting approval.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('parkeren/project'), 'de000000-0000-4000-8000-0000000000d0', 'betaald-parkeren-centrum',
  'Betaald parkeren in het centrum',
  'In het centrum komt betaald parkeren. De klankbordgroep adviseerde een blauwe zone, maar de gemeenteraad koos anders. Hier leest u waarom, en wat dat betekent voor de afspraken.',
  'Verkeer', 'Centrum', 'running', 'published', current_date - 300, current_date + 480,
  'besluitvormend',
  'De gemeenteraad beslist over betaald parkeren en de tarieven, omdat daarvoor een belasting nodig is (parkeerbelasting). De raad kan daarbij anders besluiten dan de klankbordgroep adviseerde. Dat is hier gebeurd.',
  7, 12, 35000.00, 'Voor de klankbordgroep, een onderzoek naar parkeren en een voorzitter van buiten de gemeente.',
  pg_temp.on_day(-300, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('parkeren/phase/1'), pg_temp.demo_id('parkeren/project'), 1, 'vision',
   'Verkenning: hoe druk is het?', current_date - 300, current_date - 200, 'raadplegen',
   'Uw ervaring met parkeren in het centrum: waar en wanneer het vol staat, en wat u daarvan merkt.',
   'Ambulance, brandweer en vrachtwagens voor de winkels moeten het centrum in kunnen.',
   'Een enquête van 10 minuten.', 0.2, 'De uitkomsten van het parkeeronderzoek en de enquête stonden online.', current_date - 190,
   'Openbare Ruimte', pg_temp.demo_id('person/iris-dekker')),
  (pg_temp.demo_id('parkeren/phase/2'), pg_temp.demo_id('parkeren/project'), 2, 'plan',
   'Advies van de klankbordgroep', current_date - 199, current_date - 100, 'adviseren',
   'Welke maatregel het beste werkt tegen de drukte: een blauwe zone, betaald parkeren, of iets anders. En wat er voor bewoners geregeld moet worden.',
   'De gemeenteraad beslist. Het college neemt het advies mee in zijn voorstel, maar de raad kan anders besluiten.',
   'Vier bijeenkomsten van 2,5 uur.', 10.0, 'Het advies van de klankbordgroep ging mee met het raadsvoorstel.', current_date - 95,
   'Openbare Ruimte', pg_temp.demo_id('person/iris-dekker')),
  (pg_temp.demo_id('parkeren/phase/3'), pg_temp.demo_id('parkeren/project'), 3, 'decision',
   'Besluit door de gemeenteraad', current_date - 99, current_date + 14, 'informeren',
   'U kon inspreken in de commissie Ruimte. Over de tarieven kunt u inspreken voordat de raad ze vastlegt.', 'Het raadsvoorstel en het advies van de klankbordgroep.',
   'Inspreken duurt 5 minuten.', 0.1, 'Het raadsbesluit staat online, met de redenen van de raad.', current_date - 60,
   'Openbare Ruimte', pg_temp.demo_id('person/iris-dekker')),
  (pg_temp.demo_id('parkeren/phase/4'), pg_temp.demo_id('parkeren/project'), 4, 'execution',
   'Invoering van betaald parkeren', current_date + 15, current_date + 120, 'informeren',
   'Er valt nu niets meer te kiezen. U kunt vragen stellen over de vergunning en de parkeerautomaten.',
   'Het besluit van de gemeenteraad: betaald parkeren, het eerste half uur gratis, een bewonersvergunning van 60 euro per jaar.',
   'Geen tijd nodig. Een vergunning aanvragen kost 10 minuten.', 0.2,
   'Alle bewoners in het gebied krijgen een brief, twee weken voordat betaald parkeren start.', current_date + 22, 'Openbare Ruimte', pg_temp.demo_id('person/iris-dekker')),
  (pg_temp.demo_id('parkeren/phase/5'), pg_temp.demo_id('parkeren/project'), 5, 'management',
   'Evaluatie na een jaar', current_date + 121, current_date + 480, 'raadplegen',
   'Of betaald parkeren werkt: is er plek voor bewoners, en hoe gaat het met de winkels?',
   'Het raadsbesluit. Alleen de raad kan het besluit veranderen.', 'Een enquête van 10 minuten en één bijeenkomst van de klankbordgroep.', 2.5,
   'De evaluatie gaat naar de raad en staat op deze pagina.', current_date + 420, 'Openbare Ruimte', pg_temp.demo_id('person/iris-dekker'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('person/iris-dekker'), 'contact', current_date - 300, null),
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('person/iris-dekker'), 'project_lead', current_date - 300, null),
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('person/youssef-benali'), 'alderman', current_date - 300, null);

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('parkeren/decision/voorstel'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/3'),
   current_date - 95, 'College van burgemeester en wethouders', 'Raadsvoorstel: een blauwe zone',
   'Het college stelt de raad voor een blauwe zone in te voeren: gratis parkeren met een parkeerschijf, maximaal twee uur. Bewoners krijgen een gratis vergunning.',
   'Het college volgt het advies van de klankbordgroep. Een blauwe zone pakt de langparkeerders aan zonder dat bezoekers hoeven te betalen.',
   'Dit voorstel is het advies van de klankbordgroep, zonder wijzigingen.',
   'https://www.demodam.example/raadsinformatie/raadsvoorstel-parkeren', 'published', pg_temp.on_day(-94, '10:00')),
  (pg_temp.demo_id('parkeren/decision/raad'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/3'),
   current_date - 62, 'Gemeenteraad', 'De raad kiest voor betaald parkeren',
   'In het centrum komt betaald parkeren. Het eerste half uur is gratis. Een bewonersvergunning kost 60 euro per jaar. Betaald parkeren start over veertien weken, nadat de raad de tarieven heeft vastgelegd.',
   'De meerderheid van de raad vindt een blauwe zone moeilijk te controleren. Het onderzoek naar parkeren liet zien dat het in andere gemeenten dan na een tijd weer druk wordt. De opbrengst is nodig voor een nieuwe fietsenstalling bij de markt.',
   'De raad kende het advies van de klankbordgroep en koos anders. Wel nam de raad twee punten over. Het eerste half uur is gratis, voor korte boodschappen. En bewoners krijgen een vergunning, al is die niet gratis.',
   'https://www.demodam.example/raadsinformatie/besluit-parkeren-centrum', 'published', pg_temp.on_day(-61, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('parkeren/theme/blauwe-zone'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/2'),
   'Een blauwe zone in plaats van betalen', 'De klankbordgroep en de meeste mensen in de enquête kozen voor een blauwe zone: gratis, maar met een maximale parkeertijd.', 412),
  (pg_temp.demo_id('parkeren/theme/bewoners'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/2'),
   'Bewoners moeten kunnen parkeren', 'Bewoners willen bij hun huis kunnen parkeren, zonder ervoor te betalen.', 230),
  (pg_temp.demo_id('parkeren/theme/winkels'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/2'),
   'Klanten van de winkels', 'Ondernemers zijn bang dat klanten wegblijven als ze moeten betalen voor een korte boodschap.', 88);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/theme/blauwe-zone'), pg_temp.demo_id('parkeren/decision/voorstel'),
   'Het college nam de blauwe zone over in het raadsvoorstel.'),
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/theme/blauwe-zone'), pg_temp.demo_id('parkeren/decision/raad'),
   'De raad heeft de blauwe zone niet overgenomen. De redenen van de raad staan bij het raadsbesluit.'),
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/theme/bewoners'), pg_temp.demo_id('parkeren/decision/raad'),
   'Bewoners krijgen een vergunning, maar die kost 60 euro per jaar.'),
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/theme/winkels'), pg_temp.demo_id('parkeren/decision/raad'),
   'Het eerste half uur parkeren is gratis.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('parkeren/promise/advies'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/2'),
   'Het college neemt het advies van de klankbordgroep over in het raadsvoorstel.', current_date - 150, 'Wethouder Benali',
   'Derde bijeenkomst van de klankbordgroep', current_date - 90, 'published', pg_temp.on_day(-149, '09:00')),
  (pg_temp.demo_id('parkeren/promise/vergunning'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/2'),
   'Bewoners van het centrum krijgen een gratis vergunning om te parkeren.', current_date - 120, 'Wethouder Benali',
   'Vierde bijeenkomst van de klankbordgroep', null, 'published', pg_temp.on_day(-119, '09:00')),
  (pg_temp.demo_id('parkeren/promise/fietsenstalling'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/2'),
   'Betaald parkeren of een blauwe zone start pas als de nieuwe fietsenstalling bij de markt klaar is.', current_date - 150, 'Projectleider parkeren',
   'Derde bijeenkomst van de klankbordgroep', null, 'published', pg_temp.on_day(-149, '09:00')),
  (pg_temp.demo_id('parkeren/promise/brief'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/3'),
   'Elk huishouden in het gebied krijgt een brief met uitleg over de vergunning, uiterlijk twee weken voor de start.', current_date - 55, 'Projectleider parkeren',
   'Brief aan de klankbordgroep na het raadsbesluit', current_date + 22, 'published', pg_temp.on_day(-54, '09:00')),
  (pg_temp.demo_id('parkeren/promise/evaluatie'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/3'),
   'Na een jaar evalueren we betaald parkeren, samen met de klankbordgroep.', current_date - 55, 'Wethouder Benali',
   'Brief aan de klankbordgroep na het raadsbesluit', current_date + 420, 'published', pg_temp.on_day(-54, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by) values
  (pg_temp.demo_id('parkeren/promise/advies'), pg_temp.demo_id('parkeren/project'), 'kept', pg_temp.on_day(-94, '12:00'),
   'Wethouder Benali', 'Het raadsvoorstel is het advies van de klankbordgroep, zonder wijzigingen.',
   'https://www.demodam.example/raadsinformatie/raadsvoorstel-parkeren', 'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('parkeren/promise/vergunning'), pg_temp.demo_id('parkeren/project'), 'broken', pg_temp.on_day(-60, '12:00'),
   'Wethouder Benali',
   'De gemeenteraad besloot dat een bewonersvergunning 60 euro per jaar kost. Daarom kunnen we deze toezegging niet nakomen. De wethouder heeft dit uitgelegd in een brief aan de klankbordgroep.',
   'https://www.demodam.example/parkeren/brief-klankbordgroep', 'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('parkeren/promise/fietsenstalling'), pg_temp.demo_id('parkeren/project'), 'changed', pg_temp.on_day(-58, '12:00'),
   'Wethouder Benali',
   'Betaald parkeren start voordat de nieuwe fietsenstalling klaar is. Daarom komt er eerst een tijdelijke stalling met 200 plekken op het Marktplein.',
   'https://www.demodam.example/parkeren/tijdelijke-stalling', 'de000000-0000-4000-8000-000000000002'),
  (pg_temp.demo_id('parkeren/promise/brief'), pg_temp.demo_id('parkeren/project'), 'in_progress', pg_temp.on_day(-20, '12:00'),
   'Projectleider parkeren', 'De brief is klaar. Hij gaat naar alle huishoudens zodra de raad de tarieven heeft vastgelegd.', null,
   'de000000-0000-4000-8000-000000000001');

insert into portal.council_moments (project_id, meets_on, meeting_kind, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('parkeren/project'), current_date - 75, 'committee', 'Commissie Ruimte', 'Raadsvoorstel parkeren centrum',
   'De commissie bespreekt het voorstel voor een blauwe zone.',
   'ready_for_council', 'De commissie besprak het voorstel. Vier leden van de klankbordgroep spraken in. Het voorstel gaat naar de raad, met aangekondigde amendementen.',
   false, null, null, 'https://www.demodam.example/raadsinformatie/commissie-parkeren', 'published', pg_temp.on_day(-74, '09:00')),
  (pg_temp.demo_id('parkeren/project'), current_date - 62, 'council', 'Gemeenteraad', 'Besluit parkeren centrum',
   'Het college stelt een blauwe zone voor, met een gratis vergunning voor bewoners, zoals de klankbordgroep adviseerde.',
   'amended',
   'De raad nam een amendement aan. In plaats van een blauwe zone komt er betaald parkeren. Het eerste half uur is gratis. Een bewonersvergunning kost 60 euro per jaar. Betaald parkeren start over veertien weken, nadat de raad de tarieven heeft vastgelegd.',
   true,
   'De meerderheid van de raad vindt een blauwe zone moeilijk te controleren. In andere gemeenten werd het binnen twee jaar weer net zo druk. De opbrengst van betaald parkeren is nodig voor de nieuwe fietsenstalling bij de markt. De raad wilde winkels en bewoners tegemoetkomen met het gratis eerste half uur en een goedkope vergunning.',
   'Twee toezeggingen veranderen. De gratis bewonersvergunning kan niet worden nagekomen. De toezegging over de fietsenstalling is aangepast: er komt eerst een tijdelijke stalling. De evaluatie na een jaar blijft.',
   'https://www.demodam.example/raadsinformatie/besluit-parkeren-centrum', 'published', pg_temp.on_day(-61, '09:00')),
  (pg_temp.demo_id('parkeren/project'), current_date + 14, 'council', 'Gemeenteraad', 'Parkeerbelastingverordening centrum',
   'Het college vraagt de raad de tarieven vast te leggen in een verordening. Het eerste half uur is gratis. Een vergunning voor bewoners kost 60 euro per jaar. Pas daarna kan betaald parkeren starten.',
   'pending', null, false, null, 'Geen gevolgen voor de open toezeggingen.', null, 'published', pg_temp.on_day(-10, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('parkeren/project'), 'Advies klankbordgroep: een blauwe zone',
   'De klankbordgroep heeft haar advies gegeven: **een blauwe zone** met een gratis vergunning voor bewoners.
Het college neemt dit advies over in het voorstel aan de gemeenteraad. De raad beslist.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-96, '15:00'), pg_temp.on_day(-95, '09:00'), null),
  (pg_temp.demo_id('parkeren/project'), 'De raad koos anders dan het advies',
   '## Betaald parkeren in plaats van een blauwe zone

De gemeenteraad heeft besloten dat er **betaald parkeren** komt in het centrum. Dat is anders dan de
klankbordgroep adviseerde.

**Waarom?** De raad vindt een blauwe zone moeilijk te controleren, en heeft de opbrengst nodig voor een
nieuwe fietsenstalling.

**Wat nam de raad wel over?**

- Het eerste half uur is gratis.
- Bewoners krijgen een vergunning (60 euro per jaar).

**Wat betekent dit voor de toezeggingen?** De toezegging over een gratis vergunning kunnen we niet nakomen.
Bij elke toezegging op deze pagina staat wat er verandert.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000003',
   pg_temp.on_day(-61, '11:00'), pg_temp.on_day(-61, '14:00'), null),
  -- NOT PUBLIC: submitted, waiting for the approver.
  (pg_temp.demo_id('parkeren/project'), 'CONCEPT: zo vraagt u de vergunning aan',
   'Concept ter goedkeuring: stap voor stap uitleg over de bewonersvergunning.',
   'awaiting_approval', 'de000000-0000-4000-8000-000000000001', null, pg_temp.on_day(-1, '16:00'), null, null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/2'), 'sounding_board', 'Klankbordgroep: het advies',
   pg_temp.on_day(-110, '19:30'), pg_temp.on_day(-110, '22:00'), 'Gemeentehuis Demodam, zaal 3, Marktplein 1', null,
   'Voor leden van de klankbordgroep.', 'published', pg_temp.on_day(-125, '09:00')),
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/3'), 'meeting', 'Commissie Ruimte: inspreken over parkeren',
   pg_temp.on_day(-75, '19:30'), pg_temp.on_day(-75, '23:00'), 'Gemeentehuis Demodam, Raadzaal, Marktplein 1',
   'https://www.demodam.example/raadsinformatie/live', 'Inspreken kon na aanmelding bij de griffie.', 'published', pg_temp.on_day(-85, '09:00')),
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/4'), 'walk_in', 'Informatiemarkt: zo werkt de vergunning',
   pg_temp.on_day(25, '15:00'), pg_temp.on_day(25, '20:00'), 'Gemeentehuis Demodam, hal, Marktplein 1', null,
   'Loop binnen. Neem uw kentekenbewijs mee, dan helpen we u direct met de aanvraag.', 'published', pg_temp.on_day(-10, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('parkeren/project'), 'Bewoners van het centrum', 'involved', 'Vijf bewoners in de klankbordgroep; 900 reacties op de enquête.'),
  (pg_temp.demo_id('parkeren/project'), 'Ondernemersvereniging Centrum', 'involved', 'Twee ondernemers in de klankbordgroep.'),
  (pg_temp.demo_id('parkeren/project'), 'Fietsvereniging Demodam', 'involved', 'Lid van de klankbordgroep.'),
  (pg_temp.demo_id('parkeren/project'), 'Mantelzorgers en thuiszorg', 'gap',
   'Zij kwamen pas na het raadsbesluit in beeld. Er komt een mantelzorgvergunning; we vragen het Steunpunt Mantelzorg om mee te denken.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/2'), 'decision_making',
   'Zeg vooraf dat de raad anders kan besluiten',
   'De klankbordgroep dacht dat haar advies het besluit was. In de uitnodiging stond dat de raad beslist, maar dat is niet blijven hangen. Herhaal het bij elke bijeenkomst, en laat raadsleden zelf een keer aanschuiven.',
   current_date - 55, 'published', pg_temp.on_day(-54, '09:00')),
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/2'), 'expectations',
   'Doe geen toezeggingen over iets waar de raad over gaat',
   'De gratis vergunning was een toezegging van de wethouder, terwijl de raad over de tarieven beslist. Zeg in zo''n geval: "we stellen de raad voor dat..."',
   current_date - 50, 'published', pg_temp.on_day(-49, '09:00')),
  (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/1'), 'inclusion',
   'Vraag ook wie er komt werken of zorgen',
   'Mantelzorgers en thuiszorg wonen niet in het centrum, maar parkeren er wel elke dag. Zij ontbraken in de enquête.',
   current_date - 40, 'published', pg_temp.on_day(-39, '09:00'));

-- =========================================================================================================
-- Vernieuwing Wijkpark De Linde (current phase: management; project completed)
--
-- A finished trajectory: residents chose between three park designs, the park was rebuilt and is now in
-- regular maintenance. When building ended the project was handed over to green maintenance, and the contact
-- person changed with it. All promises are settled: kept, and one changed (the pond became a wadi, with
-- the reason). What is left is the lessons, which other projects can browse.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('wijkpark/project'), 'de000000-0000-4000-8000-0000000000d0', 'wijkpark-de-linde',
  'Vernieuwing Wijkpark De Linde',
  'Wijkpark De Linde is vernieuwd, naar een ontwerp dat buurtbewoners kozen. Het park is klaar. Hier leest u hoe het ging en wat we ervan leerden.',
  'Groen', 'Zuid', 'completed', 'published', current_date - 720, current_date - 20,
  'controlerend',
  'De raad gaf het geld en kreeg na afloop een verantwoording. Over het ontwerp besloot het college, op basis van de keuze van bewoners.',
  6, 5, 25000.00, 'Voor drie ontwerpavonden, een stemming en een verslag. De aanleg kostte 1,2 miljoen euro.',
  pg_temp.on_day(-720, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('wijkpark/phase/1'), pg_temp.demo_id('wijkpark/project'), 1, 'plan',
   'Drie ontwerpen maken', current_date - 720, current_date - 560, 'adviseren',
   'Wat er in het park moet komen: spelen, sporten, rust, water en bomen.',
   'De oude lindes blijven staan. Het budget is 1,2 miljoen euro.', 'Drie ontwerpavonden van 2 uur.', 6.0,
   'De drie ontwerpen stonden online en in de bibliotheek.', current_date - 560, 'Openbare Ruimte', pg_temp.demo_id('person/femke-jansen')),
  (pg_temp.demo_id('wijkpark/phase/2'), pg_temp.demo_id('wijkpark/project'), 2, 'decision',
   'Bewoners kiezen een ontwerp', current_date - 559, current_date - 500, 'meebeslissen',
   'Welk van de drie ontwerpen wordt aangelegd.', 'Alle drie de ontwerpen passen in het budget.',
   'Stemmen kost 10 minuten.', 0.2, 'De uitslag stond een week na de stemming online.', current_date - 500,
   'Openbare Ruimte', pg_temp.demo_id('person/femke-jansen')),
  (pg_temp.demo_id('wijkpark/phase/3'), pg_temp.demo_id('wijkpark/project'), 3, 'execution',
   'Aanleg van het park', current_date - 499, current_date - 121, 'informeren',
   'Niets meer te kiezen; wel vragen over de werkzaamheden.', 'Het gekozen ontwerp.', 'Geen tijd nodig.', 0.0,
   'Het park ging open met een picknick.', current_date - 121, 'Openbare Ruimte', pg_temp.demo_id('person/femke-jansen')),
  (pg_temp.demo_id('wijkpark/phase/4'), pg_temp.demo_id('wijkpark/project'), 4, 'management',
   'Beheer en onderhoud', current_date - 120, null, 'raadplegen',
   'Meldingen over onderhoud en ideeën om het park beter te maken.', 'Het ontwerp van het park.',
   'Een melding doen kost 5 minuten.', 0.1, 'Op een melding krijgt u binnen vijf werkdagen antwoord.', null,
   'Openbare Ruimte', pg_temp.demo_id('person/ruud-kramer'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('person/femke-jansen'), 'contact', current_date - 720, current_date - 121),
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('person/ruud-kramer'), 'contact', current_date - 120, null),
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('person/femke-jansen'), 'project_lead', current_date - 720, current_date - 121),
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('person/ruud-kramer'), 'project_lead', current_date - 120, null),
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('person/ingrid-smeets'), 'alderman', current_date - 720, null);

insert into portal.handovers (project_id, handed_over_on, from_phase_id, to_phase_id, from_department, to_department,
  from_person_id, to_person_id, note)
values
  (pg_temp.demo_id('wijkpark/project'), current_date - 120, pg_temp.demo_id('wijkpark/phase/3'), pg_temp.demo_id('wijkpark/phase/4'),
   'Openbare Ruimte, team Projecten', 'Openbare Ruimte, team Groenbeheer', pg_temp.demo_id('person/femke-jansen'), pg_temp.demo_id('person/ruud-kramer'),
   'Het park is klaar en gaat naar beheer. Ruud Kramer is nu de contactpersoon. Er zijn geen open toezeggingen meer. De afspraak over het maaien van de bloemenweide (twee keer per jaar) is overgedragen.');

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('wijkpark/decision/ontwerp'), pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/2'),
   current_date - 505, 'College van burgemeester en wethouders', 'Ontwerp "Spelen onder de lindes" wordt aangelegd',
   'Het ontwerp met de meeste stemmen wordt aangelegd: een speelheuvel, een sportveld, een bloemenweide en een vijver.',
   'Het college volgt de uitslag van de stemming, zoals vooraf beloofd.',
   'Van de 1.340 stemmen ging 52 procent naar dit ontwerp. Bewoners die voor een ander ontwerp stemden, vroegen om meer bankjes; die zijn toegevoegd.',
   'https://www.demodam.example/wijkpark/uitslag', 'published', pg_temp.on_day(-504, '10:00'));

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised) values
  (pg_temp.demo_id('wijkpark/theme/rust'), pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/1'),
   'Plekken om rustig te zitten', 'Ouderen vroegen om meer bankjes, ook in de schaduw.', 47),
  (pg_temp.demo_id('wijkpark/theme/water'), pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/1'),
   'Water in het park', 'Veel mensen wilden een vijver terug, zoals vroeger.', 61);

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/theme/rust'), pg_temp.demo_id('wijkpark/decision/ontwerp'),
   'Er kwamen twaalf extra bankjes, de helft onder de lindes.'),
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/theme/water'), pg_temp.demo_id('wijkpark/decision/ontwerp'),
   'Het gekozen ontwerp had een vijver. Die werd later een wadi; zie de toezegging.');

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('wijkpark/promise/uitslag'), pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/2'),
   'Het ontwerp met de meeste stemmen wordt aangelegd.', current_date - 559, 'Wethouder Smeets-Verhoef',
   'Start van de stemming', current_date - 121, 'published', pg_temp.on_day(-558, '09:00')),
  (pg_temp.demo_id('wijkpark/promise/vijver'), pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/2'),
   'Er komt een vijver in het park.', current_date - 505, 'Projectleider spelen',
   'Bekendmaking van de uitslag', current_date - 121, 'published', pg_temp.on_day(-504, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by, translations) values
  (pg_temp.demo_id('wijkpark/promise/uitslag'), pg_temp.demo_id('wijkpark/project'), 'in_progress', pg_temp.on_day(-504, '12:00'),
   'Projectleider spelen', 'Het college koos het ontwerp met de meeste stemmen. Nu begint de aanleg.', 'https://www.demodam.example/wijkpark/uitslag',
   'de000000-0000-4000-8000-000000000002',
   jsonb_build_object('en', '{"changed_by": "Project lead for play areas", "explanation": "The executive chose the design with the most votes. Now the building starts."}'::jsonb)),
  (pg_temp.demo_id('wijkpark/promise/uitslag'), pg_temp.demo_id('wijkpark/project'), 'kept', pg_temp.on_day(-121, '17:00'),
   'Projectleider spelen', 'Het park is aangelegd volgens het gekozen ontwerp. Alleen de vijver werd een wadi; dat staat bij die toezegging.',
   'https://www.demodam.example/wijkpark/uitslag', 'de000000-0000-4000-8000-000000000002',
   jsonb_build_object('en', '{"changed_by": "Project lead for play areas", "explanation": "The park was built to the chosen design. Only the pond became a wadi; that is explained with that promise."}'::jsonb)),
  (pg_temp.demo_id('wijkpark/promise/vijver'), pg_temp.demo_id('wijkpark/project'), 'changed', pg_temp.on_day(-300, '12:00'),
   'Wethouder Smeets-Verhoef',
   'Bij het graven bleek het grondwater te laag te staan voor een vijver die het hele jaar water heeft. Er is een wadi gekomen: een laagte die na regen vol water loopt. Kinderen kunnen er spelen, en de straten lopen minder snel onder.',
   'https://www.demodam.example/wijkpark/wadi', 'de000000-0000-4000-8000-000000000002',
   jsonb_build_object('en', '{"changed_by": "Alderman Smeets-Verhoef", "explanation": "When digging, the groundwater turned out to be too low for a pond that holds water all year. A wadi was made instead: a hollow that fills with water after rain. Children can play in it, and the streets flood less quickly."}'::jsonb));

insert into portal.council_moments (project_id, meets_on, meeting_kind, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('wijkpark/project'), current_date - 740, 'council', 'Gemeenteraad', 'Krediet vernieuwing Wijkpark De Linde',
   'Het college vraagt 1,2 miljoen euro voor de vernieuwing van het park, met bewoners die het ontwerp kiezen.',
   'adopted', 'De raad gaf het geld.', false, null, null,
   'https://www.demodam.example/raadsinformatie/krediet-wijkpark', 'published', pg_temp.on_day(-739, '09:00')),
  (pg_temp.demo_id('wijkpark/project'), current_date - 15, 'committee', 'Commissie Ruimte', 'Verantwoording Wijkpark De Linde',
   'Het college laat zien wat het park kostte en hoe bewoners meededen.',
   'noted', 'De commissie nam de verantwoording voor kennisgeving aan en vroeg om de lessen te delen met andere projecten.',
   false, null, 'Alle toezeggingen zijn afgerond.', 'https://www.demodam.example/raadsinformatie/verantwoording-wijkpark',
   'published', pg_temp.on_day(-14, '09:00'));

insert into portal.updates (project_id, title, body_md, publication, author_id, approver_id, submitted_at, published_at, unpublished_reason) values
  (pg_temp.demo_id('wijkpark/project'), 'Een wadi in plaats van een vijver',
   'Het grondwater staat te laag voor een vijver. Daarom komt er een **wadi**: een laagte die na regen vol water loopt.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-301, '15:00'), pg_temp.on_day(-300, '09:00'), null),
  (pg_temp.demo_id('wijkpark/project'), 'Het park is klaar',
   'Wijkpark De Linde is klaar. Dank aan iedereen die meedacht en stemde! Ziet u iets kapot? Doe een melding bij de gemeente.',
   'published', 'de000000-0000-4000-8000-000000000001', 'de000000-0000-4000-8000-000000000002',
   pg_temp.on_day(-121, '15:00'), pg_temp.on_day(-120, '09:00'), null);

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/2'), 'exhibition', 'Drie ontwerpen in de bibliotheek',
   pg_temp.on_day(-559, '10:00'), pg_temp.on_day(-545, '17:00'), 'Bibliotheek Zuid, Lindeplein 3', null,
   'Bekijk de ontwerpen en stem op papier of online.', 'published', pg_temp.on_day(-565, '09:00')),
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/3'), 'meeting', 'Picknick bij de opening',
   pg_temp.on_day(-121, '12:00'), pg_temp.on_day(-121, '16:00'), 'Wijkpark De Linde, bij de speelheuvel', null,
   'Iedereen was welkom; neem zelf iets te eten mee.', 'published', pg_temp.on_day(-135, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('wijkpark/project'), 'Bewoners van Zuid', 'involved', '1.340 mensen stemden op een ontwerp.'),
  (pg_temp.demo_id('wijkpark/project'), 'Sportvereniging De Linde', 'involved', 'Dacht mee over het sportveld.'),
  (pg_temp.demo_id('wijkpark/project'), 'Hondenbezitters', 'gap',
   'Zij deden niet mee en waren daarna boos dat er geen losloopveld kwam. Bij het beheer onderzoeken we een losloopgebied.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/1'), 'planning',
   'Onderzoek de bodem voordat je ontwerpt',
   'De vijver in het gekozen ontwerp kon niet, door het lage grondwater. Als we dat vooraf hadden onderzocht, hadden bewoners een ontwerp gekozen dat echt kon.',
   current_date - 290, 'published', pg_temp.on_day(-289, '09:00')),
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/1'), 'inclusion',
   'Zoek ook de gebruikers die niet in de buurt wonen',
   'Hondenbezitters uit andere wijken gebruiken het park elke dag, maar we hadden alleen bewoners van Zuid uitgenodigd.',
   current_date - 100, 'published', pg_temp.on_day(-99, '09:00')),
  (pg_temp.demo_id('wijkpark/project'), pg_temp.demo_id('wijkpark/phase/2'), 'decision_making',
   'Beloof vooraf wat je met de uitslag doet',
   'Omdat vooraf vaststond dat het ontwerp met de meeste stemmen gebouwd wordt, was er na de stemming geen discussie.',
   current_date - 400, 'published', pg_temp.on_day(-399, '09:00'));

-- =========================================================================================================
-- Skatebaan Noorderpark: a project that was public and was withdrawn
--
-- The plan was on the site for half a year; then the land turned out to be needed for a water storage basin,
-- and the municipality withdrew the project with that reason. Its page keeps a notice: what it was, when it
-- was withdrawn and why. Nothing else of it is public any more.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note,
  published_at, unpublished_reason, unpublished_at)
values (pg_temp.demo_id('skatebaan/project'), 'de000000-0000-4000-8000-0000000000d0', 'skatebaan-noorderpark',
  'Skatebaan Noorderpark',
  'Jongeren vroegen om een skatebaan. In het Noorderpark zou een plek komen die jongeren samen met de gemeente ontwerpen.',
  'Sport en spelen', 'Noord', 'stopped', 'unpublished', current_date - 240, current_date - 45,
  'controlerend', 'De gemeenteraad controleert of het college het plan goed uitvoert.', 1, 2, 5000.00,
  'Voor twee ontwerpavonden met jongeren. De aanleg van de baan zou apart betaald worden.',
  pg_temp.on_day(-240, '09:00'),
  'De grond in het Noorderpark is nodig voor een waterberging, zodat de wijk bij zware regen droog blijft. Daarom komt de skatebaan daar niet. We zoeken met de jongeren die meededen een andere plek, en maken die bekend op deze site.',
  pg_temp.on_day(-45, '10:00'));

-- =========================================================================================================
-- NOT PUBLIC: Herinrichting Marktplein, a draft project
--
-- An editor has started on the next project; nothing of it may appear on the public site until an approver
-- publishes the project.
-- =========================================================================================================

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values (pg_temp.demo_id('marktplein/project'), 'de000000-0000-4000-8000-0000000000d0', 'herinrichting-marktplein',
  'CONCEPT: Herinrichting Marktplein',
  'Concept: het Marktplein wordt opnieuw ingericht, met minder auto''s en meer ruimte voor de markt en terrassen.',
  'Ruimte', 'Centrum', 'planned', 'draft', current_date + 60, current_date + 700,
  'besluitvormend', 'Concept: de raad besluit over het krediet.', 0, null, null, null, null);

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('marktplein/phase/1'), pg_temp.demo_id('marktplein/project'), 1, 'vision',
   'CONCEPT: verkenning', current_date + 60, current_date + 180, 'raadplegen',
   'Concept: nog in te vullen.', 'Concept: nog in te vullen.', 'Concept: nog in te vullen.', null,
   'Concept: nog in te vullen.', null, 'Economie', pg_temp.demo_id('person/bram-willems'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('marktplein/project'), pg_temp.demo_id('person/bram-willems'), 'contact', current_date + 60, null);

-- =========================================================================================================
-- Gemeente Voorbeeldstad: a second organisation, so that every list can be checked to stay within its own
-- municipality. Two projects: a bicycle street being planned, and a library on hold.
-- =========================================================================================================

insert into portal.people (id, organisation_id, name, job_title, department, portfolio, phone, contact_url) values
  (pg_temp.demo_id('voorbeeldstad/person/wethouder'), 'be000000-0000-4000-8000-0000000000b0', 'Tessa Vermeulen', 'Wethouder',
   'College van burgemeester en wethouders', 'Mobiliteit, cultuur en bibliotheek', '14 0888', 'https://www.voorbeeldstad.example/bestuur'),
  (pg_temp.demo_id('voorbeeldstad/person/contact'), 'be000000-0000-4000-8000-0000000000b0', 'Joris Hendriks', 'Projectleider',
   'Stadsontwikkeling', null, '(0888) 12 34 56', 'https://www.voorbeeldstad.example/contact');

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur, budget_note, published_at)
values
  (pg_temp.demo_id('fietsstraat/project'), 'be000000-0000-4000-8000-0000000000b0', 'fietsstraat-dorpsstraat',
   'Fietsstraat Dorpsstraat',
   'De Dorpsstraat wordt een fietsstraat: de auto is er te gast. Bewoners en ondernemers denken mee over de inrichting.',
   'Verkeer', 'Dorpskern', 'running', 'published', current_date - 60, current_date + 300,
   'controlerend', 'Het college beslist over de inrichting. De raad controleert of het volgens het fietsplan gebeurt.',
   1, 2, 9000.00, 'Voor twee bewonersavonden en een schouw.', pg_temp.on_day(-60, '09:00')),
  (pg_temp.demo_id('bibliotheek/project'), 'be000000-0000-4000-8000-0000000000b0', 'nieuwe-bibliotheek',
   'Nieuwe bibliotheek',
   'Voorbeeldstad wil een nieuwe bibliotheek met ruimte voor ontmoeting. Het project ligt stil tot de raad over het geld beslist.',
   'Cultuur', 'Centrum', 'on_hold', 'published', current_date - 200, null,
   'besluitvormend', 'De raad beslist over het geld voor de nieuwe bibliotheek.',
   3, 2, null, null, pg_temp.on_day(-200, '09:00'));

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department, contact_person_id)
values
  (pg_temp.demo_id('fietsstraat/phase/1'), pg_temp.demo_id('fietsstraat/project'), 1, 'plan',
   'Ontwerp van de fietsstraat', current_date - 60, current_date + 50, 'adviseren',
   'Waar parkeerplaatsen, bomen en fietsenrekken komen, en hoe de kruisingen eruitzien.',
   'De Dorpsstraat wordt een fietsstraat met rood asfalt. Auto''s mogen er blijven rijden, maar niet harder dan 30 km per uur.',
   'Een bewonersavond van 2 uur.', 2.0, 'Binnen een maand na de avond staat het aangepaste ontwerp online.', current_date + 43,
   'Stadsontwikkeling', pg_temp.demo_id('voorbeeldstad/person/contact')),
  (pg_temp.demo_id('fietsstraat/phase/2'), pg_temp.demo_id('fietsstraat/project'), 2, 'execution',
   'Aanleg', current_date + 51, current_date + 300, 'informeren',
   'Afspraken over de bereikbaarheid van winkels tijdens het werk.', 'Het ontwerp.', 'Geen tijd nodig.', 0.0,
   'Bewoners krijgen een brief voor het werk begint.', null, 'Stadsontwikkeling', pg_temp.demo_id('voorbeeldstad/person/contact')),
  (pg_temp.demo_id('bibliotheek/phase/1'), pg_temp.demo_id('bibliotheek/project'), 1, 'vision',
   'Wat voor bibliotheek wilt u?', current_date - 200, null, 'raadplegen',
   'Wat u in een nieuwe bibliotheek wilt doen: lezen, leren, ontmoeten, werken.',
   'De plek: het oude postkantoor.', 'Een enquête van 10 minuten.', 0.2,
   'De uitkomsten gaan mee naar de raad.', null, 'Stadsontwikkeling', pg_temp.demo_id('voorbeeldstad/person/contact'));

insert into portal.project_people (project_id, person_id, role, since, until) values
  (pg_temp.demo_id('fietsstraat/project'), pg_temp.demo_id('voorbeeldstad/person/contact'), 'contact', current_date - 60, null),
  (pg_temp.demo_id('fietsstraat/project'), pg_temp.demo_id('voorbeeldstad/person/contact'), 'project_lead', current_date - 60, null),
  (pg_temp.demo_id('fietsstraat/project'), pg_temp.demo_id('voorbeeldstad/person/wethouder'), 'alderman', current_date - 60, null),
  (pg_temp.demo_id('bibliotheek/project'), pg_temp.demo_id('voorbeeldstad/person/contact'), 'contact', current_date - 200, null),
  (pg_temp.demo_id('bibliotheek/project'), pg_temp.demo_id('voorbeeldstad/person/contact'), 'project_lead', current_date - 200, null),
  (pg_temp.demo_id('bibliotheek/project'), pg_temp.demo_id('voorbeeldstad/person/wethouder'), 'alderman', current_date - 200, null);

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale, input_used,
  source_url, publication, published_at)
values
  (pg_temp.demo_id('fietsstraat/decision/start'), pg_temp.demo_id('fietsstraat/project'), pg_temp.demo_id('fietsstraat/phase/1'),
   current_date - 55, 'College van burgemeester en wethouders', 'De Dorpsstraat wordt een fietsstraat',
   'Het college besluit de Dorpsstraat in te richten als fietsstraat.',
   'De Dorpsstraat is de drukste fietsroute naar de middelbare school.',
   'Uit de fietsenquête van vorig jaar bleek dat scholieren de Dorpsstraat onveilig vinden.',
   'https://www.voorbeeldstad.example/besluiten/fietsstraat', 'published', pg_temp.on_day(-54, '10:00'));

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at) values
  (pg_temp.demo_id('fietsstraat/promise/winkels'), pg_temp.demo_id('fietsstraat/project'), pg_temp.demo_id('fietsstraat/phase/1'),
   'Winkels blijven tijdens het werk bereikbaar voor leveranciers.', current_date - 30, 'Wethouder Vermeulen',
   'Gesprek met de winkeliersvereniging', null, 'published', pg_temp.on_day(-29, '09:00')),
  (pg_temp.demo_id('bibliotheek/promise/uitkomsten'), pg_temp.demo_id('bibliotheek/project'), pg_temp.demo_id('bibliotheek/phase/1'),
   'De uitkomsten van de enquête komen online.', current_date - 190, 'Projectleider',
   'Start van de enquête', current_date - 120, 'published', pg_temp.on_day(-189, '09:00'));

insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by) values
  (pg_temp.demo_id('bibliotheek/promise/uitkomsten'), pg_temp.demo_id('bibliotheek/project'), 'kept', pg_temp.on_day(-125, '12:00'),
   'Projectleider', 'De uitkomsten staan online.', 'https://www.voorbeeldstad.example/bibliotheek/enquete', null);

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
values
  (pg_temp.demo_id('bibliotheek/project'), current_date + 45, 'Gemeenteraad', 'Krediet nieuwe bibliotheek',
   'Het college vraagt geld voor de verbouwing van het oude postkantoor tot bibliotheek.', 'pending', null, false, null,
   'Zegt de raad nee, dan stopt het project.', null, 'published', pg_temp.on_day(-30, '09:00'));

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url, how_to_join, publication, published_at) values
  (pg_temp.demo_id('fietsstraat/project'), pg_temp.demo_id('fietsstraat/phase/1'), 'meeting', 'Bewonersavond fietsstraat',
   pg_temp.on_day(13, '19:30'), pg_temp.on_day(13, '21:30'), 'Dorpshuis Voorbeeldstad, Dorpsstraat 20', null,
   'Aanmelden is niet nodig.', 'published', pg_temp.on_day(-20, '09:00'));

insert into portal.groups_involved (project_id, name, status, note) values
  (pg_temp.demo_id('fietsstraat/project'), 'Bewoners Dorpsstraat', 'involved', 'Via de bewonersavond.'),
  (pg_temp.demo_id('fietsstraat/project'), 'Scholieren', 'gap', 'We vragen de middelbare school om een les over de fietsstraat.');

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at) values
  (pg_temp.demo_id('bibliotheek/project'), pg_temp.demo_id('bibliotheek/phase/1'), 'planning',
   'Zeg vooraf dat het geld er nog niet is',
   'Bewoners dachten enthousiast mee, maar het project ligt nu stil. Zeg vooraf duidelijk dat de raad nog over het geld moet beslissen.',
   current_date - 60, 'published', pg_temp.on_day(-59, '09:00'));

-- English versions of the texts of three projects (the school zone, the playgrounds and the park) and of the
-- people named in them, shaped as publishable_kinds.translatable_fields documents: {"en": {"<field>": "<English text>"}};
-- a decision's answer to an input theme is "responses.<theme id>". The other projects stay Dutch only, so the
-- English site shows both cases. Set before the ledger import below, so the ledger's first entries hash them. A
-- promise's history is append-only, so its status changes carry their English in their insert above.
update portal.people set translations = jsonb_build_object('en', '{"job_title": "Traffic engineer", "department": "Public Space"}'::jsonb)
where id = pg_temp.demo_id('person/pieter-lammers');
update portal.people set translations = jsonb_build_object('en', '{"job_title": "Alderman", "department": "Mayor and aldermen", "portfolio": "Traffic, parking, sustainability and energy"}'::jsonb)
where id = pg_temp.demo_id('person/youssef-benali');
update portal.people set translations = jsonb_build_object('en', '{"job_title": "Alderman", "department": "Mayor and aldermen", "portfolio": "Care, youth, social affairs, green spaces and neighbourhoods"}'::jsonb)
where id = pg_temp.demo_id('person/ingrid-smeets');
update portal.people set translations = jsonb_build_object('en', '{"job_title": "Project lead for play areas", "department": "Public Space"}'::jsonb)
where id = pg_temp.demo_id('person/femke-jansen');
update portal.people set translations = jsonb_build_object('en', '{"job_title": "Participation adviser", "department": "Communication and Participation"}'::jsonb)
where id = pg_temp.demo_id('person/noor-haddou');
update portal.people set translations = jsonb_build_object('en', '{"job_title": "Green space manager", "department": "Public Space"}'::jsonb)
where id = pg_temp.demo_id('person/ruud-kramer');
update portal.projects set translations = jsonb_build_object('en', '{"title": "30 km/h school zone around De Regenboog primary school", "summary": "The streets around De Regenboog primary school become a school zone where you drive 30 km an hour. Parents, children and neighbours helped make the design. It is being built now.", "theme": "Traffic", "area": "Westwijk", "council_role_explanation": "The municipal council decided on the money for the school zone. The executive decides how the street is laid out, with a traffic decision.", "budget_note": "For the design evening at the school, the site walk and printed letters in three languages. Building the zone itself costs 340,000 euros."}'::jsonb)
where id = pg_temp.demo_id('schoolzone/project');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Design with the school, parents and neighbours", "department": "Public Space", "open_for_input": "Where the crossings go, what the school zone looks like and where parents can stop to drop off their children.", "fixed_frames": "The speed limit becomes 30 km an hour. The bus keeps running through the Lindelaan. The executive asks the council for 340,000 euros to build it.", "time_asked": "A design evening of 2 hours and a site walk of one hour.", "results_expected": "Within four weeks of the site walk, everyone received the changed design."}'::jsonb)
where id = pg_temp.demo_id('schoolzone/phase/1');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Traffic decision", "department": "Public Space", "open_for_input": "You could object to the traffic decision.", "fixed_frames": "The design that was made together.", "time_asked": "Writing an objection takes about an hour.", "results_expected": "The traffic decision was published in the municipal gazette."}'::jsonb)
where id = pg_temp.demo_id('schoolzone/phase/2');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Building the school zone", "department": "Public Space", "open_for_input": "There is nothing left to choose now. You can ask questions about the works and the diversion.", "fixed_frames": "The traffic decision and the design.", "time_asked": "No time needed. You are welcome to come and look on the open day.", "results_expected": "When the work is done, all neighbours get a letter."}'::jsonb)
where id = pg_temp.demo_id('schoolzone/phase/3');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Review and upkeep", "department": "Public Space", "open_for_input": "Whether the school zone works: how fast people drive and whether children cross safely.", "fixed_frames": "The layout of the street only changes if the review gives a reason to.", "time_asked": "A short survey of 10 minutes.", "results_expected": "Three months after the work is done, we measure again. The result will be on this page."}'::jsonb)
where id = pg_temp.demo_id('schoolzone/phase/4');
update portal.decisions set translations = jsonb_build_object('en', '{"decided_by": "Mayor and aldermen", "title": "Traffic decision for the De Regenboog school zone", "decision": "In the Lindelaan, the Beukenstraat and the Schoolstraat the speed limit becomes 30 km an hour. There will be a zebra crossing with a traffic island and a drop-off lane in the Beukenstraat.", "rationale": "Every day 400 children cross the road near the school. With 30 km an hour and a narrower road, cars drive more slowly.", "input_used": "Parents wanted a zebra crossing at the main entrance; it is coming, with a traffic island. Neighbours asked for no fences along the pavement; there will be none. A speed bump at the bus stop is not possible, because it is bad for the bus. A raised section of road goes there instead."}'::jsonb
    || jsonb_build_object('responses.' || pg_temp.demo_id('schoolzone/theme/oversteken'), 'There will be a zebra crossing with a traffic island at the main entrance.')
    || jsonb_build_object('responses.' || pg_temp.demo_id('schoolzone/theme/halen-brengen'), 'There will be a drop-off lane in the Beukenstraat, so parents no longer double-park.'))
where id = pg_temp.demo_id('schoolzone/decision/verkeersbesluit');
update portal.input_themes set translations = jsonb_build_object('en', '{"title": "Crossing at the school entrance", "you_said": "Children cross between parked cars. Parents want a zebra crossing right at the main entrance."}'::jsonb)
where id = pg_temp.demo_id('schoolzone/theme/oversteken');
update portal.input_themes set translations = jsonb_build_object('en', '{"title": "Dropping off and picking up by car", "you_said": "At half past eight cars are double-parked. Neighbours then cannot get out of their street."}'::jsonb)
where id = pg_temp.demo_id('schoolzone/theme/halen-brengen');
update portal.promises set translations = jsonb_build_object('en', '{"body": "The children of De Regenboog choose the colour of the school zone.", "made_by": "Traffic engineer", "context": "Design evening at the school"}'::jsonb)
where id = pg_temp.demo_id('schoolzone/promise/kleur');
update portal.promises set translations = jsonb_build_object('en', '{"body": "All neighbours get a letter about the diversion two weeks before the work starts.", "made_by": "Alderman Benali", "context": "Information evening on the traffic decision"}'::jsonb)
where id = pg_temp.demo_id('schoolzone/promise/brief');
update portal.promises set translations = jsonb_build_object('en', '{"body": "Three months after the work is done, we measure again how fast people drive.", "made_by": "Alderman Benali", "context": "Site walk with parents and neighbours"}'::jsonb)
where id = pg_temp.demo_id('schoolzone/promise/meting');
update portal.promises set translations = jsonb_build_object('en', '{"body": "Thirty extra bicycle racks will be placed at the school.", "made_by": "Traffic engineer", "context": "Site walk with parents and neighbours"}'::jsonb)
where id = pg_temp.demo_id('schoolzone/promise/fietsenrekken');
update portal.council_moments set translations = jsonb_build_object('en', '{"body": "Municipal council", "agenda_item": "Money for the De Regenboog school zone", "proposal": "The executive asks for 340,000 euros to build the school zone.", "outcome_summary": "The council gave the money. All parties voted in favour.", "effect_on_promises": "With the money, the promises about the layout can be kept."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and agenda_item = 'Krediet herinrichting schoolzone De Regenboog';
update portal.council_moments set translations = jsonb_build_object('en', '{"body": "Spatial planning committee", "agenda_item": "Review of the school zones", "proposal": "The executive shows the committee what the new speed measurement shows."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and agenda_item = 'Evaluatie schoolzones';
update portal.key_dates set translations = jsonb_build_object('en', '{"title": "Design evening at the school", "location": "De Regenboog primary school, Schoolstraat 4", "how_to_join": "For parents, children and neighbours. Children drew along in the gym."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and title = 'Ontwerpavond op school';
update portal.key_dates set translations = jsonb_build_object('en', '{"title": "Site walk with parents and neighbours", "location": "Meet at the main entrance of De Regenboog", "how_to_join": "We walked the route children walk together, at drop-off time."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and title = 'Schouw met ouders en buren';
update portal.key_dates set translations = jsonb_build_object('en', '{"title": "Open day at the building site", "location": "Corner of Lindelaan and Beukenstraat", "how_to_join": "Come and see how the school zone is built. Children can see a digger up close. No need to sign up."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and title = 'Open dag op de bouwplaats';
update portal.updates set translations = jsonb_build_object('en', '{"title": "The design is ready", "body_md": "After the design evening and the site walk, the design was changed:\n\n- a **zebra crossing with a traffic island** at the main entrance;\n- a **drop-off lane** in the Beukenstraat;\n- a raised section of road at the bus stop instead of a speed bump.\n\nThank you to all the parents, children and neighbours who took part!"}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and title = 'Het ontwerp is klaar';
update portal.updates set translations = jsonb_build_object('en', '{"title": "Work has started", "body_md": "Work on the school zone has started. The Lindelaan is closed to cars until the work is done.\nCyclists and people on foot can still get through. Follow the yellow signs for the diversion."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and title = 'Werkzaamheden gestart';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "Parents and pupils of De Regenboog", "note": "At the design evening, the site walk and the vote in class."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and name = 'Ouders en leerlingen van De Regenboog';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "Residents of the Lindelaan and Beukenstraat", "note": "At the site walk and through the letter with a reply form."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and name = 'Bewoners Lindelaan en Beukenstraat';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "Parents who speak little Dutch", "note": "Almost only Dutch-speaking parents came to the evenings. For the review, we ask the school for parents who can interpret."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and name = 'Ouders die weinig Nederlands spreken';
update portal.lessons set translations = jsonb_build_object('en', '{"title": "Let children really choose something", "lesson": "Children chose the colour of the school zone. So they talk about it at home, and parents know about the project too."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and title = 'Laat kinderen echt iets kiezen';
update portal.lessons set translations = jsonb_build_object('en', '{"title": "Walk the site when it is busy", "lesson": "The site walk was at a quarter past eight, at drop-off time. Everyone saw for themselves where it goes wrong. That saved a lot of discussion."}'::jsonb)
where project_id = pg_temp.demo_id('schoolzone/project') and title = 'Schouw op het moment dat het druk is';
update portal.projects set translations = jsonb_build_object('en', '{"title": "Playgrounds designed by children", "summary": "Children of three primary schools designed three new playgrounds. A children''s jury chose the designs. The first playground is open, the other two are being built now.", "theme": "Play", "area": "Westwijk and Centrum", "council_role_explanation": "The executive decides about the playgrounds. The money comes from the play space plan the council adopted earlier. The council checks that the executive keeps to that plan.", "budget_note": "For design lessons at school, a children''s jury and materials to build models. The playgrounds themselves cost 450,000 euros."}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/project');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Designing with children", "department": "Communication and Participation", "open_for_input": "Everything that goes into the playground: equipment, water, sand, hiding places and benches.", "fixed_frames": "Where the three playgrounds are, and the budget of 150,000 euros per playground. Equipment must be safe by law.", "time_asked": "Three design lessons of one hour at school, and a model-making afternoon of 3 hours.", "results_expected": "The children saw their designs in an exhibition at the library."}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/phase/1');
update portal.phases set translations = jsonb_build_object('en', '{"title": "The children''s jury chooses", "department": "Communication and Participation", "open_for_input": "Which design is built for each playground.", "fixed_frames": "The designs must fit the budget.", "time_asked": "The children''s jury met on two afternoons.", "results_expected": "The result was announced at the three schools."}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/phase/2');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Building the three playgrounds", "department": "Public Space", "open_for_input": "There is nothing left to choose now. Children may come and watch, and help with planting.", "fixed_frames": "The designs the children''s jury chose.", "time_asked": "No time needed.", "results_expected": "Each playground gets an opening."}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/phase/3');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Playing, upkeep and looking back", "department": "Public Space", "open_for_input": "What children and parents think of the playgrounds, and what could be better.", "fixed_frames": "The playgrounds as they were built.", "time_asked": "A short questionnaire at school, 15 minutes.", "results_expected": "After six months, the schools hear what is done with the answers."}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/phase/4');
update portal.handovers set translations = jsonb_build_object('en', '{"from_department": "Communication and Participation", "to_department": "Public Space", "note": "The designs have been chosen; now the building starts. Femke Jansen-Bos is from now on the contact for schools and parents. She takes over the two open promises. The children of the jury open the playgrounds themselves. And the water playground at the Merelplein is ready in three months. The contact details of the three schools and the children''s jury have been handed over."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project');
update portal.decisions set translations = jsonb_build_object('en', '{"decided_by": "Mayor and aldermen, on the proposal of the children''s jury", "title": "Three designs chosen by the children''s jury", "decision": "The three playgrounds are built as the children''s jury chose. The Merelplein gets a water playground, the Stadspark a climbing forest and the Vinkenstraat a playground with huts.", "rationale": "The executive follows the choice of the children''s jury. All three designs fit the budget and are safe.", "input_used": "The children wanted water, height and hiding places. Parents asked for shade and benches; these were added to all three designs. A swing for children in a wheelchair goes in the Stadspark."}'::jsonb
    || jsonb_build_object('responses.' || pg_temp.demo_id('speeltuinen/theme/beperking'), 'The Stadspark gets a swing for children in a wheelchair, and the paths are made of hard ground.')
    || jsonb_build_object('responses.' || pg_temp.demo_id('speeltuinen/theme/schaduw'), 'All three playgrounds get trees and benches.')
    || jsonb_build_object('responses.' || pg_temp.demo_id('speeltuinen/theme/water'), 'A water playground, a climbing forest and an adventure playground with huts.'))
where id = pg_temp.demo_id('speeltuinen/decision/ontwerpen');
update portal.input_themes set translations = jsonb_build_object('en', '{"title": "Play for children with a disability", "you_said": "Children wanted their classmate in a wheelchair to be able to play too."}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/theme/beperking');
update portal.input_themes set translations = jsonb_build_object('en', '{"title": "Shade and benches for parents", "you_said": "Parents and grandparents want to sit in the shade while the children play."}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/theme/schaduw');
update portal.input_themes set translations = jsonb_build_object('en', '{"title": "Water, height and hiding places", "you_said": "Almost every model had water, something high to climb on, or a hut."}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/theme/water');
update portal.promises set translations = jsonb_build_object('en', '{"body": "The children of the jury open the playgrounds themselves.", "made_by": "Alderman Smeets-Verhoef", "context": "Announcement of the result at De Regenboog primary school"}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/promise/opening');
update portal.promises set translations = jsonb_build_object('en', '{"body": "The water playground at the Merelplein is ready in three months.", "made_by": "Project lead for play areas", "context": "Announcement of the result at De Regenboog primary school"}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/promise/merelplein');
update portal.promises set translations = jsonb_build_object('en', '{"body": "Six months after the opening, we ask the children what they think of the playgrounds.", "made_by": "Project lead for play areas", "context": "Opening of the climbing forest in the Stadspark"}'::jsonb)
where id = pg_temp.demo_id('speeltuinen/promise/terugvragen');
update portal.council_moments set translations = jsonb_build_object('en', '{"body": "Municipal council", "agenda_item": "Play space plan", "proposal": "The executive proposes to renew three playgrounds in the coming years, together with children.", "outcome_summary": "The council agreed to the play space plan and the money for three playgrounds."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and agenda_item = 'Speelruimteplan';
update portal.council_moments set translations = jsonb_build_object('en', '{"body": "Social affairs committee", "agenda_item": "Looking back on the playgrounds made with children", "proposal": "The executive tells the committee how designing with children went and what children think of the playgrounds."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and agenda_item = 'Terugblik speeltuinen met kinderen';
update portal.key_dates set translations = jsonb_build_object('en', '{"title": "Model-making afternoon", "location": "Demodam library, Stationsplein 5", "how_to_join": "For children in groups 5 to 8 of the three schools (ages 8 to 12)."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and title = 'Maquettemiddag';
update portal.key_dates set translations = jsonb_build_object('en', '{"title": "Opening of the climbing forest in the Stadspark", "location": "Stadspark, Parklaan entrance", "how_to_join": "Everyone was welcome. There was lemonade."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and title = 'Opening klimbos Stadspark';
update portal.key_dates set translations = jsonb_build_object('en', '{"title": "Planting together at the adventure playground", "location": "Vinkenstraat, at the building site", "how_to_join": "Children plant shrubs around the huts with the gardener. Wear clothes that may get dirty."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and title = 'Samen planten bij de avonturenspeeltuin';
update portal.updates set translations = jsonb_build_object('en', '{"title": "The children''s jury has chosen!", "body_md": "The children''s jury chose three designs:\n\n- **Merelplein:** a water playground with a pump and a stream.\n- **Stadspark:** a climbing forest with a swing for children in a wheelchair.\n- **Vinkenstraat:** an adventure playground with huts.\n\n![Model of the climbing forest](https://www.demodam.example/speeltuinen/maquette-klimbos.jpg)"}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and title = 'De kinderjury heeft gekozen!';
update portal.updates set translations = jsonb_build_object('en', '{"title": "Water playground ready later", "body_md": "The pump for the water playground at the Merelplein comes eight weeks later. So the playground opens **eight weeks later** than promised.\nThe climbing forest in the Stadspark is on time."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and title = 'Waterspeeltuin later klaar';
update portal.updates set translations = jsonb_build_object('en', '{"title": "The climbing forest is open", "body_md": "The children''s jury opened the climbing forest in the Stadspark. Have fun!"}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and title = 'Het klimbos is open';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "Children of three primary schools", "note": "More than 300 children took part in the design lessons."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and name = 'Kinderen van drie basisscholen';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "Children''s jury", "note": "Twelve children, four from each school, chose the designs."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and name = 'Kinderjury';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "Parents and local residents", "note": "At the exhibition and through a reply form."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and name = 'Ouders en buurtbewoners';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "Children of De Horizon special school", "note": "This school did not take part in the design lessons. For the next playground, we ask De Horizon first."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and name = 'Kinderen van speciale school De Horizon';
update portal.lessons set translations = jsonb_build_object('en', '{"title": "Children think of each other", "lesson": "Without being asked, children made room for their classmate in a wheelchair. Give children real choices; they take them seriously."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and title = 'Kinderen denken aan elkaar';
update portal.lessons set translations = jsonb_build_object('en', '{"title": "Order play equipment early", "lesson": "Special equipment takes a long time to deliver. A promise about an opening depends on it. Order as soon as the design is fixed. And only name a date when the delivery is certain."}'::jsonb)
where project_id = pg_temp.demo_id('speeltuinen/project') and title = 'Bestel speeltoestellen vroeg';
update portal.projects set translations = jsonb_build_object('en', '{"title": "Renewal of De Linde neighbourhood park", "summary": "De Linde neighbourhood park has been renewed, to a design that local residents chose. The park is finished. Here you can read how it went and what we learned.", "theme": "Green spaces", "area": "Zuid", "council_role_explanation": "The council gave the money and got an account afterwards. The executive decided on the design, based on the residents'' choice.", "budget_note": "For three design evenings, a vote and a report. Building the park cost 1.2 million euros."}'::jsonb)
where id = pg_temp.demo_id('wijkpark/project');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Making three designs", "department": "Public Space", "open_for_input": "What should be in the park: play, sports, quiet, water and trees.", "fixed_frames": "The old lime trees stay. The budget is 1.2 million euros.", "time_asked": "Three design evenings of 2 hours.", "results_expected": "The three designs were online and in the library."}'::jsonb)
where id = pg_temp.demo_id('wijkpark/phase/1');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Residents choose a design", "department": "Public Space", "open_for_input": "Which of the three designs is built.", "fixed_frames": "All three designs fit the budget.", "time_asked": "Voting takes 10 minutes.", "results_expected": "The result was online a week after the vote."}'::jsonb)
where id = pg_temp.demo_id('wijkpark/phase/2');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Building the park", "department": "Public Space", "open_for_input": "Nothing left to choose; questions about the works are welcome.", "fixed_frames": "The chosen design.", "time_asked": "No time needed.", "results_expected": "The park opened with a picnic."}'::jsonb)
where id = pg_temp.demo_id('wijkpark/phase/3');
update portal.phases set translations = jsonb_build_object('en', '{"title": "Management and upkeep", "department": "Public Space", "open_for_input": "Reports about upkeep, and ideas to make the park better.", "fixed_frames": "The design of the park.", "time_asked": "Reporting something takes 5 minutes.", "results_expected": "You get an answer to a report within five working days."}'::jsonb)
where id = pg_temp.demo_id('wijkpark/phase/4');
update portal.handovers set translations = jsonb_build_object('en', '{"from_department": "Public Space, projects team", "to_department": "Public Space, green space team", "note": "The park is finished and goes to upkeep. Ruud Kramer is now the contact. There are no open promises left. The agreement to mow the flower meadow (twice a year) has been handed over."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project');
update portal.decisions set translations = jsonb_build_object('en', '{"decided_by": "Mayor and aldermen", "title": "The design \"Playing under the lime trees\" will be built", "decision": "The design with the most votes will be built: a play hill, a sports field, a flower meadow and a pond.", "rationale": "The executive follows the result of the vote, as promised beforehand.", "input_used": "Of the 1,340 votes, 52 percent went to this design. Residents who voted for another design asked for more benches; these were added."}'::jsonb
    || jsonb_build_object('responses.' || pg_temp.demo_id('wijkpark/theme/rust'), 'Twelve extra benches came, half of them under the lime trees.')
    || jsonb_build_object('responses.' || pg_temp.demo_id('wijkpark/theme/water'), 'The chosen design had a pond. It later became a wadi; see the promise.'))
where id = pg_temp.demo_id('wijkpark/decision/ontwerp');
update portal.input_themes set translations = jsonb_build_object('en', '{"title": "Quiet places to sit", "you_said": "Older people asked for more benches, also in the shade."}'::jsonb)
where id = pg_temp.demo_id('wijkpark/theme/rust');
update portal.input_themes set translations = jsonb_build_object('en', '{"title": "Water in the park", "you_said": "Many people wanted a pond back, like in the old days."}'::jsonb)
where id = pg_temp.demo_id('wijkpark/theme/water');
update portal.promises set translations = jsonb_build_object('en', '{"body": "The design with the most votes will be built.", "made_by": "Alderman Smeets-Verhoef", "context": "Start of the vote"}'::jsonb)
where id = pg_temp.demo_id('wijkpark/promise/uitslag');
update portal.promises set translations = jsonb_build_object('en', '{"body": "There will be a pond in the park.", "made_by": "Project lead for play areas", "context": "Announcement of the result"}'::jsonb)
where id = pg_temp.demo_id('wijkpark/promise/vijver');
update portal.council_moments set translations = jsonb_build_object('en', '{"body": "Municipal council", "agenda_item": "Money to renew De Linde neighbourhood park", "proposal": "The executive asks for 1.2 million euros to renew the park, with residents choosing the design.", "outcome_summary": "The council gave the money."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and agenda_item = 'Krediet vernieuwing Wijkpark De Linde';
update portal.council_moments set translations = jsonb_build_object('en', '{"body": "Spatial planning committee", "agenda_item": "Account of De Linde neighbourhood park", "proposal": "The executive shows what the park cost and how residents took part.", "outcome_summary": "The committee took note of the account and asked to share the lessons with other projects.", "effect_on_promises": "All promises are settled."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and agenda_item = 'Verantwoording Wijkpark De Linde';
update portal.key_dates set translations = jsonb_build_object('en', '{"title": "Three designs in the library", "location": "Zuid library, Lindeplein 3", "how_to_join": "Look at the designs and vote on paper or online."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and title = 'Drie ontwerpen in de bibliotheek';
update portal.key_dates set translations = jsonb_build_object('en', '{"title": "Picnic at the opening", "location": "De Linde neighbourhood park, by the play hill", "how_to_join": "Everyone was welcome; bring something to eat yourself."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and title = 'Picknick bij de opening';
update portal.updates set translations = jsonb_build_object('en', '{"title": "A wadi instead of a pond", "body_md": "The groundwater is too low for a pond. So there will be a **wadi**: a hollow that fills with water after rain."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and title = 'Een wadi in plaats van een vijver';
update portal.updates set translations = jsonb_build_object('en', '{"title": "The park is finished", "body_md": "De Linde neighbourhood park is finished. Thank you to everyone who thought along and voted! See something broken? Report it to the municipality."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and title = 'Het park is klaar';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "Residents of Zuid", "note": "1,340 people voted for a design."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and name = 'Bewoners van Zuid';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "De Linde sports club", "note": "Thought along about the sports field."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and name = 'Sportvereniging De Linde';
update portal.groups_involved set translations = jsonb_build_object('en', '{"name": "Dog owners", "note": "They did not take part, and were angry afterwards that there was no off-lead area. During upkeep we look into an area where dogs may run free."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and name = 'Hondenbezitters';
update portal.lessons set translations = jsonb_build_object('en', '{"title": "Check the soil before you design", "lesson": "The pond in the chosen design was not possible, because of the low groundwater. Had we checked that beforehand, residents would have chosen a design that could really be built."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and title = 'Onderzoek de bodem voordat je ontwerpt';
update portal.lessons set translations = jsonb_build_object('en', '{"title": "Also look for users who do not live nearby", "lesson": "Dog owners from other neighbourhoods use the park every day, but we had only invited residents of Zuid."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and title = 'Zoek ook de gebruikers die niet in de buurt wonen';
update portal.lessons set translations = jsonb_build_object('en', '{"title": "Say beforehand what you will do with the result", "lesson": "Because it was clear beforehand that the design with the most votes would be built, there was no argument after the vote."}'::jsonb)
where project_id = pg_temp.demo_id('wijkpark/project') and title = 'Beloof vooraf wat je met de uitslag doet';

-- The council's part (key 8) --------------------------------------------------------------------------------
-- Committees discuss and advise; only the council decides. Every meeting starts at 19:30 in the town hall.
update portal.council_moments set meeting_kind = 'committee' where body like 'Commissie %';
update portal.council_moments set starts_at = (meets_on + time '19:30') at time zone 'Europe/Amsterdam'
where project_id in (select id from portal.projects where organisation_id = 'de000000-0000-4000-8000-0000000000d0');

-- The council's role per phase where it is not the project's: it set the frameworks of the environmental vision
-- at its start; in the parking project it decides in the decision phase (and, by its own motion, on the
-- tariffs too), then checks how the college introduces and evaluates it.
update portal.phases set council_role = 'kaderstellend',
  council_role_explanation = 'De raad legde eerst vast waar de visie over moet gaan: wonen, groen, werken en verkeer. Binnen die kaders schrijven bewoners en de gemeente mee.',
  translations = translations || jsonb_build_object('en', coalesce(translations -> 'en', '{}'::jsonb) || jsonb_build_object('council_role_explanation',
    'The council first set what the vision must cover: housing, green space, work and traffic. Residents and the municipality write within those frameworks.'))
where id = pg_temp.demo_id('omgevingsvisie/phase/1');
update portal.phases set council_role = 'besluitvormend',
  council_role_explanation = 'De raad besluit. Met amendement A2026-07 koos de raad voor betaald parkeren in plaats van een blauwe zone. Met motie M2026-031 nam de raad ook het besluit over de tarieven aan zich: eerst zou het college die vaststellen.',
  translations = translations || jsonb_build_object('en', coalesce(translations -> 'en', '{}'::jsonb) || jsonb_build_object('council_role_explanation',
    'The council decides. With amendment A2026-07 the council chose paid parking instead of a blue zone. With motion M2026-031 the council also took the decision on the tariffs to itself: at first the executive was to set them.'))
where id = pg_temp.demo_id('parkeren/phase/3');
update portal.phases set council_role = 'controlerend',
  council_role_explanation = 'Het college voert het besluit uit. De raad controleert: het college informeert de raad met raadsinformatiebrieven.',
  translations = translations || jsonb_build_object('en', coalesce(translations -> 'en', '{}'::jsonb) || jsonb_build_object('council_role_explanation',
    'The executive carries out the decision. The council checks: the executive informs the council with council information letters.'))
where id in (pg_temp.demo_id('parkeren/phase/4'), pg_temp.demo_id('parkeren/phase/5'));

-- What the council did with the parking proposal: one amendment and two motions, with the votes per party
-- (31 seats). The amendment's 19 to 12 is the vote the decision's rationale names.
insert into portal.council_motions (id, project_id, council_moment_id, phase_id, kind, reference, title, submitted_by, asks,
  result, result_summary, votes, source_url, source_id, publication, published_at, translations)
select v.id, m.project_id, m.id, pg_temp.demo_id('parkeren/phase/3'), v.kind::portal.motion_kind, v.reference, v.title,
  v.submitted_by, v.asks, v.result::portal.motion_result, v.result_summary, v.votes::jsonb, v.source_url, null,
  'published', pg_temp.on_day(-61, '09:00'), v.translations::jsonb
from portal.council_moments m,
(values
  (pg_temp.demo_id('parkeren/motion/betaald'), 'amendment', 'A2026-07', 'Betaald parkeren in plaats van een blauwe zone',
   'Van Dam (VVD), Özdemir (PvdA), Smit (GroenLinks), Bakker (CDA)',
   'In het centrum komt betaald parkeren in plaats van een blauwe zone. Het eerste half uur is gratis. Een bewonersvergunning kost 60 euro per jaar.',
   'adopted', 'Het raadsbesluit gaat over betaald parkeren, niet over een blauwe zone. Dat is anders dan de klankbordgroep adviseerde; de redenen staan bij het raadsbesluit.',
   '[{"party": "Lokaal Demodam", "for": 0, "against": 7}, {"party": "VVD", "for": 6, "against": 0}, {"party": "GroenLinks", "for": 5, "against": 0}, {"party": "PvdA", "for": 4, "against": 0}, {"party": "CDA", "for": 4, "against": 0}, {"party": "D66", "for": 0, "against": 3}, {"party": "SP", "for": 0, "against": 2}]',
   'https://www.demodam.example/raadsinformatie/amendement-a2026-07',
   '{"en": {"title": "Paid parking instead of a blue zone", "asks": "The centre gets paid parking instead of a blue zone. The first half hour is free. A resident permit costs 60 euros a year.", "result_summary": "The council decision is about paid parking, not a blue zone. That differs from the advice of the sounding board; the reasons are with the council decision."}}'),
  (pg_temp.demo_id('parkeren/motion/tarieven'), 'motion', 'M2026-031', 'De raad legt de tarieven vast',
   'Jansen (Lokaal Demodam), De Wit (D66)',
   'De raad vraagt het college de tarieven niet zelf vast te stellen, maar ze aan de raad voor te leggen in een parkeerbelastingverordening.',
   'adopted', 'De raad besluit zelf over de tarieven. Daarom komt er nog een raadsvergadering over de parkeerbelastingverordening, voordat betaald parkeren start.',
   '[{"party": "Lokaal Demodam", "for": 7, "against": 0}, {"party": "VVD", "for": 6, "against": 0}, {"party": "GroenLinks", "for": 5, "against": 0}, {"party": "PvdA", "for": 4, "against": 0}, {"party": "CDA", "for": 4, "against": 0}, {"party": "D66", "for": 3, "against": 0}, {"party": "SP", "for": 0, "against": 2}]',
   'https://www.demodam.example/raadsinformatie/motie-m2026-031',
   '{"en": {"title": "The council sets the tariffs", "asks": "The council asks the executive not to set the tariffs itself, but to put them to the council in a parking tax by-law.", "result_summary": "The council decides on the tariffs itself. So there is one more council meeting, on the parking tax by-law, before paid parking starts."}}'),
  (pg_temp.demo_id('parkeren/motion/zondag'), 'motion', 'M2026-032', 'Gratis parkeren op zondag',
   'Jansen (Lokaal Demodam), Koster (SP)',
   'De raad vraagt het college parkeren op zondag gratis te houden.',
   'rejected', null,
   '[{"party": "Lokaal Demodam", "for": 7, "against": 0}, {"party": "VVD", "for": 0, "against": 6}, {"party": "GroenLinks", "for": 0, "against": 5}, {"party": "PvdA", "for": 0, "against": 4}, {"party": "CDA", "for": 0, "against": 4}, {"party": "D66", "for": 0, "against": 3}, {"party": "SP", "for": 2, "against": 0}]',
   'https://www.demodam.example/raadsinformatie/motie-m2026-032',
   '{"en": {"title": "Free parking on Sundays", "asks": "The council asks the executive to keep parking free on Sundays."}}')
) as v(id, kind, reference, title, submitted_by, asks, result, result_summary, votes, source_url, translations)
where m.project_id = pg_temp.demo_id('parkeren/project') and m.agenda_item = 'Besluit parkeren centrum';

-- A raadsinformatiebrief: the college tells the council how it prepares paid parking.
insert into portal.council_letters (project_id, phase_id, sent_on, reference, title, summary, source_url, publication, published_at, translations)
values (pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/3'), current_date - 20, 'RIB 2026-044',
  'Voorbereiding betaald parkeren centrum',
  'Het college vertelt de raad hoe het betaald parkeren voorbereidt: de parkeerautomaten, de brief aan alle huishoudens en de tijdelijke fietsenstalling op het Marktplein. Over een vergunning voor mantelzorgers praat de gemeente met het Steunpunt Mantelzorg.',
  'https://www.demodam.example/raadsinformatie/rib-2026-044', 'published', pg_temp.on_day(-19, '09:00'),
  '{"en": {"title": "Preparing paid parking in the centre", "summary": "The executive tells the council how it prepares paid parking: the parking meters, the letter to every household and the temporary bicycle parking on the market square. The municipality is talking with the carers'' support centre about a permit for carers."}}');

-- A commitment the college made to the council (toezegging aan de raad), tracked like every other promise.
insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, made_to, context, due_on, publication, published_at, translations)
values (pg_temp.demo_id('parkeren/promise/mantelzorg'), pg_temp.demo_id('parkeren/project'), pg_temp.demo_id('parkeren/phase/3'),
  'Het college laat de raad weten hoe mantelzorgers in het centrum kunnen parkeren, voordat betaald parkeren start.',
  current_date - 62, 'College van burgemeester en wethouders', 'council', 'Toezegging van wethouder Benali in de raadsvergadering over parkeren',
  current_date + 30, 'published', pg_temp.on_day(-61, '09:00'),
  '{"en": {"body": "The executive tells the council how carers can park in the centre, before paid parking starts.", "made_by": "Mayor and aldermen", "context": "Promise made by alderman Benali in the council meeting on parking"}}');
insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url, recorded_by, translations) values
  (pg_temp.demo_id('parkeren/promise/mantelzorg'), pg_temp.demo_id('parkeren/project'), 'in_progress', pg_temp.on_day(-19, '09:00'),
   'College van burgemeester en wethouders',
   'In raadsinformatiebrief RIB 2026-044 staat dat de gemeente met het Steunpunt Mantelzorg praat. De regeling zelf volgt.',
   'https://www.demodam.example/raadsinformatie/rib-2026-044', 'de000000-0000-4000-8000-000000000001',
   '{"en": {"changed_by": "Mayor and aldermen", "explanation": "Council information letter RIB 2026-044 says the municipality is talking with the carers'' support centre. The arrangement itself will follow."}}');

-- Records in the approval queue were written and submitted by the demo editor, like the parking update above:
-- the queue shows who wrote them and since when they wait.
update portal.key_dates set author_id = 'de000000-0000-4000-8000-000000000001', submitted_at = pg_temp.on_day(-2, '10:30')
where project_id = pg_temp.demo_id('buurtbudget/project') and title = 'CONCEPT: openbare telavond';
update portal.council_moments set author_id = 'de000000-0000-4000-8000-000000000001', submitted_at = pg_temp.on_day(-3, '14:00')
where project_id = pg_temp.demo_id('sociaal/project') and agenda_item = 'CONCEPT: bespreking advies adviesraad';

-- Phases, people, roles, handovers, groups and themes of published projects were public with them before
-- they had a publication state of their own; they are published here, as the workflow would have.
update portal.people set publication = 'published', published_at = now() - interval '1 year'
where organisation_id in ('de000000-0000-4000-8000-0000000000d0', 'be000000-0000-4000-8000-0000000000b0') and publication = 'draft';
update portal.phases set publication = 'published', published_at = now() - interval '1 year'
where project_id in (select id from portal.projects where organisation_id in ('de000000-0000-4000-8000-0000000000d0', 'be000000-0000-4000-8000-0000000000b0')) and publication = 'draft';
update portal.project_people set publication = 'published', published_at = now() - interval '1 year'
where project_id in (select id from portal.projects where organisation_id in ('de000000-0000-4000-8000-0000000000d0', 'be000000-0000-4000-8000-0000000000b0')) and publication = 'draft';
update portal.handovers set publication = 'published', published_at = now() - interval '1 year'
where project_id in (select id from portal.projects where organisation_id in ('de000000-0000-4000-8000-0000000000d0', 'be000000-0000-4000-8000-0000000000b0')) and publication = 'draft';
update portal.groups_involved set publication = 'published', published_at = now() - interval '1 year'
where project_id in (select id from portal.projects where organisation_id in ('de000000-0000-4000-8000-0000000000d0', 'be000000-0000-4000-8000-0000000000b0')) and publication = 'draft';
update portal.input_themes set publication = 'published', published_at = now() - interval '1 year'
where project_id in (select id from portal.projects where organisation_id in ('de000000-0000-4000-8000-0000000000d0', 'be000000-0000-4000-8000-0000000000b0')) and publication = 'draft';

-- Everything above was published outside the workflow: the ledger and the version history start here.
select portal.ledger_import();

-- One change after publication, through the workflow as staff would make it: the editor added the number of
-- seats in the council vote to the rationale of the parking decision, and the approver approved it. The project
-- page shows the decision as changed, and its history shows the words before and after.
insert into portal.revisions (kind, record_id, organisation_id, project_id, content, state, contributors, author_id, submitted_at, base_version)
select 'decision', d.id, p.organisation_id, p.id,
  jsonb_build_object('rationale', d.rationale || ' De raad besloot met 19 tegen 12 stemmen.'),
  'awaiting_approval', array['de000000-0000-4000-8000-000000000001'::uuid], 'de000000-0000-4000-8000-000000000001', now(), d.version
from portal.decisions d join portal.projects p on p.id = d.project_id
where d.id = pg_temp.demo_id('parkeren/decision/raad');
select portal.apply_revision(r, 'de000000-0000-4000-8000-000000000002', 'four_eyes')
from portal.revisions r where r.kind = 'decision' and r.record_id = pg_temp.demo_id('parkeren/decision/raad');

-- Session helpers are not part of the data.
drop function pg_temp.demo_id(text);
drop function pg_temp.on_day(integer, text);
