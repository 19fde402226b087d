import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  callApi,
  createPortalApi,
  organisationSchema,
  projectListSchema,
  projectTimelineSchema,
} from '../../../src/lib/api/index.ts';
import { organisationDocument, projectCardDocument, projectTimelineDocument } from '../support/documents.ts';
import { startFakeApi, type FakeApi, type FakeReply } from '../support/fake-api.ts';
import { closedPort } from '../support/ports.ts';

let fake: FakeApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function apiAnswering(reply: FakeReply) {
  fake = await startFakeApi(() => reply);
  return createPortalApi({ url: fake.url, anonKey: 'test-anon-key' });
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('callApi', () => {
  it('returns the parsed answer of a well-formed call', async () => {
    const organisation = organisationDocument();
    const api = await apiAnswering({ body: organisation });
    await expect(callApi(api, 'get_organisation', { org_slug: organisation.slug }, organisationSchema)).resolves.toEqual(organisation);
    expect(fake?.calls).toEqual(['get_organisation']);
  });

  it('names the function, the row, the field and the URL of a malformed row', async () => {
    const broken = { ...projectCardDocument('tweede-project'), status: 'bijna-klaar' };
    const api = await apiAnswering({ body: [projectCardDocument('eerste-project'), broken] });
    const error = await failureOf(callApi(api, 'list_projects', { org_slug: 'fakedam' }, projectListSchema));
    expect(error.failure).toBe('malformed');
    expect(error.message).toContain('list_projects(org_slug="fakedam")');
    expect(error.message).toContain(`${api.url}/rest/v1/rpc/list_projects`);
    expect(error.message).toContain('row [1] (slug "tweede-project").status');
    expect(error.message).toContain('"bijna-klaar"');
  });

  it('names nested fields and refuses keys the API does not define, such as an e-mail address', async () => {
    const timeline = projectTimelineDocument('project');
    const [contact] = timeline.people;
    const leaking = { ...timeline, people: [{ ...contact, email: 'iemand@example.org' }] };
    const api = await apiAnswering({ body: leaking });
    const error = await failureOf(
      callApi(api, 'project_timeline', { org_slug: 'fakedam', project_slug: 'project' }, projectTimelineSchema),
    );
    expect(error.message).toContain('field people[0]');
    expect(error.message).toContain('email');
    expect(error.message).not.toContain('iemand@example.org');
  });

  it('keeps the message short when a huge answer is wrong everywhere', async () => {
    const rows = Array.from({ length: 500 }, (_, index) => ({ slug: `p${index}`, title: 'x'.repeat(5000) }));
    const api = await apiAnswering({ body: rows });
    const error = await failureOf(callApi(api, 'list_projects', { org_slug: 'fakedam' }, projectListSchema));
    expect(error.message).toMatch(/and \d+ more problems/);
    expect(error.message.length).toBeLessThan(2000);
  });

  it('passes on the status, code and message of an API error', async () => {
    const api = await apiAnswering({
      status: 404,
      body: { code: 'PT404', message: 'Organisation "nergens" does not exist.', details: null, hint: null },
    });
    const error = await failureOf(callApi(api, 'get_organisation', { org_slug: 'nergens' }, organisationSchema));
    expect(error.failure).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toContain('HTTP 404 PT404');
    expect(error.message).toContain('Organisation "nergens" does not exist.');
  });

  it('says plainly when the API cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const api = createPortalApi({ url, anonKey: 'test-anon-key' });
    const error = await failureOf(callApi(api, 'get_organisation', { org_slug: 'demodam' }, organisationSchema));
    expect(error.failure).toBe('unreachable');
    expect(error.message).toContain(
      `Could not reach the API for get_organisation(org_slug="demodam") at ${url}/rest/v1/rpc/get_organisation`,
    );
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('gives up on an API that does not answer in time', async () => {
    fake = await startFakeApi(() => ({ body: null, delayMs: 2_000 }));
    const api = createPortalApi({ url: fake.url, anonKey: 'test-anon-key', timeoutMs: 200 });
    const error = await failureOf(callApi(api, 'get_organisation', { org_slug: 'demodam' }, organisationSchema));
    expect(error.failure).toBe('unreachable');
    expect(error.message).toMatch(/TimeoutError|aborted/);
  });
});
