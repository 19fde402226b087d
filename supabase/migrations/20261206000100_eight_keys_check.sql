-- The eight-keys check: per project, which of the eight keys of good participation its public record
-- meets. The rules live here and only here: portal.check_rules names and explains each one in Dutch and English,
-- portal.eight_keys evaluates them. The site's monitor, the project page's data, the staff checklist and the
-- approval queue all read the results of these two, so the public and the workspace can never disagree.
--
-- The check reads only what is published, in a small document (portal.check_document) with each record's own
-- dates. Evaluated "as of" an earlier day it ignores what had not happened by then (a promise made later, a
-- decision taken later, a status change later), which gives the monitor its chart over time from today's record,
-- the way the promises tracker does. A pending change is laid over the document (portal.check_overlay) to show
-- staff what approving it would fix or break. The check states facts, never a grade.

create table portal.check_rules (
  rule text primary key check (rule ~ '^[a-z_]+$'),
  key smallint not null check (key between 1 and 8),
  position smallint not null unique,
  title_nl text not null,
  title_en text not null,
  explanation_nl text not null,
  explanation_en text not null,
  fix_kind text not null references portal.publishable_kinds (kind)
);
comment on table portal.check_rules is 'The rules of the eight-keys check: which key each belongs to, its name and plain-language explanation in Dutch and English, and the kind of record whose form fixes it. Written by migrations only; portal.eight_keys evaluates exactly these.';
comment on column portal.check_rules.rule is 'The rule''s stable name, as results and open data carry it.';
comment on column portal.check_rules.key is 'The key (1 to 8) of the eight keys of good participation the rule checks.';
comment on column portal.check_rules.position is 'Order in lists.';
comment on column portal.check_rules.title_nl is 'Short Dutch name, written as the state that meets it.';
comment on column portal.check_rules.title_en is 'Short English name.';
comment on column portal.check_rules.explanation_nl is 'The rule in plain Dutch (B1): exactly what is checked.';
comment on column portal.check_rules.explanation_en is 'The rule in plain English.';
comment on column portal.check_rules.fix_kind is 'The kind of record whose form fixes an open point (the staff checklist links to it).';

insert into portal.check_rules (rule, key, position, title_nl, title_en, explanation_nl, explanation_en, fix_kind) values
  ('expectations_current_phase', 1, 1,
   'De verwachtingen van de huidige fase zijn compleet', 'The expectations of the current phase are complete',
   'De fase waarin het project nu is (of de eerste fase, als er nog geen begonnen is) zegt hoeveel invloed inwoners hebben, wat open ligt en wat vastligt, hoeveel uur meedoen kost en op welke datum de resultaten komen. Geldt niet als het project klaar of gestopt is.',
   'The phase the project is in now (or the first phase, when none has started yet) states how much influence residents have, what is open and what is fixed, how many hours taking part takes, and on which date the results come. Does not apply when the project is completed or stopped.',
   'phase'),
  ('results_followed_up', 2, 2,
   'Na de datum voor resultaten is er nieuws', 'There is news after the date for results',
   'Is de datum voorbij waarop deelnemers zouden horen wat er met hun inbreng is gedaan? Dan is er een besluit van die fase, of een besluit of bericht van 14 dagen voor die datum of later. Geldt pas als zo''n datum voorbij is.',
   'When the date on which participants would hear what was done with their input has passed, there is a decision of that phase, or a decision or update from 14 days before that date or later. Applies once such a date has passed.',
   'update'),
  ('promises_on_time', 2, 3,
   'Geen toezegging is te laat', 'No promise is overdue',
   'Elke toezegging met een datum is op die datum nagekomen, gewijzigd of niet nagekomen (met uitleg). Is de datum voorbij en is de toezegging nog open of in uitvoering, dan is zij te laat. Geldt pas als de datum van een toezegging voorbij is.',
   'Every promise with a date was kept, changed or broken (with an explanation) by that date. When the date has passed and the promise is still open or in progress, it is overdue. Applies once the date of a promise has passed.',
   'promise'),
  ('groups_named', 3, 4,
   'Groepen en gaten zijn genoemd', 'Groups and gaps are named',
   'Het project noemt minstens één groep: wie meedoet, of wie nog niet bereikt is (een gat).',
   'The project names at least one group: who takes part, or who has not been reached yet (a gap).',
   'group'),
  ('investment_stated', 4, 5,
   'De investering staat erbij', 'The investment is stated',
   'Het project noemt de tijd per deelnemer, en het budget of wat het budget betaalt. Het aantal bijeenkomsten staat er altijd bij.',
   'The project states the time per participant, and the budget or what the budget pays for. The number of meetings is always shown.',
   'project'),
  ('one_contact', 5, 6,
   'Er is één contactpersoon', 'There is one contact person',
   'Het project heeft nu precies één contactpersoon.',
   'The project has exactly one contact person now.',
   'assignment'),
  ('handovers_recorded', 5, 7,
   'Overdrachten zijn vastgelegd', 'Handovers are recorded',
   'Kwam er een nieuwe contactpersoon, of ging een fase naar een andere afdeling? Dan is er een overdracht naar die persoon, of naar die fase of afdeling. Geldt pas als dat gebeurd is.',
   'When a new contact person took over, or a phase went to another department, there is a handover to that person, or to that phase or department. Applies once that has happened.',
   'handover'),
  ('lessons_recorded', 6, 8,
   'Elke afgelopen fase heeft een les', 'Every phase that ended has a lesson',
   'Elke fase die meer dan 30 dagen geleden is afgelopen, heeft minstens één les. Geldt pas als een fase zo lang voorbij is.',
   'Every phase that ended more than 30 days ago has at least one lesson. Applies once a phase has been over that long.',
   'lesson'),
  ('alderman_named', 7, 9,
   'De wethouder is genoemd', 'The alderman is named',
   'Het project noemt de wethouder die nu verantwoordelijk is.',
   'The project names the alderman who is responsible now.',
   'assignment'),
  ('project_lead_named', 7, 10,
   'De projectleider is genoemd', 'The project lead is named',
   'Het project noemt de projectleider van nu.',
   'The project names its project lead now.',
   'assignment'),
  ('council_role_stated', 8, 11,
   'De rol van de gemeenteraad is uitgelegd', 'The council''s role is explained',
   'Het project zegt wat de rol van de gemeenteraad is en legt uit wat dat hier betekent, ook als het college beslist.',
   'The project says what the council''s role is and explains what that means here, also when the executive decides.',
   'project'),
  ('council_moments_planned', 8, 12,
   'Elke besluitfase heeft een raadsmoment', 'Every decision phase has a council moment',
   'Stelt de gemeenteraad kaders, besluit hij of geeft hij advies? Dan heeft elke besluitfase die begonnen is een raadsmoment tussen het begin en het einde van die fase. Geldt niet als het college beslist of de raad alleen controleert.',
   'When the council sets the frame, decides or advises, every decision phase that has started has a council moment between its start and its end. Does not apply when the executive decides or the council only checks.',
   'council_moment');

