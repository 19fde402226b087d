import type { Dictionary } from '../../i18n/index.ts';
import type { WorkspaceText } from '../../i18n/text/workspace.ts';

// Enumerations in the workspace say what residents read: the labels come from the site's dictionaries
// (src/i18n/nl.ts, en.ts), whose label records are typed complete against the SQL enumerations and written
// in SQL order. The values are taken from those keys rather than from src/lib/api/enums.ts, which would bring
// the full zod into the workspace's browser bundle.

function labelsOf(dictionary: Dictionary, text: WorkspaceText, enumName: string): Record<string, string> {
  if (enumName === 'staffRole') return text.roles;
  return (dictionary as unknown as Record<string, Record<string, string> | undefined>)[enumName] ?? {};
}

/** The label of one value, or the value itself for one the dictionaries do not know. */
export function enumLabel(dictionary: Dictionary, text: WorkspaceText, enumName: string, value: string): string {
  return labelsOf(dictionary, text, enumName)[value] ?? value;
}

/** The values of an enumeration, in SQL order. */
export function enumValues(dictionary: Dictionary, text: WorkspaceText, enumName: string): string[] {
  return Object.keys(labelsOf(dictionary, text, enumName));
}
