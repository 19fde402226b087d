import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import {
  addFollower,
  ANDERPROJECT,
  callOk,
  callStaff,
  clientsFor,
  fanOutNotices,
  serviceClientFor,
  startFixturePortal,
  TESTPROJECT,
  type Actor,
} from './support.ts';

// An invitation to those who want to take part, through the real API and database: approved by a second person, it
// reaches exactly the confirmed followers of that project who ticked "take part" (of the named group), each once,
// and nobody else; staff see how many, never who; replies go to the address staff gave. Approving writes one
// notice (audience participants, its group); the mail worker's fan-out (public.fan_out_notices) makes the mails.

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal);
});
afterAll(async () => {
  await portal?.close();
});

/** Who has a mail of the invitation, once the mail worker fanned out the notices that wait. */
async function outboxOf(invitation: string): Promise<string[]> {
  await fanOutNotices(portal.db);
  return mailedNow(invitation);
}

/** Who has a mail of the invitation as the outbox stands, without a fan-out. */
async function mailedNow(invitation: string): Promise<string[]> {
  const { rows } = await portal.db.query<{ email: string }>(
    `select s.email from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id
     where o.kind = 'invitation' and o.record_id = $1 order by s.email`,
    [invitation],
  );
  return rows.map((row) => row.email);
}

describe('an invitation', () => {
  it('goes, once approved, to each confirmed follower of the project who takes part in its group, and to nobody else', async () => {
    const suffix = Date.now();
    const mail = (name: string) => `${name}-${suffix}@voorbeeld.nl`;
    await addFollower(portal.db, mail('a'), { participate: true, groupName: 'Jongeren' });
    await addFollower(portal.db, mail('b'), { participate: true, groupName: '  jongeren ' });
    await addFollower(portal.db, mail('h'), { participate: true, groupName: 'Jongeren', frequency: 'weekly' });
    await addFollower(portal.db, mail('c'), { participate: true, groupName: 'Ouderen' });
    await addFollower(portal.db, mail('d'), { participate: false, groupName: 'Jongeren' });
    await addFollower(portal.db, mail('e'), { participate: true, groupName: 'Jongeren', confirmed: false });
    await addFollower(portal.db, mail('f'), { participate: true, groupName: 'Jongeren', project: null });
    await addFollower(portal.db, mail('g'), { participate: true, groupName: 'Jongeren', project: ANDERPROJECT });

    const saved = await callOk(as.editor, 'staff_save_invitation', {
      project_id: TESTPROJECT,
      title: 'Denk mee in de klankbordgroep',
      body: 'Op 12 januari praten we over het ontwerp. Meld u aan door te antwoorden.',
      group_name: 'Jongeren',
      reply_to: 'Contact@Testdam.example',
    });
    expect(saved).toMatchObject({ publication: 'draft', reply_to: 'contact@testdam.example', recipients: null });
    const target = { kind: 'invitation', id: saved['id'], project_id: TESTPROJECT };
    expect(await outboxOf(String(saved['id']))).toEqual([]);
    await callOk(as.editor, 'staff_submit', target);
    // The writer cannot approve their own invitation.
    expect((await callStaff(as.editor, 'staff_approve', target)).status).toBe(403);
    await callOk(as.approver, 'staff_approve', target);

    // The approval writes one notice, to those who take part in the group, and no mail yet.
    const notice = async () =>
      (
        await portal.db.query(
          `select kind, project_id, audience, group_name, mails, fanned_out_at is not null as done from portal.notices where record_id = $1`,
          [saved['id']],
        )
      ).rows;
    expect(await notice()).toEqual([
      { kind: 'invitation', project_id: TESTPROJECT, audience: 'participants', group_name: 'Jongeren', mails: 0, done: false },
    ]);
    expect(await mailedNow(String(saved['id']))).toEqual([]);
    expect(await outboxOf(String(saved['id']))).toEqual([mail('a'), mail('b'), mail('h')]);
    expect(await notice()).toMatchObject([{ mails: 3, done: true }]);
    const { rows } = await portal.db.query<{ frequency: string; due: boolean }>(
      `select frequency::text, next_attempt_at <= now() as due from portal.outbox where kind = 'invitation' and record_id = $1`,
      [saved['id']],
    );
    // Sent at once, also to a follower of the weekly digest.
    expect(rows.every((row) => row.frequency === 'immediate' && row.due)).toBe(true);

    // Staff see the number, never who.
    const project = await callOk(as.editor, 'staff_project', { project_id: TESTPROJECT });
    const listed = (project['invitations'] as Array<Record<string, unknown>>).find((item) => item['id'] === saved['id'])!;
    expect(listed['recipients']).toBe(3);
    expect(JSON.stringify(project)).not.toContain(`-${suffix}@voorbeeld.nl`);

    // Residents see what was sent and to how many, not where replies go.
    const { data } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
    const shown = (data as { invitations: Array<Record<string, unknown>> }).invitations.find((item) => item['id'] === saved['id']);
    expect(shown).toMatchObject({ title: 'Denk mee in de klankbordgroep', group_name: 'Jongeren', recipients: 3 });
    expect(JSON.stringify(data)).not.toContain('contact@testdam.example');

    // Once sent it does not change, and withdrawing and publishing it again sends nobody a second one.
    const edit = await callStaff(as.editor, 'staff_save_invitation', {
      ...target,
      title: 'Anders',
      body: 'x',
      reply_to: 'contact@testdam.example',
      updated_at: listed['updated_at'],
    });
    expect(edit.status).toBe(409);
    await callOk(as.approver, 'staff_unpublish', { ...target, reason: 'Per ongeluk verstuurd.' });
    await callOk(as.approver, 'staff_approve', target);
    expect(await outboxOf(String(saved['id']))).toEqual([mail('a'), mail('b'), mail('h')]);
    expect(await notice()).toMatchObject([{ mails: 3, done: true }]);
  });

  it('is mailed with the reply address for its Reply-To, and refuses a reply address that is not one', async () => {
    await addFollower(portal.db, `r-${Date.now()}@voorbeeld.nl`, { participate: true });
    const bad = await callStaff(as.editor, 'staff_save_invitation', {
      project_id: TESTPROJECT,
      title: 'Wandeling',
      body: 'Loop mee.',
      reply_to: 'geen adres',
    });
    expect(bad.status).toBe(400);
    expect(bad.hint).toBe('reply_to');
    const saved = await callOk(as.editor, 'staff_save_invitation', {
      project_id: TESTPROJECT,
      title: 'Wandeling door de wijk',
      body: 'Loop mee.',
      reply_to: 'wijk@testdam.example',
    });
    const target = { kind: 'invitation', id: saved['id'], project_id: TESTPROJECT };
    await callOk(as.editor, 'staff_submit', target);
    await callOk(as.approver, 'staff_approve', target);
    await fanOutNotices(portal.db);
    const { data, error } = await serviceClientFor(portal).rpc('claim_mail_batch', { input: { limit: 500 } });
    expect(error).toBeNull();
    const mails = (data as { mails: Array<{ kind: string; items: Array<{ kind: string; record: Record<string, unknown> }> }> }).mails;
    const invitation = mails.find((candidate) =>
      candidate.items.some((item) => item.kind === 'invitation' && item.record['id'] === saved['id']),
    );
    expect(invitation?.kind).toBe('notice');
    expect(invitation?.items).toHaveLength(1);
    expect(invitation?.items[0]?.record).toMatchObject({ title: 'Wandeling door de wijk', reply_to: 'wijk@testdam.example' });
  });
});
