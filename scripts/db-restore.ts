// `npm run db:restore -- <file>`: replaces the embedded database (.data/db or PORTAL_DATA_DIR) with a backup
// made by `npm run db:backup`. Stop `npm start` first: a database in use is never replaced. The database that
// was there is kept aside (<data dir>.before-restore-<time>) until you delete it. The next `npm start` applies
// any migrations the backup is older than.
import { resolve } from 'node:path';
import { restoreDataDir } from '../src/services/local-supabase/backup.ts';
import { dataDirOwner } from '../src/services/local-supabase/data-dir-lock.ts';
import { displayPath, projectRoot } from '../src/services/local-supabase/project-root.ts';
import { dataDirFromEnv } from './lib/data-dir.ts';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('Name the backup to restore: npm run db:restore -- .data/backups/<file>.tar.gz');
  const dataDir = dataDirFromEnv();
  const owner = dataDirOwner(dataDir);
  if (owner !== undefined) throw new Error(`The database in ${displayPath(dataDir)} is in use by process ${owner}: stop npm start first.`);
  const result = await restoreDataDir(resolve(projectRoot, file), dataDir, log);
  log(`Restored into ${displayPath(dataDir)} (${result.migrations} migrations recorded).`);
  if (result.keptAside) log(`The database that was there is in ${displayPath(result.keptAside)}; delete it once you are sure.`);
}

main().catch((error: unknown) => {
  console.error(`\nNothing was restored: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
