// The .astro formatting step: prettier for the frontmatter, nothing for the markup (whose whitespace Astro renders).
import { describe, expect, it } from 'vitest';
import { formatFrontmatter } from '../../scripts/lib/astro-frontmatter.ts';

const options = { printWidth: 40, singleQuote: true };

describe('formatFrontmatter', () => {
  it('formats the frontmatter and leaves the markup byte for byte, however it is laid out', async () => {
    const markup = '\n<p><a href="/x">{t.link}</a>.</p>\n{ok && <span>{ a }</span>}\n';
    const source = `---\nimport {x} from "./x.ts"\nconst label = x( "a",   "b" )\n---${markup}`;
    expect(await formatFrontmatter(source, options)).toBe(`---\nimport { x } from './x.ts';\nconst label = x('a', 'b');\n---${markup}`);
  });

  it('accepts the top-level return Astro allows in a page', async () => {
    const source = '---\nconst props = await load()\nif (!props) return gone()\n---\n<p>{props.title}</p>\n';
    expect(await formatFrontmatter(source, options)).toBe(
      '---\nconst props = await load();\nif (!props) return gone();\n---\n<p>{props.title}</p>\n',
    );
  });

  it('leaves a file without frontmatter alone, and keeps an empty one', async () => {
    expect(await formatFrontmatter('<p>only markup</p>\n', options)).toBe('<p>only markup</p>\n');
    expect(await formatFrontmatter('---\n---\n<p>x</p>\n', options)).toBe('---\n---\n<p>x</p>\n');
  });

  it('fails on frontmatter that does not parse, rather than guessing', async () => {
    await expect(formatFrontmatter('---\nconst = ;\n---\n<p/>\n', options)).rejects.toThrow();
  });
});
