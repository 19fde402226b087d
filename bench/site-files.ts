import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';

export interface SiteFiles {
  /** .html files: the pages. */
  pages: number;
  /** Every other file, by extension ('xml', 'ics', 'json', 'css', ...; '(none)' without one). */
  otherByExtension: Record<string, number>;
  otherTotal: number;
  bytes: number;
  /** The largest files (path relative to the site, bytes), largest first: whole-portal pages grow with N. */
  largest: { path: string; bytes: number }[];
}

const largestKept = 5;

/**
 * Counts what a build wrote, whatever it is: the site gains feeds, calendars and JSON while the benchmark
 * exists, so nothing here expects a fixed set of files.
 *
 * @example
 * await countSiteFiles('/tmp/site') // { pages: 2012, otherByExtension: { xml: 1002, css: 3 }, otherTotal: 1005, bytes: 81234567, largest: [...] }
 */
export async function countSiteFiles(root: string): Promise<SiteFiles> {
  const result: SiteFiles = { pages: 0, otherByExtension: {}, otherTotal: 0, bytes: 0, largest: [] };
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      if (!entry.isFile()) continue;
      const { size } = await stat(path);
      result.bytes += size;
      keepLargest(result.largest, { path: relative(root, path), bytes: size });
      const extension = extname(entry.name).slice(1).toLowerCase() || '(none)';
      if (extension === 'html') {
        result.pages += 1;
      } else {
        result.otherByExtension[extension] = (result.otherByExtension[extension] ?? 0) + 1;
        result.otherTotal += 1;
      }
    }
  };
  await walk(root);
  return result;
}

function keepLargest(list: { path: string; bytes: number }[], file: { path: string; bytes: number }): void {
  const smallest = list[list.length - 1];
  if (list.length >= largestKept && smallest && smallest.bytes >= file.bytes) return;
  list.push(file);
  list.sort((a, b) => b.bytes - a.bytes);
  list.length = Math.min(list.length, largestKept);
}

/** "xml 1002, css 3", largest first. */
export function describeOtherFiles(files: SiteFiles): string {
  const parts = Object.entries(files.otherByExtension)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([extension, count]) => `${extension} ${count}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}
