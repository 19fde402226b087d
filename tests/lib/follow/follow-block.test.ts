import { describe, expect, it } from 'vitest';
import { pathFor } from '../../../src/i18n/index.ts';
import { followText } from '../../../src/i18n/text/follow.ts';
import { buildFollowBlock } from '../../../src/lib/follow/follow-block.ts';

describe('the follow block of each page', () => {
  it('holds the form on the home page, for every project, with the site feed', () => {
    const block = buildFollowBlock({ page: 'home' }, 'en');
    expect(block).toMatchObject({
      id: 'follow-all',
      heading: followText.en.form.titleAll,
      noScript: followText.en.form.noScript,
      signUp: null,
    });
    expect(block.also).toEqual([{ href: pathFor({ page: 'feed' }, 'en'), label: followText.en.form.feed }]);
  });

  it('holds the form on the join page, with the project’s feed and calendar', () => {
    const block = buildFollowBlock({ page: 'projectJoin', slug: 'schoolzone' }, 'nl');
    expect(block).toMatchObject({ id: 'sign-up', heading: followText.nl.join.formTitle, signUp: null });
    expect(block.also.map((link) => link.href)).toEqual([
      pathFor({ page: 'projectFeed', slug: 'schoolzone' }, 'nl'),
      pathFor({ page: 'projectCalendar', slug: 'schoolzone' }, 'nl'),
    ]);
  });

  it('links the project page to the join page’s form instead of carrying it', () => {
    const block = buildFollowBlock({ page: 'project', slug: 'schoolzone' }, 'nl');
    expect(block).toMatchObject({ id: 'follow', noScript: null, alsoIntro: followText.nl.project.alsoFeed });
    expect(block.signUp?.href).toBe(`${pathFor({ page: 'projectJoin', slug: 'schoolzone' }, 'nl')}#sign-up`);
  });
});
