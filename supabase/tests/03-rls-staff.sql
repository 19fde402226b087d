-- Staff memberships are personal data: a member reads their own, an admin reads and manages those of their
-- own organisation only, and nobody promotes themselves. Each write is undone right after it is counted
-- (helpers/write-checks.psql).
begin;
set local search_path = public, extensions;
\ir helpers/write-checks.psql
\ir helpers/sign-in.psql

select plan(36);

create temp table fixture_orgs on commit drop as
  select (select id from portal.organisations where slug = 'testdam') as testdam,
         (select id from portal.organisations where slug = 'otherdam') as otherdam;

-- Every membership, read here as the superuser, to compare with what each user gets to see.
create temp table all_memberships on commit drop as
  select m.user_id, m.organisation_id, m.role::text as role from portal.staff_memberships m;

grant select on fixture_orgs, all_memberships to anon, authenticated;

create function pg_temp.visible_memberships() returns table (user_id uuid, organisation_id uuid)
language sql as $$ select m.user_id, m.organisation_id from portal.staff_memberships m $$;

-- The writes under test, for a test user by name (helpers/sign-in.psql) and an organisation by slug.
create function pg_temp.add_member_sql(member text, org text, role text) returns text
language sql as $$
  select format('insert into portal.staff_memberships (user_id, organisation_id, role) select %L, %I, %L from fixture_orgs',
    pg_temp.user_id(member), org, role)
$$;

create function pg_temp.set_role_sql(member text, org text, role text) returns text
language sql as $$
  select format('update portal.staff_memberships set role = %L where user_id = %L and organisation_id = (select %I from fixture_orgs)',
    role, pg_temp.user_id(member), org)
$$;

create function pg_temp.remove_member_sql(member text, org text) returns text
language sql as $$
  select format('delete from portal.staff_memberships where user_id = %L and organisation_id = (select %I from fixture_orgs)',
    pg_temp.user_id(member), org)
$$;

-- The public -------------------------------------------------------------------------------------------------
select pg_temp.sign_in_anon();
select throws_ok('select * from portal.staff_memberships', '42501', null,
  'staff_memberships: anon cannot read memberships at all (42501)');
select pg_temp.check_write(pg_temp.add_member_sql('outsider', 'testdam', 'admin'), 'refused',
  'staff_memberships: anon adding an admin: refused');
reset role;

-- Signed in, without a staff role ------------------------------------------------------------------------------
select pg_temp.sign_in('outsider');
select is_empty('select * from pg_temp.visible_memberships()',
  'staff_memberships: a user without staff role reads no membership');
select pg_temp.check_write(pg_temp.add_member_sql('outsider', 'testdam', 'admin'), 'refused',
  'staff_memberships: a user without staff role making themselves admin of testdam: refused');
reset role;

-- otherdam's editor -----------------------------------------------------------------------------------------------
select pg_temp.sign_in('otherdam_editor');
select set_eq('select * from pg_temp.visible_memberships()',
  $$ select user_id, organisation_id from all_memberships where user_id = pg_temp.user_id('otherdam_editor') $$,
  'staff_memberships: otherdam''s editor reads only their own membership');
select pg_temp.check_write(pg_temp.add_member_sql('otherdam_editor', 'testdam', 'admin'), 'refused',
  'staff_memberships: otherdam''s editor making themselves admin of testdam: refused');
select pg_temp.check_write(pg_temp.set_role_sql('otherdam_editor', 'otherdam', 'admin'), '0',
  'staff_memberships: otherdam''s editor promoting themselves to admin: 0');
select is(public.my_staff_memberships(),
  jsonb_build_array(jsonb_build_object('role', 'editor', 'organisation', jsonb_build_object(
    'slug', 'otherdam', 'name', (select o.name from portal.organisations o where o.slug = 'otherdam')))),
  'my_staff_memberships: otherdam''s editor gets exactly their editor role in otherdam');
reset role;

-- testdam's editor ----------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_editor');
select set_eq('select * from pg_temp.visible_memberships()',
  $$ select user_id, organisation_id from all_memberships where user_id = pg_temp.user_id('testdam_editor') $$,
  'staff_memberships: testdam''s editor reads only their own membership');
select pg_temp.check_write(pg_temp.set_role_sql('testdam_editor', 'testdam', 'admin'), '0',
  'staff_memberships: testdam''s editor promoting themselves to admin: 0');
select pg_temp.check_write(pg_temp.add_member_sql('outsider', 'testdam', 'editor'), 'refused',
  'staff_memberships: testdam''s editor adding a colleague: refused');
select pg_temp.check_write(pg_temp.remove_member_sql('testdam_approver', 'testdam'), '0',
  'staff_memberships: testdam''s editor removing the approver: 0');
select pg_temp.check_write(pg_temp.remove_member_sql('testdam_editor', 'testdam'), '0',
  'staff_memberships: testdam''s editor removing their own membership: 0');
reset role;

-- testdam's approver --------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_approver');
select set_eq('select * from pg_temp.visible_memberships()',
  $$ select user_id, organisation_id from all_memberships where user_id = pg_temp.user_id('testdam_approver') $$,
  'staff_memberships: testdam''s approver reads only their own membership');
select pg_temp.check_write(pg_temp.set_role_sql('testdam_approver', 'testdam', 'admin'), '0',
  'staff_memberships: testdam''s approver promoting themselves to admin: 0');
