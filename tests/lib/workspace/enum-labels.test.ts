import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/index.ts';
import { enumLabelsFor } from '../../../src/i18n/text/enum-labels.ts';
import { workspaceEn, workspaceNl } from '../../../src/i18n/text/workspace.ts';
import * as enums from '../../../src/lib/api/enums.ts';
import { listSections, personForm, projectForm, promiseStatusForm, assignmentForm } from '../../../src/lib/workspace/forms/index.ts';
import { enumLabel, enumValues } from '../../../src/lib/workspace/enum-labels.ts';
import { staffRoles } from '../../../src/lib/workspace/roles.ts';

const sqlOrder: Record<string, readonly string[]> = {
  projectStatus: enums.projectStatuses,
  phaseKind: enums.phaseKinds,
  participationLevel: enums.participationLevels,
  personRole: enums.personRoles,
  councilRole: enums.councilRoles,
  councilOutcome: enums.councilOutcomes,
  councilMeetingKind: enums.councilMeetingKinds,
  motionKind: enums.motionKinds,
  motionResult: enums.motionResults,
  promiseAudience: enums.promiseAudiences,
  promiseStatus: enums.promiseStatuses,
  keyDateKind: enums.keyDateKinds,
  groupStatus: enums.groupStatuses,
  lessonCategory: enums.lessonCategories,
  staffRole: staffRoles,
};

describe('enumeration options of the forms', () => {
  it('offer every SQL value, in SQL order, with a label in both languages', () => {
    const specs = [projectForm, personForm, assignmentForm, promiseStatusForm, ...Object.values(listSections).map((entry) => entry.spec)];
    const used = new Set(specs.flatMap((spec) => spec.fields.flatMap((field) => (field.type === 'select' ? [field.enumName] : []))));
    expect(used.size).toBeGreaterThan(5);
    for (const locale of locales) {
      const text = locale === 'en' ? workspaceEn : workspaceNl;
      for (const enumName of used) {
        expect(enumValues(enumLabelsFor(locale), text, enumName), `${enumName} (${locale})`).toEqual([...(sqlOrder[enumName] ?? [])]);
      }
    }
  });

  it('labels a value as residents read it, and shows an unknown value as it is', () => {
    expect(enumLabel(enumLabelsFor('nl'), workspaceNl, 'promiseStatus', 'broken')).toBe('Niet nagekomen');
    expect(enumLabel(enumLabelsFor('en'), workspaceEn, 'staffRole', 'approver')).toBe('Approver');
    expect(enumLabel(enumLabelsFor('nl'), workspaceNl, 'promiseStatus', 'lost')).toBe('lost');
  });
});
