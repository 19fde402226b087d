// `npm run verify-ledger -- <site URL or dist folder> [--head <seq>:<hash>]`: checks a published site against its
// own ledger. Recomputes the hash chain of /open-data/ledger.json, then checks that every project's open data
// file and page show exactly the latest approved version of every record. With --head, also checks that a head
// kept earlier (from the open data page or a feed) is still in the chain.
// Exits 0 when everything matches, 1 naming the first entry or record that does not, 2 for a wrong call.
import { existsSync, statSync } from 'node:fs';
import { folderReader, urlReader } from '../src/lib/ledger/site-reader.ts';
import { verifySite } from '../src/lib/ledger/verify-site.ts';

const usage = 'Usage: npm run verify-ledger -- <site URL or dist folder> [--head <seq>:<hash>]';

function parseArgs(argv: readonly string[]): { source: string; head?: { seq: number; hash: string } } {
  let source: string | undefined;
  let head: { seq: number; hash: string } | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--head') {
      const match = /^(\d+):([0-9a-f]{64})$/.exec(argv[++index] ?? '');
      if (!match) throw new Error('--head takes <seq>:<hash>, the hash as 64 lower-case hex digits.');
      head = { seq: Number(match[1]), hash: match[2] ?? '' };
    } else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (arg.startsWith('-')) {
      throw new Error(`Unknown option ${arg}.`);
    } else if (source === undefined) {
      source = arg;
    } else {
      throw new Error(`One site at a time: ${source} or ${arg}?`);
    }
  }
  if (!source) throw new Error('Name the site: its address (https://…) or its built folder (dist).');
  return head ? { source, head } : { source };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  const isUrl = /^https?:\/\//i.test(args.source);
  if (!isUrl && !(existsSync(args.source) && statSync(args.source).isDirectory())) {
    console.error(`${args.source} is neither a web address nor a folder.\n${usage}`);
    return 2;
  }
  console.log(`Verifying ${args.source} against its ledger…`);
  const report = await verifySite(isUrl ? urlReader(args.source) : folderReader(args.source), {
    ...(args.head ? { expectHead: args.head } : {}),
    log: (line) => console.log(`  ${line}`),
  });
  if (report.head) console.log(`Head: entry ${report.head.seq}, ${report.head.hash}`);
  console.log(`${report.entries} ledger entries, ${report.projects} projects, ${report.records} records, ${report.pages} pages checked.`);
  if (report.problems.length === 0) {
    console.log('The ledger is intact and the site shows exactly its latest approved versions.');
    return 0;
  }
  for (const found of report.problems) console.error(`FAILED (${found.check}): ${found.message}`);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`verify-ledger stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
