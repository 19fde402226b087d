import { describe, expect, it } from 'vitest';
import { committeeOnlyOutcomes, councilOnlyOutcomes, councilRoles } from '../../../src/lib/api/enums.ts';
import { contentFields, translatableFields, type PublishableKind } from '../../../src/lib/records/kinds.ts';
import {
  differs,
  inputFromValues,
  isFormValues,
  isShown,
  isVoteCount,
  unavailableOptions,
  valuesFromRecord,
  votesText,
  votesToApi,
} from '../../../src/lib/workspace/forms/convert.ts';
import { formsByKind, listSections, projectForm, promiseStatusForm } from '../../../src/lib/workspace/forms/index.ts';
import { councilLetterForm } from '../../../src/lib/workspace/forms/council-letter.ts';
import { councilMomentForm } from '../../../src/lib/workspace/forms/council-moment.ts';
import { decisionForm } from '../../../src/lib/workspace/forms/decision.ts';
import { keyDateForm } from '../../../src/lib/workspace/forms/key-date.ts';
import { motionForm } from '../../../src/lib/workspace/forms/motion.ts';
import { phaseForm } from '../../../src/lib/workspace/forms/phase.ts';
import { promiseForm } from '../../../src/lib/workspace/forms/promise.ts';
import { updateForm } from '../../../src/lib/workspace/forms/update.ts';
import type { FieldSpec, FormSpec } from '../../../src/lib/workspace/forms/types.ts';

