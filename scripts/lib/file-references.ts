import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

// Comments and docs that name a file of this repository must name one that exists: a moved or removed file leaves
// behind text that sends the reader nowhere. findMissingReferences scans text for repository paths (tokens that
// begin with one of the top folders below, and migration file names anywhere) and returns those that name neither
// a file nor a folder of the tree; tests/scripts/file-references.test.ts runs it on every tracked text file.

/** The folders whose paths are looked for; a token must begin with one of these (not after `/`, `.` or a word). */
const topFolders = ['src', 'scripts', 'tests', 'bench', 'supabase', 'public', '.ci'];

/** Tracked files that are scanned: by extension, plus the CI script. */
const scannedExtensions = ['.ts', '.tsx', '.mjs', '.astro', '.sql', '.psql', '.md', '.css'];
const scannedFiles = ['.ci/run'];
/** Not scanned: fixtures are hostile or made-up text on purpose, and the lockfile is npm's. */
const notScanned = (path: string) => path.startsWith('tests/fixtures/') || path === 'package-lock.json';

/** A path token stops at whitespace, quotes, brackets and the like, and at a closing tag (`</code>`). */
const pathToken = new RegExp(
  `(?<![\\w./@~-])(?:${topFolders.map((folder) => folder.replace('.', '\\.')).join('|')})/(?:(?!</)[^\\s\`'"()\\[\\]|,;])*`,
  'g',
);
/**
 * A migration named without its folder, by its full name (`20261128000700_api_read.sql`) or by its subject
 * (`*_api_read.sql`, which must still match one).
 */
const migrationToken = /(?<![\w/*-])(?:\d{14}|\*)_\w+\.sql\b/g;
/** Placeholders (`<slug>`, `…`, `{x}`, `${dir}`, `%s`) stand for paths, so they are not checked. */
const placeholder = /[?<>…{}$%]|\.\.\./;
/** A line number (`:12`, `:12:5`) or an anchor (`#usage`) after a path. */
const lineOrAnchor = /(?::\d+)+$|#.*$/;
/** Punctuation that ends a sentence or a clause rather than a path. */
const trailingPunctuation = /[.,;:!?'"`)\]>]+$/;

/** A path named in a text, as it resolves from the repository root; a glob (`tests/e2e/*.spec.ts`) keeps its `*`. */
export interface Reference {
  /** 1-based line number. */
  line: number;
  path: string;
}

export interface MissingReference extends Reference {
  /** The file that names the path, relative to the repository root. */
  file: string;
}

/** The paths a text names, each with its line: repository paths and migration file names. */
export function referencedPaths(text: string): Reference[] {
  const found: Reference[] = [];
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(pathToken)) {
      let token = match[0];
      // Asterisks of Markdown emphasis around a path are not part of it.
      if (content[match.index - 1] === '*') token = token.replace(/\*+$/, '');
      token = token.replace(trailingPunctuation, '').replace(lineOrAnchor, '').replace(trailingPunctuation, '');
      if (placeholder.test(token)) continue;
      const path = posix.normalize(token).replace(/\/$/, '');
      if (path.includes('/')) found.push({ line: index + 1, path });
    }
    for (const match of content.matchAll(migrationToken)) {
      found.push({ line: index + 1, path: `supabase/migrations/${match[0]}` });
    }
  });
  return found;
}

/** A glob as a regular expression: `**` for any path, `*` within one name. */
function globPattern(glob: string): RegExp {
  const parts = glob.split(/(\*\*\/?|\*)/).map((part) => {
    if (part.startsWith('**')) return '.*';
    if (part === '*') return '[^/]*';
    return part.replace(/[.+^$()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}$`);
}

/**
 * Every path named in `files` (path → text) that is neither a file in `tree` nor a folder holding one; a glob is
 * missing when it matches nothing.
 */
export function findMissingReferences(files: ReadonlyMap<string, string>, tree: Iterable<string>): MissingReference[] {
  const exists = new Set<string>();
  for (const file of tree) {
    for (let path = file; path !== '.' && !exists.has(path); path = posix.dirname(path)) exists.add(path);
  }
  const found = new Map<string, boolean>();
  const isThere = (path: string) => {
    if (!path.includes('*')) return exists.has(path);
    if (!found.has(path)) {
      const pattern = globPattern(path);
      const matches = [...exists].some((existing) => pattern.test(existing));
      found.set(path, matches);
    }
    return found.get(path) === true;
  };
  const missing: MissingReference[] = [];
  for (const [file, text] of files) {
    for (const { line, path } of referencedPaths(text)) {
      if (!isThere(path)) missing.push({ file, line, path });
    }
  }
  return missing;
}

/** The text files among `files` that are scanned for paths, path → text. */
export function scannedTexts(root: string, files: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    if (notScanned(file)) continue;
    if (!scannedFiles.includes(file) && !scannedExtensions.some((extension) => file.endsWith(extension))) continue;
    texts.set(file, readFileSync(posix.join(root, file), 'utf8'));
  }
  return texts;
}

/** One line per missing reference: `file:line → path`. */
export function formatMissing(missing: readonly MissingReference[]): string {
  return missing.map((m) => `${m.file}:${m.line} → ${m.path}`).join('\n');
}
