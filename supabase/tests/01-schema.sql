-- Schema-wide guarantees that every migration, present and future, must keep: row level security on every
-- table, everything documented in the database, security definer functions pinned to a search_path, no
-- write policy that lets everyone through, and no way for anonymous callers to write or to reach personal data.
-- The checks query the catalog, so a new table, column or function that breaks a rule fails here.
begin;
set local search_path = public, extensions;
\ir helpers/sign-in.psql
select plan(23);

-- Row level security -------------------------------------------------------------------------------------

select isnt_empty(
  $$ select c.oid from pg_class c where c.relnamespace = 'portal'::regnamespace and c.relkind in ('r', 'p') $$,
  'schema portal holds the tables of the portal'
);

select is_empty(
  $$ select c.relname::text from pg_class c
     where c.relnamespace = 'portal'::regnamespace and c.relkind in ('r', 'p') and not c.relrowsecurity $$,
  'row level security is enabled on every table in schema portal'
);

select is_empty(
  $$ select c.relname::text from pg_class c
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f') $$,
  'schema public, which the API exposes, holds no tables or views: clients only call functions'
);

-- Documentation in the database -------------------------------------------------------------------------

select is_empty(
  $$ select c.relname::text from pg_class c
     where c.relnamespace = 'portal'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
       and coalesce(btrim(obj_description(c.oid, 'pg_class')), '') = '' $$,
  'every table in schema portal has a comment'
);

select is_empty(
  $$ select format('%s.%s', c.relname, a.attname) from pg_class c
     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     where c.relnamespace = 'portal'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
       and coalesce(btrim(col_description(c.oid, a.attnum)), '') = '' $$,
  'every column of every table in schema portal has a comment'
);

select isnt_empty(
  $$ select p.oid from pg_proc p where p.pronamespace = 'public'::regnamespace $$,
  'schema public holds the API functions'
);

-- Functions that belong to an extension (pgTAP, if installed in public) are documented by the extension.
select is_empty(
  $$ select p.oid::regprocedure::text from pg_proc p
     where p.pronamespace = 'public'::regnamespace
       and not exists (select 1 from pg_depend d
                       where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
       and coalesce(btrim(obj_description(p.oid, 'pg_proc')), '') = '' $$,
  'every function in schema public has a comment'
);

-- Security definer functions ------------------------------------------------------------------------------

select isnt_empty(
  $$ select p.oid from pg_proc p where p.pronamespace = 'portal'::regnamespace and p.prosecdef $$,
  'schema portal has security definer functions (the check below has something to check)'
);

select is_empty(
  $$ select p.oid::regprocedure::text from pg_proc p
     where p.pronamespace in ('public'::regnamespace, 'portal'::regnamespace) and p.prosecdef
       and not exists (select 1 from unnest(p.proconfig) as setting where setting like 'search_path=%') $$,
  'every security definer function in public and portal sets its search_path'
);

-- Policies ------------------------------------------------------------------------------------------------

select isnt_empty(
  $$ select 1 from pg_policies where schemaname = 'portal' and cmd in ('INSERT', 'UPDATE', 'DELETE') $$,
  'schema portal has write policies (the check below has something to check)'
);

select is_empty(
  $$ select format('%s.%s: %s', schemaname, tablename, policyname) from pg_policies
     where schemaname not in ('pg_catalog', 'information_schema')
       and cmd in ('INSERT', 'UPDATE', 'DELETE', 'ALL')
       and (lower(regexp_replace(coalesce(qual, ''), '[()\s]', '', 'g')) = 'true'
            or lower(regexp_replace(coalesce(with_check, ''), '[()\s]', '', 'g')) = 'true') $$,
  'no insert, update, delete or all policy has a qual or with check that is literally true'
);

-- Privileges of anonymous callers -------------------------------------------------------------------------

select is_empty(
  $$ select c.relname::text from pg_class c
     where c.relnamespace = 'portal'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f')
       and (has_table_privilege('anon', c.oid, 'INSERT') or has_table_privilege('anon', c.oid, 'UPDATE')
            or has_table_privilege('anon', c.oid, 'DELETE') or has_table_privilege('anon', c.oid, 'TRUNCATE')
            or has_any_column_privilege('anon', c.oid, 'INSERT')
            or has_any_column_privilege('anon', c.oid, 'UPDATE')) $$,
  'anon has no insert, update, delete or truncate privilege on any table in schema portal'
);

select ok(
  has_column_privilege('anon', 'portal.projects', 'title', 'SELECT')
    and not has_column_privilege('anon', 'portal.projects', 'author_id', 'SELECT'),
  'anon may select the public columns of portal.projects (row level security decides which rows), not who wrote it'
);

select is_empty(
  $$ select c.relname::text from pg_class c
     where c.relnamespace = 'auth'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
       and (has_any_column_privilege('anon', c.oid, 'SELECT')
            or has_any_column_privilege('authenticated', c.oid, 'SELECT')) $$,
  'neither anon nor authenticated can read any table in schema auth (e-mail addresses, password hashes)'
);

select ok(
  not has_column_privilege('anon', 'portal.updates', 'author_id', 'SELECT')
  and not has_column_privilege('anon', 'portal.updates', 'approver_id', 'SELECT')
  and not has_column_privilege('anon', 'portal.promise_status_changes', 'recorded_by', 'SELECT'),
  'anon cannot read which staff account wrote, approved or recorded anything'
);

select ok(
  has_function_privilege('anon', 'public.project_timeline(text, text)', 'EXECUTE'),
  'anon can execute the read API (project_timeline)'
);

select ok(
  has_function_privilege('anon', 'public.project_timelines(text, text, integer)', 'EXECUTE'),
  'anon can execute the read API in pages (project_timelines)'
);

select ok(
  not has_function_privilege('anon', 'public.my_staff_memberships()', 'EXECUTE'),
  'anon has no execute privilege on my_staff_memberships'
);

select ok(
  has_function_privilege('authenticated', 'public.my_staff_memberships()', 'EXECUTE'),
  'authenticated has execute privilege on my_staff_memberships'
);

select pg_temp.sign_in_anon();

select throws_ok(
  'select public.my_staff_memberships()', '42501', null,
  'anon calling my_staff_memberships is refused with 42501'
);

select lives_ok(
  $$ select public.get_organisation('testdam') $$,
  'anon can call get_organisation'
);

reset role;

-- Signed in: the user with no staff membership gets an empty list, testdam's admin gets their membership.
select pg_temp.sign_in('outsider');

select is(
  public.my_staff_memberships(), '[]'::jsonb,
  'a signed-in user without staff membership gets an empty list from my_staff_memberships'
);

select pg_temp.sign_in('testdam_admin');

select ok(
  public.my_staff_memberships() @> '[{"organisation": {"slug": "testdam"}, "role": "admin"}]'::jsonb
  and not public.my_staff_memberships() @> '[{"organisation": {"slug": "otherdam"}}]'::jsonb,
  'testdam''s admin gets their own membership, and no other organisation''s, from my_staff_memberships'
);

reset role;

select * from finish();
rollback;
