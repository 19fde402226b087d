-- Row level security on the records of a project (phases, people's roles, handovers, decisions, input
-- themes and responses, promises, council moments, updates, key dates, groups, lessons), table by table,
-- signed in as each kind of user: who reads what is not published and who writes drafts. Nobody with an API
-- role publishes or changes what is published here: that is left to the workflow functions (staff_approve,
-- staff_unpublish), which record a version and a ledger entry; row level security hides published rows from
-- staff writes, and the guard trigger (portal.guard_public_record) refuses the rest, the service role included.
--
-- Every table protected by portal.protect_project_records() gets the same checks: the tables are found by
-- their standard read policy, so a new table that uses the helper is checked too. Each write is undone right
-- after it is counted (see helpers/write-checks.psql), so every check starts from the fixture.
begin;
set local search_path = public, extensions;

\ir helpers/write-checks.psql
\ir helpers/sign-in.psql

create function pg_temp.visible_rows(tbl regclass, ids uuid[]) returns integer
language plpgsql as $$
declare
  found integer;
begin
  execute format('select count(*)::integer from %s where id = any($1)', tbl) into found using ids;
  return found;
end
$$;

-- The fixture's projects and the tables under test, read as the superuser ---------------------------------

create temp table fixture_projects on commit drop as
  select p.slug, p.id from portal.projects p
  where p.slug in ('testproject', 'conceptproject', 'anderproject', 'anderconcept');

create temp table cases (
  tbl regclass primary key,
  has_publication boolean not null,
  public_ids uuid[] not null default '{}',   -- rows the public sees: published rows of testproject
  hidden_ids uuid[] not null default '{}',   -- drafts of testproject and rows of the draft conceptproject
  changeable_id uuid,                         -- a draft row of testproject, or any row where there is no publication
  published_id uuid,                          -- a published row of testproject
  new_row jsonb                               -- a valid new draft row for testproject
) on commit drop;

insert into cases (tbl, has_publication)
select distinct pol.polrelid::regclass,
  exists (select 1 from pg_attribute a where a.attrelid = pol.polrelid and a.attname = 'publication' and not a.attisdropped)
from pg_policy pol
where pol.polrelid::regclass::text like 'portal.%'
  and pol.polname like 'Anyone can read % of published projects'
  -- Responses have no id of their own and an extra policy; they are checked one by one below.
  and pol.polrelid <> 'portal.input_responses'::regclass;

-- Columns that must stay unique when a row of testproject is copied into a new draft.
create temp table copy_patches (tbl regclass primary key, patch text not null) on commit drop;
insert into copy_patches values
  ('portal.phases', $$ jsonb_build_object('position', (select coalesce(max(position), 0) + 1 from portal.phases where project_id = $1)) $$),
  ('portal.project_people', $$ jsonb_build_object('until', to_jsonb(r) ->> 'since') $$),
  -- A random part: the draft the setup adds and the new row of the checks are both copies, and must differ.
  ('portal.groups_involved', $$ jsonb_build_object('name', 'kopie ' || left(md5(random()::text), 8) || ' ' || left(to_jsonb(r) ->> 'name', 140)) $$);

do $setup$
declare
  c record;
  testproject uuid := (select id from fixture_projects where slug = 'testproject');
  conceptproject uuid := (select id from fixture_projects where slug = 'conceptproject');
  patch text;
  row_json jsonb;
  has_rows boolean;
  draft_id uuid;
