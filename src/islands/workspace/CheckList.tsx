import { fill } from '../../i18n/text/workspace.ts';
import { hashFor, sectionForKind } from '../../lib/workspace/routes.ts';
import type { CheckResultView, StaffProject, StaffRecord } from '../../lib/workspace/schemas.ts';
import { useWorkspace } from './context.ts';

// The eight-keys check of one project as a checklist: every rule with its state, what is short and a link to the
// section whose form fixes it. The database decides (portal.eight_keys over what is public); this only shows it,
// with the records named as the editor knows them.

/** How a record of a result is named in the checklist: by the field that names it in the editor. */
const nameField: Record<string, string> = {
  phase: 'title',
  promise: 'body',
  group: 'name',
  lesson: 'title',
  handover: 'to_department',
  council_moment: 'agenda_item',
  decision: 'title',
};
const listOf: Record<string, keyof StaffProject> = {
  phase: 'phases',
  promise: 'promises',
  group: 'groups',
  lesson: 'lessons',
  handover: 'handovers',
  council_moment: 'council_moments',
  decision: 'decisions',
  assignment: 'assignments',
};

export function CheckList({ project }: { project: StaffProject }) {
  const { text, locale } = useWorkspace();
  const t = text.check;
  const check = project.check;
  if (!check) return null;
  const rules = new Map(check.rules.map((rule) => [rule.rule, rule]));
  const keys = [...new Set(check.results.map((result) => result.key))].sort((a, b) => a - b);
  return (
    <>
      <p class="utrecht-paragraph">{t.intro}</p>
      {project.project.publication !== 'published' && <p class="utrecht-paragraph">{t.notPublic}</p>}
      {keys.map((key) => (
        <section key={key} aria-labelledby={`check-key-${key}`}>
          <h3 class="utrecht-heading-3" id={`check-key-${key}`}>
            {fill(t.key, { key })}
          </h3>
          <ul class="workspace-records">
            {check.results
              .filter((result) => result.key === key)
              .map((result) => {
                const rule = rules.get(result.rule);
                const section = sectionForKind[rule?.fix_kind ?? ''] ?? 'basics';
                return (
                  <li key={result.rule} class="workspace-record" data-rule={result.rule} data-state={result.state}>
                    <h4 class="utrecht-heading-4">{rule?.title[locale] ?? result.rule}</h4>
                    <p class="utrecht-paragraph">
                      <strong>{t.state[result.state]}</strong>
                    </p>
                    <p class="utrecht-paragraph">{rule?.explanation[locale]}</p>
                    {result.state === 'open' && (
                      <>
                        <Details result={result} project={project} />
                        <p class="utrecht-paragraph">
                          <a class="utrecht-link" href={hashFor({ view: 'project', projectId: project.project.id, section })}>
                            {fill(t.fix, { section: text.editor.sections[section].toLowerCase() })}
                          </a>
                        </p>
                      </>
                    )}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}

function Details({ result, project }: { result: CheckResultView; project: StaffProject }) {
  const { text } = useWorkspace();
  const t = text.check;
  const missing = result.facts['missing'];
  if (Array.isArray(missing) && missing.length > 0) {
    return <p class="utrecht-paragraph">{fill(t.missing, { fields: missing.map((field) => t.fields[String(field)] ?? String(field)).join(', ') })}</p>;
  }
  if (result.rule === 'one_contact') return <p class="utrecht-paragraph">{fill(t.contacts, { count: Number(result.facts['contacts'] ?? 0) })}</p>;
  const names = result.records.map((record) => recordName(project, record.kind, record.id)).filter((name) => name !== '');
  if (names.length === 0) return null;
  return <p class="utrecht-paragraph">{fill(t.about, { records: names.join('; ') })}</p>;
}

function recordName(project: StaffProject, kind: string, id: string): string {
  const list = listOf[kind];
  const record = list ? ((project[list] as StaffRecord[] | undefined) ?? []).find((candidate) => candidate.id === id) : undefined;
  if (!record) return '';
  if (kind === 'assignment') {
    const person = project.people.find((candidate) => candidate.id === record['person_id']);
    return typeof person?.['name'] === 'string' ? person['name'] : '';
  }
  const value = record[nameField[kind] ?? 'title'];
  const name = typeof value === 'string' ? value : '';
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}
