import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../src/i18n/index.ts';
import { buildProjectList } from '../../../src/lib/projects/project-list.ts';
import { projectCardDocument } from '../support/documents.ts';

describe('buildProjectList', () => {
  it('keeps the order of the API and links to the page in the same language', () => {
    const cards = [projectCardDocument('b-project'), projectCardDocument('a-project')];
    expect(buildProjectList(cards, 'nl').map((item) => item.href)).toEqual(['/projecten/b-project/', '/projecten/a-project/']);
    expect(buildProjectList(cards, 'en').map((item) => item.href)).toEqual(['/en/projects/b-project/', '/en/projects/a-project/']);
  });

  it('names the current phase, the influence it gives and the next moment in words', () => {
    const card = projectCardDocument('park');
    const [item] = buildProjectList([card], 'en');
    const t = dictionaryFor('en');
    expect(item?.currentPhase).toEqual({
      kindLabel: t.phaseKind.plan,
      title: card.current_phase?.title,
      levelLabel: t.participationLevel.raadplegen,
      levelPromise: t.participationPromise.raadplegen,
    });
    expect(item?.nextMoment).toEqual({
      kindLabel: t.keyDateKind.walk_in,
      title: card.next_moment?.title,
      when: { datetime: '2026-04-01T17:30:00.000Z', text: '1 April 2026, 19:30' },
    });
    expect(item?.openForInput).toBe(true);
    expect(item?.statusLabel).toBe(t.projectStatus.running);
  });

  it('copes with a project that has not started and has no moment planned', () => {
    const card = { ...projectCardDocument('later'), current_phase: null, next_moment: null, open_for_input: false };
    const [item] = buildProjectList([card], 'nl');
    expect(item?.currentPhase).toBeNull();
    expect(item?.nextMoment).toBeNull();
    expect(item?.openForInput).toBe(false);
  });
});
