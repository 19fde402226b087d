-- Invitations: staff invite the followers of a project who said they want to take part (to a sounding
-- board, a meeting, a walk), optionally only those of one neighbourhood or group. An invitation speaks for the
-- municipality, so it is a publishable kind like any other record: a draft, approved by a second person, with a
-- version in the public history and an entry in the ledger. Approving it sends it: a notice to the matching
-- confirmed followers (portal.enqueue_invitation), which the mail worker fans out into one mail each, sent at
-- once whatever their digest setting, with the
-- follower's own unsubscribe and manage links; replies go to the address staff gave (the contact person's, not
-- public). Staff see how many it went to (recipients), never who.

create table portal.invitations (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references portal.projects (id) on delete cascade,
  key_date_id uuid references portal.key_dates (id) on delete set null,
  title text not null check (char_length(title) between 1 and 200),
  body text not null check (char_length(body) between 1 and 4000),
  group_name text check (group_name is null or char_length(group_name) between 1 and 100),
  reply_to text not null check (portal.is_email_address(reply_to)),
  recipients integer check (recipients >= 0),
  sent_at timestamptz,
  publication portal.publication_state not null default 'draft',
  author_id uuid references auth.users (id) on delete set null,
  approver_id uuid references auth.users (id) on delete set null,
  submitted_at timestamptz,
  published_at timestamptz,
  unpublished_reason text check (char_length(unpublished_reason) <= 2000),
  returned_reason text check (char_length(returned_reason) <= 2000),
  contributors uuid[] not null default '{}',
  version integer not null default 0 check (version >= 0),
  revised_at timestamptz,
  unpublished_at timestamptz,
  self_approved boolean not null default false,
  publish_at timestamptz,
  translations jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (publication <> 'published' or published_at is not null),
  check (publication <> 'scheduled' or publish_at is not null),
  check (publication <> 'unpublished' or char_length(btrim(coalesce(unpublished_reason, ''))) > 0)
);
comment on table portal.invitations is 'An invitation to the followers of a project who want to take part (optionally of one neighbourhood or group): approved like every public record, then mailed once to each of them; the count is kept, never who.';
comment on column portal.invitations.id is 'Primary key.';
comment on column portal.invitations.project_id is 'The project.';
comment on column portal.invitations.key_date_id is 'The moment to take part it invites to, if any.';
comment on column portal.invitations.title is 'What the invitation is for; the mail''s subject.';
comment on column portal.invitations.body is 'The invitation in plain text: what, when, where, how to sign up.';
comment on column portal.invitations.group_name is 'Only followers who named this neighbourhood or group (case and spaces at the ends ignored); empty for all who want to take part.';
comment on column portal.invitations.reply_to is 'Where replies go: the work address of the project''s contact person. Not public.';
comment on column portal.invitations.recipients is 'How many followers it was sent to, counted when it was approved; null before.';
comment on column portal.invitations.sent_at is 'When it was approved and handed to the mail worker.';
comment on column portal.invitations.publication is 'Where it stands on its way: draft, awaiting approval, scheduled, published (sent) or unpublished.';
comment on column portal.invitations.author_id is 'The staff member who created it. Not public.';
comment on column portal.invitations.approver_id is 'The approver who last published it. Not public.';
comment on column portal.invitations.submitted_at is 'When it was last submitted for approval.';
comment on column portal.invitations.published_at is 'When it was published (and sent).';
comment on column portal.invitations.unpublished_reason is 'Why it was withdrawn from the public site; required when unpublished.';
comment on column portal.invitations.returned_reason is 'Why an approver sent it back to draft; cleared when it is submitted again. Not public.';
comment on column portal.invitations.contributors is 'Who wrote the words that are not yet public. None of them may approve it (four eyes). Not public.';
comment on column portal.invitations.version is 'How many versions were published; 0 while it never was.';
comment on column portal.invitations.revised_at is 'When the latest revision was published; null when it was never revised.';
comment on column portal.invitations.unpublished_at is 'When it was withdrawn; null unless unpublished.';
comment on column portal.invitations.self_approved is 'True when it was approved by someone who also wrote it (only where the organisation allows self-approval); shown publicly.';
comment on column portal.invitations.publish_at is 'For a scheduled invitation: the moment it goes out. Not public.';
comment on column portal.invitations.translations is 'The English versions of its title and body: {} or {"en": {"<field>": "<English text>"}}. Public content.';
comment on column portal.invitations.created_at is 'When the row was created.';
comment on column portal.invitations.updated_at is 'When the row last changed.';

