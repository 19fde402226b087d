-- Timelines in keyset pages, for the site build. A build used to ask project_timeline once per project:
-- 10,000 requests for a large site, each a round trip through PostgREST. project_timelines returns the documents
-- of up to 100 published projects per call, ordered by slug, and the slug to continue after; each document is
-- exactly what project_timeline returns for that project, so a page renders the same from either.
--
-- Keyset, not offset: a project published or withdrawn between two calls moves no other project to another page,
-- so none is skipped or read twice. Slugs are compared byte-wise (collate "C"), the order the caller sees.

create function public.project_timelines(org_slug text, after_slug text default null, page_size integer default 100)
returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  org uuid := portal.organisation_id_for(org_slug);
  docs jsonb;
  last_slug text;
begin
  if page_size is null or page_size < 1 or page_size > 100 then
    raise exception 'page_size must be a whole number from 1 to 100.' using errcode = '22023';
  end if;
  select coalesce(jsonb_agg(public.project_timeline(org_slug, page.slug) order by page.slug collate "C"), '[]'::jsonb),
         max(page.slug collate "C")
    into docs, last_slug
    from (
      select pr.slug from portal.projects pr
      where pr.organisation_id = org and pr.publication = 'published'
        and (after_slug is null or pr.slug collate "C" > after_slug collate "C")
      order by pr.slug collate "C"
      limit page_size
    ) page;
  return jsonb_build_object(
    'timelines', docs,
    -- Null on the last page: a full page may still be the last, and then the next call returns an empty one.
    'next_after', case when jsonb_array_length(docs) = page_size then last_slug end
  );
end
$$;
comment on function public.project_timelines(text, text, integer) is 'The project_timeline documents of the published projects of an organisation, up to page_size (1 to 100, default 100) per call, ordered by slug (byte-wise), starting after after_slug: {timelines: [...], next_after: the slug to pass as after_slug for the next page, or null when there is none}. For the site build. Raises PT404 for an unknown organisation and 22023 for a page_size out of range.';

revoke all on function public.project_timelines(text, text, integer) from public, anon, authenticated;
grant execute on function public.project_timelines(text, text, integer) to anon, authenticated, service_role;
