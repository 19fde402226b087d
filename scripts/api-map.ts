// `npm run api-map`: writes supabase/API.md, the map of the SQL API, from the migrations (scripts/lib/api-map.ts).
// tests/scripts/api-map.test.ts fails until the file matches, so run this after changing a public function, its
// comment or its grants.
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../src/services/local-supabase/index.ts';
import { fromProjectRoot } from '../src/services/local-supabase/project-root.ts';
import { apiMapMarkdown, readApiFunctions } from './lib/api-map.ts';

const db = await openDatabase({ seedFiles: [] });
try {
  const functions = await readApiFunctions(db);
  writeFileSync(fromProjectRoot('supabase/API.md'), apiMapMarkdown(functions, fromProjectRoot('supabase/migrations')));
  console.log(`supabase/API.md written: ${functions.length} functions of schema public.`);
} finally {
  await db.close();
}
