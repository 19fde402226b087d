import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import {
  demodamDraft,
  demodamProject,
  rpc,
  sessionKey,
  signIn,
  staffProject,
  tokensFor,
  unique,
  workspaceProjects,
} from './support/workspace.ts';

// An editor of another municipality can neither see Demodam's draft nor change
// anything of Demodam, through the workspace or by calling the API directly with its own token.

const text = workspaceNl;

test('the Voorbeeldstad editor sees none of Demodam in the workspace', async ({ page }) => {
  await signIn(page, 'otherEditor');
  await expect(page.getByText(`${text.roles.editor} bij Gemeente Voorbeeldstad`)).toBeVisible();
  // The page around the workspace is the Demodam site's frame; the workspace itself shows none of Demodam.
  const workspace = page.locator('.workspace-app');
  await expect(workspace.getByText(demodamDraft.title)).toHaveCount(0);
  await expect(workspace.getByText(demodamProject.title)).toHaveCount(0);
  await expect(workspace.getByText('Gemeente Demodam')).toHaveCount(0);
  // Nor by typing the address of a Demodam project: the same "not found" as for a project that does not exist.
  const demodamEditor = await tokensFor(page.request, 'editor');
  const draft = (await workspaceProjects(page.request, demodamEditor)).find((project) => project.slug === demodamDraft.slug);
  expect(draft, 'the Demodam editor sees its draft project').toBeDefined();
  await page.goto(`${pathFor({ page: 'workspace' }, 'nl')}#/projects/${draft?.id ?? ''}`);
  await expect(page.getByRole('heading', { level: 1, name: text.editor.loadFailed })).toBeVisible();
  await expect(page.getByText(demodamDraft.title)).toHaveCount(0);
});

test("the Voorbeeldstad editor's own token cannot read or change Demodam through the API", async ({ page, request }) => {
  const suffix = unique();
  // Its token, as the workspace keeps it in the browser.
  await signIn(page, 'otherEditor');
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), sessionKey);
  expect(stored, 'the workspace keeps its session in localStorage').not.toBeNull();
  const token = (JSON.parse(stored ?? '{}') as { access_token?: string }).access_token ?? '';
  expect(token).not.toBe('');

  const demodamEditor = await tokensFor(request, 'editor');
  const projects = await workspaceProjects(request, demodamEditor);
  const draft = projects.find((project) => project.slug === demodamDraft.slug);
  const published = projects.find((project) => project.slug === demodamProject.slug);
  if (!draft || !published) throw new Error("The demo seed lacks Demodam's draft or Schoolzone project.");
  const before = await staffProject(request, demodamEditor, published.id);
  const update = (before['updates'] as Array<{ id: string; title: string; updated_at: string; publication: string }>)[0];
  const promise = (before['promises'] as Array<{ id: string; status: string; history: unknown[] }>)[0];
  if (!update || !promise) throw new Error('The Schoolzone project has no update or promise in the seed.');

  const attempts: Array<[string, Record<string, unknown>]> = [
    ['staff_project', { project_id: draft.id }],
    ['staff_project', { project_id: published.id }],
    ['staff_save_update', { project_id: published.id, title: `Ingebroken ${suffix}`, body_md: 'Niet van u.' }],
    [
      'staff_save_update',
      { id: update.id, project_id: published.id, title: `Overschreven ${suffix}`, body_md: 'Niet van u.', updated_at: update.updated_at },
    ],
    ['staff_approve', { kind: 'project', id: draft.id, project_id: draft.id }],
    ['staff_approve', { kind: 'update', id: update.id, project_id: published.id }],
    [
      'staff_change_promise_status',
      {
        promise_id: promise.id,
        project_id: published.id,
        status: 'broken',
        explanation: `Niet van u ${suffix}`,
        changed_by: 'Voorbeeldstad',
      },
    ],
  ];
  for (const [fn, input] of attempts) {
    const answer = await rpc(request, token, fn, input);
    expect([403, 404], `${fn} ${JSON.stringify(input)} → ${answer.status} ${JSON.stringify(answer.body)}`).toContain(answer.status);
    const message = (answer.body as { message?: unknown }).message;
    expect(typeof message === 'string' && message.length > 0, `${fn} answers with a message`).toBe(true);
    expect(String(message)).not.toMatch(/permission denied|violates|relation|function|sql/i);
  }
  // Its workspace lists nothing of Demodam either.
  const own = await rpc(request, token, 'staff_workspace');
  expect(own.status).toBe(200);
  expect(JSON.stringify(own.body)).not.toContain(draft.id);
  expect(JSON.stringify(own.body)).not.toContain(published.id);

  // Nothing changed: the Demodam editor's view is the same as before, and so is the public page.
  const after = await staffProject(request, demodamEditor, published.id);
  expect(after['updates']).toEqual(before['updates']);
  expect(after['promises']).toEqual(before['promises']);
  expect((await staffProject(request, demodamEditor, draft.id))['project']['publication']).toBe('draft');
  await page.goto(pathFor({ page: 'project', slug: demodamProject.slug }, 'nl'));
  await expect(page.getByText(suffix)).toHaveCount(0);
  expect((await page.goto(pathFor({ page: 'project', slug: demodamDraft.slug }, 'nl')))?.status()).toBe(404);
  // And in the Demodam editor's workspace, the draft project is still a draft with its own title.
});