alter table portal.check_rules enable row level security;
revoke all on portal.check_rules from public, anon, authenticated, service_role;
grant select on portal.check_rules to anon, authenticated, service_role;
create policy "Anyone can read the rules of the eight-keys check" on portal.check_rules
  for select to anon, authenticated, service_role using (true);

-- The document the rules read ---------------------------------------------------------------------------------

create function portal.check_document(project uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'project', (select jsonb_build_object('id', p.id, 'status', p.status, 'starts_on', p.starts_on, 'ends_on', p.ends_on,
        'council_role', p.council_role, 'council_role_explanation', p.council_role_explanation,
        'meetings_held', p.meetings_held, 'participant_hours', p.participant_hours,
        'budget_eur', p.budget_eur, 'budget_note', p.budget_note)
      from portal.projects p where p.id = project),
    'assignments', (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'person_id', x.person_id, 'role', x.role,
        'since', x.since, 'until', x.until) order by x.since, x.id), '[]'::jsonb)
      from portal.project_people x where x.project_id = project and x.publication = 'published'),
    'phases', (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'position', x.position, 'kind', x.kind,
        'starts_on', x.starts_on, 'ends_on', x.ends_on, 'participation_level', x.participation_level,
        'open_for_input', x.open_for_input, 'fixed_frames', x.fixed_frames, 'time_asked', x.time_asked,
        'time_asked_hours', x.time_asked_hours, 'results_expected', x.results_expected,
        'results_expected_on', x.results_expected_on, 'department', x.department) order by x.position, x.id), '[]'::jsonb)
      from portal.phases x where x.project_id = project and x.publication = 'published'),
    'handovers', (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'handed_over_on', x.handed_over_on,
        'to_phase_id', x.to_phase_id, 'to_department', x.to_department, 'to_person_id', x.to_person_id)
        order by x.handed_over_on, x.id), '[]'::jsonb)
      from portal.handovers x where x.project_id = project and x.publication = 'published'),
    'decisions', (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'phase_id', x.phase_id, 'decided_on', x.decided_on)
        order by x.decided_on, x.id), '[]'::jsonb)
      from portal.decisions x where x.project_id = project and x.publication = 'published'),
    'updates', (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'published_at', x.published_at)
        order by x.published_at, x.id), '[]'::jsonb)
      from portal.updates x where x.project_id = project and x.publication = 'published'),
    'promises', (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'made_on', x.made_on, 'due_on', x.due_on,
        'history', (select coalesce(jsonb_agg(jsonb_build_object('status', c.status, 'changed_at', c.changed_at)
            order by c.changed_at, c.created_at), '[]'::jsonb)
          from portal.promise_status_changes c where c.promise_id = x.id)) order by x.made_on, x.id), '[]'::jsonb)
      from portal.promises x where x.project_id = project and x.publication = 'published'),
    'council_moments', (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'meets_on', x.meets_on)
        order by x.meets_on, x.id), '[]'::jsonb)
      from portal.council_moments x where x.project_id = project and x.publication = 'published'),
    'groups', (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'name', x.name, 'status', x.status)
        order by x.name, x.id), '[]'::jsonb)
      from portal.groups_involved x where x.project_id = project and x.publication = 'published'),
    'lessons', (select coalesce(jsonb_agg(jsonb_build_object('id', x.id, 'phase_id', x.phase_id, 'recorded_on', x.recorded_on)
        order by x.recorded_on, x.id), '[]'::jsonb)
      from portal.lessons x where x.project_id = project and x.publication = 'published'))
$$;
comment on function portal.check_document(uuid) is 'What the eight-keys check reads of a project: its own fields (whatever its publication state, so staff can check a project before it is public) and its published records, each with the fields and dates the rules use; a promise with its status history.';

create function portal.amsterdam_date(value text) returns date
language sql stable
set search_path = ''
as $$ select (value::timestamptz at time zone 'Europe/Amsterdam')::date $$;
comment on function portal.amsterdam_date(text) is 'The calendar day in Amsterdam of a timestamp given as text (ISO 8601 with time zone).';

-- A pending change laid over the document: what the check would say once it is approved.
create function portal.check_overlay(doc jsonb, kind text, id uuid, content jsonb) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  list text := case kind when 'phase' then 'phases' when 'assignment' then 'assignments' when 'handover' then 'handovers'
    when 'decision' then 'decisions' when 'update' then 'updates' when 'promise' then 'promises'
    when 'council_moment' then 'council_moments' when 'group' then 'groups' when 'lesson' then 'lessons' end;
  old jsonb;
  changed jsonb;
begin
  if kind = 'project' then
    return jsonb_set(doc, '{project}', (doc -> 'project') || (content - 'slug' - 'title' - 'summary' - 'theme' - 'area'));
  end if;
  if kind = 'promise_status' then
    return jsonb_set(doc, '{promises}', (
      select coalesce(jsonb_agg(case when p ->> 'id' = id::text
          then jsonb_set(p, '{history}', (p -> 'history') || jsonb_build_array(jsonb_build_object(
            'status', content ->> 'status', 'changed_at', coalesce(content ->> 'changed_at', now()::text))))
          else p end order by ord), '[]'::jsonb)
      from jsonb_array_elements(doc -> 'promises') with ordinality as x(p, ord)));
  end if;
  if list is null then
    return doc; -- key dates, input themes and people do not count in any rule
  end if;
  select x.r into old from jsonb_array_elements(doc -> list) as x(r) where x.r ->> 'id' = id::text;
  changed := coalesce(old, jsonb_build_object('history', '[]'::jsonb)) || content || jsonb_build_object('id', id);
  if kind = 'update' and changed ->> 'published_at' is null then
    changed := changed || jsonb_build_object('published_at', now());
  end if;
  doc := jsonb_set(doc, array[list], (
    select coalesce(jsonb_agg(x.r), '[]'::jsonb) from jsonb_array_elements(doc -> list) as x(r) where x.r ->> 'id' <> id::text)
    || jsonb_build_array(changed));
  -- A new holder of a role ends the previous holder's period, as publishing it does (portal.publish_row).
  if kind = 'assignment' and changed ->> 'until' is null then
    doc := jsonb_set(doc, '{assignments}', (
      select coalesce(jsonb_agg(case
          when x.r ->> 'role' = changed ->> 'role' and x.r ->> 'id' <> id::text and x.r ->> 'until' is null
            then x.r || jsonb_build_object('until', greatest((x.r ->> 'since')::date, (changed ->> 'since')::date - 1))
          else x.r end), '[]'::jsonb)
      from jsonb_array_elements(doc -> 'assignments') as x(r)));
  end if;
  return doc;
