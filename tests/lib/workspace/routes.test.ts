import { describe, expect, it } from 'vitest';
import { publishableKinds } from '../../../src/lib/records/kinds.ts';
import { formsByKind, listSections } from '../../../src/lib/workspace/forms/index.ts';
import {
  hashFor,
  isRouteHash,
  parseRoute,
  projectSections,
  sectionForKind,
  type WorkspaceRoute,
} from '../../../src/lib/workspace/routes.ts';

const id = '0b5e1c2a-1111-4c3d-8e9f-aaaaaaaaaaaa';

describe('workspace routes', () => {
  it('parses the views', () => {
    expect(parseRoute('')).toEqual({ view: 'projects' });
    expect(parseRoute('#/')).toEqual({ view: 'projects' });
    expect(parseRoute('#/approvals')).toEqual({ view: 'approvals' });
    expect(parseRoute('#/audit/')).toEqual({ view: 'audit' });
    expect(parseRoute('#/team')).toEqual({ view: 'team' });
    expect(parseRoute('#/projects/new')).toEqual({ view: 'new-project' });
    expect(parseRoute(`#/projects/${id}`)).toEqual({ view: 'project', projectId: id, section: 'basics' });
    expect(parseRoute(`#/projects/${id.toUpperCase()}/promises`)).toEqual({ view: 'project', projectId: id, section: 'promises' });
  });

  it('says not-found for what it does not know, instead of guessing', () => {
    for (const hash of ['#/nope', '#/projects/123', `#/projects/${id}/secret`, `#/projects/${id}/updates/extra`, '#/team/x', '#main']) {
      expect(parseRoute(hash), hash).toEqual({ view: 'not-found' });
    }
  });

  it('tells routes from in-page anchors such as the skip link', () => {
    expect(isRouteHash('#main')).toBe(false);
    expect(isRouteHash('#/team')).toBe(true);
    expect(isRouteHash('')).toBe(true);
  });

  it('round-trips every route through hashFor', () => {
    const routes: WorkspaceRoute[] = [
      { view: 'projects' },
      { view: 'new-project' },
      { view: 'approvals' },
      { view: 'audit' },
      { view: 'team' },
      ...projectSections.map((section) => ({ view: 'project' as const, projectId: id, section })),
    ];
    for (const route of routes) expect(parseRoute(hashFor(route))).toEqual(route);
  });

  it('has a section of the project editor for every kind the workflow knows, where its form is', () => {
    for (const kind of publishableKinds) {
      const section = sectionForKind[kind];
      expect(section, kind).toBeDefined();
      expect(projectSections, kind).toContain(section);
      expect(formsByKind[kind], kind).toBeDefined();
      // A kind with a list of its own is sent to that list (a promise's status change goes to the promises).
      const own = Object.entries(listSections).find(([, entry]) => entry.spec.kind === kind)?.[0];
      if (own) expect(section, kind).toBe(own);
    }
    expect(sectionForKind['motion']).toBe('motions');
    expect(sectionForKind['council_letter']).toBe('council-letters');
  });
});
