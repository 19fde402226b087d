import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMapMarkdown, readApiFunctions, type ApiFunction } from '../../scripts/lib/api-map.ts';
import { openDatabase } from '../../src/services/local-supabase/index.ts';
import { fromProjectRoot } from '../../src/services/local-supabase/project-root.ts';

// supabase/API.md is written from the migrations by `npm run api-map`; this fails while the committed file says
// something else, so the map cannot go stale.

let db: PGlite;
let functions: ApiFunction[];
beforeAll(async () => {
  db = await openDatabase({ seedFiles: [] });
  functions = await readApiFunctions(db);
});
afterAll(async () => {
  await db?.close();
});

describe('the API map', () => {
  it('is what the migrations give (run `npm run api-map` after changing a public function, its comment or grants)', () => {
    const committed = readFileSync(fromProjectRoot('supabase/API.md'), 'utf8');
    expect(committed).toBe(apiMapMarkdown(functions, fromProjectRoot('supabase/migrations')));
  });

  it('lists every public function once, each with a comment and an audience', () => {
    const map = apiMapMarkdown(functions, fromProjectRoot('supabase/migrations'));
    expect(functions.length).toBeGreaterThan(50);
    for (const f of functions) {
      expect(f.comment, `public.${f.name} has no comment`).toBeTruthy();
      expect(map.match(new RegExp(`^\\| \`${f.name}\``, 'gm')), f.name).toHaveLength(1);
    }
    expect(map).not.toContain('## Callable by nobody');
    expect(map).not.toContain('(not found)');
  });

  it('puts a function by its grants: the worker functions only under the service role, staff functions under staff', () => {
    const map = apiMapMarkdown(functions, fromProjectRoot('supabase/migrations'));
    const section = (title: string) => map.split(`## ${title}\n`)[1]?.split('\n## ')[0] ?? '';
    expect(section('Mail worker and services')).toContain('| `claim_mail_batch` |');
    expect(section('Staff')).toContain('| `staff_approve` |');
    expect(section('Residents')).toContain('| `follow_project` |');
    expect(section('Public read')).toContain('| `project_timeline` `(org_slug text, project_slug text)` |');
    expect(section('Public read')).not.toContain('claim_mail_batch');
  });
});