end
$$;
comment on function portal.check_overlay(jsonb, text, uuid, jsonb) is 'A check document with one pending change applied as if approved: the record''s public content (as the approval queue shows it) replaces or joins its list; a status change joins its promise''s history; a new holder of a role ends the previous holder''s period.';

-- The rules -----------------------------------------------------------------------------------------------------

create function portal.check_result(rule text, state text, facts jsonb default '{}'::jsonb, records jsonb default '[]'::jsonb)
returns jsonb
language sql immutable
set search_path = ''
as $$ select jsonb_build_object('rule', rule, 'state', state, 'facts', facts, 'records', records) $$;
comment on function portal.check_result(text, text, jsonb, jsonb) is 'One rule''s result: {rule, state (met, open or not_applicable), facts, records [{kind, id}] behind it}.';

create function portal.eight_keys(doc jsonb, as_of date) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  proj jsonb := doc -> 'project';
  finished boolean := proj ->> 'status' in ('completed', 'stopped');
  checked jsonb := '[]'::jsonb;
  phase jsonb;
  missing jsonb;
  records jsonb;
  total integer;
  named text[];
begin
  -- Key 1: the expectations of the phase residents are in now (or of the first phase).
  if finished then
    checked := checked || portal.check_result('expectations_current_phase', 'not_applicable');
  else
    select x.p into phase from jsonb_array_elements(doc -> 'phases') as x(p)
      where (x.p ->> 'starts_on')::date <= as_of order by (x.p ->> 'position')::int desc limit 1;
    if phase is null then
      select x.p into phase from jsonb_array_elements(doc -> 'phases') as x(p) order by (x.p ->> 'position')::int limit 1;
    end if;
    if phase is null then
      checked := checked || portal.check_result('expectations_current_phase', 'open', jsonb_build_object('missing', jsonb_build_array('phase')));
    else
      select coalesce(jsonb_agg(f order by n), '[]'::jsonb) into missing
        from unnest(array['participation_level', 'open_for_input', 'fixed_frames', 'time_asked', 'time_asked_hours',
                          'results_expected', 'results_expected_on']) with ordinality as u(f, n)
        where nullif(btrim(coalesce(phase ->> f, '')), '') is null;
      checked := checked || portal.check_result('expectations_current_phase',
        case when jsonb_array_length(missing) = 0 then 'met' else 'open' end,
        jsonb_build_object('phase_id', phase ->> 'id', 'missing', missing),
        jsonb_build_array(jsonb_build_object('kind', 'phase', 'id', phase ->> 'id')));
    end if;
  end if;

  -- Key 2: news after each date for results that has passed.
  select count(*), coalesce(jsonb_agg(jsonb_build_object('kind', 'phase', 'id', x.p ->> 'id', 'date', x.p ->> 'results_expected_on')
      order by x.p ->> 'results_expected_on', x.p ->> 'id') filter (where not x.followed), '[]'::jsonb)
    into total, records
    from (
      select ph.p, exists (
          select 1 from jsonb_array_elements(doc -> 'decisions') as d(v)
          where (d.v ->> 'decided_on')::date <= as_of
            and (d.v ->> 'phase_id' = ph.p ->> 'id' or (d.v ->> 'decided_on')::date >= (ph.p ->> 'results_expected_on')::date - 14))
        or exists (
          select 1 from jsonb_array_elements(doc -> 'updates') as u(v)
          where portal.amsterdam_date(u.v ->> 'published_at') between (ph.p ->> 'results_expected_on')::date - 14 and as_of) as followed
      from jsonb_array_elements(doc -> 'phases') as ph(p)
      where (ph.p ->> 'results_expected_on')::date < as_of) x;
  checked := checked || portal.check_result('results_followed_up',
    case when total = 0 then 'not_applicable' when jsonb_array_length(records) = 0 then 'met' else 'open' end,
    jsonb_build_object('dates_passed', total, 'without_news', jsonb_array_length(records)), records);

  -- Key 2: promises past their date that are still open or in progress (their status as it stood then).
  select count(*), coalesce(jsonb_agg(jsonb_build_object('kind', 'promise', 'id', x.id, 'due_on', x.due_on)
      order by x.due_on, x.id) filter (where x.status in ('open', 'in_progress')), '[]'::jsonb)
    into total, records
    from (
      select pr.p ->> 'id' as id, pr.p ->> 'due_on' as due_on, coalesce((
          select h.v ->> 'status' from jsonb_array_elements(pr.p -> 'history') with ordinality as h(v, n)
          where portal.amsterdam_date(h.v ->> 'changed_at') <= as_of order by h.v ->> 'changed_at' desc, h.n desc limit 1), 'open') as status
      from jsonb_array_elements(doc -> 'promises') as pr(p)
      where (pr.p ->> 'made_on')::date <= as_of and (pr.p ->> 'due_on')::date < as_of) x;
  checked := checked || portal.check_result('promises_on_time',
    case when total = 0 then 'not_applicable' when jsonb_array_length(records) = 0 then 'met' else 'open' end,
    jsonb_build_object('due_passed', total, 'overdue', jsonb_array_length(records)), records);

  -- Key 3: groups and gaps named.
  select count(*), coalesce(jsonb_agg(jsonb_build_object('kind', 'group', 'id', g.v ->> 'id', 'name', g.v ->> 'name')
      order by g.v ->> 'name', g.v ->> 'id') filter (where g.v ->> 'status' = 'gap'), '[]'::jsonb)
    into total, records
    from jsonb_array_elements(doc -> 'groups') as g(v);
  checked := checked || portal.check_result('groups_named', case when total = 0 then 'open' else 'met' end,
    jsonb_build_object('involved', total - jsonb_array_length(records), 'gaps', jsonb_array_length(records)), records);

  -- Key 4: the investment.
  missing := '[]'::jsonb;
  if proj ->> 'participant_hours' is null then missing := missing || '["participant_hours"]'::jsonb; end if;
  if proj ->> 'budget_eur' is null and nullif(btrim(coalesce(proj ->> 'budget_note', '')), '') is null then
    missing := missing || '["budget"]'::jsonb;
  end if;
  checked := checked || portal.check_result('investment_stated', case when jsonb_array_length(missing) = 0 then 'met' else 'open' end,
    jsonb_build_object('missing', missing), jsonb_build_array(jsonb_build_object('kind', 'project', 'id', proj ->> 'id')));

  -- Key 5: one contact person now.
  select count(*), coalesce(jsonb_agg(jsonb_build_object('kind', 'assignment', 'id', a.v ->> 'id') order by a.v ->> 'since'), '[]'::jsonb)
    into total, records
    from jsonb_array_elements(doc -> 'assignments') as a(v)
    where a.v ->> 'role' = 'contact' and (a.v ->> 'since')::date <= as_of
      and (a.v ->> 'until' is null or (a.v ->> 'until')::date >= as_of);
  checked := checked || portal.check_result('one_contact', case when total = 1 then 'met' else 'open' end,
    jsonb_build_object('contacts', total), records);

  -- Key 5: a handover for every new contact person and every phase that went to another department.
  select count(*), coalesce(jsonb_agg(x.ref order by x.on_date, x.ref ->> 'kind', x.ref ->> 'id') filter (where not x.recorded), '[]'::jsonb)
    into total, records
    from (
      select jsonb_build_object('kind', 'assignment', 'id', a.v ->> 'id', 'since', a.v ->> 'since') as ref,
             (a.v ->> 'since')::date as on_date,
             exists (select 1 from jsonb_array_elements(doc -> 'handovers') as h(v)
                     where h.v ->> 'to_person_id' = a.v ->> 'person_id' and (h.v ->> 'handed_over_on')::date <= as_of) as recorded
      from jsonb_array_elements(doc -> 'assignments') as a(v)
      where a.v ->> 'role' = 'contact' and (a.v ->> 'since')::date <= as_of
        and exists (select 1 from jsonb_array_elements(doc -> 'assignments') as b(v)
                    where b.v ->> 'role' = 'contact' and (b.v ->> 'since')::date < (a.v ->> 'since')::date
                      and b.v ->> 'person_id' <> a.v ->> 'person_id')
      union all
      select jsonb_build_object('kind', 'phase', 'id', ph.p ->> 'id', 'department', ph.p ->> 'department'),
             (ph.p ->> 'starts_on')::date,
             exists (select 1 from jsonb_array_elements(doc -> 'handovers') as h(v)
                     where (h.v ->> 'to_phase_id' = ph.p ->> 'id'
                            or lower(btrim(h.v ->> 'to_department')) = lower(btrim(ph.p ->> 'department')))
                       and (h.v ->> 'handed_over_on')::date <= as_of)
      from jsonb_array_elements(doc -> 'phases') as ph(p)
      where (ph.p ->> 'starts_on')::date <= as_of
        and lower(btrim(ph.p ->> 'department')) <> (
          select lower(btrim(prev.p ->> 'department')) from jsonb_array_elements(doc -> 'phases') as prev(p)
          where (prev.p ->> 'position')::int < (ph.p ->> 'position')::int
          order by (prev.p ->> 'position')::int desc limit 1)
    ) x;
  checked := checked || portal.check_result('handovers_recorded',
    case when total = 0 then 'not_applicable' when jsonb_array_length(records) = 0 then 'met' else 'open' end,
    jsonb_build_object('changes', total, 'without_handover', jsonb_array_length(records)), records);

  -- Key 6: a lesson for every phase that ended more than 30 days ago.
  select count(*), coalesce(jsonb_agg(jsonb_build_object('kind', 'phase', 'id', ph.p ->> 'id', 'ends_on', ph.p ->> 'ends_on')
      order by ph.p ->> 'ends_on', ph.p ->> 'id') filter (where not exists (
        select 1 from jsonb_array_elements(doc -> 'lessons') as l(v)
        where l.v ->> 'phase_id' = ph.p ->> 'id' and (l.v ->> 'recorded_on')::date <= as_of)), '[]'::jsonb)
    into total, records
    from jsonb_array_elements(doc -> 'phases') as ph(p)
    where (ph.p ->> 'ends_on')::date < as_of - 30;
  checked := checked || portal.check_result('lessons_recorded',
    case when total = 0 then 'not_applicable' when jsonb_array_length(records) = 0 then 'met' else 'open' end,
    jsonb_build_object('phases_ended', total, 'without_lesson', jsonb_array_length(records)), records);

  -- Key 7: the alderman and the project lead now: [role, rule, fact].
  foreach named slice 1 in array array[['alderman', 'alderman_named', 'aldermen'], ['project_lead', 'project_lead_named', 'project_leads']] loop
    select count(*), coalesce(jsonb_agg(jsonb_build_object('kind', 'assignment', 'id', a.v ->> 'id')), '[]'::jsonb)
      into total, records
      from jsonb_array_elements(doc -> 'assignments') as a(v)
      where a.v ->> 'role' = named[1] and (a.v ->> 'since')::date <= as_of
        and (a.v ->> 'until' is null or (a.v ->> 'until')::date >= as_of);
    checked := checked || portal.check_result(named[2], case when total >= 1 then 'met' else 'open' end,
      jsonb_build_object(named[3], total), records);
  end loop;

  -- Key 8: the council's role explained, and council moments in the decision phases where it takes part.
  checked := checked || portal.check_result('council_role_stated',
    case when nullif(btrim(coalesce(proj ->> 'council_role_explanation', '')), '') is null then 'open' else 'met' end,
    jsonb_build_object('council_role', proj ->> 'council_role'),
    jsonb_build_array(jsonb_build_object('kind', 'project', 'id', proj ->> 'id')));
  if proj ->> 'council_role' in ('kaderstellend', 'besluitvormend', 'adviesrecht') then
    select count(*), coalesce(jsonb_agg(jsonb_build_object('kind', 'phase', 'id', ph.p ->> 'id') order by (ph.p ->> 'position')::int)
        filter (where not exists (
          select 1 from jsonb_array_elements(doc -> 'council_moments') as c(v)
          where (c.v ->> 'meets_on')::date >= (ph.p ->> 'starts_on')::date
            and (ph.p ->> 'ends_on' is null or (c.v ->> 'meets_on')::date <= (ph.p ->> 'ends_on')::date))), '[]'::jsonb)
      into total, records
      from jsonb_array_elements(doc -> 'phases') as ph(p)
      where ph.p ->> 'kind' = 'decision' and (ph.p ->> 'starts_on')::date <= as_of;
  else
    total := 0;
    records := '[]'::jsonb;
  end if;
  checked := checked || portal.check_result('council_moments_planned',
    case when total = 0 then 'not_applicable' when jsonb_array_length(records) = 0 then 'met' else 'open' end,
    jsonb_build_object('decision_phases', total, 'without_moment', jsonb_array_length(records)), records);

  return (
    select jsonb_agg(r.v || jsonb_build_object('key', c.key) order by c.position)
    from jsonb_array_elements(checked) as r(v) join portal.check_rules c on c.rule = r.v ->> 'rule');