begin
  if testproject is null or conceptproject is null then
    raise exception 'the fixture must have testproject and conceptproject';
  end if;
  for c in select * from cases loop
    patch := coalesce((select p.patch from copy_patches p where p.tbl = c.tbl), $$ '{}'::jsonb $$);
    if c.has_publication then
      execute format($q$
        update cases set
          public_ids = (select coalesce(array_agg(id), '{}') from %1$s where project_id = $1 and publication = 'published'),
          hidden_ids = (select coalesce(array_agg(id), '{}') from %1$s
                        where (project_id = $1 and publication <> 'published') or project_id = $2),
          changeable_id = (select id from %1$s where project_id = $1 and publication = 'draft' order by id limit 1),
          published_id = (select id from %1$s where project_id = $1 and publication = 'published' order by id limit 1)
        where tbl = $3 $q$, c.tbl) using testproject, conceptproject, c.tbl;
    else
      -- Without a publication state, what the public must not see is what belongs to a draft project. Where
      -- the fixture has no such row, a copy of a testproject row goes into conceptproject, without the phase
      -- references, which would point into testproject.
      execute format($q$ select exists (select 1 from %s where project_id = $1) $q$, c.tbl) into has_rows using conceptproject;
      if not has_rows then
        execute format($q$
          select to_jsonb(r) || (%2$s) || jsonb_build_object('id', gen_random_uuid(), 'project_id', $2,
                   'phase_id', null, 'from_phase_id', null, 'to_phase_id', null)
          from %1$s r where r.project_id = $1 order by r.id limit 1 $q$,
          c.tbl, replace(patch, '$1', '$2')) into row_json using testproject, conceptproject;
        execute format('insert into %1$s select * from jsonb_populate_record(null::%1$s, $1)', c.tbl) using row_json;
      end if;
      execute format($q$
        update cases set
          public_ids = (select coalesce(array_agg(id), '{}') from %1$s where project_id = $1),
          hidden_ids = (select coalesce(array_agg(id), '{}') from %1$s where project_id = $2),
          changeable_id = (select id from %1$s where project_id = $1 order by id limit 1)
        where tbl = $3 $q$, c.tbl) using testproject, conceptproject, c.tbl;
    end if;
    -- The fixture may hold only records awaiting approval, or (the structure of a project: phases, roles,
    -- handovers, groups, input themes) only published ones; a plain draft is needed as well. It is a copy of
    -- a published row, as a draft that was never published.
    if c.has_publication and (select changeable_id from cases where tbl = c.tbl) is null then
      execute format($q$
        select to_jsonb(r) || (%2$s) from %1$s r where r.project_id = $1 order by r.id limit 1 $q$, c.tbl, patch)
        into row_json using testproject;
      execute format('insert into %1$s select * from jsonb_populate_record(null::%1$s, $1) returning id', c.tbl)
        into draft_id using row_json || jsonb_build_object('id', gen_random_uuid(), 'publication', 'draft',
          'published_at', null, 'approver_id', null, 'version', 0);
      update cases set changeable_id = draft_id, hidden_ids = hidden_ids || draft_id where tbl = c.tbl;
    end if;
    -- A new draft for testproject: a copy of one of its rows with a new id, kept unique where it must be
    -- (after the draft above, so that it does not clash with it).
    execute format($q$
      select to_jsonb(r) || (%2$s) from %1$s r where r.project_id = $1 order by r.id limit 1 $q$, c.tbl, patch)
      into row_json using testproject;
    if c.has_publication then
      row_json := row_json || '{"publication": "draft", "published_at": null}'::jsonb;
    end if;
    update cases set new_row = row_json where tbl = c.tbl;
  end loop;
end
$setup$;

grant select on cases, fixture_projects to anon, authenticated, service_role;

-- Every check of every table for one user, as TAP lines. Expected writes: a row count, 'refused' or 'blocked'.
create function pg_temp.record_rights(
  actor text, reads_hidden boolean, adds_draft text, adds_published text, changes_draft text, publishes text,
  changes_published text, deletes_draft text, deletes_published text, deletes_row text, moves_away text
) returns setof text
language plpgsql as $$
declare
  c record;
  noun text;
  other_project uuid := (select id from fixture_projects where slug = 'anderproject');
  insert_sql text;
  expected text;
