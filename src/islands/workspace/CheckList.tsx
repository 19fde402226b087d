import { fill } from '../../i18n/fill.ts';
import { listSections } from '../../lib/workspace/forms/index.ts';
import { hashFor, sectionForKind } from '../../lib/workspace/routes.ts';
import type { CheckResultView, StaffProject, StaffRecord } from '../../lib/workspace/schemas.ts';
import { useWorkspace } from './context.ts';

// The eight-keys check of one project as a checklist: every rule with its state, what is short and a link to the
// section whose form fixes it. The database decides (portal.eight_keys over what is public); this only shows it,
// with the records named as the editor knows them.

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
    return (
      <p class="utrecht-paragraph">
        {fill(t.missing, { fields: missing.map((field) => t.fields[String(field)] ?? String(field)).join(', ') })}
      </p>
    );
  }
  if (result.rule === 'one_contact')
    return <p class="utrecht-paragraph">{fill(t.contacts, { count: Number(result.facts['contacts'] ?? 0) })}</p>;
  const names = result.records.map((record) => recordName(project, record.kind, record.id)).filter((name) => name !== '');
  if (names.length === 0) return null;
  return <p class="utrecht-paragraph">{fill(t.about, { records: names.join('; ') })}</p>;
}

/** A record of a result as the editor knows it: a role by its person's name, anything else by its list's title field. */
function recordName(project: StaffProject, kind: string, id: string): string {
  if (kind === 'assignment') {
    const assignment = project.assignments.find((candidate) => candidate.id === id);
    const person = assignment && project.people.find((candidate) => candidate.id === assignment['person_id']);
    return typeof person?.['name'] === 'string' ? person['name'] : '';
  }
  const section = Object.values(listSections).find((entry) => entry?.spec.kind === kind);
  const record = section
    ? ((project as unknown as Record<string, StaffRecord[]>)[section.list] ?? []).find((candidate) => candidate.id === id)
    : undefined;
  const value = section && record ? record[section.spec.titleField] : undefined;
  const name = typeof value === 'string' ? value : '';
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}
