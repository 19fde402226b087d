import { z } from 'zod';

const days = z.int().positive();

/**
 * The document returned by public.retention_periods(): how many days the portal keeps what it holds about
 * followers. The privacy statement shows these numbers, and the database's purge functions use the same ones.
 */
export const retentionPeriodsSchema = z.strictObject({
  unconfirmed_days: days,
  confirmation_link_days: days,
  mail_link_days: days,
  expired_link_days: days,
  finished_mail_days: days,
  rate_limit_days: days,
});

export type RetentionPeriods = z.infer<typeof retentionPeriodsSchema>;
