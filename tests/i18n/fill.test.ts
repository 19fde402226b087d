import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill.ts';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';

describe('fill', () => {
  it('fills every placeholder it has a value for and leaves the others', () => {
    expect(fill('{shown} van {total}, {shown} getoond', { shown: 2, total: 4 })).toBe('2 van 4, 2 getoond');
    expect(fill('Nog {count} tekens', {})).toBe('Nog {count} tekens');
  });

  it('puts a value in as it is, even one that looks like a placeholder or a replacement pattern', () => {
    expect(fill('Project {name}', { name: '{count} $& $1' })).toBe('Project {count} $& $1');
  });

  it('fills the workspace’s texts', () => {
    expect(fill(workspaceNl.projects.drafts, { count: 3 })).toBe('Concepten: 3');
  });
});
