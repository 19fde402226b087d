import { join, resolve } from 'node:path';
import { projectRoot } from '../../src/services/local-supabase/project-root.ts';

/**
 * The embedded database's data directory: PORTAL_DATA_DIR (relative to the project root, or absolute), else
 * .data/db. One definition for `npm start` and the db:* commands, so they always mean the same database.
 */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(projectRoot, env['PORTAL_DATA_DIR']?.trim() || join('.data', 'db'));
}
