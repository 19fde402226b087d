import type { SiteFiles } from './site-files.ts';

/** Seconds from the start of `astro build` until its output showed each stage; undefined when it never did. */
export interface BuildStages {
  /** The projects loader said it had loaded every project (API calls and validation done). */
  dataLoaded?: number;
  /** Astro started writing pages ("generating static routes"). */
  renderStarted?: number;
  /** Astro reported "N page(s) built". */
  renderDone?: number;
}

export interface SizeResult {
  projects: number;
  timelineItems: number;
  generateSeconds: number;
  buildSeconds: number;
  /** CPU seconds of the astro build process (user + system). */
  buildCpuSeconds: number;
  /** CPU seconds of this process during the build: PGlite and the stand-in answering the loader. */
  apiCpuSeconds: number;
  stages: BuildStages;
  files: SiteFiles;
  /** Highest resident memory of the astro build process tree, in bytes (0 when not measurable). */
  buildPeakBytes: number;
  /** Highest resident memory of this process: PGlite and the stand-in (and the generator), in bytes. */
  databasePeakBytes: number;
}

const round = (value: number, digits = 1) => value.toFixed(digits);
const mb = (bytes: number) => (bytes > 0 ? `${Math.round(bytes / 1024 / 1024)} MB` : 'n/a');
const at = (value: number | undefined) => (value === undefined ? 'n/a' : round(value));

/** CPU seconds of the whole build (astro and the API behind it); wall-clock seconds where CPU was not measured. */
export function buildCost(result: Pick<SizeResult, 'buildSeconds' | 'buildCpuSeconds' | 'apiCpuSeconds'>): number {
  const cpu = result.buildCpuSeconds + result.apiCpuSeconds;
  return cpu > 0 ? cpu : result.buildSeconds;
}

/**
 * Build cost per project of `result`, relative to the smallest size: 1.0 is linear, 2.0 twice the cost per
 * project. CPU seconds, because wall-clock time on a shared machine says as much about the neighbours.
 */
export function costRatio(result: SizeResult, baseline: SizeResult): number {
  return buildCost(result) / result.projects / (buildCost(baseline) / baseline.projects);
}

/**
 * The exponent b in "build cost grows as projects^b" between two costs: 1 is linear, 2 quadratic.
 *
 * @example
 * growthExponent({ projects: 1000, cost: 100 }, { projects: 3000, cost: 300 }) // 1
 */
export function growthExponent(
  smaller: { projects: number; cost: number },
  larger: { projects: number; cost: number },
): number {
  return Math.log(larger.cost / smaller.cost) / Math.log(larger.projects / smaller.projects);
}

/** The results as a markdown table, ready for the README's performance section. */
export function markdownTable(results: readonly SizeResult[]): string {
  const sorted = [...results].sort((a, b) => a.projects - b.projects);
  const baseline = sorted[0];
  if (!baseline) return '(no results)';
  const header =
    '| Projects | Timeline items | Generate data (s) | Build (s) | of which load data (s) | render (s) | HTML pages | Other files | Pages/s | CPU astro (s) | CPU database + API (s) | CPU per project vs smallest | Peak RSS build | Peak RSS database + API |';
  const rule = `|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`;
  const rows = sorted.map((r) => {
    const render =
      r.stages.renderStarted !== undefined && r.stages.renderDone !== undefined
        ? round(r.stages.renderDone - r.stages.renderStarted)
        : 'n/a';
    return [
      r.projects.toLocaleString('en-US'),
      r.timelineItems.toLocaleString('en-US'),
      round(r.generateSeconds),
      round(r.buildSeconds),
      at(r.stages.dataLoaded),
      render,
      r.files.pages.toLocaleString('en-US'),
      r.files.otherTotal.toLocaleString('en-US'),
      round(r.files.pages / r.buildSeconds),
      round(r.buildCpuSeconds),
      round(r.apiCpuSeconds),
      round(costRatio(r, baseline), 2),
      mb(r.buildPeakBytes),
      mb(r.databasePeakBytes),
    ].join(' | ');
  });
  return [header, rule, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** One plain sentence per step between sizes: does the build cost grow linearly? */
export function linearityVerdict(results: readonly SizeResult[]): string[] {
  const sorted = [...results].sort((a, b) => a.projects - b.projects);
  const lines: string[] = [];
  for (let index = 1; index < sorted.length; index += 1) {
    const smaller = sorted[index - 1];
    const larger = sorted[index];
    if (!smaller || !larger || larger.projects === smaller.projects) continue;
    const exponent = growthExponent(
      { projects: smaller.projects, cost: buildCost(smaller) },
      { projects: larger.projects, cost: buildCost(larger) },
    );
    const verdict =
      exponent < 1.15 ? 'about linear' : exponent < 1.5 ? 'somewhat worse than linear' : 'clearly worse than linear';
    lines.push(
      `${smaller.projects.toLocaleString('en-US')} -> ${larger.projects.toLocaleString('en-US')} projects: ` +
        `build cost (CPU seconds) grows as projects^${round(exponent, 2)} (${verdict}).`,
    );
  }
  return lines;
}