create index invitations_project_idx on portal.invitations (project_id);
create index invitations_scheduled_idx on portal.invitations (publish_at) where publication = 'scheduled';

insert into portal.publishable_kinds (kind, table_name, content_fields, time_fields, title_field, label_nl, label_en, translatable_fields)
values ('invitation', 'invitations', array['key_date_id', 'title', 'body', 'group_name', 'translations'], '{}', 'title',
  'de uitnodiging', 'the invitation', '{"title": 200, "body": 4000}');

-- The same protections as every table of public records (the loops of the earlier migrations ran before this
-- table existed): row level security with the standard policies, the workflow guard, audit, site notification.
select portal.protect_project_records('portal.invitations', 'invitations');
create trigger invitations_touch before update on portal.invitations for each row execute function portal.touch_updated_at();
create trigger invitations_guard before insert or update or delete on portal.invitations for each row execute function portal.guard_public_record();
create trigger invitations_audit after insert or update or delete on portal.invitations for each row execute function portal.audit_row();
create trigger invitations_site_changed after insert or update or delete on portal.invitations for each row execute function portal.notify_site_changed();
create trigger invitations_translations_tidy before insert or update of translations on portal.invitations
  for each row execute function portal.tidy_record_translations('invitation');

-- Residents read what they see; who wrote, approved or gets the replies is staff-only.
grant select (id, project_id, key_date_id, title, body, group_name, recipients, sent_at, publication, submitted_at, published_at,
  unpublished_reason, version, revised_at, unpublished_at, self_approved, translations, created_at, updated_at) on portal.invitations to anon;

-- The mail: a notice to the participants, sent at once -------------------------------------------------------------

create function portal.enqueue_invitation(invitation uuid) returns integer
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  inv portal.invitations;
  added integer;
begin
  select * into inv from portal.invitations i where i.id = invitation;
  -- For the followers of the project itself who confirmed and want to take part (not those who follow every
  -- project: they did not say so for this one), of the group when one is named; public.fan_out_notices makes
  -- their mails. Sent once: publishing it again after a withdrawal adds no notice.
  insert into portal.notices (organisation_id, project_id, kind, record_id, audience, group_name)
  select p.organisation_id, p.id, 'invitation', inv.id, 'participants', inv.group_name
  from portal.projects p
  where p.id = inv.project_id and p.publication = 'published'
  on conflict (kind, record_id) do nothing;
  get diagnostics added = row_count;
  if added = 0 then
    return 0;
  end if;
  -- Staff see how many it goes to: counted now, with the fan-out's own rule (a few participants, not all followers).
  update portal.invitations i
     set recipients = (select count(*)::int from portal.subscriptions x
                       where x.project_id = inv.project_id and x.confirmed_at <= now() and x.participate
                         and (inv.group_name is null or lower(btrim(x.group_name)) = lower(btrim(inv.group_name)))),
         sent_at = coalesce(i.sent_at, now())
   where i.id = invitation;
  return added;
end
$$;
comment on function portal.enqueue_invitation(uuid) is 'Writes the notice of an invitation (kind invitation, audience participants, its group) for the confirmed followers of its published project who want to take part, of its group when it names one (compared without case and outer spaces), and counts them in recipients. A repeat adds nothing, so nobody gets it twice. Returns 1 when it was added, else 0.';
revoke all on function portal.enqueue_invitation(uuid) from public, anon, authenticated, service_role;

-- What followers are told of a publication event (publication_event, 20261204000100_public_record.sql, calls it; plpgsql,
-- so it is looked up when that runs). The rows are written in the publishing transaction.

