import { describe, expect, it } from 'vitest';
import type { ProjectTimeline } from '../../../src/lib/api/project-timeline.ts';
import { buildCouncilOverview } from '../../../src/lib/council/council-overview.ts';
import { projectTimelineDocument } from '../support/documents.ts';

function withMoments(slug: string, dates: string[]): ProjectTimeline {
  const document = projectTimelineDocument(slug);
  const template = document.council_moments[0];
  if (!template) throw new Error('The test document has no council moment.');
  return {
    ...document,
    council_moments: dates.map((meets_on, index) => ({ ...template, id: `${template.id.slice(0, -2)}${slug.length}${index}`, meets_on })),
  };
}

describe('buildCouncilOverview', () => {
  const timelines = [withMoments('park', ['2026-01-10', '2026-06-01']), withMoments('plein', ['2026-03-10', '2026-04-20'])];
  const overview = buildCouncilOverview(timelines, 'nl', '2026-03-10');

  it('splits the moments at the build date: coming soonest first, past latest first', () => {
    expect(overview.coming.map((moment) => [moment.project.slug, moment.meetsOn.datetime])).toEqual([
      ['plein', '2026-03-10'],
      ['plein', '2026-04-20'],
      ['park', '2026-06-01'],
    ]);
    expect(overview.past.map((moment) => [moment.project.slug, moment.meetsOn.datetime])).toEqual([['park', '2026-01-10']]);
  });

  it('keeps the outcome, and where the council differs from the participation, its reasons', () => {
    const source = timelines[0]?.council_moments[0];
    const [moment] = overview.past;
    expect(moment?.outcomeLabel).toBe('Verworpen');
    expect(moment?.differsFromParticipation).toBe(true);
    expect(moment?.councilReasons).toBe(source?.council_reasons);
    expect(moment?.effectOnPromises).toBe(source?.effect_on_promises);
    expect(moment?.project).toEqual({ slug: 'park', title: timelines[0]?.project.title, href: '/projecten/park/', councilRoleLabel: 'Besluitvormend' });
  });

  it('links to the English project page on English pages', () => {
    expect(buildCouncilOverview(timelines, 'en', '2026-03-10').past[0]?.project.href).toBe('/en/projects/park/');
  });

  it('has nothing coming and nothing past without projects', () => {
    expect(buildCouncilOverview([], 'nl', '2026-03-10')).toEqual({ coming: [], past: [], notice: null });
  });
});
