import type { EnumLabels } from '../../i18n/text/enum-labels.ts';
import type { WorkspaceText } from '../../i18n/text/workspace.ts';

// Enumerations in the workspace say what residents read: the labels are the site's own
// (src/i18n/text/enum-labels.ts), whose records are typed complete against the SQL enumerations and written in
// SQL order. The values are taken from those keys rather than from src/lib/api/enums.ts, which would bring the
// full zod into the workspace's browser code.

function labelsOf(labels: EnumLabels, text: WorkspaceText, enumName: string): Record<string, string> {
  if (enumName === 'staffRole') return text.roles;
  return (labels as unknown as Record<string, Record<string, string> | undefined>)[enumName] ?? {};
}

/** The label of one value, or the value itself for one the labels do not know. */
export function enumLabel(labels: EnumLabels, text: WorkspaceText, enumName: string, value: string): string {
  return labelsOf(labels, text, enumName)[value] ?? value;
}

/** The values of an enumeration, in SQL order. */
export function enumValues(labels: EnumLabels, text: WorkspaceText, enumName: string): string[] {
  return Object.keys(labelsOf(labels, text, enumName));
}