end
$$;
comment on function portal.eight_keys(jsonb, date) is 'The eight-keys check of a check document as it stood on a day: one result per rule of portal.check_rules, in their order, each {rule, key, state (met, open or not_applicable), facts (the figures), records [{kind, id, ...}] (what the figures are about: for an open point the records that are short, for a met one those that meet it)}. Records dated after the day are left out.';

create function portal.project_check(project uuid, months integer default 12) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  doc jsonb := portal.check_document(project);
  today date := (now() at time zone 'Europe/Amsterdam')::date;
begin
  return jsonb_build_object(
    'as_of', today,
    'results', portal.eight_keys(doc, today),
    -- The open points at the end of each earlier month since the project started, for the monitor's chart.
    'series', (
      select coalesce(jsonb_agg(jsonb_build_object('month', to_char(m.month_end, 'YYYY-MM'),
          'open', (select coalesce(jsonb_agg(r.v ->> 'rule'), '[]'::jsonb)
                   from jsonb_array_elements(portal.eight_keys(doc, m.month_end)) as r(v) where r.v ->> 'state' = 'open'))
        order by m.month_end), '[]'::jsonb)
      from (
        select ((date_trunc('month', today) - make_interval(months => n)) + interval '1 month' - interval '1 day')::date as month_end
        from generate_series(1, greatest(months, 0)) as n
      ) m
      where m.month_end >= (doc -> 'project' ->> 'starts_on')::date));