create function portal.notify_followers(event text, kind text, target uuid, version_id uuid, project uuid,
  previous jsonb, current jsonb) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  if project is null then
    return;
  end if;
  if kind = 'invitation' then
    -- Sent once: publishing it again after a withdrawal adds nobody who already had it. Withdrawing it tells
    -- nobody: it went only to those who take part, and its notice stays on the site. It is never revised.
    if event = 'publish' then
      perform portal.enqueue_invitation(target);
    end if;
    return;
  end if;
  case event
    when 'publish' then
      case kind
        when 'update', 'decision', 'key_date', 'promise' then
          perform portal.enqueue_notice(kind, target, project);
        when 'council_moment' then
          if current ->> 'outcome' <> 'pending' then
            perform portal.enqueue_notice('council_outcome', target, project);
          end if;
        else
          null;
      end case;
    when 'revision' then
      if kind = 'council_moment' and previous ->> 'outcome' = 'pending' and current ->> 'outcome' <> 'pending' then
        perform portal.enqueue_notice('council_outcome', target, project);
      elsif kind = 'key_date' and (previous -> 'starts_at', previous -> 'ends_at', previous -> 'location', previous -> 'online_url')
          is distinct from (current -> 'starts_at', current -> 'ends_at', current -> 'location', current -> 'online_url') then
        perform portal.enqueue_notice('key_date_changed', version_id, project);
      elsif kind = 'phase' and portal.current_phase_id(project) = target
          -- The council's role in the phase is part of what residents can expect of it.
          and (previous -> 'participation_level', previous -> 'open_for_input', previous -> 'fixed_frames', previous -> 'time_asked',
               previous -> 'time_asked_hours', previous -> 'results_expected', previous -> 'results_expected_on',
               previous -> 'council_role', previous -> 'council_role_explanation')
          is distinct from (current -> 'participation_level', current -> 'open_for_input', current -> 'fixed_frames', current -> 'time_asked',
               current -> 'time_asked_hours', current -> 'results_expected', current -> 'results_expected_on',
               current -> 'council_role', current -> 'council_role_explanation') then
        perform portal.enqueue_notice('expectations_changed', version_id, project);
      end if;
    when 'withdrawal' then
      perform portal.enqueue_notice('withdrawal', version_id, project);
    when 'status_change' then
      perform portal.enqueue_notice('promise_status', target, project);
  end case;
end
$$;
comment on function portal.notify_followers(text, text, uuid, uuid, uuid, jsonb, jsonb) is 'Enqueues what followers are told of a publication event: a new update, decision, key date, promise or council outcome; a key date moved or its place changed; the expectations of the current phase changed (old and new); a withdrawal (with its reason); a promise''s status change; and an invitation, to the followers who want to take part (portal.enqueue_invitation).';
revoke all on function portal.notify_followers(text, text, uuid, uuid, uuid, jsonb, jsonb) from public, anon, authenticated, service_role;

