import { describe, expect, it } from 'vitest';
import { contentLangFor, dictionaryFor, locales, otherLocale, pathFor } from '../../../src/i18n/index.ts';
import {
  councilOutcomes,
  councilRoles,
  groupStatuses,
  keyDateKinds,
  lessonCategories,
  participationLevels,
  personRoles,
  phaseKinds,
  projectStatuses,
  promiseStatuses,
} from '../../../src/lib/api/enums.ts';

/** Every key path of a dictionary, so the two languages can be compared key for key. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('dictionaries', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keyPaths(dictionaryFor('en')).sort()).toEqual(keyPaths(dictionaryFor('nl')).sort());
  });

  it.each(locales)('label every value of every SQL enumeration in %s', (locale) => {
    const t = dictionaryFor(locale);
    const groups: Array<[readonly string[], Record<string, string>]> = [
      [projectStatuses, t.projectStatus],
      [phaseKinds, t.phaseKind],
      [participationLevels, t.participationLevel],
      [participationLevels, t.participationPromise],
      [personRoles, t.personRole],
      [councilRoles, t.councilRole],
      [councilRoles, t.councilRoleMeaning],
      [councilOutcomes, t.councilOutcome],
      [promiseStatuses, t.promiseStatus],
      [keyDateKinds, t.keyDateKind],
      [groupStatuses, t.groupStatus],
      [lessonCategories, t.lessonCategory],
    ];
    for (const [values, labels] of groups) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[value]?.trim()).not.toBe('');
    }
  });

  it('explain what each participation level promises in a sentence', () => {
    for (const locale of locales) {
      for (const level of participationLevels) {
        expect(dictionaryFor(locale).participationPromise[level]).toMatch(/^\p{Lu}.{20,}\.$/u);
      }
    }
  });
});

describe('routes', () => {
  it('keep Dutch at the root and English under /en/', () => {
    expect(pathFor({ page: 'home' }, 'nl')).toBe('/');
    expect(pathFor({ page: 'home' }, 'en')).toBe('/en/');
    expect(pathFor({ page: 'project', slug: 'schoolzone-30' }, 'nl')).toBe('/projecten/schoolzone-30/');
    expect(pathFor({ page: 'project', slug: 'schoolzone-30' }, 'en')).toBe('/en/projects/schoolzone-30/');
  });

  it('switch to the other language', () => {
    expect(otherLocale('nl')).toBe('en');
    expect(otherLocale('en')).toBe('nl');
  });
});

describe('contentLangFor', () => {
  it('marks the Dutch database text on English pages only', () => {
    expect(contentLangFor('en')).toBe('nl');
    expect(contentLangFor('nl')).toBeUndefined();
  });
});
