import { writeFileSync } from 'node:fs';

/**
 * The environment variable through which a build run by scripts/lib/build-site.ts learns where to leave the
 * message of a failure. Astro wraps a loader's error in its own report (with a stack and code frame); this file
 * carries the plain message to whoever started the build.
 */
const buildErrorFileVariable = 'PORTAL_BUILD_ERROR_FILE';

/**
 * Leaves a loader's failure message where buildSite will read it. The loaders run side by side; when both fail
 * (an unreachable API fails both), the first message is kept and is as good as the second.
 */
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