-- What a notice says ----------------------------------------------------------------------------------------------
-- The record of a notice as the public site shows it now, in the shape of noticeItemSchema's record: the record a
-- notice is about (update, decision, promise, promise_status: the status change with its promise, council_outcome,
-- key_date; invitation: its words, the moment it invites to and where replies go), or the change it is about
-- (key_date_changed and expectations_changed: the version before and after; withdrawal: what was withdrawn, when and
-- why); null when it (or its project) is no longer public, a council outcome was taken back, or a withdrawn record
-- was published again since. A record is its kind's public JSON (portal.update_json and the others,
-- 20261128000700_api_read.sql) less what a mail leaves out. The mail worker's functions
-- (20261128001400_notifications.sql) ask it; they are plpgsql, so it is looked up when they run.
create function portal.notice_record(notice_kind text, record uuid) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  found jsonb;
begin
  case notice_kind
    when 'update' then
      select portal.update_json(u.id) - array['translations']
      into found from portal.updates u
      where u.id = record and u.publication = 'published' and portal.project_is_public(u.project_id);
    when 'decision' then
      select portal.decision_json(d.id) - array['phase_id', 'source_url', 'published_at', 'responses',
        'translations']
      into found from portal.decisions d
      where d.id = record and d.publication = 'published' and portal.project_is_public(d.project_id);
    when 'promise_status' then
      select jsonb_build_object('id', c.id, 'promise_id', p.id, 'promise', p.body, 'status', c.status,
        'previous_status', (
          select b.status from portal.promise_status_changes b
          where b.promise_id = c.promise_id and b.id <> c.id
            and (b.changed_at, b.created_at) <= (c.changed_at, c.created_at)
          order by b.changed_at desc, b.created_at desc limit 1),
        'changed_at', c.changed_at, 'changed_by', c.changed_by, 'explanation', c.explanation)
      into found from portal.promise_status_changes c join portal.promises p on p.id = c.promise_id
      where c.id = record and p.publication = 'published' and portal.project_is_public(p.project_id);
    when 'council_outcome' then
      select portal.council_moment_json(m.id) - array['starts_at', 'meeting_kind', 'proposal', 'effect_on_promises', 'source_url',
        'source_id', 'meeting_source_id', 'translations']
      into found from portal.council_moments m
      where m.id = record and m.publication = 'published' and m.outcome <> 'pending' and portal.project_is_public(m.project_id);
    when 'key_date' then
      select portal.key_date_json(k.id) - array['phase_id', 'translations']
      into found from portal.key_dates k
      where k.id = record and k.publication = 'published' and portal.project_is_public(k.project_id);
    when 'promise' then
      select portal.promise_json(p.id) - array['phase_id', 'made_to', 'status', 'is_overdue', 'history',
        'translations']
      into found from portal.promises p
      where p.id = record and p.publication = 'published' and portal.project_is_public(p.project_id);
    when 'key_date_changed', 'expectations_changed' then
      -- The version that changed it and the one before, side by side; only while the record is still public.
      select jsonb_build_object('id', v.record_id, 'title', v.content ->> 'title', 'changed_at', v.at,
        'before', (select b.content from portal.record_versions b
                   where b.kind = v.kind and b.record_id = v.record_id and b.event in ('publish', 'revision') and b.version < v.version
                   order by b.version desc limit 1),
        'after', v.content)
      into found from portal.record_versions v
      where v.id = record and v.kind = case notice_kind when 'key_date_changed' then 'key_date' else 'phase' end
        and portal.project_is_public(v.project_id)
        and exists (select 1 from portal.key_dates k where k.id = v.record_id and k.publication = 'published'
                    union all
                    select 1 from portal.phases ph where ph.id = v.record_id and ph.publication = 'published');
    when 'withdrawal' then
      -- A withdrawal stays news while it stands: a record published again since is not mailed as withdrawn.
      select jsonb_build_object('id', v.record_id, 'kind', v.kind, 'title', portal.record_title(v.kind, v.content),
        'reason', v.reason, 'withdrawn_at', v.at)
      into found from portal.record_versions v
      where v.id = record and v.event = 'withdrawal' and (v.kind = 'project' or portal.project_is_public(v.project_id))
        and not exists (select 1 from portal.record_versions later where later.kind = v.kind and later.record_id = v.record_id
                        and later.ledger_seq > v.ledger_seq and later.event in ('publish', 'revision'));
    when 'invitation' then
      select jsonb_build_object('id', i.id, 'title', i.title, 'body', i.body, 'group_name', i.group_name, 'reply_to', i.reply_to,
          'translations', i.translations,
          'moment', (select portal.key_date_json(k.id) - array['id', 'phase_id', 'translations']
            from portal.key_dates k where k.id = i.key_date_id and k.publication = 'published'))
        into found from portal.invitations i
      where i.id = record and i.publication = 'published' and portal.project_is_public(i.project_id);
    else
      found := null;
  end case;
  return found;
end
$$;
comment on function portal.notice_record(text, uuid) is 'The public fields of the record a notice is about, as the mail worker renders it; for an invitation its title, body, group, English versions, the published moment it invites to, and reply_to, the address replies go to (for the Reply-To header only). Null when the record or its project is no longer public.';
revoke all on function portal.notice_record(text, uuid) from public, anon, authenticated;

-- Staff write an invitation ----------------------------------------------------------------------------------------

