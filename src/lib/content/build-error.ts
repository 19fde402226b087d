import { writeFileSync } from 'node:fs';

/**
 * The environment variable through which a build run by scripts/lib/build-site.ts learns where to leave the
 * message of a failure. Astro wraps a loader's error in its own report (with a stack and code frame); this file
 * carries the plain message to whoever started the build.
 */
export const buildErrorFileVariable = 'PORTAL_BUILD_ERROR_FILE';

/** An error the build expects and explains itself, so it is shown without a stack trace. */
export class BuildError extends Error {
  override readonly name = 'BuildError';
}

/** Leaves the first failure's message where buildSite will read it; later failures are consequences of the first. */
export function reportBuildError(error: unknown, env: Readonly<Record<string, string | undefined>> = process.env): void {
  const file = env[buildErrorFileVariable];
  if (!file) return;
  const message = error instanceof Error ? error.message : String(error);
  try {
    writeFileSync(file, message, { flag: 'wx' });
  } catch {
    // The file exists: another loader failed first and its message stays.
  }
}
