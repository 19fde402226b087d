import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkJwtSecret, configuredJwtSecret, randomJwtSecret } from './keys.ts';

/**
 * The JWT secret of a data directory, in `<dataDir>.jwt-secret` (mode 0600), made on the first start.
 *
 * Next to the data directory, as its lock file is, not inside it: the inside belongs to Postgres (PGlite
 * refuses to create a database in a directory that is not empty, and a dump of the directory would carry the
 * secret along into every copy of the database). Being a file of its own, it also keeps the keys the same
 * after `npm run db:reset`; delete it to get new ones. Mode 0600 keeps other users of the machine out, as
 * they are kept out of the database's own files by the owner's umask only.
 */
export function jwtSecretFileFor(dataDir: string): string {
  return `${dataDir}.jwt-secret`;
}

/** Reads the secret of a data directory, or creates it; `log` hears when a file had to be made private again. */
export function jwtSecretForDataDir(dataDir: string, log: (line: string) => void): { secret: string; file: string } {
  const file = jwtSecretFileFor(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  if (!createSecretFile(file)) makePrivate(file, log);
  const secret = readFileSync(file, 'utf8').trim();
  checkJwtSecret(secret, `The JWT secret file ${file}`);
  return { secret, file };
}

/**
 * Writes a new random secret under a temporary name and links it into place: another process starting at the
 * same moment either finds no file or a complete one, and only one of them creates it. False when it existed.
 */
function createSecretFile(file: string): boolean {
  const temporary = `${file}.${process.pid}-${randomJwtSecret().slice(0, 8)}.partial`;
  writeFileSync(temporary, `${randomJwtSecret()}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function makePrivate(file: string, log: (line: string) => void): void {
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  chmodSync(file, 0o600);
  log(
    `${file} could be read by others (mode ${mode.toString(8).padStart(4, '0')}); it is 0600 again. Anyone who read it could make keys: delete it to get a new secret.`,
  );
}

/**
 * The secret a stand-in signs with, and the file it is kept in (if any): the `jwtSecret` option, else JWT_SECRET,
 * else the data directory's file (made on the first start), else, for an in-memory database, a random one for
 * this start only. Never a default: Supabase's demo secret is public, so keys made with it protect nothing.
 */
export function chooseJwtSecret(options: { jwtSecret?: string; dataDir?: string; log: (line: string) => void }): {
  secret: string;
  file: string | undefined;
} {
  if (options.jwtSecret !== undefined) {
    checkJwtSecret(options.jwtSecret, 'The jwtSecret option');
    return { secret: options.jwtSecret, file: undefined };
  }
  const configured = configuredJwtSecret();
  if (configured !== undefined) return { secret: configured, file: undefined };
  if (options.dataDir !== undefined) return jwtSecretForDataDir(options.dataDir, options.log);
  return { secret: randomJwtSecret(), file: undefined };
}