begin
  for c in select * from cases order by tbl::text loop
    noun := replace(c.tbl::text, 'portal.', '');
    insert_sql := format('insert into %1$s select * from jsonb_populate_record(null::%1$s, %2$L::jsonb || jsonb_build_object(''id'', gen_random_uuid())',
      c.tbl, c.new_row);
    return next is(pg_temp.visible_rows(c.tbl, c.public_ids), cardinality(c.public_ids),
      format('%s: %s reads every row of testproject that the public may see (%s)', noun, actor, cardinality(c.public_ids)));
    return next is(pg_temp.visible_rows(c.tbl, c.hidden_ids), case when reads_hidden then cardinality(c.hidden_ids) else 0 end,
      format('%s: %s %s unpublished rows and rows of the draft project (%s)', noun, actor,
        case when reads_hidden then 'reads' else 'does not read' end, cardinality(c.hidden_ids)));
    return next pg_temp.check_write(insert_sql || ')', adds_draft,
      format('%s: %s adding a %s to testproject: %s', noun, actor,
        case when c.has_publication then 'draft' else 'row' end, adds_draft));
    -- Where project_id is not writable at all (promises), moving is refused to everyone. Null: not checked
    -- (the service role is trusted across organisations; only the foreign keys stop some of its moves).
    if moves_away is not null then
      expected := case when has_column_privilege(c.tbl, 'project_id', 'UPDATE') then moves_away else 'refused' end;
      return next pg_temp.check_write(format('update %s set project_id = %L where id = %L', c.tbl, other_project, c.changeable_id),
        expected, format('%s: %s moving a row of testproject to otherdam''s project: %s', noun, actor, expected));
    end if;
    if c.has_publication then
      return next pg_temp.check_write(insert_sql || ' || jsonb_build_object(''publication'', ''published'', ''published_at'', now()))',
        adds_published, format('%s: %s adding a published row: %s', noun, actor, adds_published));
      return next pg_temp.check_write(format('update %s set publication = publication where id = %L', c.tbl, c.changeable_id),
        changes_draft, format('%s: %s changing a draft: %s', noun, actor, changes_draft));
      -- Publishing is the change of state itself (published_at is a workflow column, not even writable on
      -- promises): the guard refuses it to whoever row level security lets reach the row.
      return next pg_temp.check_write(format('update %s set publication = ''published'' where id = %L', c.tbl, c.changeable_id),
        publishes, format('%s: %s publishing a draft by updating it: %s', noun, actor, publishes));
      return next pg_temp.check_write(format('update %s set publication = publication where id = %L', c.tbl, c.published_id),
        changes_published, format('%s: %s changing a published row: %s', noun, actor, changes_published));
      return next pg_temp.check_write(format('delete from %s where id = %L', c.tbl, c.changeable_id),
        deletes_draft, format('%s: %s deleting a draft: %s', noun, actor, deletes_draft));
      return next pg_temp.check_write(format('delete from %s where id = %L', c.tbl, c.published_id),
        deletes_published, format('%s: %s deleting a published row: %s', noun, actor, deletes_published));
    else
      return next pg_temp.check_write(format('update %s set project_id = project_id where id = %L', c.tbl, c.changeable_id),
        changes_draft, format('%s: %s changing a row of testproject: %s', noun, actor, changes_draft));
      return next pg_temp.check_write(format('delete from %s where id = %L', c.tbl, c.changeable_id),
        deletes_row, format('%s: %s deleting a row of testproject: %s', noun, actor, deletes_row));
    end if;
  end loop;
end
$$;

-- Six users, ten checks per table with a publication state and six per table without; the service role, one
-- fewer (no move); then 23 single checks.
select plan(
  (select 6 * sum(case when has_publication then 10 else 6 end)::integer from cases)
  + (select sum(case when has_publication then 9 else 5 end)::integer from cases)
  + 23
);

select ok(
  (select array_agg(tbl::text order by tbl::text) from cases) @> array[
    'portal.council_letters', 'portal.council_moments', 'portal.council_motions', 'portal.decisions', 'portal.groups_involved', 'portal.handovers',
    'portal.input_themes', 'portal.key_dates', 'portal.lessons', 'portal.phases', 'portal.project_people',
    'portal.promises', 'portal.updates'],
  'every table of project records has the standard policies (and so is checked below)'
);

select is_empty(
  $$ select tbl::text from cases
     where cardinality(public_ids) = 0 or cardinality(hidden_ids) = 0 or changeable_id is null or new_row is null
        or (has_publication and published_id is null) $$,
  'every table has published and hidden rows to check with'
);

-- The public ----------------------------------------------------------------------------------------------
select pg_temp.sign_in_anon();
select * from pg_temp.record_rights('anon', reads_hidden => false,
  adds_draft => 'refused', adds_published => 'refused', changes_draft => 'refused', publishes => 'refused',
  changes_published => 'refused', deletes_draft => 'refused', deletes_published => 'refused',
  deletes_row => 'refused', moves_away => 'refused');
reset role;

-- Signed in, but not staff anywhere: reads like the public; updates and deletes find nothing to touch.
select pg_temp.sign_in('outsider');
select * from pg_temp.record_rights('a user without staff role', reads_hidden => false,
  adds_draft => 'refused', adds_published => 'refused', changes_draft => '0', publishes => '0',
  changes_published => '0', deletes_draft => '0', deletes_published => '0', deletes_row => '0', moves_away => '0');
reset role;

-- Staff of the other organisation: nothing of testdam beyond what the public sees.
select pg_temp.sign_in('otherdam_editor');
select * from pg_temp.record_rights('otherdam''s editor', reads_hidden => false,
  adds_draft => 'refused', adds_published => 'refused', changes_draft => '0', publishes => '0',
  changes_published => '0', deletes_draft => '0', deletes_published => '0', deletes_row => '0', moves_away => '0');
