// The "main's way" side of an A/B benchmark: a checkout of another commit (by default main) next to the working
// tree, whose own scripts/lib/build-site.ts builds with its own pages, components and Astro configuration. Both
// sides read the same synthetic database through the same stand-in, so the only difference is the code.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildSiteOptions } from '../scripts/lib/build-site.ts';

export interface BaselineTree {
  /** The commit checked out, abbreviated, with the ref it came from. */
  label: string;
  dir: string;
  buildSite: (options: BuildSiteOptions) => Promise<void>;
  remove: () => void;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/**
 * Checks `ref` out into .data/bench-baseline-<sha> (a detached git worktree) with the current node_modules
 * hard-linked in (seconds, no download), or, when its package-lock.json differs, its own from `npm ci`.
 * Inside the project, so that Astro's output stays on one file system, like the current side's.
 */
export async function checkOutBaseline(projectRoot: string, ref: string, log: (line: string) => void): Promise<BaselineTree> {
  const sha = git(projectRoot, 'rev-parse', '--verify', `${ref}^{commit}`);
  const short = sha.slice(0, 9);
  const dir = join(projectRoot, '.data', `bench-baseline-${short}`);
  const remove = () => {
    try {
      git(projectRoot, 'worktree', 'remove', '--force', dir);
    } catch {
      // Not a worktree (any more): nothing to remove.
    }
  };
  if (existsSync(dir)) remove();
  log(`Baseline: checking out ${ref} (${short}) into ${dir}`);
  git(projectRoot, 'worktree', 'add', '--detach', '--force', dir, sha);
  if (git(projectRoot, 'diff', '--name-only', sha, '--', 'package-lock.json')) {
    log('Baseline: its package-lock.json differs, installing its own dependencies (npm ci)...');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  } else {
    execFileSync('cp', ['-al', join(projectRoot, 'node_modules'), join(dir, 'node_modules')]);
  }
  // Loaded when first used: the mail benchmark runs the baseline's worker and never builds a site.
  const buildSite = async (options: BuildSiteOptions) => {
    const module = (await import(pathToFileURL(join(dir, 'scripts', 'lib', 'build-site.ts')).href)) as {
      buildSite: (options: BuildSiteOptions) => Promise<void>;
    };
    await module.buildSite(options);
  };
  return { label: `${ref} (${short})`, dir, buildSite, remove };
}