end
$$;
comment on function portal.project_check(uuid, integer) is 'The eight-keys check of a project today (in Amsterdam): {as_of, results (portal.eight_keys), series [{month (YYYY-MM), open [rule]}] at the end of each of the last `months` months (default 12) since the project started, oldest first}.';

revoke all on function portal.check_document(uuid), portal.amsterdam_date(text), portal.check_overlay(jsonb, text, uuid, jsonb),
  portal.check_result(text, text, jsonb, jsonb), portal.eight_keys(jsonb, date), portal.project_check(uuid, integer) from public;
grant execute on function portal.check_document(uuid), portal.amsterdam_date(text), portal.check_overlay(jsonb, text, uuid, jsonb),
  portal.check_result(text, text, jsonb, jsonb), portal.eight_keys(jsonb, date), portal.project_check(uuid, integer)
  to anon, authenticated, service_role;

-- The API ---------------------------------------------------------------------------------------------------

create function public.check_rules() returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object('rule', c.rule, 'key', c.key,
      'title', jsonb_build_object('nl', c.title_nl, 'en', c.title_en),
      'explanation', jsonb_build_object('nl', c.explanation_nl, 'en', c.explanation_en),
      'fix_kind', c.fix_kind) order by c.position), '[]'::jsonb)
  from portal.check_rules c
$$;
comment on function public.check_rules() is 'The rules of the eight-keys check, in order: [{rule, key (1 to 8), title {nl, en}, explanation {nl, en}, fix_kind (the kind of record whose form fixes an open point)}].';
revoke all on function public.check_rules() from public, anon, authenticated;
grant execute on function public.check_rules() to anon, authenticated, service_role;

-- project_timeline: everything public about one project, in one document. Here, after what it reads last: the
-- eight-keys check (above) and the invitations (20261206000050_invitations.sql). Each record is its kind's public
-- JSON (portal.project_json, portal.promise_json and the others, 20261128000700_api_read.sql); project_timelines
-- (20261205000800_timeline_pages.sql) pages through these documents for the site build.

create function public.project_timeline(org_slug text, project_slug text) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  org uuid := portal.organisation_id_for(org_slug);
  p record;
  current_phase uuid;
  doc jsonb;
