import { describe, expect, it } from 'vitest';
import { findMissingReferences, formatMissing, scannedTexts } from '../../scripts/lib/file-references.ts';
import { repositoryFiles } from '../../scripts/lib/repository-files.ts';
import { projectRoot } from '../../src/services/local-supabase/project-root.ts';

// Comments, test headers and docs name files of this repository to send the reader there; this fails, with
// file:line → path for each, while one of them names a file or folder that is not in the tree (moved, renamed or
// folded into another). Globs must match something; placeholders (`<slug>`, `…`, `{x}`) are not checked.

/**
 * Paths that name no file of the tree on purpose: files a test makes in a temporary copy or folder, and this
 * file's own samples below.
 */
const madeUp: { file: string; paths: string[] }[] = [
  {
    file: 'tests/local-supabase/database.test.ts',
    paths: ['supabase/migrations/29990101000000_later_change.sql', 'supabase/migrations/29990102000000_broken.sql'],
  },
  {
    file: 'tests/scripts/runtime-layout.test.ts',
    paths: [
      'src/lib/format/disk.ts',
      'src/browser/disk-user.ts',
      'src/lib/format/uses-service.ts',
      'src/misc',
      'src/components/Disk.astro',
    ],
  },
];
const thisFile = 'tests/scripts/file-references.test.ts';
const isMadeUp = (file: string, path: string) =>
  file === thisFile || madeUp.some((entry) => entry.file === file && entry.paths.includes(path));

describe('the files that comments and docs name', () => {
  const files = repositoryFiles(projectRoot);
  const missing = findMissingReferences(scannedTexts(projectRoot, files), files);

  it('all exist (a path is resolved from the repository root; point a stale one to where the thing lives now)', () => {
    expect(formatMissing(missing.filter((m) => !isMadeUp(m.file, m.path)))).toBe('');
  });

  it('are made up only where a test makes them itself (take a path off the list when its file no longer names it)', () => {
    for (const { file, paths } of madeUp) {
      for (const path of paths) {
        const named = missing.some((m) => m.file === file && m.path === path);
        expect(named, `${file} → ${path}`).toBe(true);
      }
    }
  });
});

describe('the scan for file references', () => {
  const tree = ['src/lib/here.ts', 'tests/e2e/a.spec.ts', 'supabase/migrations/20260101000000_base.sql'];

  it('finds a missing file, folder, glob or migration, with its line, and passes what exists', () => {
    const sample = [
      '// Reads src/lib/here.ts, src/lib/ and (tests/e2e/*.spec.ts).',
      '// Moved: src/lib/gone.ts: the code is elsewhere now.',
      'See `src/lib/here.ts:12`, **src/lib/here.ts**, <code>src/lib/here.ts</code>, src/pages/<slug>.astro and src/pages/….',
      'Folded into 20260101000000_base.sql and `*_base.sql`; gone: 20260102000000_extra.sql, *_extra.sql, tests/old/ and tests/**/*.test.ts.',
    ].join('\n');
    expect(formatMissing(findMissingReferences(new Map([['notes.md', sample]]), tree)).split('\n')).toEqual([
      'notes.md:2 → src/lib/gone.ts',
      'notes.md:4 → tests/old',
      'notes.md:4 → tests/**/*.test.ts',
      'notes.md:4 → supabase/migrations/20260102000000_extra.sql',
      'notes.md:4 → supabase/migrations/*_extra.sql',
    ]);
  });

  it('does not take a path inside another path or a URL for one of the repository', () => {
    const sample = "import x from '../../src/gone.ts'; // https://example.org/src/gone.ts, node_modules/src/gone.ts";
    expect(findMissingReferences(new Map([['a.ts', sample]]), tree)).toEqual([]);
  });
});