reset role;

-- testdam's editor writes drafts, but cannot publish nor touch what is published (row level security hides
-- published rows from an update or delete: nothing is touched).
select pg_temp.sign_in('testdam_editor');
select * from pg_temp.record_rights('testdam''s editor', reads_hidden => true,
  adds_draft => '1', adds_published => 'refused', changes_draft => '1', publishes => 'refused',
  changes_published => '0', deletes_draft => '1', deletes_published => '0', deletes_row => '0', moves_away => 'blocked');
reset role;

-- testdam's approver has no more rights over the rows than the editor: approving, publishing and withdrawing
-- go through the workflow functions (04-staff-workflow.sql), never through a direct write.
select pg_temp.sign_in('testdam_approver');
select * from pg_temp.record_rights('testdam''s approver', reads_hidden => true,
  adds_draft => '1', adds_published => 'refused', changes_draft => '1', publishes => 'refused',
  changes_published => '0', deletes_draft => '1', deletes_published => '0', deletes_row => '1', moves_away => 'blocked');
reset role;

-- testdam's admin neither.
select pg_temp.sign_in('testdam_admin');
select * from pg_temp.record_rights('testdam''s admin', reads_hidden => true,
  adds_draft => '1', adds_published => 'refused', changes_draft => '1', publishes => 'refused',
  changes_published => '0', deletes_draft => '1', deletes_published => '0', deletes_row => '1', moves_away => 'blocked');
reset role;

-- The service role passes row level security, so here the guard trigger is what stands between it and what is
-- public: drafts it may write, a published row it may neither add, change nor delete.
select pg_temp.sign_in_service();
select * from pg_temp.record_rights('the service role', reads_hidden => true,
  adds_draft => '1', adds_published => 'refused', changes_draft => '1', publishes => 'refused',
  changes_published => 'refused', deletes_draft => '1', deletes_published => 'refused', deletes_row => '1', moves_away => null);
reset role;

-- Who wrote an update is not public ------------------------------------------------------------------------
select pg_temp.sign_in_anon();
select throws_ok($$ select author_id from portal.updates $$, '42501', null,
  'updates: anon cannot read author_id');
select lives_ok($$ select id, title, body_md, published_at from portal.updates $$,
  'updates: anon can read the public columns of updates');
reset role;

select pg_temp.sign_in('testdam_editor');
select isnt_empty(
  $$ select author_id from portal.updates u join fixture_projects p on p.id = u.project_id and p.slug = 'testproject' $$,
  'updates: testdam''s editor can read author_id of testproject''s updates'
);
reset role;

-- Input responses: visible with their decision only; written with a decision that is not public ------------
-- The answers of a published decision are part of what it says: they change only with an approved revision of
-- the decision (portal.guard_input_responses), not even an approver writes them directly.
-- A response to a published decision and one to a draft decision of testproject, and a theme and decision
-- of testproject that are not linked yet, and a decision in conceptproject (made here as the superuser
-- where the fixture has none).
create temp table response_cases on commit drop as
  select (select d.id from portal.decisions d join fixture_projects p on p.id = d.project_id and p.slug = 'testproject'
           where d.publication = 'published' order by d.id limit 1) as published_decision,
         (select d.id from portal.decisions d join fixture_projects p on p.id = d.project_id and p.slug = 'testproject'
           where d.publication = 'draft' order by d.id limit 1) as draft_decision,
         (select t.id from portal.input_themes t join fixture_projects p on p.id = t.project_id and p.slug = 'testproject'
           order by t.id limit 1) as theme,
         (select id from fixture_projects where slug = 'testproject') as project,
         gen_random_uuid() as concept_decision,
         gen_random_uuid() as new_theme;
insert into portal.decisions (id, project_id, decided_on, decided_by, title, decision, rationale, input_used)
  select concept_decision, (select id from fixture_projects where slug = 'conceptproject'), current_date,
         'College', 'Conceptbesluit', 'Besluit', 'Reden', 'Inbreng'
  from response_cases;
insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did)
  select project, theme, published_decision, 'Gedaan: <script>alert(1)</script>' from response_cases
  on conflict do nothing;
insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did)
  select project, theme, draft_decision, 'Nog geheim' from response_cases
  on conflict do nothing;
