-- public.list_projects without a quadratic cost.
--
-- Under row level security (anon), a condition that passes a column of another table to a function that is not
-- leakproof cannot become an index condition on the protected table. The first version found a card's current
-- phase with `ph.id = portal.current_phase_id(p.id)`, so every card scanned every phase of the organisation
-- (and called portal.project_is_public() on each): 19 s for 100 projects, about half an hour for 1,000
-- (bench/build-scale.ts). Here the current phase comes from a lateral join on phases.project_id, a plain
-- column comparison that uses the (project_id, position) index. The output is the same.

create or replace function public.list_projects(org_slug text) returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(card order by next_at nulls last, title), '[]'::jsonb)
  from (
    select p.title,
      (nk.doc ->> 'starts_at')::timestamptz as next_at,
      jsonb_build_object(
        'slug', p.slug, 'title', p.title, 'summary', p.summary, 'theme', p.theme, 'area', p.area,
        'status', p.status, 'starts_on', p.starts_on, 'ends_on', p.ends_on,
        'council_role', p.council_role, 'updated_at', p.updated_at,
        'current_phase', case when cur.id is not null then
          jsonb_build_object('kind', cur.kind, 'title', cur.title, 'participation_level', cur.participation_level) end,
        'next_moment', nk.doc,
        'open_for_input', coalesce(cur.participation_level <> 'informeren', false) and nk.doc is not null
      ) as card
    from portal.projects p
    left join lateral (
      select ph.id, ph.kind, ph.title, ph.participation_level from portal.phases ph
      where ph.project_id = p.id and ph.starts_on <= current_date
      order by ph.position desc
      limit 1
    ) cur on true
    cross join lateral (select portal.next_key_date_json(p.id) as doc) nk
    where p.organisation_id = portal.organisation_id_for(org_slug)
      and p.publication = 'published'
  ) cards
$$;

comment on function public.list_projects(text) is 'The published projects of an organisation as cards (slug, title, summary, theme, area, status, dates, council_role, current_phase, next_moment, open_for_input), sorted by the next moment to take part. Raises PT404 for an unknown organisation.';
