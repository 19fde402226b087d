import { z } from 'zod';
import { isoDate, uuid, wholeNumber } from './primitives.ts';

// The eight-keys check as the database computes it (supabase/migrations/20261206000100_eight_keys_check.sql). The
// rules live in SQL only: their names here are plain strings, and their titles and explanations come from
// public.check_rules(), so a new rule reaches the monitor and the workspace without a change to this file.

const ruleName = z.string().regex(/^[a-z_]+$/, 'must be a rule name');

export const checkStates = ['met', 'open', 'not_applicable'] as const;
export const checkStateSchema = z.enum(checkStates);

/** A record a result is about: its kind and id, and the date or name that explains why (see eight_keys). */
export const checkRecordSchema = z.object({ kind: z.string().regex(/^[a-z_]+$/), id: uuid }).catchall(z.string().nullable());

export const checkResultSchema = z.strictObject({
  rule: ruleName,
  key: wholeNumber.min(1).max(8),
  state: checkStateSchema,
  /** The figures behind the state: counts, and for some rules the fields that are missing. */
  facts: z.record(z.string(), z.union([z.number(), z.string(), z.null(), z.array(z.string())])),
  records: z.array(checkRecordSchema),
});

/** The check of one project as the timeline document carries it. */
export const projectCheckSchema = z.strictObject({
  as_of: isoDate,
  results: z.array(checkResultSchema),
  /** The rules that were open at the end of each earlier month since the project started, oldest first. */
  series: z.array(z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/), open: z.array(ruleName) })),
});

/** One rule, from public.check_rules(). */
export const checkRuleSchema = z.strictObject({
  rule: ruleName,
  key: wholeNumber.min(1).max(8),
  title: z.strictObject({ nl: z.string().min(1), en: z.string().min(1) }),
  explanation: z.strictObject({ nl: z.string().min(1), en: z.string().min(1) }),
  fix_kind: z.string().regex(/^[a-z_]+$/),
});
export const checkRulesSchema = z.array(checkRuleSchema);

export type CheckState = z.infer<typeof checkStateSchema>;
export type CheckRecord = z.infer<typeof checkRecordSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type ProjectCheck = z.infer<typeof projectCheckSchema>;
export type CheckRule = z.infer<typeof checkRuleSchema>;
