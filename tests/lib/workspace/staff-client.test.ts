import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../../src/services/local-supabase/index.ts';
import { clientMessage } from '../../../src/lib/workspace/errors.ts';
import { createStaffApi, createStaffAuth, type StaffClientConfig } from '../../../src/lib/workspace/staff-client.ts';
import { ACTORS, startFixturePortal, TESTDAM, TESTPROJECT } from '../../database/support.ts';

// The workspace's own client (auth-js for the session, PostgREST's RPC call with fetch) against the stand-in:
// the answers and errors the workspace shows must be the ones supabase-js gave it before.

let portal: LocalSupabase;
beforeAll(async () => {
  portal = await startFixturePortal();
});
afterAll(async () => {
  await portal?.close();
});

async function signedIn(locale: 'nl' | 'en') {
  const config: StaffClientConfig = { apiUrl: portal.url, anonKey: portal.anonKey, locale };
  const auth = createStaffAuth(config);
  const { error } = await auth.signInWithPassword({ email: ACTORS.editor.email, password: 'test-wachtwoord' });
  expect(error).toBeNull();
  return { auth, api: createStaffApi(auth, config) };
}

describe('the staff client', () => {
  it('reads the workspace with the session of the signed-in editor', async () => {
    const { auth, api } = await signedIn('nl');
    const answer = await api.workspace();
    expect(answer.ok && answer.data.user.email).toBe(ACTORS.editor.email);
    expect(answer.ok && answer.data.memberships.map((membership) => membership.organisation_id)).toEqual([TESTDAM]);
    expect(answer.ok && answer.data.projects.some((project) => project.id === TESTPROJECT)).toBe(true);
    await auth.signOut();
  });

  it("puts a refused save's message, in the staff member's language, at the field it names", async () => {
    for (const [locale, message] of [
      ['nl', 'Vul de titel in.'],
      ['en', 'Fill in the title.'],
    ] as const) {
      const { auth, api } = await signedIn(locale);
      const answer = await api.saveUpdate({ project_id: TESTPROJECT, title: '  ', body_md: 'Tekst.' });
      expect(answer).toEqual({ ok: false, error: { status: 400, code: '22023', message, field: 'title', sessionExpired: false } });
      await auth.signOut();
    }
  });

  it('links a project to an agenda item of the council information system, lists it with what was imported, and unlinks it', async () => {
    const { auth, api } = await signedIn('nl');
    const linked = await api.linkCouncilItem({ project_id: TESTPROJECT, source_id: 'client-44477' });
    expect(linked.ok && { source_id: linked.data.source_id, project_id: linked.data.project_id, moment: linked.data.moment }).toEqual({
      source_id: 'client-44477',
      project_id: TESTPROJECT,
      moment: null,
    });

    // A council moment with the same id is what the import made of it: the list gives its state.
    const moment = await api.saveCouncilMoment({
      project_id: TESTPROJECT,
      meets_on: '2027-03-11',
      meeting_kind: 'council',
      body: 'Gemeenteraad',
      agenda_item: 'Krediet voor de klant-test',
      proposal: 'Het college vraagt geld.',
      outcome: 'pending',
      source_id: 'client-44477',
    });
    expect(moment.ok, JSON.stringify(moment)).toBe(true);
    const links = await api.councilLinks(TESTDAM);
    const listed = links.ok ? links.data.find((candidate) => candidate.source_id === 'client-44477') : undefined;
    expect(listed?.moment).toMatchObject({
      id: moment.ok ? moment.data.id : '',
      publication: 'draft',
      pending_revision: false,
      motions: 0,
    });

    // The API answers a second link of the same item with the same link: the panel must say so itself.
    const again = await api.linkCouncilItem({ project_id: TESTPROJECT, source_id: 'client-44477' });
    expect(again.ok && linked.ok && again.data.id).toBe(linked.ok && linked.data.id);

    // A bad id is refused at the field, in the staff member's language.
    const refused = await api.linkCouncilItem({ project_id: TESTPROJECT, source_id: 'a/b' });
    expect(!refused.ok && { status: refused.error.status, field: refused.error.field }).toEqual({ status: 400, field: 'source_id' });
    expect(!refused.ok && refused.error.message).toMatch(/^Het id van het agendapunt bestaat alleen uit letters, cijfers/);

    const unlinked = await api.unlinkCouncilItem({ project_id: TESTPROJECT, source_id: 'client-44477' });
    expect(unlinked).toEqual({ ok: true, data: { project_id: TESTPROJECT, source_id: 'client-44477', unlinked: true } });
    const after = await api.councilLinks(TESTDAM);
    expect(after.ok && after.data.some((candidate) => candidate.source_id === 'client-44477')).toBe(false);
    const gone = await api.unlinkCouncilItem({ project_id: TESTPROJECT, source_id: 'client-44477' });
    expect(!gone.ok && gone.error.status).toBe(404);
    await auth.signOut();
  });

  it('says the session has ended when a staff function is called without one', async () => {
    const config: StaffClientConfig = { apiUrl: portal.url, anonKey: portal.anonKey, locale: 'nl' };
    const answer = await createStaffApi(createStaffAuth(config), config).workspace();
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.status).toBe(401);
    expect(!answer.ok && answer.error.sessionExpired).toBe(true);
  });

  it('says there is no connection when the API does not answer', async () => {
    // A port nothing listens on any more.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const config: StaffClientConfig = { apiUrl: `http://127.0.0.1:${port}`, anonKey: portal.anonKey, locale: 'en' };
    const answer = await createStaffApi(createStaffAuth(config), config).workspace();
    expect(answer).toEqual({ ok: false, error: { status: 0, code: '', message: clientMessage('en', 'offline'), sessionExpired: false } });
  });
});
