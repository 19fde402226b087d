import { describe, expect, it } from 'vitest';
import { differs, inputFromValues, isFormValues, isShown, valuesFromRecord } from '../../../src/lib/workspace/forms/convert.ts';
import { listSections, projectForm, promiseStatusForm } from '../../../src/lib/workspace/forms/index.ts';
import { councilMomentForm } from '../../../src/lib/workspace/forms/council-moment.ts';
import { decisionForm } from '../../../src/lib/workspace/forms/decision.ts';
import { keyDateForm } from '../../../src/lib/workspace/forms/key-date.ts';
import { phaseForm } from '../../../src/lib/workspace/forms/phase.ts';
import { updateForm } from '../../../src/lib/workspace/forms/update.ts';

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
    const created = inputFromValues(projectForm, { ...valuesFromRecord(projectForm, null), organisation_id: 'o1', slug: 'plein' }, { organisationId: 'o0', record: null });
    expect(created['organisation_id']).toBe('o1');
    expect(created['slug']).toBe('plein');
    const record = { id: 'p1', slug: 'plein', title: 'Plein', organisation_id: 'o1', updated_at: 't' };
    const edited = inputFromValues(projectForm, valuesFromRecord(projectForm, record), { organisationId: 'o1', record });
    expect(edited).not.toHaveProperty('slug');
    expect(edited['id']).toBe('p1');
  });

  it('sends a field hidden by showWhen as null, so unticking clears it', () => {
    const values = { ...valuesFromRecord(councilMomentForm, null), differs_from_participation: false, council_reasons: 'Oude reden' };
    expect(isShown(councilMomentForm.fields.find((field) => field.name === 'council_reasons')!, values, true)).toBe(false);
    expect(inputFromValues(councilMomentForm, values, { projectId: 'p1', record: null })['council_reasons']).toBeNull();
    const shown = inputFromValues(councilMomentForm, { ...values, differs_from_participation: true }, { projectId: 'p1', record: null });
    expect(shown['council_reasons']).toBe('Oude reden');
  });

  it('turns a local date-time into an ISO timestamp and back', () => {
    const local = '2026-12-01T19:30';
    const input = inputFromValues(keyDateForm, { ...valuesFromRecord(keyDateForm, null), starts_at: local }, { projectId: 'p1', record: null });
    expect(new Date(input['starts_at'] as string).getTime()).toBe(new Date(local).getTime());
    expect(valuesFromRecord(keyDateForm, { id: 'k', starts_at: input['starts_at'] })['starts_at']).toBe(local);
  });

  it('carries a decision’s linked input themes with what was done', () => {
    const record = { id: 'd1', updated_at: 't', responses: [{ input_theme_id: 'i1', we_did: 'Bankjes geplaatst' }] };
    const values = valuesFromRecord(decisionForm, record);
    expect(values['responses']).toEqual([{ input_theme_id: 'i1', we_did: 'Bankjes geplaatst' }]);
    const input = inputFromValues(decisionForm, { ...values, responses: [{ input_theme_id: 'i1', we_did: ' ' }] }, { projectId: 'p1', record });
    expect(input['responses']).toEqual([{ input_theme_id: 'i1', we_did: null }]);
  });

  it('adds fixed input: a status change is for one promise and sends no version', () => {
    const input = inputFromValues(promiseStatusForm, { status: 'broken', explanation: '', evidence_url: '', changed_by: 'Team' }, {
      projectId: 'p1',
      record: null,
      extra: { promise_id: 'pr1' },
    });
    expect(input).toEqual({
      project_id: 'p1', status: 'broken', explanation: null, evidence_url: null, changed_by: 'Team', promise_id: 'pr1',
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
    expect(Object.keys(valuesFromRecord(keyDateForm, null)).filter((key) => key.startsWith('en:')).sort()).toEqual(['en:how_to_join', 'en:location', 'en:title']);
  });

  it('sends the English answer to a theme only for themes the decision answers, and an English text of a hidden field as null', () => {
    const record = { id: 'd1', updated_at: 't', responses: [{ input_theme_id: 'i1', we_did: 'Bankjes' }], translations: { en: { 'responses.i1': 'Benches', 'responses.i2': 'Old' } } };
    const values = valuesFromRecord(decisionForm, record);
    expect(values['en:responses.i1']).toBe('Benches');
    const input = inputFromValues(decisionForm, values, { projectId: 'p1', record });
    expect((input['translations'] as { en: Record<string, unknown> }).en).toMatchObject({ 'responses.i1': 'Benches' });
    expect((input['translations'] as { en: Record<string, unknown> }).en).not.toHaveProperty('responses.i2');
    const moment = { ...valuesFromRecord(councilMomentForm, null), differs_from_participation: false, council_reasons: 'Reden', 'en:council_reasons': 'Reason' };
    expect((inputFromValues(councilMomentForm, moment, { projectId: 'p1', record: null })['translations'] as { en: Record<string, unknown> }).en['council_reasons']).toBeNull();
  });

  it('recognises stored values and detects changes', () => {
    expect(isFormValues({ title: 'a', flag: true, responses: [{ input_theme_id: 'x', we_did: '' }] })).toBe(true);
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
