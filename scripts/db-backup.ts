// `npm run db:backup [-- <file>]`: a backup of the embedded database (.data/db or PORTAL_DATA_DIR) as a
// gzipped tar, by default in .data/backups/portal-<time>.tar.gz (mode 0600: it holds personal data).
// While `npm start` runs, it asks that server for the backup (GET /admin/v1/backup with the service_role key,
// made from JWT_SECRET or the data directory's secret file) at PORTAL_API_URL, default http://127.0.0.1:$PORT
// (PORT as npm start reads it, default 4321). Otherwise it reads the data directory itself.
// Restore with `npm run db:restore -- <file>`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupClosedDataDir, writeBackupFile } from '../src/services/local-supabase/backup.ts';
import { BACKUP_PATH } from '../src/services/local-supabase/backup-route.ts';
import { dataDirOwner } from '../src/services/local-supabase/data-dir-lock.ts';
import { jwtSecretFileFor } from '../src/services/local-supabase/jwt-secret-file.ts';
import { configuredJwtSecret, signApiKey } from '../src/services/local-supabase/keys.ts';
import { displayPath, projectRoot } from '../src/services/local-supabase/project-root.ts';
import { dataDirFromEnv } from './lib/data-dir.ts';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const dataDir = dataDirFromEnv();
  const file = resolve(projectRoot, process.argv[2] ?? join('.data', 'backups', `portal-${timestamp()}.tar.gz`));
  if (existsSync(file)) throw new Error(`${displayPath(file)} already exists; choose another file name.`);
  const owner = dataDirOwner(dataDir);
  const bytes = owner === undefined ? await fromDataDir(dataDir) : await fromServer(dataDir, owner);
  writeBackupFile(file, bytes);
  log(
    `Backup written: ${displayPath(file)} (${(bytes.length / 1024 / 1024).toFixed(1)} MB). Restore it with npm run db:restore -- ${displayPath(file)}`,
  );
}

function fromDataDir(dataDir: string): Promise<Uint8Array> {
  log(`Reading the database in ${displayPath(dataDir)}...`);
  return backupClosedDataDir(dataDir);
}

async function fromServer(dataDir: string, owner: number): Promise<Uint8Array> {
  const apiUrl = (process.env['PORTAL_API_URL']?.trim() || `http://127.0.0.1:${process.env['PORT']?.trim() || '4321'}`).replace(/\/+$/, '');
  log(`The database is open in process ${owner} (npm start); asking ${apiUrl} for a backup...`);
  const key = await signApiKey(jwtSecret(dataDir), 'service_role');
  let response: Response;
  try {
    response = await fetch(`${apiUrl}${BACKUP_PATH}`, { headers: { Authorization: `Bearer ${key}` } });
  } catch (error) {
    throw new Error(
      `${apiUrl} did not answer (${error instanceof Error ? error.message : String(error)}). Set PORTAL_API_URL to the address npm start listens on.`,
    );
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(`${apiUrl} refused the backup (${response.status}): ${body.message ?? response.statusText}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** The secret the running server signs with: JWT_SECRET if set (as npm start reads it), else its file. */
function jwtSecret(dataDir: string): string {
  const configured = configuredJwtSecret();
  if (configured) return configured;
  const file = jwtSecretFileFor(dataDir);
  if (!existsSync(file))
    throw new Error(`No JWT_SECRET is set and ${displayPath(file)} does not exist: set JWT_SECRET to the secret npm start uses.`);
  return readFileSync(file, 'utf8').trim();
}

function timestamp(): string {
  return new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

main().catch((error: unknown) => {
  console.error(`\nNo backup was made: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
