import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so that scripts work from any working directory. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A path given relative to the project root (or absolute), made absolute.
 * @example fromProjectRoot('supabase/seed.sql') // '/work/main/supabase/seed.sql'
 */
export function fromProjectRoot(path: string): string {
  return isAbsolute(path) ? path : resolve(projectRoot, path);
}

/** A path for messages: relative to the project root when inside it, in full otherwise. */
export function displayPath(path: string): string {
  return path.startsWith(projectRoot) ? relative(projectRoot, path) : path;
}
