-- The staff write functions for a project's content (20261128001200): how they are declared (security
-- invoker, fixed search_path, callable by signed-in users only), and the rules that matter most on a real
-- Postgres 15: drafts by their author; a save of a published record (by an editor too) is its pending revision,
-- while residents keep seeing the approved words; the public promise history with its required explanation,
-- joined only when an approver approves the status change; responses within one project, stale forms, other
-- organisations. Everything runs in one transaction that is rolled back.
begin;
set local search_path = public, extensions;
\ir helpers/sign-in.psql

select plan(31);

-- The outcome of one call as 'sqlstate hint' (or 'ok'), so a check can name the field that was refused.
create function pg_temp.refusal(statement text) returns text
language plpgsql as $$
declare
  state text;
  field text;
begin
  execute statement;
  return 'ok';
exception when others then
  get stacked diagnostics state = returned_sqlstate, field = pg_exception_hint;
  return btrim(state || ' ' || coalesce(field, ''));
end
$$;

create temp table content_functions (signature regprocedure) on commit drop;
insert into content_functions values
  ('public.staff_save_update(jsonb)'), ('public.staff_save_decision(jsonb)'), ('public.staff_save_promise(jsonb)'),
  ('public.staff_change_promise_status(jsonb)'), ('public.staff_save_council_moment(jsonb)'),
  ('public.staff_save_key_date(jsonb)'), ('public.staff_save_lesson(jsonb)');

-- Declarations ----------------------------------------------------------------------------------------------

select is_empty(
  $$ select f.signature::text from content_functions f join pg_proc p on p.oid = f.signature
     where p.prosecdef or not exists (select 1 from unnest(p.proconfig) s where s = 'search_path=""') $$,
  'the content write functions run as the caller (security invoker) with an empty search_path');
select is_empty(
  $$ select f.signature::text from content_functions f
     where has_function_privilege('anon', f.signature, 'EXECUTE') or not has_function_privilege('authenticated', f.signature, 'EXECUTE') $$,
  'the content write functions are callable by signed-in users, not by anon');

grant select on content_functions to anon, authenticated;

-- testdam's editor ------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_editor');

create temp table saved_update on commit drop as
  select public.staff_save_update('{"project_id":"20000000-0000-4000-8000-000000000001","title":"Nieuws","body_md":"Tekst"}') as doc;
select is((select doc ->> 'publication' from saved_update), 'draft', 'staff_save_update: a new update is a draft');
select is((select doc ->> 'author_id' from saved_update), pg_temp.user_id('testdam_editor')::text,
  'staff_save_update: the editor is its author');

select is(pg_temp.refusal($$ select public.staff_save_update(jsonb_build_object(
    'project_id', '20000000-0000-4000-8000-000000000001', 'id', (select doc ->> 'id' from saved_update),
    'updated_at', '2020-01-01T00:00:00Z', 'title', 'Te laat', 'body_md', 'x')) $$),
  'PT409 updated_at', 'staff_save_update: a stale form is refused with 409');

-- An editor's change of a published update is no longer refused: it is the update's pending revision. The form
-- shows the new words; residents keep the published ones until it is approved (checked as anon below).
select ok(public.staff_save_update('{"project_id":"20000000-0000-4000-8000-000000000001","id":"a0000000-0000-4000-8000-000000000001","title":"Anders","body_md":"x"}')
    @> '{"publication": "published", "title": "Anders", "pending": {"state": "draft", "changed_fields": ["body_md", "title"]}}',
  'staff_save_update: an editor''s change of a published update is a pending revision, shown with its new words');
select is((select x.content ->> 'title' from portal.revisions x where x.kind = 'update' and x.record_id = 'a0000000-0000-4000-8000-000000000001'),
  'Anders', 'staff_save_update: the revision holds the editor''s title');

select is(pg_temp.refusal($$ select public.staff_save_update('{"project_id":"20000000-0000-4000-8000-000000000001","title":"Nieuws\u0007","body_md":"x"}') $$),
  '22023 title', 'staff_save_update: control characters in the title are refused on the title');

-- Decisions and their responses.
create temp table saved_decision on commit drop as
  select public.staff_save_decision('{"project_id":"20000000-0000-4000-8000-000000000001","decided_on":"2026-11-01","decided_by":"College",
    "title":"Besluit","decision":"Zo","rationale":"Daarom","input_used":"Gebruikt",
    "responses":[{"input_theme_id":"60000000-0000-4000-8000-000000000001","we_did":"Bomen"}]}') as doc;
select is((select doc -> 'responses' from saved_decision),
  '[{"input_theme_id":"60000000-0000-4000-8000-000000000001","we_did":"Bomen"}]'::jsonb,
  'staff_save_decision: the responses are saved with the decision');
