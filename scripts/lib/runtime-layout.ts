// Which code runs where, as the folders of src/ say it (ARCHITECTURE.md, "Where code runs"), and the import rules
// that keep it so. tests/scripts/runtime-layout.test.ts walks every import and fails on a rule broken; the rules
// are transitive where it matters: a browser script that imports a src/lib module that imports node:crypto ships
// a Node module to the browser, however innocent its own import looks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { frontmatterOf } from './astro-frontmatter.ts';

export type Runtime = 'browser' | 'build' | 'shared' | 'service';

/** Each top-level folder of src/ and the runtime its code is written for. */
export const srcFolders: Readonly<Record<string, { runtime: Runtime; holds: string }>> = {
  browser: { runtime: 'browser', holds: 'the scripts of the public pages (plain TypeScript, bundled by Astro)' },
  islands: { runtime: 'browser', holds: 'the staff workspace (Preact islands)' },
  pages: { runtime: 'build', holds: 'the routes of the static site (Astro)' },
  components: { runtime: 'build', holds: 'the Astro components the pages are made of' },
  layouts: { runtime: 'build', holds: 'the page frame (Astro)' },
  styles: { runtime: 'build', holds: 'the site-wide CSS' },
  renderer: { runtime: 'build', holds: 'the Astro adapter that renders single pages for an incremental publish' },
  lib: { runtime: 'shared', holds: 'view models, API contracts, formatting: used by the build, the browser and the services' },
  i18n: { runtime: 'shared', holds: 'the Dutch and English texts and the routes per language' },
  services: {
    runtime: 'service',
    holds: 'long-running Node processes: the local Supabase stand-in, the mail worker, the local mail catcher',
  },
};

/** What code of each runtime may import from src/, by the runtime of the folder imported. */
export const mayImport: Readonly<Record<Runtime, readonly Runtime[]>> = {
  browser: ['browser', 'shared'],
  // A page places an island: Astro renders it at build time or ships it to hydrate.
  build: ['build', 'shared', 'browser'],
  shared: ['shared'],
  service: ['service', 'shared'],
};

export interface Violation {
  file: string;
  imports: string;
  rule: string;
}

const sourceExtensions = ['.ts', '.tsx', '.mjs', '.js'];
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return [...sourceExtensions, '.astro'].some((extension) => name.endsWith(extension)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The module specifiers a piece of code imports, static and dynamic (`import('x')`), type-only imports left out. */
function importsIn(code: string): string[] {
  const text = code.replace(/^\s*import\s+type\s[^;]+;/gm, '');
  return ts.preProcessFile(text, true, true).importedFiles.map((entry) => entry.fileName);
}

/** Marks the part of an .astro file that Astro bundles for the browser: its `<script>` blocks. */
const scriptPart = '#script';

/**
 * The parts of a source file and what each imports: a .ts file is one part; an .astro file is its frontmatter and
 * markup (run at build time) and its processed `<script>` blocks (bundled for the browser; `is:inline` ones are
 * copied as they are and import nothing).
 */
function partsOf(file: string): Array<{ key: string; specifiers: string[] }> {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return [{ key: file, specifiers: importsIn(text) }];
  const frontmatter = frontmatterOf(text);
  const scripts = [...text.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [
    { key: file, specifiers: importsIn(frontmatter) },
    { key: file + scriptPart, specifiers: importsIn(scripts.join('\n')) },
  ];
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from.replace(scriptPart, '')), specifier);
  for (const candidate of [base, ...sourceExtensions.map((extension) => base + extension), join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The src/ folder a file lies in ('lib' for a file in src/lib/<concept>/), or undefined outside src/. */
function folderOf(root: string, file: string): string | undefined {
  const parts = relative(join(root, 'src'), file.replace(scriptPart, '')).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

/**
 * Every import that breaks the layout: a src/ folder no rule names, an import across runtimes that mayImport does
 * not allow, and a Node built-in reached from browser code, directly or through any chain of imports.
 */
export function layoutViolations(root: string): Violation[] {
  const violations: Violation[] = [];
  const show = (file: string) => relative(root, file).replace(scriptPart, ' (its <script>)');
  const srcRoot = join(root, 'src');
  for (const name of readdirSync(srcRoot)) {
    if (statSync(join(srcRoot, name)).isDirectory() && !(name in srcFolders)) {
      violations.push({ file: `src/${name}`, imports: '', rule: 'a folder of src/ that runtime-layout.ts does not name' });
    }
  }
  const graph = new Map<string, { local: string[]; packages: string[] }>();
  for (const file of sourceFiles(srcRoot)) {
    for (const { key, specifiers } of partsOf(file)) {
      const local: string[] = [];
      const packages: string[] = [];
      for (const specifier of specifiers) {
        if (specifier.startsWith('.')) {
          const target = resolveRelative(key, specifier);
          if (target) local.push(target);
        } else {
          packages.push(specifier);
        }
      }
      graph.set(key, { local, packages });
    }
  }
  const runtimeOf = (key: string): Runtime | undefined => {
    if (key.endsWith(scriptPart)) return 'browser';
    const folder = folderOf(root, key);
    return folder ? srcFolders[folder]?.runtime : undefined;
  };
  for (const [file, { local }] of graph) {
    const runtime = runtimeOf(file);
    if (!runtime) continue;
    for (const target of local) {
      const targetRuntime = runtimeOf(target);
      if (targetRuntime && !mayImport[runtime].includes(targetRuntime)) {
        violations.push({ file: show(file), imports: show(target), rule: `${runtime} code imports ${targetRuntime} code` });
      }
    }
  }
  // Browser code: follow every chain of imports to the Node built-ins it would pull into a bundle.
  for (const [start] of graph) {
    if (runtimeOf(start) !== 'browser') continue;
    const seen = new Set<string>([start]);
    const queue: Array<{ file: string; via: string[] }> = [{ file: start, via: [] }];
    while (queue.length > 0) {
      const { file, via } = queue.shift()!;
      const node = graph.get(file);
      if (!node) continue;
      for (const specifier of node.packages) {
        if (nodeBuiltins.has(specifier)) {
          violations.push({
            file: show(start),
            imports: specifier,
            rule: `browser code reaches a Node built-in via ${[...via, file].map(show).join(' → ')}`,
          });
        }
      }
      for (const target of node.local) {
        if (seen.has(target)) continue;
        seen.add(target);
        queue.push({ file: target, via: [...via, file] });
      }
    }
  }
  return violations;
}
