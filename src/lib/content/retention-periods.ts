import { callApi, retentionPeriodsSchema, type RetentionPeriods } from '../api/index.ts';
import { buildApi } from './build-api.ts';

// The privacy statement names how long follower data is kept. It reads the periods from the database at build
// time (public.retention_periods), the same numbers the purge functions use, so the page cannot promise what the
// database does not do. Read once per build.
let periods: Promise<RetentionPeriods> | undefined;

export function loadRetentionPeriods(): Promise<RetentionPeriods> {
  if (!periods) {
    const { api } = buildApi();
    periods = callApi(api, 'retention_periods', {}, retentionPeriodsSchema);
  }
  return periods;
}