select pg_temp.check_write(pg_temp.add_member_sql('outsider', 'testdam', 'editor'), 'refused',
  'staff_memberships: testdam''s approver adding a colleague: refused');
select pg_temp.check_write(pg_temp.set_role_sql('testdam_editor', 'testdam', 'approver'), '0',
  'staff_memberships: testdam''s approver promoting the editor: 0');
reset role;

-- testdam's admin -------------------------------------------------------------------------------------------------
select pg_temp.sign_in('testdam_admin');
select set_eq('select * from pg_temp.visible_memberships()',
  'select user_id, organisation_id from all_memberships where organisation_id = (select testdam from fixture_orgs)',
  'staff_memberships: testdam''s admin reads every membership of testdam and none of otherdam');
select pg_temp.check_write(pg_temp.add_member_sql('outsider', 'testdam', 'editor'), '1',
  'staff_memberships: testdam''s admin adding an editor to testdam: 1');
select pg_temp.check_write(pg_temp.add_member_sql('outsider', 'otherdam', 'editor'), 'refused',
  'staff_memberships: testdam''s admin adding an editor to otherdam: refused');
select pg_temp.check_write(pg_temp.add_member_sql('testdam_admin', 'otherdam', 'admin'), 'refused',
  'staff_memberships: testdam''s admin making themselves admin of otherdam: refused');
select pg_temp.check_write(pg_temp.set_role_sql('testdam_editor', 'testdam', 'approver'), '1',
  'staff_memberships: testdam''s admin promoting testdam''s editor: 1');
select pg_temp.check_write(pg_temp.set_role_sql('otherdam_editor', 'otherdam', 'admin'), '0',
  'staff_memberships: testdam''s admin promoting otherdam''s editor: 0');
select pg_temp.check_write(
  format('update portal.staff_memberships set organisation_id = (select otherdam from fixture_orgs) where user_id = %L',
    pg_temp.user_id('testdam_editor')),
  'refused', 'staff_memberships: testdam''s admin moving testdam''s editor to otherdam: refused');
select pg_temp.check_write(pg_temp.remove_member_sql('testdam_editor', 'testdam'), '1',
  'staff_memberships: testdam''s admin removing testdam''s editor: 1');
select pg_temp.check_write(pg_temp.remove_member_sql('otherdam_editor', 'otherdam'), '0',
  'staff_memberships: testdam''s admin removing otherdam''s editor: 0');
select throws_ok(pg_temp.add_member_sql('outsider', 'testdam', 'owner'), '22P02', null,
  'staff_memberships: a role that does not exist is refused (22P02)');
select throws_ok(
  'insert into portal.staff_memberships (user_id, organisation_id, role) select ''00000000-0000-4000-8000-0000000000ff'', testdam, ''editor'' from fixture_orgs',
  '23503', null,
  'staff_memberships: a membership for an account that does not exist is refused (23503)');
reset role;

-- The rights follow the membership: after the admin demotes the editor, the editor no longer reads drafts.
select pg_temp.sign_in('testdam_editor');
select isnt_empty($$ select 1 from portal.projects where slug = 'conceptproject' $$,
  'projects: testdam''s editor reads the draft project while a member');
reset role;

select pg_temp.sign_in('testdam_admin');
select lives_ok(pg_temp.remove_member_sql('testdam_editor', 'testdam'),
  'staff_memberships: testdam''s admin removes the editor for good');
reset role;

select pg_temp.sign_in('testdam_editor');
select is_empty($$ select 1 from portal.projects where slug = 'conceptproject' $$,
  'projects: the removed editor no longer reads the draft project');
select is(public.my_staff_memberships(), '[]'::jsonb,
  'my_staff_memberships: the removed editor has no memberships left');
select is_empty('select * from pg_temp.visible_memberships()',
  'staff_memberships: the removed editor reads no membership');
reset role;

-- Adding a colleague finds their account by e-mail address: only a confirmed, not deleted one, so an address
-- someone else registered (with sign-ups open) without access to its mailbox is never made staff.
insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, deleted_at,
  confirmation_token, recovery_token, email_change_token_new, email_change, created_at, updated_at)
values
  ('00000000-0000-0000-0000-000000000000', '00000000-0000-4000-8000-0000000000a1', 'authenticated', 'authenticated',
   'onbevestigd@testdam.example', '', null, null, '', '', '', '', now(), now()),
  ('00000000-0000-0000-0000-000000000000', '00000000-0000-4000-8000-0000000000a2', 'authenticated', 'authenticated',
   'verwijderd@testdam.example', '', now(), now(), '', '', '', '', now(), now());

select pg_temp.sign_in('testdam_admin');
select is(portal.user_id_for_email((select testdam from fixture_orgs), ' Onbevestigd@testdam.example '), null::uuid,
  'user_id_for_email: an account whose address was never confirmed is not found');
select is(portal.user_id_for_email((select testdam from fixture_orgs), 'verwijderd@testdam.example'), null::uuid,
  'user_id_for_email: a deleted account is not found');
select is(portal.user_id_for_email((select testdam from fixture_orgs), ' Buiten@Test.example '), pg_temp.user_id('outsider'),
  'user_id_for_email: a confirmed account is found, whatever the case and spaces of the address');
reset role;

select * from finish();
rollback;
