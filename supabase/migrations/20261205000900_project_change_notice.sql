-- Incremental publish (issue 13): the notification on portal_site_changed names the project whose records changed,
-- as '<organisation slug>/<project slug>', so that `npm start` re-renders only that project's pages and the pages
-- across projects instead of the whole site. A change that is not one project's (the organisation, a person)
-- still names the organisation alone. The deploy hook's payload is unchanged.
--
-- portal.notify_site_changed is re-created with only its notification changed (20261128001000_staff_workflow_and_audit.sql).

create or replace function portal.notify_site_changed() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  row_json jsonb := coalesce(new_row, old_row);
  org uuid;
  org_slug text;
  hook record;
  posted text;
  project_slug text;
begin
  -- Nothing changed, or only what the site never shows: updated_at, and an organisation's setting for
  -- self-approval.
  if tg_op = 'UPDATE' and (old_row - 'updated_at' - 'allow_self_approval') = (new_row - 'updated_at' - 'allow_self_approval') then
    return null;
  end if;
  -- Visible before or after: publishing, changing and withdrawing all change the site.
  if not (portal.row_is_public(tg_table_name, old_row) or portal.row_is_public(tg_table_name, new_row)) then
    return null;
  end if;
  org := case
    when tg_table_name = 'organisations' then (row_json ->> 'id')::uuid
    when row_json ? 'organisation_id' then (row_json ->> 'organisation_id')::uuid
    else portal.project_organisation(coalesce((row_json ->> 'project_id')::uuid, (row_json ->> 'id')::uuid))
  end;
  select o.slug into org_slug from portal.organisations o where o.id = org;
  if org_slug is null then
    return null;
  end if;
  -- Postgres folds identical notifications of one transaction into one. A change of one project's records names
  -- the project ('<organisation>/<project>', both sides of a move), so that the site can re-render only that
  -- project's pages; anything else (the organisation, a person, a lesson library entry without a project) names
  -- the organisation alone and means the whole site.
  if tg_table_name = 'projects' then
    for project_slug in select distinct s from unnest(array[old_row ->> 'slug', new_row ->> 'slug']) s where s is not null loop
      perform pg_notify('portal_site_changed', org_slug || '/' || project_slug);
    end loop;
  elsif row_json ? 'project_id' and row_json ->> 'project_id' is not null then
    for project_slug in
      select p.slug from portal.projects p
      where p.id in ((old_row ->> 'project_id')::uuid, (new_row ->> 'project_id')::uuid)
    loop
      perform pg_notify('portal_site_changed', org_slug || '/' || project_slug);
    end loop;
  else
    perform pg_notify('portal_site_changed', org_slug);
  end if;

  -- The deploy hook: once per organisation per transaction, remembered in a transaction-local setting.
  posted := coalesce(current_setting('portal.deploy_hook_posted', true), '');
  if position(org::text in posted) > 0 then
    return null;
  end if;
  perform set_config('portal.deploy_hook_posted', posted || org::text || ',', true);
  select d.url, d.secret into hook from portal.deploy_hooks d where d.organisation_id = org;
  if hook.url is null or to_regprocedure('net.http_post(text,jsonb,jsonb,jsonb,integer)') is null then
    return null;
  end if;
  -- Dynamic SQL, so this migration also applies where pg_net is not installed (PGlite, plain Postgres).
  -- pg_net queues the request in a table: a rolled-back transaction posts nothing.
  begin
    execute 'select net.http_post(url := $1, body := $2, params := ''{}''::jsonb, headers := $3, timeout_milliseconds := 5000)'
    using hook.url,
      jsonb_build_object('event_type', 'portal_site_changed', 'client_payload', jsonb_build_object('organisation', org_slug)),
      jsonb_strip_nulls(jsonb_build_object('Content-Type', 'application/json',
        'Authorization', case when hook.secret is not null then 'Bearer ' || hook.secret end));
  exception when others then
    -- A deploy hook that cannot be queued must not cost the staff member their save.
    raise warning 'portal: the deploy hook of % could not be queued: %', org_slug, sqlerrm;
  end;
  return null;
end
$$;
comment on function portal.notify_site_changed() is 'Trigger: when a write changes what the public site shows, notifies channel portal_site_changed with ''<organisation slug>/<project slug>'' for a change of a project''s records (both slugs when a row moves) or the organisation''s slug alone for any other change, and, when the organisation has a deploy hook and pg_net is installed, posts to the hook once per transaction.';
revoke all on function portal.notify_site_changed() from public;
