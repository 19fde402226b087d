// Part of `npm run format` and `npm run format:check`: the frontmatter of every .astro file through prettier
// (scripts/lib/astro-frontmatter.ts says why the markup is left alone).
// usage: tsx scripts/format-astro.ts --check | --write
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { projectRoot } from '../src/services/local-supabase/project-root.ts';
import { formatFrontmatter } from './lib/astro-frontmatter.ts';
import { repositoryFiles } from './lib/repository-files.ts';

async function main(): Promise<number> {
  const write = process.argv.includes('--write');
  if (!write && !process.argv.includes('--check')) {
    console.error('usage: tsx scripts/format-astro.ts --check | --write');
    return 2;
  }
  const files = repositoryFiles(projectRoot).filter((file) => file.endsWith('.astro'));
  const options = (await prettier.resolveConfig(join(projectRoot, 'package.json'))) ?? {};
  const unformatted: string[] = [];
  for (const file of files) {
    const path = join(projectRoot, file);
    const source = readFileSync(path, 'utf8');
    try {
      const formatted = await formatFrontmatter(source, options);
      if (formatted === source) continue;
      unformatted.push(file);
      if (write) writeFileSync(path, formatted);
      else console.log(`[warn] ${file}`);
    } catch (error) {
      console.log(`[error] ${file}: ${(error as Error).message.split('\n')[0]}`);
      unformatted.push(file);
    }
  }
  if (write) {
    console.log(`The frontmatter of ${unformatted.length} of ${files.length} .astro files formatted.`);
    return 0;
  }
  if (unformatted.length === 0) return 0;
  console.log(`[warn] The frontmatter of ${unformatted.length} of ${files.length} .astro files is not formatted: run npm run format.`);
  return 1;
}

main().then((code) => {
  process.exitCode = code;
});
