// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { hostile } from '../../lib/support/hostile.ts';

// The freshness notice as its script makes it, in a DOM without a browser: its words in the page's language, the
// API's titles as text, never as markup. Against the real API it is proven in tests/e2e/project-stories.spec.ts.

beforeAll(async () => {
  await import('../../../src/browser/project/freshness-notice.ts');
});

beforeEach(() => {
  // The API the site is built from, as the build's environment gives it to the bundled script.
  vi.stubEnv('PUBLIC_SUPABASE_URL', 'http://api.invalid/');
  vi.stubEnv('PUBLIC_SUPABASE_ANON_KEY', 'anon-key');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  document.body.replaceChildren();
});

/** Puts a notice on a page in `lang` whose API answers `changes`, and waits until it has read the answer. */
async function noticeFor(
  lang: string,
  changes: unknown[],
): Promise<{ region: HTMLElement; request: () => { url: string; headers: unknown; body: unknown } }> {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify({ checked_at: '2026-03-02T00:00:00Z', changes }), { status: 200 }),
  );
  vi.stubGlobal('fetch', fetch);
  document.documentElement.lang = lang;
  document.body.innerHTML = `<freshness-notice data-organisation="demodam" data-project="parkeren" data-built-at="2026-03-01T10:00:00Z"><div role="status"></div></freshness-notice>`;
  const region = document.querySelector<HTMLElement>('[role="status"]') as HTMLElement;
  await vi.waitFor(() => expect(region.dataset['changes']).toBe(String(changes.length)));
  const request = () => {
    const [url = '', init] = fetch.mock.calls[0] ?? [];
    return { url, headers: init?.headers, body: JSON.parse(String(init?.body)) as unknown };
  };
  return { region, request };
}

const change = (kind: string, title: string, status: string | null = null) => ({ kind, id: `${kind}-${title}`, title, status });

describe('the freshness notice', () => {
  it('says in English what changed, the titles as text in their own language, and how many more', async () => {
    const changes = [
      change('promise', hostile('title'), 'kept'),
      change('council_moment', 'Raadsvoorstel', 'ready_for_council'),
      ...Array.from({ length: 10 }, (_, index) => change('update', `Nieuws ${index}`)),
    ];
    const { region, request } = await noticeFor('en', changes);
    expect(request()).toMatchObject({
      url: 'http://api.invalid/rest/v1/rpc/changes_since',
      headers: { apikey: 'anon-key', Authorization: 'Bearer anon-key' },
      body: { org_slug: 'demodam', since: '2026-03-01T10:00:00.000Z', project_slug: 'parkeren' },
    });

    const alert = region.querySelector('.utrecht-alert.utrecht-alert--info');
    expect(alert?.querySelector('strong')?.textContent).toBe(en.project.freshTitle);
    const items = [...region.querySelectorAll('ul.utrecht-unordered-list > li.utrecht-unordered-list__item')];
    expect(items).toHaveLength(10);
    expect(items[0]?.textContent).toBe(`${en.project.changeKind.promise}: ${hostile('title')} (${en.promiseStatus.kept})`);
    expect(items[1]?.textContent).toBe(`${en.project.changeKind.council_moment}: Raadsvoorstel (${en.councilOutcome.ready_for_council})`);
    expect(items[2]?.textContent).toBe(`${en.project.changeKind.update}: Nieuws 0`);
    // The organisation's titles are Dutch on an English page, and stay text: nothing of the payload became markup.
    expect(items[0]?.querySelector('span')?.getAttribute('lang')).toBe('nl');
    expect(region.querySelector('script, img')).toBeNull();
    expect(region.textContent).toContain(en.project.freshMore(2));
    const reload = region.querySelector('a.utrecht-link');
    expect(reload?.textContent).toBe(en.project.freshReload);
    expect(reload?.getAttribute('href')).toBe(window.location.pathname);
  });

  it('speaks Dutch on a Dutch page, without a lang of its own on the titles and without "more" for a few changes', async () => {
    const { region } = await noticeFor('nl', [change('project', 'Parkeren', 'on_hold'), change('decision', hostile('besluit'))]);
    expect(region.querySelector('strong')?.textContent).toBe(nl.project.freshTitle);
    const items = [...region.querySelectorAll('li')];
    expect(items.map((item) => item.textContent)).toEqual([
      `${nl.project.changeKind.project}: Parkeren (${nl.projectStatus.on_hold})`,
      `${nl.project.changeKind.decision}: ${hostile('besluit')}`,
    ]);
    expect(region.querySelector('[lang]')).toBeNull();
    expect(region.querySelector('script, img')).toBeNull();
    expect(region.querySelectorAll('p')).toHaveLength(2);
    expect(region.querySelector('a')?.textContent).toBe(nl.project.freshReload);
  });

  it('stays silent when nothing changed', async () => {
    const { region } = await noticeFor('nl', []);
    expect(region.dataset['checkedSince']).toBe('2026-03-01T10:00:00.000Z');
    expect(region.childNodes).toHaveLength(0);
  });
});
