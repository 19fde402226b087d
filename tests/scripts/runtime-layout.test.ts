// The folders of src/ say where their code runs (scripts/lib/runtime-layout.ts): browser code imports no build or
// service code and reaches no Node built-in through any chain of imports, shared code imports only shared code,
// and the services and the build do not import each other.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutViolations, srcFolders } from '../../scripts/lib/runtime-layout.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the runtime layout of src/', () => {
  it('is kept: every folder named, no import across runtimes, no Node built-in in browser code', () => {
    expect(layoutViolations(root)).toEqual([]);
  });

  it('is described in ARCHITECTURE.md, folder by folder', () => {
    const architecture = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
    for (const folder of Object.keys(srcFolders)) expect(architecture).toContain(`src/${folder}/`);
  });

  describe('catches', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'runtime-layout-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    const tree = (name: string) => {
      const copy = join(scratch, name);
      cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
      return copy;
    };

    it('a browser script that reaches node:fs through shared code', () => {
      const copy = tree('built-in');
      writeFileSync(join(copy, 'src/lib/format/disk.ts'), "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
      writeFileSync(join(copy, 'src/browser/disk-user.ts'), "import { read } from '../lib/format/disk.ts';\nconsole.log(read);\n");
      expect(layoutViolations(copy)).toEqual([expect.objectContaining({ file: 'src/browser/disk-user.ts', imports: 'node:fs' })]);
    });

    it("a component's <script> that reaches node:fs, while its frontmatter may", () => {
      const copy = tree('astro-script');
      writeFileSync(join(copy, 'src/lib/format/disk.ts'), "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
      writeFileSync(
        join(copy, 'src/components/Disk.astro'),
        "---\nimport { read } from '../lib/format/disk.ts';\n---\n<p>{String(read)}</p>\n<script>\nimport { read } from '../lib/format/disk.ts';\nconsole.log(read);\n</script>\n",
      );
      expect(layoutViolations(copy)).toEqual([
        expect.objectContaining({ file: 'src/components/Disk.astro (its <script>)', imports: 'node:fs' }),
      ]);
    });

    it('shared code that imports a service', () => {
      const copy = tree('service');
      writeFileSync(join(copy, 'src/lib/format/uses-service.ts'), "export * from '../../services/local-supabase/index.ts';\n");
      expect(layoutViolations(copy)).toEqual([
        expect.objectContaining({ file: 'src/lib/format/uses-service.ts', rule: 'shared code imports service code' }),
      ]);
    });

    it('a folder nobody placed', () => {
      const copy = tree('folder');
      cpSync(join(copy, 'src/i18n'), join(copy, 'src/misc'), { recursive: true });
      expect(layoutViolations(copy)).toContainEqual(expect.objectContaining({ file: 'src/misc' }));
    });
  });
});