insert into portal.input_themes (id, project_id, title, you_said)
  select new_theme, project, 'Nieuw thema', 'Nog niet beantwoord' from response_cases;
grant select on response_cases to anon, authenticated;

create function pg_temp.response_visible(decision uuid) returns boolean
language sql as $$
  select exists (select 1 from portal.input_responses r, response_cases c
                 where r.input_theme_id = c.theme and r.decision_id = decision)
$$;

create function pg_temp.add_response_sql(decision uuid) returns text
language sql as $$
  select format('insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values (%L, %L, %L, %L)',
    project, new_theme, decision, 'Wij deden')
  from response_cases
$$;

create function pg_temp.delete_response_sql(decision uuid) returns text
language sql as $$
  select format('delete from portal.input_responses where input_theme_id = %L and decision_id = %L', theme, decision)
  from response_cases
$$;

select pg_temp.sign_in_anon();
select ok(pg_temp.response_visible((select published_decision from response_cases)),
  'input_responses: anon reads the response of a published decision');
select ok(not pg_temp.response_visible((select draft_decision from response_cases)),
  'input_responses: anon does not read the response of a draft decision');
select pg_temp.check_write(pg_temp.add_response_sql((select draft_decision from response_cases)), 'refused',
  'input_responses: anon adding a response: refused');
reset role;

select pg_temp.sign_in('outsider');
select ok(not pg_temp.response_visible((select draft_decision from response_cases)),
  'input_responses: a user without staff role does not read the response of a draft decision');
select pg_temp.check_write(pg_temp.add_response_sql((select draft_decision from response_cases)), 'refused',
  'input_responses: a user without staff role adding a response: refused');
reset role;

select pg_temp.sign_in('otherdam_editor');
select ok(not pg_temp.response_visible((select draft_decision from response_cases)),
  'input_responses: otherdam''s editor does not read the response of testdam''s draft decision');
-- To a draft decision, so that row level security (not the guard of published decisions) is what refuses.
select pg_temp.check_write(pg_temp.add_response_sql((select draft_decision from response_cases)), 'refused',
  'input_responses: otherdam''s editor adding a response to testdam''s draft decision: refused');
select pg_temp.check_write(pg_temp.delete_response_sql((select published_decision from response_cases)), '0',
  'input_responses: otherdam''s editor deleting testdam''s response: 0');
select pg_temp.check_write(pg_temp.delete_response_sql((select draft_decision from response_cases)), '0',
  'input_responses: otherdam''s editor deleting the response of testdam''s draft decision: 0');
reset role;

select pg_temp.sign_in('testdam_editor');
select ok(pg_temp.response_visible((select draft_decision from response_cases)),
  'input_responses: testdam''s editor reads the response of a draft decision');
select pg_temp.check_write(pg_temp.add_response_sql((select draft_decision from response_cases)), '1',
  'input_responses: testdam''s editor adding a response to a draft decision: 1');
select pg_temp.check_write(pg_temp.add_response_sql((select published_decision from response_cases)), 'refused',
  'input_responses: testdam''s editor adding a response to a published decision: refused');
select throws_ok(
  (select format('insert into portal.input_responses (project_id, input_theme_id, decision_id, we_did) values (%L, %L, %L, %L)',
     project, new_theme, concept_decision, 'Kruislings') from response_cases),
  '23503', null,
  'input_responses: a theme of one project cannot be answered by a decision of another project'
);
select pg_temp.check_write(pg_temp.delete_response_sql((select published_decision from response_cases)), '0',
  'input_responses: testdam''s editor deleting a response of a published decision: 0');
select pg_temp.check_write(pg_temp.delete_response_sql((select draft_decision from response_cases)), '1',
  'input_responses: testdam''s editor deleting a response of a draft decision: 1');
reset role;

-- The approver's delete policy reaches the response of a published decision; the guard still refuses it.
select pg_temp.sign_in('testdam_approver');
select pg_temp.check_write(pg_temp.delete_response_sql((select published_decision from response_cases)), 'refused',
  'input_responses: testdam''s approver deleting a response of a published decision: refused');
select pg_temp.check_write(pg_temp.delete_response_sql((select draft_decision from response_cases)), '1',
  'input_responses: testdam''s approver deleting a response of a draft decision: 1');
reset role;
select is((select count(*)::integer from portal.input_responses r, response_cases c
           where r.input_theme_id = c.theme and r.decision_id = c.published_decision), 1,
  'input_responses: the published decision keeps its response after every attempt');

select * from finish();
rollback;