describe('form spec → API input', () => {
  it('trims text, sends empty text as null and adds the project and, when editing, id and updated_at', () => {
    const record = { id: 'u1', title: 'Oud', body_md: 'Tekst', updated_at: '2026-11-28T10:00:00Z', publication: 'draft' };
    const values = { ...valuesFromRecord(updateForm, record), title: '  Nieuw  ', body_md: '   ' };
    expect(inputFromValues(updateForm, values, { projectId: 'p1', record })).toEqual({
      id: 'u1',
      project_id: 'p1',
      title: 'Nieuw',
      body_md: null,
      updated_at: '2026-11-28T10:00:00Z',
      translations: { en: { title: null, body_md: null } },
    });
  });

  it('drops NUL characters, which Postgres text cannot hold, from text and responses', () => {
    const input = inputFromValues(updateForm, { title: 'A\u0000B', body_md: '\u0000' }, { projectId: 'p1', record: null });
    expect(input).toEqual({ project_id: 'p1', title: 'AB', body_md: null, translations: { en: { title: null, body_md: null } } });
  });

  it('sends no id or updated_at for a new record', () => {
    const input = inputFromValues(updateForm, { title: 'A', body_md: 'B' }, { projectId: 'p1', record: null });
    expect(input).toEqual({ project_id: 'p1', title: 'A', body_md: 'B', translations: { en: { title: null, body_md: null } } });
  });

  it('parses numbers, keeps a number that does not parse as typed for the API to refuse by name', () => {
    const values = { ...valuesFromRecord(phaseForm, null), position: '2', time_asked_hours: '1,5' };
    const input = inputFromValues(phaseForm, values, { projectId: 'p1', record: null });
    expect(input['position']).toBe(2);
    expect(input['time_asked_hours']).toBe(1.5);
    expect(inputFromValues(phaseForm, { ...values, position: 'twee' }, { projectId: 'p1', record: null })['position']).toBe('twee');
    expect(inputFromValues(phaseForm, { ...values, position: '2.5' }, { projectId: 'p1', record: null })['position']).toBe('2.5');
  });

  it('sends create-only fields (organisation, slug) only when creating a project', () => {
    const created = inputFromValues(
      projectForm,
      { ...valuesFromRecord(projectForm, null), organisation_id: 'o1', slug: 'plein' },
      { organisationId: 'o0', record: null },
    );
    expect(created['organisation_id']).toBe('o1');
    expect(created['slug']).toBe('plein');
    const record = { id: 'p1', slug: 'plein', title: 'Plein', organisation_id: 'o1', updated_at: 't' };
    const edited = inputFromValues(projectForm, valuesFromRecord(projectForm, record), { organisationId: 'o1', record });
    expect(edited).not.toHaveProperty('slug');
    expect(edited['id']).toBe('p1');
  });

  it('sends a field hidden by showWhen as null, so unticking clears it', () => {
    const values = { ...valuesFromRecord(councilMomentForm, null), differs_from_participation: false, council_reasons: 'Oude reden' };
    expect(
      isShown(
        councilMomentForm.fields.find((field) => field.name === 'council_reasons')!,
        values,
        true,
      ),
    ).toBe(false);
    expect(inputFromValues(councilMomentForm, values, { projectId: 'p1', record: null })['council_reasons']).toBeNull();
    const shown = inputFromValues(councilMomentForm, { ...values, differs_from_participation: true }, { projectId: 'p1', record: null });
    expect(shown['council_reasons']).toBe('Oude reden');
  });

  it('turns a local date-time into an ISO timestamp and back', () => {
    const local = '2026-12-01T19:30';
    const input = inputFromValues(
      keyDateForm,
      { ...valuesFromRecord(keyDateForm, null), starts_at: local },
      { projectId: 'p1', record: null },
    );
    expect(new Date(input['starts_at'] as string).getTime()).toBe(new Date(local).getTime());
    expect(valuesFromRecord(keyDateForm, { id: 'k', starts_at: input['starts_at'] })['starts_at']).toBe(local);
  });

  it('carries a decision’s linked input themes with what was done', () => {
    const record = { id: 'd1', updated_at: 't', responses: [{ input_theme_id: 'i1', we_did: 'Bankjes geplaatst' }] };
    const values = valuesFromRecord(decisionForm, record);
    expect(values['responses']).toEqual([{ input_theme_id: 'i1', we_did: 'Bankjes geplaatst' }]);
    const input = inputFromValues(
      decisionForm,
      { ...values, responses: [{ input_theme_id: 'i1', we_did: ' ' }] },
      { projectId: 'p1', record },
    );
    expect(input['responses']).toEqual([{ input_theme_id: 'i1', we_did: null }]);
  });

  it('adds fixed input: a status change is for one promise and sends no version', () => {
    const input = inputFromValues(
      promiseStatusForm,
      { status: 'broken', explanation: '', evidence_url: '', changed_by: 'Team' },
      {
        projectId: 'p1',
        record: null,
        extra: { promise_id: 'pr1' },
      },
    );
    expect(input).toEqual({
      project_id: 'p1',
      status: 'broken',
      explanation: null,
      evidence_url: null,
      changed_by: 'Team',
      promise_id: 'pr1',
      translations: { en: { explanation: null, changed_by: null } },
    });
  });

  it('edits the English version of each translatable field next to the Dutch, and sends it as translations', () => {
    const record = { id: 'u1', title: 'Nieuws', body_md: 'Tekst', updated_at: 't', translations: { en: { title: 'News' } } };
    const values = valuesFromRecord(updateForm, record);
    expect(values).toMatchObject({ 'en:title': 'News', 'en:body_md': '' });
    const input = inputFromValues(updateForm, { ...values, 'en:body_md': ' The text. ' }, { projectId: 'p1', record });
    expect(input['translations']).toEqual({ en: { title: 'News', body_md: 'The text.' } });
    // A date or a link has no English version, so a key date's times are not in it.
    expect(
      Object.keys(valuesFromRecord(keyDateForm, null))
        .filter((key) => key.startsWith('en:'))
        .sort(),
    ).toEqual(['en:how_to_join', 'en:location', 'en:title']);
  });

  it('sends the English answer to a theme only for themes the decision answers, and an English text of a hidden field as null', () => {
    const record = {
      id: 'd1',
      updated_at: 't',
      responses: [{ input_theme_id: 'i1', we_did: 'Bankjes' }],
      translations: { en: { 'responses.i1': 'Benches', 'responses.i2': 'Old' } },
    };
    const values = valuesFromRecord(decisionForm, record);
    expect(values['en:responses.i1']).toBe('Benches');
    const input = inputFromValues(decisionForm, values, { projectId: 'p1', record });
    expect((input['translations'] as { en: Record<string, unknown> }).en).toMatchObject({ 'responses.i1': 'Benches' });
    expect((input['translations'] as { en: Record<string, unknown> }).en).not.toHaveProperty('responses.i2');
    const moment = {
      ...valuesFromRecord(councilMomentForm, null),
      differs_from_participation: false,
      council_reasons: 'Reden',
      'en:council_reasons': 'Reason',
    };
    expect(
      (inputFromValues(councilMomentForm, moment, { projectId: 'p1', record: null })['translations'] as { en: Record<string, unknown> }).en[
        'council_reasons'
      ],
    ).toBeNull();
  });

  it('recognises stored values and detects changes', () => {
    expect(isFormValues({ title: 'a', flag: true, responses: [{ input_theme_id: 'x', we_did: '' }] })).toBe(true);
    expect(isFormValues({ votes: [{ party: 'Groen', for: '12', against: '' }] })).toBe(true);
    expect(isFormValues({ votes: [{ party: 'Groen', for: 12, against: 0 }] })).toBe(false);
    expect(isFormValues({ title: 1 })).toBe(false);
    expect(isFormValues(null)).toBe(false);
    expect(differs({ a: 'x' }, { a: 'x' })).toBe(false);
    expect(differs({ a: 'x' }, { a: 'y' })).toBe(true);
  });

  it('has a label in both languages and a unique name for every field of every kind', () => {
    for (const { spec } of Object.values(listSections)) {
      const names = spec.fields.map((field) => field.name);
      expect(new Set(names).size, spec.kind).toBe(names.length);
      for (const field of spec.fields) {
        expect(field.label.nl.length, `${spec.kind}.${field.name}`).toBeGreaterThan(0);
        expect(field.label.en.length, `${spec.kind}.${field.name}`).toBeGreaterThan(0);
      }
    }
  });
});

