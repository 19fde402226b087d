// `npm run db:reset`: throws away the embedded database in .data/db (or PORTAL_DATA_DIR) and creates it again:
// Supabase bootstrap and every migration; with `-- --demo` also the demo data (supabase/seed.sql), as
// `npm run demo` would. Refuses while `npm start` (or a build) holds it. Make a backup first (npm run db:backup)
// if the database holds anything you want to keep.
import { resetDatabase } from '../src/services/local-supabase/index.ts';
import { displayPath } from '../src/services/local-supabase/project-root.ts';
import { dataDirFromEnv } from './lib/data-dir.ts';
import { demoRequested } from './lib/demo-data.ts';

const log = (line: string) => console.log(line);
const dataDir = dataDirFromEnv();
const demo = demoRequested();

resetDatabase(dataDir, { seedFiles: demo ? ['supabase/seed.sql'] : [], log }).then(
  () =>
    log(
      `The database in ${displayPath(dataDir)} was recreated${demo ? ' with the demo data' : ', empty (npm run setup creates your organisation)'}.`,
    ),
  (error: unknown) => {
    console.error(`\nCould not reset the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
