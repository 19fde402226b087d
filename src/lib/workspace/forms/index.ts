import type { ProjectSection } from '../routes.ts';
import type { PublishableKind } from '../../records/kinds.ts';
import { councilLetterForm } from './council-letter.ts';
import { councilMomentForm } from './council-moment.ts';
import { decisionForm } from './decision.ts';
import { groupForm } from './group.ts';
import { handoverForm } from './handover.ts';
import { inputThemeForm } from './input-theme.ts';
import { invitationForm } from './invitation.ts';
import { keyDateForm } from './key-date.ts';
import { lessonForm } from './lesson.ts';
import { motionForm } from './motion.ts';
import { phaseForm } from './phase.ts';
import { projectForm } from './project.ts';
import { promiseForm } from './promise.ts';
import type { FormSpec } from './types.ts';
import { updateForm } from './update.ts';

import { assignmentForm, personForm } from './people.ts';
import { promiseStatusForm } from './promise.ts';
export { assignmentForm, personForm, promiseStatusForm, projectForm };

/** The sections of the project editor that are a list of records of one kind, and where staff_project has them. */
export const listSections: Partial<Record<ProjectSection, { spec: FormSpec; list: string }>> = {
  phases: { spec: phaseForm, list: 'phases' },
  handovers: { spec: handoverForm, list: 'handovers' },
  council: { spec: councilMomentForm, list: 'council_moments' },
  motions: { spec: motionForm, list: 'motions' },
  'council-letters': { spec: councilLetterForm, list: 'council_letters' },
  'key-dates': { spec: keyDateForm, list: 'key_dates' },
  groups: { spec: groupForm, list: 'groups' },
  lessons: { spec: lessonForm, list: 'lessons' },
  'input-themes': { spec: inputThemeForm, list: 'input_themes' },
  decisions: { spec: decisionForm, list: 'decisions' },
  promises: { spec: promiseForm, list: 'promises' },
  updates: { spec: updateForm, list: 'updates' },
  invitations: { spec: invitationForm, list: 'invitations' },
};

/**
 * The form of each kind the workflow knows: its labels name the fields of what waits for approval. Every kind has
 * one (satisfies); read with a kind as the database names it, so typed by string.
 */
export const formsByKind: Readonly<Record<string, FormSpec>> = {
  project: projectForm,
  phase: phaseForm,
  person: personForm,
  assignment: assignmentForm,
  handover: handoverForm,
  group: groupForm,
  input_theme: inputThemeForm,
  decision: decisionForm,
  promise: promiseForm,
  promise_status: promiseStatusForm,
  council_moment: councilMomentForm,
  motion: motionForm,
  council_letter: councilLetterForm,
  key_date: keyDateForm,
  update: updateForm,
  lesson: lessonForm,
  invitation: invitationForm,
} satisfies Record<PublishableKind, FormSpec>;
