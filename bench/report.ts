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
  /** Which build made it in an A/B run ('current', or 'baseline <ref>'); absent in a plain run. */
  variant?: string;
  /** Which of the A/B rounds. */
  round?: number;
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
export function growthExponent(smaller: { projects: number; cost: number }, larger: { projects: number; cost: number }): number {
  return Math.log(larger.cost / smaller.cost) / Math.log(larger.projects / smaller.projects);
}

/** The results as a markdown table, ready for the README's performance section. */
export function markdownTable(results: readonly SizeResult[]): string {
  const sorted = [...results].sort((a, b) => a.projects - b.projects);
  if (sorted.length === 0) return '(no results)';
  // Per project, each build is compared with the smallest size built the same way.
  const smallest = (variant: string | undefined) => sorted.find((r) => r.variant === variant) ?? (sorted[0] as SizeResult);
  const header =
    '| Build | Projects | Timeline items | Generate data (s) | Build (s) | of which load data (s) | render (s) | HTML pages | Other files | Pages/s | CPU astro (s) | CPU database + API (s) | CPU per project vs smallest | Peak RSS build | Peak RSS database + API |';
  const rule = `|${header
    .split('|')
    .slice(1, -1)
    .map(() => '---')
    .join('|')}|`;
  const rows = sorted.map((r) => {
    const render =
      r.stages.renderStarted !== undefined && r.stages.renderDone !== undefined
        ? round(r.stages.renderDone - r.stages.renderStarted)
        : 'n/a';
    return [
      r.variant === undefined ? 'current' : `${r.variant}${r.round === undefined ? '' : ` #${r.round}`}`,
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
      round(costRatio(r, smallest(r.variant)), 2),
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
    const verdict = exponent < 1.15 ? 'about linear' : exponent < 1.5 ? 'somewhat worse than linear' : 'clearly worse than linear';
    lines.push(
      `${smaller.projects.toLocaleString('en-US')} -> ${larger.projects.toLocaleString('en-US')} projects: ` +
        `build cost (CPU seconds) grows as projects^${round(exponent, 2)} (${verdict}).`,
    );
  }
  return lines;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * One line per size of an A/B run: the median of each figure of `current` divided by the other side's median
 * (below 1: the current build is cheaper). Wall-clock seconds, CPU seconds (build and API) and peak memory.
 */
export function abRatios(results: readonly SizeResult[], current: string): string[] {
  const lines: string[] = [];
  for (const projects of [...new Set(results.map((r) => r.projects))].sort((a, b) => a - b)) {
    const mine = results.filter((r) => r.projects === projects && r.variant === current);
    const theirs = results.filter((r) => r.projects === projects && r.variant !== current);
    if (mine.length === 0 || theirs.length === 0) continue;
    const ratio = (figure: (r: SizeResult) => number) => median(mine.map(figure)) / median(theirs.map(figure));
    const other = theirs[0]?.variant ?? 'baseline';
    lines.push(
      `${projects.toLocaleString('en-US')} projects, ${current} / ${other} (medians of ${mine.length} and ${theirs.length} builds): ` +
        `wall clock ${round(
          ratio((r) => r.buildSeconds),
          2,
        )} (${round(median(mine.map((r) => r.buildSeconds)))} s vs ${round(median(theirs.map((r) => r.buildSeconds)))} s), ` +
        `CPU ${round(ratio(buildCost), 2)}, peak memory of the build ${round(
          ratio((r) => r.buildPeakBytes),
          2,
        )} ` +
        `(${mb(median(mine.map((r) => r.buildPeakBytes)))} vs ${mb(median(theirs.map((r) => r.buildPeakBytes)))}).`,
    );
  }
  return lines;
}