begin
  if project_slug is null or btrim(project_slug) = '' then
    raise exception 'project_slug is required.' using errcode = '22023';
  end if;
  -- Public columns only: anon may not read who wrote or approved a project (a whole row asks for every column).
  select pr.id, pr.version, pr.revised_at, pr.self_approved into p from portal.projects pr
  where pr.organisation_id = org and pr.slug = project_slug and pr.publication = 'published';
  if p.id is null then
    raise exception 'Project "%" does not exist or is not published.', left(project_slug, 80) using errcode = 'PT404';
  end if;
  current_phase := portal.current_phase_id(p.id);

  doc := jsonb_build_object(
    'generated_at', now(),
    -- The newest ledger entry when this document was read: verify-ledger compares the document with the
    -- ledger up to here, so a publication during a build is never taken for a mismatch.
    'ledger_head', (select jsonb_build_object('seq', h.seq, 'hash', h.hash) from portal.ledger_heads h where h.organisation_id = org),
    'organisation', public.get_organisation(org_slug),
    'project', portal.project_json(p.id)
      || jsonb_build_object('version', p.version, 'revised_at', p.revised_at, 'self_approved', p.self_approved),
    'people', (
      select coalesce(jsonb_agg((portal.person_json(pp.person_id) - 'id')
          || jsonb_build_object('id', pp.id, 'person_id', pp.person_id, 'role', pp.role, 'since', pp.since, 'until', pp.until,
               'version', pp.version, 'revised_at', pp.revised_at, 'self_approved', pp.self_approved)
        order by pp.role, pp.since), '[]'::jsonb)
      from portal.project_people pp where pp.project_id = p.id and pp.publication = 'published'),
    'phases', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', ph.id, 'position', ph.position, 'kind', ph.kind, 'title', ph.title,
          'starts_on', ph.starts_on, 'ends_on', ph.ends_on, 'is_current', ph.id = current_phase,
          'participation_level', ph.participation_level, 'open_for_input', ph.open_for_input,
          'fixed_frames', ph.fixed_frames, 'time_asked', ph.time_asked, 'time_asked_hours', ph.time_asked_hours,
          'results_expected', ph.results_expected, 'results_expected_on', ph.results_expected_on,
          'department', ph.department, 'contact_person_id', ph.contact_person_id, 'contact', portal.person_json(ph.contact_person_id),
          'council_role', ph.council_role, 'council_role_explanation', ph.council_role_explanation,
          'version', ph.version, 'revised_at', ph.revised_at, 'self_approved', ph.self_approved, 'translations', ph.translations)
        order by ph.position), '[]'::jsonb)
      from portal.phases ph where ph.project_id = p.id and ph.publication = 'published'),
    'handovers', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', h.id, 'handed_over_on', h.handed_over_on, 'from_phase_id', h.from_phase_id, 'to_phase_id', h.to_phase_id,
          'from_department', h.from_department, 'to_department', h.to_department,
          'from_person_id', h.from_person_id, 'to_person_id', h.to_person_id,
          'from_person', portal.person_json(h.from_person_id), 'to_person', portal.person_json(h.to_person_id),
          'note', h.note, 'version', h.version, 'revised_at', h.revised_at, 'self_approved', h.self_approved, 'translations', h.translations)
        order by h.handed_over_on), '[]'::jsonb)
      from portal.handovers h where h.project_id = p.id and h.publication = 'published'),
    'decisions', (
      select coalesce(jsonb_agg(portal.decision_json(d.id)
          || jsonb_build_object('version', d.version, 'revised_at', d.revised_at, 'self_approved', d.self_approved)
        order by d.decided_on, d.title), '[]'::jsonb)
      from portal.decisions d where d.project_id = p.id and d.publication = 'published'),
    'input_themes', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', t.id, 'phase_id', t.phase_id, 'title', t.title, 'you_said', t.you_said, 'times_raised', t.times_raised,
          'version', t.version, 'revised_at', t.revised_at, 'self_approved', t.self_approved, 'translations', t.translations,
          'responses', (
            select coalesce(jsonb_agg(jsonb_build_object('decision_id', r.decision_id, 'we_did', r.we_did)
              order by d.decided_on), '[]'::jsonb)
            from portal.input_responses r join portal.decisions d on d.id = r.decision_id
            where r.input_theme_id = t.id and d.publication = 'published'))
        order by t.title), '[]'::jsonb)
      from portal.input_themes t where t.project_id = p.id and t.publication = 'published'),
    'promises', (
      select coalesce(jsonb_agg(portal.promise_json(pr.id)
          || jsonb_build_object('version', pr.version, 'revised_at', pr.revised_at, 'self_approved', pr.self_approved)
        order by pr.made_on, pr.body), '[]'::jsonb)
      from portal.promises pr where pr.project_id = p.id and pr.publication = 'published'),
    'council_moments', (
      select coalesce(jsonb_agg(portal.council_moment_json(c.id)
          || jsonb_build_object('version', c.version, 'revised_at', c.revised_at, 'self_approved', c.self_approved)
        order by c.meets_on, c.starts_at, c.id), '[]'::jsonb)
      from portal.council_moments c where c.project_id = p.id and c.publication = 'published'),
    'motions', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', m.id, 'council_moment_id', m.council_moment_id, 'phase_id', m.phase_id, 'kind', m.kind, 'reference', m.reference,
          'title', m.title, 'submitted_by', m.submitted_by, 'asks', m.asks, 'result', m.result, 'result_summary', m.result_summary,
          'votes', m.votes, 'source_url', m.source_url, 'source_id', m.source_id,
          'version', m.version, 'revised_at', m.revised_at, 'self_approved', m.self_approved, 'translations', m.translations)
        order by c.meets_on, m.reference, m.title, m.id), '[]'::jsonb)
      from portal.council_motions m join portal.council_moments c on c.id = m.council_moment_id
      where m.project_id = p.id and m.publication = 'published' and c.publication = 'published'),
    'council_letters', (
      select coalesce(jsonb_agg(jsonb_build_object(
          'id', l.id, 'phase_id', l.phase_id, 'sent_on', l.sent_on, 'reference', l.reference, 'title', l.title,
          'summary', l.summary, 'source_url', l.source_url, 'source_id', l.source_id,
          'version', l.version, 'revised_at', l.revised_at, 'self_approved', l.self_approved, 'translations', l.translations)
        order by l.sent_on, l.title, l.id), '[]'::jsonb)
      from portal.council_letters l where l.project_id = p.id and l.publication = 'published'),
    'updates', (
      select coalesce(jsonb_agg(portal.update_json(u.id)
          || jsonb_build_object('version', u.version, 'revised_at', u.revised_at, 'self_approved', u.self_approved)
        order by u.published_at), '[]'::jsonb)
      from portal.updates u where u.project_id = p.id and u.publication = 'published'),
    'key_dates', (
      select coalesce(jsonb_agg(portal.key_date_json(k.id)
          || jsonb_build_object('version', k.version, 'revised_at', k.revised_at, 'self_approved', k.self_approved)
        order by k.starts_at), '[]'::jsonb)
      from portal.key_dates k where k.project_id = p.id and k.publication = 'published'),
    'groups', (
      select coalesce(jsonb_agg(jsonb_build_object('id', g.id, 'name', g.name, 'status', g.status, 'note', g.note,
          'version', g.version, 'revised_at', g.revised_at, 'self_approved', g.self_approved, 'translations', g.translations)
        order by g.status, g.name), '[]'::jsonb)
      from portal.groups_involved g where g.project_id = p.id and g.publication = 'published'),
    'lessons', (
      select coalesce(jsonb_agg(portal.lesson_json(l.id)
          || jsonb_build_object('version', l.version, 'revised_at', l.revised_at, 'self_approved', l.self_approved)
        order by l.recorded_on, l.title), '[]'::jsonb)
      from portal.lessons l where l.project_id = p.id and l.publication = 'published'),
    -- What was withdrawn leaves a notice in its place: what it was, when, and why.
    'withdrawn', (
      select coalesce(jsonb_agg(jsonb_build_object('kind', w.kind, 'id', w.record_id, 'title', portal.record_title(w.kind, w.content),
          'withdrawn_at', w.at, 'reason', w.reason, 'version', w.version)
        order by w.at, w.record_id), '[]'::jsonb)
      from (
        select distinct on (v.kind, v.record_id) v.kind, v.record_id, v.content, v.at, v.reason, v.version, v.event
        from portal.record_versions v
        where v.project_id = p.id and v.kind not in ('project', 'promise_status')
        order by v.kind, v.record_id, v.ledger_seq desc
      ) w
      where w.event = 'withdrawal'),
    -- The public version history: every publication event of the project's records and of the people it
    -- names, oldest first, with the content of each version (the changes page shows the differences).
    'history', (
      select coalesce(jsonb_agg(jsonb_build_object('id', v.id, 'seq', v.ledger_seq, 'type', v.event, 'kind', v.kind,
          'record_id', v.record_id, 'version', v.version, 'at', v.at, 'title', portal.record_title(v.kind, v.content),
          'promise_id', v.parent_id,
          'approval', v.approval, 'approved_by_role', v.approved_by_role, 'reason', v.reason, 'content', v.content,
          'content_hash', v.content_hash)
        order by v.ledger_seq), '[]'::jsonb)
      from portal.record_versions v
      where v.project_id = p.id
         or (v.kind = 'person' and v.record_id in (
               select pp.person_id from portal.project_people pp where pp.project_id = p.id and pp.publication = 'published'
               union select ph.contact_person_id from portal.phases ph where ph.project_id = p.id and ph.publication = 'published'
               union select h.from_person_id from portal.handovers h where h.project_id = p.id and h.publication = 'published'
               union select h.to_person_id from portal.handovers h where h.project_id = p.id and h.publication = 'published'))),
    'check', portal.project_check(p.id),
    -- What the municipality invited those who take part to (20261206000050_invitations.sql), and to how many it
    -- went: public, as every word it sends.
    'invitations', (select coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'key_date_id', i.key_date_id, 'title', i.title,
          'body', i.body, 'group_name', i.group_name, 'recipients', i.recipients, 'published_at', i.published_at,
          'version', i.version, 'revised_at', i.revised_at, 'self_approved', i.self_approved, 'translations', i.translations)
        order by i.published_at, i.id), '[]'::jsonb)
      from portal.invitations i where i.project_id = p.id and i.publication = 'published')
  );

  -- One chronological line of everything above; `at` orders it, dates count from midnight in Amsterdam.
  return doc || jsonb_build_object('timeline', (
    select coalesce(jsonb_agg(jsonb_build_object('kind', kind, 'at', at, 'ref_id', ref_id, 'title', title)
      order by at, kind_order, title), '[]'::jsonb)
    from (
      select 'phase_start' as kind, 1 as kind_order, e.value ->> 'id' as ref_id, e.value ->> 'title' as title,
             ((e.value ->> 'starts_on')::date::timestamp at time zone 'Europe/Amsterdam') as at
        from jsonb_array_elements(doc -> 'phases') e
      union all
      select 'handover', 2, e.value ->> 'id', e.value ->> 'to_department',
             ((e.value ->> 'handed_over_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'handovers') e
      union all
      select 'key_date', 3, e.value ->> 'id', e.value ->> 'title', (e.value ->> 'starts_at')::timestamptz
        from jsonb_array_elements(doc -> 'key_dates') e
      union all
      select 'decision', 4, e.value ->> 'id', e.value ->> 'title',
             ((e.value ->> 'decided_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'decisions') e
      union all
      select 'council_moment', 5, e.value ->> 'id', e.value ->> 'agenda_item',
             ((e.value ->> 'meets_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'council_moments') e
      union all
      select 'council_letter', 5, e.value ->> 'id', e.value ->> 'title',
             ((e.value ->> 'sent_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'council_letters') e
      union all
      select 'promise_made', 6, e.value ->> 'id', e.value ->> 'body',
             ((e.value ->> 'made_on')::date::timestamp at time zone 'Europe/Amsterdam')
        from jsonb_array_elements(doc -> 'promises') e
      union all
      select 'promise_status', 7, e.value ->> 'id', h.value ->> 'status', (h.value ->> 'changed_at')::timestamptz
        from jsonb_array_elements(doc -> 'promises') e, jsonb_array_elements(e.value -> 'history') h
      union all
      select 'update', 8, e.value ->> 'id', e.value ->> 'title', (e.value ->> 'published_at')::timestamptz
        from jsonb_array_elements(doc -> 'updates') e
    ) items));
end
$$;
comment on function public.project_timeline(text, text) is 'Everything public about one project in one document: organisation, project (with investment), people, phases (with expectations and the current one marked), handovers, decisions (with their answers to input themes), input themes with the decisions that answered them, promises with their history, council moments, updates, key dates, groups, lessons, invitations (what those who take part were invited to, with how many it went to), each with its id, version, revised_at, self_approved and translations {"en": {field: text}} (a decision''s answer to a theme is translated as responses.<theme id>), the notices of withdrawn records (withdrawn), the public version history (history: every publication event with its ledger seq, approval, reason and content), the ledger head when it was read (ledger_head {seq, hash}), one chronological timeline, and the eight-keys check (check {as_of, results [{rule, key, state, facts, records}], series [{month, open}]}, see check_rules). Raises PT404 when the project is unknown or not published.';
revoke all on function public.project_timeline(text, text) from public, anon, authenticated;
grant execute on function public.project_timeline(text, text) to anon, authenticated, service_role;

-- staff_project: everything of one project for the workspace, its check and invitations among it. Here, after what it
-- reads last: the eight-keys check (above) and the invitations (20261206000050_invitations.sql).

create function public.staff_project(input jsonb) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  project uuid := portal.input_uuid(portal.input_object(input), 'project_id', 'Project', 'Project');
  org uuid := portal.staff_project_organisation(project, 'editor');
begin
  return jsonb_build_object(
    'project', portal.staff_record('project', project),
    'organisation', (select jsonb_build_object('id', o.id, 'slug', o.slug, 'name', o.name,
        'role', (select m.role from portal.staff_memberships m where m.organisation_id = o.id and m.user_id = auth.uid()),
        'allow_self_approval', o.allow_self_approval)
      from portal.organisations o where o.id = org),
    'people', (select coalesce(jsonb_agg(portal.staff_record('person', x.id) order by x.name, x.id), '[]') from portal.people x where x.organisation_id = org),
    'assignments', (select coalesce(jsonb_agg(portal.staff_record('assignment', x.id) order by x.role, x.since, x.id), '[]') from portal.project_people x where x.project_id = project),
    'phases', (select coalesce(jsonb_agg(portal.staff_record('phase', x.id) order by x.position, x.id), '[]') from portal.phases x where x.project_id = project),
    'handovers', (select coalesce(jsonb_agg(portal.staff_record('handover', x.id) order by x.handed_over_on, x.id), '[]') from portal.handovers x where x.project_id = project),
    'council_moments', (select coalesce(jsonb_agg(portal.staff_record('council_moment', x.id) order by x.meets_on, x.id), '[]') from portal.council_moments x where x.project_id = project),
    'motions', (select coalesce(jsonb_agg(portal.staff_record('motion', x.id) order by m.meets_on, x.created_at, x.id), '[]')
                from portal.council_motions x join portal.council_moments m on m.id = x.council_moment_id where x.project_id = project),
    'council_letters', (select coalesce(jsonb_agg(portal.staff_record('council_letter', x.id) order by x.sent_on, x.id), '[]') from portal.council_letters x where x.project_id = project),
    'key_dates', (select coalesce(jsonb_agg(portal.staff_record('key_date', x.id) order by x.starts_at, x.id), '[]') from portal.key_dates x where x.project_id = project),
    'groups', (select coalesce(jsonb_agg(portal.staff_record('group', x.id) order by x.name, x.id), '[]') from portal.groups_involved x where x.project_id = project),
    'lessons', (select coalesce(jsonb_agg(portal.staff_record('lesson', x.id) order by x.recorded_on, x.id), '[]') from portal.lessons x where x.project_id = project),
    'updates', (select coalesce(jsonb_agg(portal.staff_record('update', x.id) order by x.created_at desc, x.id), '[]') from portal.updates x where x.project_id = project),
    'decisions', (select coalesce(jsonb_agg(portal.staff_record('decision', x.id) order by x.decided_on, x.id), '[]') from portal.decisions x where x.project_id = project),
    'input_themes', (select coalesce(jsonb_agg(portal.staff_record('input_theme', x.id) order by x.created_at, x.id), '[]') from portal.input_themes x where x.project_id = project),
    'promises', (select coalesce(jsonb_agg(portal.staff_record('promise', x.id) order by x.made_on, x.id), '[]') from portal.promises x where x.project_id = project),
    'invitations', (select coalesce(jsonb_agg(portal.staff_record('invitation', x.id) order by x.created_at desc, x.id), '[]'::jsonb)
                    from portal.invitations x where x.project_id = project),
    -- The check of what is public now, the same one the monitor shows.
    'check', portal.project_check(project, 0) || jsonb_build_object('rules', public.check_rules()));
end
$$;
comment on function public.staff_project(jsonb) is 'Everything of one project for the staff workspace, drafts and pending revisions included, each record as portal.staff_record shows it (its columns, or its pending revision''s fields with pending {state, changed_fields, published, ...}; may_approve and i_wrote for the caller): {project, organisation {id, slug, name, role, allow_self_approval}, people (of the organisation), assignments, phases, handovers, council_moments, key_dates, groups, lessons, updates, decisions (with responses), input_themes, promises (with history and pending_status), invitations (newest first, with recipients once sent), check (the eight-keys check of what is public now: {as_of, results [{rule, key, state, facts, records}], series (empty), rules (as check_rules gives them)})}. Input: {project_id}. Staff of the project''s organisation only; 404 for unknown and foreign projects alike.';
revoke all on function public.staff_project(jsonb) from public, anon;
grant execute on function public.staff_project(jsonb) to authenticated, service_role;

-- staff_workspace: the start of the workspace, its approval queue saying what approving each change would fix or
-- break in its project's check. Here, after the check it asks (above).

create function public.staff_workspace() returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  orgs uuid[];
  doc jsonb;
  today date := (now() at time zone 'Europe/Amsterdam')::date;
  item jsonb;
  items jsonb := '[]'::jsonb;
  -- Per project, read and checked once however many of its changes wait: {<project id>: {doc, states}}.
  checked jsonb := '{}'::jsonb;
  project_doc jsonb;
  before jsonb;
  after jsonb;
begin
  if me is null then
    perform portal.forbidden('Log eerst in.', 'Please sign in first.');
  end if;
  select coalesce(array_agg(m.organisation_id), '{}') into orgs from portal.staff_memberships m where m.user_id = me;
  -- The records are read once and counted per project in one pass, not once per project.
  doc := (
    with recs as materialized (select * from portal.publishable_records(orgs)),
    counts as (
      select r.project_id,
        count(*) filter (where r.kind <> 'project' and r.publication = 'draft') as draft,
        count(*) filter (where r.kind <> 'project' and r.publication = 'awaiting_approval') as awaiting
      from recs r group by r.project_id)
    select jsonb_build_object(
      'user', jsonb_build_object('id', me, 'email', auth.jwt() ->> 'email'),
      'memberships', (
        select coalesce(jsonb_agg(jsonb_build_object('organisation_id', o.id, 'slug', o.slug, 'name', o.name,
            'role', m.role, 'allow_self_approval', o.allow_self_approval) order by o.name), '[]'::jsonb)
        from portal.staff_memberships m join portal.organisations o on o.id = m.organisation_id
        where m.user_id = me),
      'projects', (
        select coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'organisation_id', p.organisation_id, 'slug', p.slug,
            'title', p.title, 'status', p.status, 'publication', p.publication, 'updated_at', p.updated_at,
            'counts', jsonb_build_object('draft', coalesce(c.draft, 0), 'awaiting_approval', coalesce(c.awaiting, 0)))
          order by p.updated_at desc, p.id), '[]'::jsonb)
        from portal.projects p left join counts c on c.project_id = p.id
        where p.organisation_id = any (orgs)),
      'awaiting_approval', (
        select coalesce(jsonb_agg(jsonb_build_object('kind', r.kind, 'id', r.id, 'project_id', r.project_id,
            'organisation_id', r.organisation_id, 'project_title', p.title, 'title', r.title, 'state', r.publication,
            'submitted_at', r.submitted_at, 'publish_at', r.publish_at, 'is_revision', r.is_revision,
            'is_mine', coalesce(me = any (r.writers), false),
            'may_approve', r.publication = 'awaiting_approval' and portal.may_approve(r.organisation_id, r.writers),
            'content', case when r.is_revision then r.content
                            else portal.record_content(r.kind, portal.record_row(r.kind, r.id)) end,
            'published', r.published)
          order by r.submitted_at nulls last, r.id), '[]'::jsonb)
        from recs r left join portal.projects p on p.id = r.project_id
        where r.publication in ('awaiting_approval', 'scheduled'))));

  -- What approving each change would fix or break in its project's check.
  for item in select x.v from jsonb_array_elements(doc -> 'awaiting_approval') as x(v) loop
    if item ->> 'project_id' is not null then
      if not checked ? (item ->> 'project_id') then
        project_doc := portal.check_document((item ->> 'project_id')::uuid);
        select jsonb_object_agg(r.v ->> 'rule', r.v ->> 'state') into before
          from jsonb_array_elements(portal.eight_keys(project_doc, today)) as r(v);
        checked := checked || jsonb_build_object(item ->> 'project_id', jsonb_build_object('doc', project_doc, 'states', before));
      end if;
      project_doc := checked -> (item ->> 'project_id') -> 'doc';
      before := checked -> (item ->> 'project_id') -> 'states';
      select jsonb_object_agg(r.v ->> 'rule', r.v ->> 'state') into after
        from jsonb_array_elements(portal.eight_keys(
          portal.check_overlay(project_doc, item ->> 'kind', (item ->> 'id')::uuid, item -> 'content'), today)) as r(v);
      item := item || jsonb_build_object('check_effect', jsonb_build_object(
        'fixes', (select coalesce(jsonb_agg(c.rule order by c.position), '[]'::jsonb) from portal.check_rules c
                  where before ->> c.rule = 'open' and after ->> c.rule <> 'open'),
        'breaks', (select coalesce(jsonb_agg(c.rule order by c.position), '[]'::jsonb) from portal.check_rules c
                   where before ->> c.rule <> 'open' and after ->> c.rule = 'open')));
    end if;
    items := items || jsonb_build_array(item);
  end loop;
  return doc || jsonb_build_object('awaiting_approval', items, 'check_rules', public.check_rules());
end
$$;
comment on function public.staff_workspace() is 'The start of the staff workspace for the signed-in user: {user {id, email}, memberships [{organisation_id, slug, name, role, allow_self_approval}], projects [{id, organisation_id, slug, title, status, publication, updated_at, counts {draft, awaiting_approval}}], awaiting_approval [{kind, id, project_id (null for a person), organisation_id, project_title, title, state (awaiting_approval or scheduled), submitted_at, publish_at, is_revision, is_mine, may_approve, content (the public content it would have), published (for a revision: the public content it has), check_effect {fixes [rule], breaks [rule]} (what approving it would change in its project''s eight-keys check; not for a person)}], check_rules (as public.check_rules gives them)}, for the caller''s organisations only. Counts include pending revisions. Empty lists for a signed-in user who is not staff; 401 without a user.';
revoke all on function public.staff_workspace() from public, anon;
grant execute on function public.staff_workspace() to authenticated, service_role;
