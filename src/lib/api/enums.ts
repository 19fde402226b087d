import { z } from 'zod';

// The values of the SQL enumerations in schema portal (supabase/migrations/20261128000100_portal_foundation.sql),
// in their SQL order. The i18n dictionaries are typed against these tuples, so a new SQL value that is added
// here without a label fails the type check.

export const projectStatuses = ['planned', 'running', 'on_hold', 'completed', 'stopped'] as const;
export const phaseKinds = ['vision', 'plan', 'decision', 'execution', 'management'] as const;
export const participationLevels = ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen', 'zelfbeheer'] as const;
export const personRoles = ['contact', 'project_lead', 'alderman'] as const;
export const councilRoles = ['kaderstellend', 'besluitvormend', 'controlerend', 'adviesrecht', 'geen'] as const;
export const councilOutcomes = [
  'pending',
  'adopted',
  'amended',
  'rejected',
  'postponed',
  'withdrawn',
  'discussed',
  'noted',
  'ready_for_council',
] as const;
/** The outcomes only the council itself can reach; a committee discusses and advises. */
export const councilOnlyOutcomes = ['adopted', 'amended', 'rejected'] as const satisfies readonly CouncilOutcome[];
/** The outcome only a committee can reach. */
export const committeeOnlyOutcomes = ['ready_for_council'] as const satisfies readonly CouncilOutcome[];
export const councilMeetingKinds = ['committee', 'council'] as const;
export const motionKinds = ['motion', 'amendment'] as const;
export const motionResults = ['pending', 'adopted', 'rejected', 'withdrawn', 'held'] as const;
export const promiseAudiences = ['residents', 'council'] as const;
export const promiseStatuses = ['open', 'in_progress', 'kept', 'changed', 'broken'] as const;
export const keyDateKinds = [
  'meeting',
  'walk_in',
  'workshop',
  'survey',
  'sounding_board',
  'site_visit',
  'online_session',
  'exhibition',
  'deadline',
] as const;
export const groupStatuses = ['involved', 'gap'] as const;
export const lessonCategories = ['communication', 'inclusion', 'planning', 'collaboration', 'decision_making', 'expectations'] as const;

export const projectStatusSchema = z.enum(projectStatuses);
export const phaseKindSchema = z.enum(phaseKinds);
export const participationLevelSchema = z.enum(participationLevels);
export const personRoleSchema = z.enum(personRoles);
export const councilRoleSchema = z.enum(councilRoles);
export const councilOutcomeSchema = z.enum(councilOutcomes);
export const councilMeetingKindSchema = z.enum(councilMeetingKinds);
export const motionKindSchema = z.enum(motionKinds);
export const motionResultSchema = z.enum(motionResults);
export const promiseAudienceSchema = z.enum(promiseAudiences);
export const promiseStatusSchema = z.enum(promiseStatuses);
export const keyDateKindSchema = z.enum(keyDateKinds);
export const groupStatusSchema = z.enum(groupStatuses);
export const lessonCategorySchema = z.enum(lessonCategories);

export type ProjectStatus = z.infer<typeof projectStatusSchema>;
export type PhaseKind = z.infer<typeof phaseKindSchema>;
export type ParticipationLevel = z.infer<typeof participationLevelSchema>;
export type PersonRole = z.infer<typeof personRoleSchema>;
export type CouncilRole = z.infer<typeof councilRoleSchema>;
export type CouncilOutcome = z.infer<typeof councilOutcomeSchema>;
export type CouncilMeetingKind = z.infer<typeof councilMeetingKindSchema>;
export type MotionKind = z.infer<typeof motionKindSchema>;
export type MotionResult = z.infer<typeof motionResultSchema>;
export type PromiseAudience = z.infer<typeof promiseAudienceSchema>;
export type PromiseStatus = z.infer<typeof promiseStatusSchema>;
export type KeyDateKind = z.infer<typeof keyDateKindSchema>;
export type GroupStatus = z.infer<typeof groupStatusSchema>;
export type LessonCategory = z.infer<typeof lessonCategorySchema>;
