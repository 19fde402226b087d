import type { PGlite } from '@electric-sql/pglite';

/**
 * What one synthetic project holds, so that the report can say what was built. The timeline of a project is
 * phases + handovers + key dates + decisions + council moments + promises made + promise status changes +
 * updates (see public.project_timeline): 4 + 2 + 8 + 3 + 2 + 4 + 5 + 4 = 32 items.
 */
export const perProject = {
  phases: 4,
  handovers: 2,
  keyDates: 8,
  decisions: 3,
  councilMoments: 2,
  promises: 4,
  promiseStatusChanges: 5,
  updates: 4,
  inputThemes: 2,
  groups: 2,
  lessons: 1,
} as const;

export interface SyntheticOrganisation {
  slug: string;
  projects: number;
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The SQL that creates one organisation with `projects` published projects, each with a full timeline, in a
 * handful of set-based statements (generate_series, no loops), valid against every check constraint and
 * trigger of supabase/migrations. Dates are relative to current_date, like the demo seed, so every project
 * has past, current and coming moments. Run it as a superuser (the stand-in's own connection), in one
 * transaction.
 *
 * Ids are derived from readable keys (md5 of 'bench:project/17/phase/2' with the UUID version and variant
 * nibbles set), so child rows find their parents without a lookup table and every id is a valid v4 UUID.
 *
 * @example
 * await db.transaction((tx) => tx.exec(syntheticOrganisationSql({ slug: 'benchdam', projects: 1000 })));
 */
export function syntheticOrganisationSql({ slug, projects }: SyntheticOrganisation): string {
  if (!slugPattern.test(slug) || slug.length > 80) throw new Error(`Not a valid organisation slug: ${slug}`);
  if (!Number.isInteger(projects) || projects < 1 || projects > 1_000_000) {
    throw new Error(`The number of projects must be a whole number from 1 to 1,000,000, not ${projects}.`);
  }
  // Enough staff that no person is named in an absurd share of the projects, as in a real municipality.
  const staff = Math.max(20, Math.ceil(projects / 25));
  const aldermen = 5;
  const n = projects;

  return `
create or replace function pg_temp.bid(key text) returns uuid
language sql immutable
as $$ select overlay(overlay(md5('bench:' || key) placing '4' from 13) placing '8' from 17)::uuid $$;

-- A moment on a day relative to today, at an Amsterdam wall-clock time.
create or replace function pg_temp.at_day(day date, clock text) returns timestamptz
language sql stable
as $$ select (day + clock::time) at time zone 'Europe/Amsterdam' $$;

insert into portal.organisations (id, slug, name, website_url, council_name, theme)
values (pg_temp.bid('organisation'), '${slug}', 'Gemeente Benchdam', 'https://www.benchdam.example',
        'Gemeenteraad van Benchdam', '{"--portal-color-primary": "#1a5e8a"}');

-- People 1..${aldermen} are aldermen, the rest civil servants.
insert into portal.people (id, organisation_id, name, job_title, department, portfolio, phone, contact_url)
select pg_temp.bid('person/' || p), pg_temp.bid('organisation'),
       case when p <= ${aldermen} then 'Wethouder ' || p else 'Medewerker ' || p end,
       case when p <= ${aldermen} then 'Wethouder' else 'Omgevingsmanager' end,
       case when p <= ${aldermen} then null else 'Afdeling ' || (p % 7 + 1) end,
       case when p <= ${aldermen} then 'Ruimte, wonen en verkeer' end,
       '020 555 ' || lpad((p % 10000)::text, 4, '0'),
       'https://www.benchdam.example/contact/' || p
from generate_series(1, ${aldermen + staff}) p;

create temp table bench_project on commit drop as
select i,
       pg_temp.bid('project/' || i) as id,
       current_date - 400 + (i % 60) as s,
       pg_temp.bid('person/' || (${aldermen} + 1 + (i * 3) % ${staff})) as contact,
       pg_temp.bid('person/' || (${aldermen} + 1 + (i * 3 + 1) % ${staff})) as previous_contact,
       pg_temp.bid('person/' || (${aldermen} + 1 + (i * 7 + 2) % ${staff})) as lead,
       pg_temp.bid('person/' || (1 + i % ${aldermen})) as alderman,
       (array['Wonen', 'Verkeer', 'Energie', 'Groen', 'Zorg en welzijn', 'Onderwijs', 'Economie', 'Cultuur'])[1 + i % 8] as theme,
       'Wijk ' || (1 + i % 12) as area
from generate_series(1, ${n}) i;

insert into portal.projects (id, organisation_id, slug, title, summary, theme, area, status, publication,
  starts_on, ends_on, council_role, council_role_explanation, meetings_held, participant_hours, budget_eur,
  budget_note, published_at)
select b.id, pg_temp.bid('organisation'), 'project-' || lpad(b.i::text, 6, '0'),
       'Project ' || b.i || ': ' || lower(b.theme) || ' in ' || b.area,
       'Samen met bewoners werken we aan ' || lower(b.theme) || ' in ' || b.area
         || '. Op deze pagina ziet u wat er al besloten is, wat u nog kunt beïnvloeden en wanneer u kunt meedoen.',
       b.theme, b.area,
       (array['running', 'running', 'running', 'planned', 'on_hold', 'completed'])[1 + b.i % 6]::portal.project_status,
       'published', b.s, b.s + 900,
       (array['kaderstellend', 'besluitvormend', 'controlerend', 'adviesrecht', 'geen'])[1 + b.i % 5]::portal.council_role,
       'De gemeenteraad stelt de kaders vast en neemt aan het eind het besluit over het plan.',
       b.i % 12, 6 + b.i % 20, case when b.i % 3 = 0 then null else 15000 + (b.i % 40) * 1000 end,
       case when b.i % 3 = 0 then null else 'Voor bijeenkomsten, zaalhuur en een onafhankelijke gespreksleider.' end,
       now() - interval '300 days'
from bench_project b;

insert into portal.project_people (project_id, person_id, role, since, until)
select b.id, r.person, r.role::portal.person_role, r.since, r.until
from bench_project b
cross join lateral (values
  (b.previous_contact, 'contact', b.s, b.s + 239),
  (b.contact, 'contact', b.s + 240, null::date),
  (b.lead, 'project_lead', b.s, null::date),
  (b.alderman, 'alderman', b.s, null::date)
) as r(person, role, since, until);

insert into portal.phases (id, project_id, position, kind, title, starts_on, ends_on, participation_level,
  open_for_input, fixed_frames, time_asked, time_asked_hours, results_expected, results_expected_on, department,
  contact_person_id)
select pg_temp.bid('project/' || b.i || '/phase/' || k), b.id, k,
       (array['vision', 'plan', 'decision', 'execution'])[k]::portal.phase_kind,
       (array['Verkennen', 'Plan maken', 'Besluiten', 'Uitvoeren'])[k],
       b.s + (k - 1) * 120 + case when k = 4 then 240 else 0 end,
       case when k = 4 then null else b.s + k * 120 - 1 + case when k = 3 then 240 else 0 end end,
       (array['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer'])[1 + (b.i + k) % 6]::portal.participation_level,
       'U kunt meepraten over de inrichting van de straten, de plek van het groen en de speelplekken.',
       'Het budget en het aantal woningen liggen vast; daar gaat deze fase niet over.',
       'Twee avonden van ongeveer twee uur, of een online vragenlijst van tien minuten.',
       4, 'Binnen zes weken na de laatste bijeenkomst leest u hier wat we met uw inbreng doen.',
       b.s + k * 120 + 42, 'Afdeling Ruimte', case when k = 3 then b.contact else b.previous_contact end
from bench_project b cross join generate_series(1, 4) k;

insert into portal.handovers (project_id, handed_over_on, from_phase_id, to_phase_id, from_department,
  to_department, from_person_id, to_person_id, note)
select b.id, b.s + k * 120,
       pg_temp.bid('project/' || b.i || '/phase/' || k), pg_temp.bid('project/' || b.i || '/phase/' || (k + 1)),
       'Afdeling Ruimte', case when k = 1 then 'Afdeling Ruimte' else 'Afdeling Uitvoering' end,
       b.previous_contact, case when k = 1 then b.previous_contact else b.contact end,
       'Het dossier, de open toezeggingen en de contactlijst van de klankbordgroep zijn overgedragen.'
from bench_project b cross join generate_series(1, 2) k;

insert into portal.key_dates (project_id, phase_id, kind, title, starts_at, ends_at, location, online_url,
  how_to_join, publication, published_at)
select b.id, pg_temp.bid('project/' || b.i || '/phase/' || ((j + 1) / 2)),
       (array['meeting', 'walk_in', 'workshop', 'survey', 'sounding_board', 'site_visit', 'online_session', 'exhibition'])[j]::portal.key_date_kind,
       (array['Informatieavond', 'Inloopspreekuur', 'Ontwerpwerkplaats', 'Vragenlijst', 'Klankbordgroep', 'Wandeling door de wijk', 'Online sessie', 'Tentoonstelling'])[j] || ' ' || b.area,
       pg_temp.at_day(current_date + (array[-380, -300, -220, -150, -60, -15, 25, 70])[j] + b.i % 20, '19:30'),
       pg_temp.at_day(current_date + (array[-380, -300, -220, -150, -60, -15, 25, 70])[j] + b.i % 20, '21:30'),
       case when j = 7 then null else 'Buurthuis De Brug, Dorpsstraat ' || (1 + b.i % 90) end,
       case when j = 7 then 'https://www.benchdam.example/online/' || b.i end,
       'Aanmelden is niet nodig. Kom gerust langs, ook als u maar even tijd heeft.',
       'published', now() - interval '200 days'
from bench_project b cross join generate_series(1, 8) j;

insert into portal.decisions (id, project_id, phase_id, decided_on, decided_by, title, decision, rationale,
  input_used, source_url, publication, published_at)
select pg_temp.bid('project/' || b.i || '/decision/' || j), b.id, pg_temp.bid('project/' || b.i || '/phase/' || j),
       b.s + j * 110, case when j = 3 then 'Gemeenteraad' else 'College van B en W' end,
       (array['Uitgangspunten vastgesteld', 'Voorkeursontwerp gekozen', 'Plan vastgesteld'])[j],
       'Het college kiest voor het ontwerp met meer groen en minder parkeerplaatsen in de straat.',
       'Dit ontwerp past binnen het budget, maakt de straat veiliger voor kinderen en houdt regenwater beter vast.',
       'Veel bewoners vroegen om meer groen en een veilige oversteek. Beide zitten in het gekozen ontwerp.',
       'https://www.benchdam.example/besluiten/' || b.i || '-' || j, 'published', now() - interval '100 days'
from bench_project b cross join generate_series(1, 3) j;

insert into portal.input_themes (id, project_id, phase_id, title, you_said, times_raised)
select pg_temp.bid('project/' || b.i || '/theme/' || j), b.id, pg_temp.bid('project/' || b.i || '/phase/' || j),
       (array['Meer groen', 'Veilig oversteken'])[j],
       (array['Bewoners willen meer bomen en minder stenen in de straat.', 'Ouders vragen om een veilige oversteek bij de school.'])[j],
       10 + b.i % 30
from bench_project b cross join generate_series(1, 2) j;

insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did)
select b.id, pg_temp.bid('project/' || b.i || '/theme/' || j), pg_temp.bid('project/' || b.i || '/decision/' || j),
       (array['Er komen twintig nieuwe bomen en twee groene pleinen.', 'Er komt een zebrapad met een middeneiland.'])[j]
from bench_project b cross join generate_series(1, 2) j;

insert into portal.promises (id, project_id, phase_id, body, made_on, made_by, context, due_on, publication, published_at)
select pg_temp.bid('project/' || b.i || '/promise/' || j), b.id, pg_temp.bid('project/' || b.i || '/phase/' || j),
       (array['We sturen het verslag van de avond binnen twee weken aan alle deelnemers.',
              'We onderzoeken of de speelplek kan blijven waar hij nu is.',
              'We houden een extra avond voor ondernemers in de winkelstraat.',
              'We plaatsen voor de zomer tijdelijke bloembakken.'])[j],
       b.s + j * 60, 'Projectleider', 'Informatieavond in het buurthuis', b.s + j * 60 + 90,
       'published', now() - interval '250 days'
from bench_project b cross join generate_series(1, 4) j;

-- Five status changes per project; the latest by changed_at becomes the promise's status (trigger).
insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation, evidence_url)
select pg_temp.bid('project/' || b.i || '/promise/' || c.j), b.id, c.status::portal.promise_status,
       pg_temp.at_day(b.s + c.j * 60 + c.after, '10:00'), 'Projectleider', c.explanation, c.evidence
from bench_project b
cross join lateral (values
  (1, 'in_progress', 10, null, null),
  (1, 'kept', 20, 'Het verslag staat op de website.', 'https://www.benchdam.example/verslag/' || b.i),
  (2, 'in_progress', 30, null, null),
  (3, 'changed', 30, 'De extra avond wordt een online sessie, omdat er geen zaal vrij was.', null),
  (4, case when b.i % 7 = 0 then 'broken' else 'in_progress' end, 40,
      case when b.i % 7 = 0 then 'Het budget voor bloembakken is naar de aanleg van het plein gegaan.' end, null)
) as c(j, status, after, explanation, evidence);

insert into portal.council_moments (project_id, meets_on, body, agenda_item, proposal, outcome, outcome_summary,
  differs_from_participation, council_reasons, effect_on_promises, source_url, publication, published_at)
select b.id, b.s + 330, 'Gemeenteraad', 'Vaststellen plan ' || b.area,
       'Het college stelt de raad voor het plan vast te stellen zoals het met bewoners is gemaakt.',
       (case when b.i % 10 = 0 then 'amended' else 'adopted' end)::portal.council_outcome,
       case when b.i % 10 = 0 then 'De raad stelde het plan vast met een amendement: minder parkeerplaatsen.'
            else 'De raad stelde het plan vast.' end,
       b.i % 10 = 0,
       case when b.i % 10 = 0 then 'De raad wil de straat autoluw maken, ook al vroegen bewoners om parkeerplaatsen.' end,
       'Alle toezeggingen blijven staan.', 'https://www.benchdam.example/raad/' || b.i, 'published'::portal.publication_state, now() - interval '50 days'
from bench_project b
union all
select b.id, current_date + 10 + b.i % 60, 'Gemeenteraad', 'Uitvoeringskrediet ' || b.area,
       'Het college vraagt de raad om geld voor de uitvoering.', 'pending'::portal.council_outcome, null, false, null, null, null,
       'published'::portal.publication_state, now() - interval '5 days'
from bench_project b;

insert into portal.updates (project_id, title, body_md, publication, submitted_at, published_at)
select b.id, (array['Verslag van de eerste avond', 'Drie ontwerpen klaar', 'Keuze gemaakt', 'Werk begint binnenkort'])[j],
       E'Op de avond in het buurthuis kwamen **veertig bewoners**. Zij spraken over groen, spelen en parkeren.\\n\\n'
         || E'Wat we hoorden:\\n\\n- meer bomen in de straat\\n- een veilige oversteek bij de school\\n- genoeg plek voor fietsen\\n\\n'
         || 'Het volledige verslag leest u op [de website](https://www.benchdam.example/verslag/' || b.i || ').',
       'published', pg_temp.at_day(current_date - 350 + j * 80 + b.i % 30, '09:00'),
       pg_temp.at_day(current_date - 350 + j * 80 + b.i % 30, '10:00')
from bench_project b cross join generate_series(1, 4) j;

insert into portal.groups_involved (project_id, name, status, note)
select b.id, g.name, g.status::portal.group_status, g.note
from bench_project b
cross join (values
  ('Bewoners van de wijk', 'involved', 'Via avonden en de vragenlijst.'),
  ('Jongeren', 'gap', 'We hebben nog weinig jongeren bereikt; we gaan langs bij de school.')
) as g(name, status, note);

insert into portal.lessons (project_id, phase_id, category, title, lesson, recorded_on, publication, published_at)
select b.id, pg_temp.bid('project/' || b.i || '/phase/2'),
       (array['communication', 'inclusion', 'planning', 'collaboration', 'decision_making', 'expectations'])[1 + b.i % 6]::portal.lesson_category,
       'Begin vroeg met uitnodigen', 'Een uitnodiging drie weken vooraf bracht twee keer zoveel mensen als een week vooraf.',
       b.s + 200, 'published', now() - interval '150 days'
from bench_project b;

-- Published outside the workflow, like the demo seed: every record gets its first version and ledger entry, so the
-- pages carry the version history that a real portal's do (and the read API accepts them: a published record has
-- version 1 or more).
select portal.ledger_import();
`;
}

export interface GeneratedCounts {
  projects: number;
  timelineItems: number;
}

/** Counts what the generator wrote, from the database, so that the report never trusts its own constants. */
export async function countGenerated(db: PGlite, slug: string): Promise<GeneratedCounts> {
  const result = await db.query<{ projects: number; items: number }>(
    `with p as (
       select pr.id from portal.projects pr join portal.organisations o on o.id = pr.organisation_id
       where o.slug = $1 and pr.publication = 'published')
     select (select count(*) from p)::int as projects,
       ((select count(*) from portal.phases where project_id in (select id from p))
        + (select count(*) from portal.handovers where project_id in (select id from p))
        + (select count(*) from portal.key_dates where project_id in (select id from p) and publication = 'published')
        + (select count(*) from portal.decisions where project_id in (select id from p) and publication = 'published')
        + (select count(*) from portal.council_moments where project_id in (select id from p) and publication = 'published')
        + (select count(*) from portal.promises where project_id in (select id from p) and publication = 'published')
        + (select count(*) from portal.promise_status_changes where project_id in (select id from p))
        + (select count(*) from portal.updates where project_id in (select id from p) and publication = 'published'))::int as items`,
    [slug],
  );
  const row = result.rows[0];
  return { projects: row?.projects ?? 0, timelineItems: row?.items ?? 0 };
}