const field = (spec: FormSpec, name: string): FieldSpec => {
  const found = spec.fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${spec.kind} has no field ${name}`);
  return found;
};

describe('the council’s part in the forms', () => {
  it('starts a new record with the API’s own defaults: a council meeting, a motion not voted on, a promise to residents', () => {
    expect(valuesFromRecord(councilMomentForm, null)['meeting_kind']).toBe('council');
    expect(valuesFromRecord(motionForm, null)).toMatchObject({ kind: 'motion', result: 'pending', votes: [] });
    expect(valuesFromRecord(promiseForm, null)['made_to']).toBe('residents');
    // A stored value wins over the default; a phase without a role of its own has the project's (empty).
    expect(valuesFromRecord(promiseForm, { id: 'p', made_to: 'council' })['made_to']).toBe('council');
    expect(valuesFromRecord(phaseForm, { id: 'f', council_role: null })['council_role']).toBe('');
  });

  it('does not let a committee adopt, amend or reject, nor the council find a proposal ready for the council', () => {
    const outcome = field(councilMomentForm, 'outcome');
    expect(unavailableOptions(outcome, { meeting_kind: 'committee' })).toEqual([...councilOnlyOutcomes]);
    expect(unavailableOptions(outcome, { meeting_kind: 'council' })).toEqual([...committeeOnlyOutcomes]);
    expect(unavailableOptions(outcome, { meeting_kind: '' })).toEqual([]);
    expect(unavailableOptions(field(councilMomentForm, 'body'), { meeting_kind: 'committee' })).toEqual([]);
  });

  it('sends a council moment’s start time and its ids in Open Raadsinformatie', () => {
    const values = {
      ...valuesFromRecord(councilMomentForm, null),
      meets_on: '2027-03-11',
      starts_at: '2027-03-11T19:30',
      meeting_kind: 'committee',
      source_id: ' ori:42 ',
      meeting_source_id: '',
    };
    const input = inputFromValues(councilMomentForm, values, { projectId: 'p1', record: null });
    expect(new Date(input['starts_at'] as string).getTime()).toBe(new Date('2027-03-11T19:30').getTime());
    expect(input).toMatchObject({ meeting_kind: 'committee', source_id: 'ori:42', meeting_source_id: null });
  });

  it('reads a motion’s votes as rows and sends them back as numbers, for a motion adopted or rejected only', () => {
    const record = {
      id: 'm1',
      updated_at: 't',
      council_moment_id: 'c1',
      result: 'adopted',
      votes: [
        { party: 'Groen Demodam', for: 12, against: 0 },
        { party: 'Lokaal Belang', for: 3, against: 9 },
      ],
    };
    const values = valuesFromRecord(motionForm, record);
    expect(values['votes']).toEqual([
      { party: 'Groen Demodam', for: '12', against: '0' },
      { party: 'Lokaal Belang', for: '3', against: '9' },
    ]);
    const input = inputFromValues(motionForm, values, { projectId: 'p1', record });
    expect(input['votes']).toEqual([
      { party: 'Groen Demodam', for: 12, against: 0 },
      { party: 'Lokaal Belang', for: 3, against: 9 },
    ]);
    expect(input['council_moment_id']).toBe('c1');
    // Not voted on: the votes are not shown and not sent, so the API stores none.
    for (const result of ['pending', 'withdrawn', 'held']) {
      expect(isShown(field(motionForm, 'votes'), { ...values, result }, false), result).toBe(false);
      expect(inputFromValues(motionForm, { ...values, result }, { projectId: 'p1', record })['votes'], result).toBeNull();
    }
    expect(isShown(field(motionForm, 'votes'), { ...values, result: 'rejected' }, false)).toBe(true);
  });

  it('drops an empty row of votes, and sends a count that is no whole number as typed, for the API to refuse by name', () => {
    expect(
      votesToApi([
        { party: ' Groen ', for: '12', against: '0' },
        { party: ' ', for: '', against: '' },
      ]),
    ).toEqual([{ party: 'Groen', for: 12, against: 0 }]);
    expect(
      votesToApi([
        { party: 'Groen', for: '-1', against: '' },
        { party: '', for: '2,5', against: '1000' },
      ]),
    ).toEqual([
      { party: 'Groen', for: '-1', against: null },
      { party: null, for: '2,5', against: '1000' },
    ]);
    expect(['0', '999', ' 7 ', ''].map(isVoteCount)).toEqual([true, true, true, true]);
    expect(['-1', '1000', '2,5', 'tien'].map(isVoteCount)).toEqual([false, false, false, false]);
  });

  it('writes the votes as lines for the approver', () => {
    expect(
      votesText(
        [
          { party: 'Groen', for: 12, against: 3 },
          { party: 'Lokaal', for: 0, against: 9 },
        ],
        '{party}: {for} voor, {against} tegen',
      ),
    ).toBe('Groen: 12 voor, 3 tegen\nLokaal: 0 voor, 9 tegen');
    expect(votesText(null, '{party}')).toBe('');
  });

  it('shows a phase’s explanation of the council’s role only when the phase has a role of its own, and clears it otherwise', () => {
    const explanation = field(phaseForm, 'council_role_explanation');
    expect(explanation.showWhen?.equals).toEqual([...councilRoles]);
    const values = {
      ...valuesFromRecord(phaseForm, null),
      council_role: '',
      council_role_explanation: 'Oud',
      'en:council_role_explanation': 'Old',
    };
    const input = inputFromValues(phaseForm, values, { projectId: 'p1', record: null });
    expect(input['council_role']).toBeNull();
    expect(input['council_role_explanation']).toBeNull();
    expect((input['translations'] as { en: Record<string, unknown> }).en['council_role_explanation']).toBeNull();
    const own = inputFromValues(phaseForm, { ...values, council_role: 'adviesrecht' }, { projectId: 'p1', record: null });
    expect(own).toMatchObject({
      council_role: 'adviesrecht',
      council_role_explanation: 'Oud',
      translations: { en: { council_role_explanation: 'Old' } },
    });
  });

  it('has English boxes for the texts of motions and council information letters', () => {
    const english = (spec: FormSpec) =>
      Object.keys(valuesFromRecord(spec, null))
        .filter((key) => key.startsWith('en:'))
        .sort();
    expect(english(motionForm)).toEqual(['en:asks', 'en:result_summary', 'en:submitted_by', 'en:title']);
    expect(english(councilLetterForm)).toEqual(['en:summary', 'en:title']);
    const input = inputFromValues(
      councilLetterForm,
      { ...valuesFromRecord(councilLetterForm, null), title: 'Brief', 'en:title': 'Letter' },
      { projectId: 'p1', record: null },
    );
    expect(input['translations']).toEqual({ en: { title: 'Letter', summary: null } });
  });
});

describe('the forms against the public record’s kinds (src/lib/records/kinds.ts, checked against the database)', () => {
  // Form fields that are not public content, and public content that no form writes, each with its reason.
  const notPublic: Record<string, readonly string[]> = {
    project: ['organisation_id'], // who owns it: chosen once, not a text residents read
    invitation: ['reply_to'], // read only by staff and the mail worker
  };
  const notInForm: Record<string, readonly string[]> = {
    assignment: ['until'], // set when a role ends, not in the form that assigns it
    promise_status: ['changed_at'], // the moment the database records it
  };

  it('edits every public field of every kind, and nothing else but what is listed here', () => {
    for (const [kind, spec] of Object.entries(formsByKind)) {
      const content = contentFields[kind as PublishableKind]?.fields;
      expect(content, `${kind} is a publishable kind`).toBeDefined();
      const names = spec.fields.map((candidate) => candidate.name);
      expect(
        names.filter((name) => !content?.includes(name)),
        `${kind}: form fields that are no public content`,
      ).toEqual([...(notPublic[kind] ?? [])]);
      expect(
        content?.filter((name) => name !== 'translations' && !names.includes(name)),
        `${kind}: public fields no form writes`,
      ).toEqual([...(notInForm[kind] ?? [])]);
    }
  });

  it('allows as many characters in a translatable field as its English version may have', () => {
    let checked = 0;
    for (const [kind, spec] of Object.entries(formsByKind)) {
      const limits = translatableFields[kind as PublishableKind] as Readonly<Record<string, number>>;
      for (const candidate of spec.fields) {
        if (!(candidate.name in limits)) continue;
        checked += 1;
        expect(candidate.maxLength, `${kind}.${candidate.name}`).toBe(limits[candidate.name]);
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
