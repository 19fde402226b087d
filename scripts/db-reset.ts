// `npm run db:reset`: throws away the embedded database in .data/db (or PORTAL_DATA_DIR) and creates it
// again: Supabase bootstrap, every migration, supabase/seed.sql. Refuses while `npm start` (or a build)
// holds it.
import { join, resolve } from 'node:path';
import { displayPath, projectRoot, resetDatabase } from '../src/local-supabase/index.ts';

const log = (line: string) => console.log(line);
// PORTAL_DATA_DIR as in scripts/start.ts.
const dataDir = resolve(projectRoot, process.env['PORTAL_DATA_DIR']?.trim() || join('.data', 'db'));

resetDatabase(dataDir, { seedFiles: ['supabase/seed.sql'], log }).then(
  () => log(`The database in ${displayPath(dataDir)} was recreated.`),
  (error: unknown) => {
    console.error(`\nCould not reset the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
