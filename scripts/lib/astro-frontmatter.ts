// Prettier for the code inside .astro files: each component's frontmatter (TypeScript) is formatted, the markup
// after it is left exactly as written.
//
// Why not prettier-plugin-astro: it formats markup inside {expressions} as JSX and puts line breaks inside inline
// elements, which Astro renders as spaces (tried: 116 of the 137 built pages changed, e.g. "<a …> Contact form
// </a>"; withastro/prettier-plugin-astro#308, still open). The frontmatter is where an .astro file's code is; its
// markup is held by the pages' tests, the page-weight budgets and the accessibility checks.
import * as prettier from 'prettier';

const frontmatterPattern = /^---\n([\s\S]*?)\n?---(\n|$)/;

/** The code between an .astro file's opening `---` fences ('' for a file without). */
export function frontmatterOf(source: string): string {
  return frontmatterPattern.exec(source)?.[1] ?? '';
}

/** The file with its frontmatter formatted (a top-level `return`, which Astro allows, parses); the markup untouched. */
export async function formatFrontmatter(source: string, options: prettier.Options): Promise<string> {
  const match = frontmatterPattern.exec(source);
  if (!match) return source;
  const formatted = (await prettier.format(match[1] ?? '', { ...options, parser: 'typescript' })).trim();
  return `---\n${formatted ? `${formatted}\n` : ''}---${match[2]}${source.slice(match[0].length)}`;
}