create function portal.staff_save_invitation_fields(input jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  project uuid;
  org uuid;
  record_id uuid;
  existing portal.invitations;
  saved portal.invitations;
  v_title text;
  v_body text;
  v_group text;
  v_reply_to text;
  v_key_date uuid;
begin
  input := portal.input_object(input);
  project := portal.input_uuid(input, 'project_id', 'Het project', 'The project');
  org := portal.staff_project_organisation(project, 'editor');
  record_id := portal.input_uuid(input, 'id', 'De uitnodiging', 'The invitation', false);
  if record_id is not null then
    select * into existing from portal.invitations i where i.id = record_id and i.project_id = project;
    if not found then perform portal.record_missing(); end if;
    perform portal.check_version(input, portal.working_version('invitation', existing.id, existing.updated_at));
    -- It was mailed as it was approved: changing it now would make the site say what nobody received.
    if existing.publication in ('published', 'scheduled') then
      perform portal.workflow_state_error('Deze uitnodiging is al goedgekeurd en verstuurd. Stuur zo nodig een nieuwe.',
        'This invitation has been approved and sent. Send a new one if needed.');
    end if;
  end if;

  v_title := portal.input_text(input, 'title', 'De titel', 'The title', 200);
  v_body := portal.input_text(input, 'body', 'De tekst', 'The text', 4000);
  v_group := portal.input_text(input, 'group_name', 'De buurt of groep', 'The neighbourhood or group', 100, false);
  v_reply_to := lower(btrim(coalesce(input ->> 'reply_to', '')));
  if v_reply_to = '' then
    perform portal.invalid('reply_to', 'Vul het e-mailadres in waar antwoorden naartoe gaan.', 'Fill in the e-mail address replies go to.');
  elsif not portal.is_email_address(v_reply_to) then
    perform portal.invalid('reply_to', 'Dit is geen e-mailadres. Bijvoorbeeld: naam@gemeente.nl.', 'This is not an e-mail address. For example: name@municipality.nl.');
  end if;
  v_key_date := portal.input_uuid(input, 'key_date_id', 'Het moment', 'The moment', false);
  if v_key_date is not null and not exists (select 1 from portal.key_dates k where k.id = v_key_date and k.project_id = project) then
    perform portal.invalid('key_date_id', 'Kies een moment van dit project.', 'Choose a moment of this project.');
  end if;

  if record_id is null then
    insert into portal.invitations (project_id, key_date_id, title, body, group_name, reply_to, publication, author_id)
    values (project, v_key_date, v_title, v_body, v_group, v_reply_to, 'draft', auth.uid())
    returning * into saved;
  else
    update portal.invitations i
       set key_date_id = v_key_date, title = v_title, body = v_body, group_name = v_group, reply_to = v_reply_to,
           publication = portal.publication_after_save(i.publication)
     where i.id = record_id and i.updated_at = existing.updated_at
    returning * into saved;
    if not found then perform portal.conflict(); end if;
  end if;
  return portal.staff_record('invitation', saved.id);
end
$$;
comment on function portal.staff_save_invitation_fields(jsonb) is 'The Dutch part of public.staff_save_invitation: every check and field but translations, which public.staff_save_invitation adds (portal.save_with_translations).';
revoke all on function portal.staff_save_invitation_fields(jsonb) from public, anon;
grant execute on function portal.staff_save_invitation_fields(jsonb) to authenticated, service_role;

create function public.staff_save_invitation(input jsonb) returns jsonb
language sql volatile security invoker
set search_path = ''
as $$ select portal.save_with_translations('invitation', 'staff_save_invitation_fields', input) $$;
comment on function public.staff_save_invitation(jsonb) is 'Creates or edits an invitation to the followers of a project who want to take part, as a draft; once approved it is mailed to them and cannot change. Input: {id? (to edit), project_id, title (≤ 200, the subject), body (plain text, ≤ 4000), group_name? (≤ 100: only followers who named this neighbourhood or group), reply_to (the e-mail address replies go to, not public), key_date_id? (a moment of the project it invites to), updated_at?, translations? ({"en": {"title", "body"}})}. Returns the invitation as portal.staff_record shows it (with recipients once sent). Errors: 400 (hint names the field), 401, 404 for an unknown or foreign project or invitation, 409 when it changed since the form loaded or was already approved.';
revoke all on function public.staff_save_invitation(jsonb) from public, anon, authenticated;
grant execute on function public.staff_save_invitation(jsonb) to authenticated, service_role;