select is((select public.staff_save_decision(jsonb_build_object('project_id', '20000000-0000-4000-8000-000000000001',
    'id', doc ->> 'id', 'decided_on', '2026-11-01', 'decided_by', 'College', 'title', 'Besluit', 'decision', 'Zo',
    'rationale', 'Daarom', 'input_used', 'Gebruikt',
    'responses', '[{"input_theme_id":"60000000-0000-4000-8000-000000000002","we_did":"Bankje"}]'::jsonb)) -> 'responses' from saved_decision),
  '[{"input_theme_id":"60000000-0000-4000-8000-000000000002","we_did":"Bankje"}]'::jsonb,
  'staff_save_decision: an editor replaces the responses of a draft decision (the old one is deleted)');
select is(pg_temp.refusal($$ select public.staff_save_decision('{"project_id":"20000000-0000-4000-8000-000000000001","decided_on":"2026-11-01","decided_by":"College",
    "title":"Besluit","decision":"Zo","rationale":"Daarom","input_used":"Gebruikt",
    "responses":[{"input_theme_id":"60000000-0000-4000-8000-000000000001","we_did":"a"},{"input_theme_id":"60000000-0000-4000-8000-000000000001","we_did":"b"}]}') $$),
  '22023 responses', 'staff_save_decision: a theme listed twice is refused on responses');
select is(pg_temp.refusal($$ select public.staff_save_decision('{"project_id":"20000000-0000-4000-8000-000000000001","decided_on":"2026-11-01","decided_by":"College",
    "title":"Besluit","decision":"Zo","rationale":"Daarom","input_used":"Gebruikt","source_url":"javascript:alert(1)"}') $$),
  '22023 source_url', 'staff_save_decision: a javascript: link is refused on source_url');

-- Council moments and key dates.
select is(pg_temp.refusal($$ select public.staff_save_council_moment('{"project_id":"20000000-0000-4000-8000-000000000001","meets_on":"2026-12-10",
    "body":"Gemeenteraad","agenda_item":"Punt 7","proposal":"Plan","outcome":"adopted"}') $$),
  '22023 outcome_summary', 'staff_save_council_moment: an outcome without its summary is refused on outcome_summary');
select is(pg_temp.refusal($$ select public.staff_save_council_moment('{"project_id":"20000000-0000-4000-8000-000000000001","meets_on":"2026-12-10",
    "body":"Gemeenteraad","agenda_item":"Punt 7","proposal":"Plan","outcome":"amended","outcome_summary":"Aangepast","differs_from_participation":true}') $$),
  '22023 council_reasons', 'staff_save_council_moment: departing from participation without reasons is refused on council_reasons');
select is(pg_temp.refusal($$ select public.staff_save_key_date('{"project_id":"20000000-0000-4000-8000-000000000001","kind":"meeting","title":"Avond",
    "starts_at":"2026-12-05T19:00:00","how_to_join":"Kom langs"}') $$),
  '22023 starts_at', 'staff_save_key_date: a start time without a time zone is refused on starts_at');
select is((public.staff_save_lesson('{"project_id":"20000000-0000-4000-8000-000000000001","category":"planning","title":"Les",
    "lesson":"Begin eerder","recorded_on":"2026-11-20"}') ->> 'publication'), 'draft', 'staff_save_lesson: a new lesson is a draft');

-- Promises: the public history.
select throws_ok($$ select public.staff_change_promise_status('{"project_id":"20000000-0000-4000-8000-000000000001",
    "promise_id":"70000000-0000-4000-8000-000000000001","status":"broken","changed_by":"Wethouder"}') $$,
  '22023', 'Leg uit wat er met deze toezegging is gebeurd. Inwoners zien deze uitleg in de geschiedenis van de toezegging.',
  'staff_change_promise_status: broken without an explanation is refused, saying residents see it');
select is(pg_temp.refusal($$ select public.staff_change_promise_status('{"project_id":"20000000-0000-4000-8000-000000000001",
    "promise_id":"70000000-0000-4000-8000-000000000001","status":"in_progress","changed_by":"Wethouder"}') $$),
  '22023 explanation', 'staff_change_promise_status: every status but open needs an explanation, in progress too');
select is(pg_temp.refusal($$ select public.staff_change_promise_status('{"project_id":"20000000-0000-4000-8000-000000000001",
    "promise_id":"70000000-0000-4000-8000-000000000006","status":"in_progress","changed_by":"Wethouder","explanation":"Begonnen."}') $$),
  'PT409 status', 'staff_change_promise_status: a promise that is not public gets no status (409 on status)');
set local request.headers to '{"accept-language":"en-GB,en;q=0.9"}';
select throws_ok($$ select public.staff_change_promise_status('{"project_id":"20000000-0000-4000-8000-000000000001",
    "promise_id":"70000000-0000-4000-8000-000000000002","status":"in_progress","changed_by":"Wethouder"}') $$,
  '22023', 'The promise already has this status.',
  'staff_change_promise_status: the current status again is refused, in English for an English request');
reset request.headers;
select ok(public.staff_change_promise_status('{"project_id":"20000000-0000-4000-8000-000000000001",
    "promise_id":"70000000-0000-4000-8000-000000000001","status":"broken","changed_by":"Wethouder Jansen",
    "explanation":"Het budget is geschrapt."}')
    @> '{"status": "open", "pending_status": {"status": "broken", "state": "awaiting_approval", "explanation": "Het budget is geschrapt."}}',
  'staff_change_promise_status: an editor asks to break a published promise with an explanation; it awaits approval');
select is(pg_temp.refusal($$ select public.staff_change_promise_status('{"project_id":"20000000-0000-4000-8000-000000000001",
    "promise_id":"70000000-0000-4000-8000-000000000001","status":"kept","changed_by":"Wethouder","explanation":"Toch gedaan."}') $$),
  'PT409 status', 'staff_change_promise_status: a second change while one awaits approval is refused (409 on status)');
reset role;

-- The public sees the published words until an approver approves ----------------------------------------------
select pg_temp.sign_in_anon();
select isnt(
  (select u ->> 'title' from jsonb_array_elements(public.project_timeline('testdam', 'testproject') -> 'updates') u
   where u ->> 'id' = 'a0000000-0000-4000-8000-000000000001'),
  'Anders', 'project_timeline: anon still reads the published title of the update the editor changed');
select is_empty(
  $$ select h from jsonb_array_elements(public.project_timeline('testdam', 'testproject') -> 'promises') p,
       jsonb_array_elements(p.value -> 'history') h
     where p.value ->> 'id' = '70000000-0000-4000-8000-000000000001' and h ->> 'status' = 'broken' $$,
  'project_timeline: anon reads nothing of the status change before it is approved');
reset role;

select pg_temp.sign_in('testdam_approver');
select is(public.staff_approve('{"kind":"promise_status","id":"70000000-0000-4000-8000-000000000001","project_id":"20000000-0000-4000-8000-000000000001"}') ->> 'pending',
  null, 'staff_approve: the approver, who did not write it, approves the status change');
reset role;

select pg_temp.sign_in_anon();
select is(
  -- Its id (of the history entry) and moment are the database's own.
  (select h - 'changed_at' - 'id' from jsonb_array_elements(public.project_timeline('testdam', 'testproject') -> 'promises') p,
     jsonb_array_elements(p.value -> 'history') h
   where p.value ->> 'id' = '70000000-0000-4000-8000-000000000001' and h ->> 'status' = 'broken'),
  '{"status":"broken","changed_by":"Wethouder Jansen","explanation":"Het budget is geschrapt.","evidence_url":null,"translations":{}}'::jsonb,
  'project_timeline: once approved, anon reads the broken promise with who is accountable and why');
select is(
  (select p.value ->> 'status' from jsonb_array_elements(public.project_timeline('testdam', 'testproject') -> 'promises') p
   where p.value ->> 'id' = '70000000-0000-4000-8000-000000000001'),
  'broken', 'project_timeline: and the promise''s status is broken');
select is(pg_temp.refusal($$ select public.staff_save_lesson('{"project_id":"20000000-0000-4000-8000-000000000001","category":"planning","title":"Les",
    "lesson":"x","recorded_on":"2026-11-20"}') $$), '42501', 'staff_save_lesson: anon is refused (42501, 401 over the API)');
reset role;

-- otherdam's editor ------------------------------------------------------------------------------------------
select pg_temp.sign_in('otherdam_editor');
select is(pg_temp.refusal($$ select public.staff_save_update('{"project_id":"20000000-0000-4000-8000-000000000001","id":"a0000000-0000-4000-8000-000000000003","title":"Overgenomen","body_md":"x"}') $$),
  'PT404', 'staff_save_update: otherdam''s editor gets 404 for testdam''s draft');
select is(pg_temp.refusal($$ select public.staff_change_promise_status('{"project_id":"20000000-0000-4000-8000-000000000003",
    "promise_id":"70000000-0000-4000-8000-000000000001","status":"kept","changed_by":"Iemand"}') $$),
  'PT404', 'staff_change_promise_status: otherdam''s editor gets 404 for testdam''s promise, also through their own project');
select is(pg_temp.refusal($$ select public.staff_save_decision('{"project_id":"20000000-0000-4000-8000-000000000003","decided_on":"2026-11-01","decided_by":"College",
    "title":"Besluit","decision":"Zo","rationale":"Daarom","input_used":"Gebruikt",
    "responses":[{"input_theme_id":"60000000-0000-4000-8000-000000000001","we_did":"Overgenomen"}]}') $$),
  '22023 responses', 'staff_save_decision: otherdam''s editor cannot answer testdam''s theme');
reset role;

select * from finish();
rollback;
