import { callApi, checkRulesSchema, type CheckRule } from '../api/index.ts';
import { buildApi } from './build-api.ts';

// The rules of the eight-keys check, as the database names and explains them (public.check_rules). They change only
// with a migration, that is with a new release and its full build, so a publish never needs them again: reading
// them is not a data read (data-reads.ts). Read once per build.
let rules: Promise<CheckRule[]> | undefined;

export function loadCheckRules(): Promise<CheckRule[]> {
  if (!rules) {
    const { api } = buildApi();
    rules = callApi(api, 'check_rules', {}, checkRulesSchema);
  }
  return rules;
}
