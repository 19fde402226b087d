import { describe, expect, it } from 'vitest';
import {
  englishFieldOfHint,
  lacksEnglish,
  untranslatedFields,
  untranslatedInProject,
} from '../../../src/lib/workspace/forms/translations.ts';
import { staffProjectSchema } from '../../../src/lib/workspace/schemas.ts';

describe('what still lacks an English version', () => {
  it('names the fields with Dutch text and no English, a decision’s answers by theme', () => {
    expect(untranslatedFields('update', { title: 'Nieuws', body_md: 'Tekst', translations: { en: { title: 'News' } } })).toEqual([
      'body_md',
    ]);
    expect(
      untranslatedFields('council_moment', {
        body: 'Raad',
        agenda_item: 'Punt',
        proposal: 'Plan',
        outcome_summary: null,
        translations: {},
      }),
    ).toEqual(['body', 'agenda_item', 'proposal']);
    expect(
      untranslatedFields('decision', {
        title: 'B',
        decided_by: 'College',
        decision: 'Zo',
        rationale: 'Om',
        input_used: 'Ja',
        responses: [
          { input_theme_id: 't1', we_did: 'Bankjes' },
          { input_theme_id: 't2', we_did: 'Bomen' },
        ],
        translations: {
          en: { title: 'D', decided_by: 'Board', decision: 'So', rationale: 'Because', input_used: 'Yes', 'responses.t1': 'Benches' },
        },
      }),
    ).toEqual(['responses.t2']);
    expect(untranslatedFields('assignment', { role: 'contact' })).toEqual([]);
    expect(
      untranslatedFields('motion', {
        title: 'Motie',
        submitted_by: 'Groen',
        asks: 'Bomen',
        result_summary: null,
        translations: { en: { title: 'Motion' } },
      }),
    ).toEqual(['submitted_by', 'asks']);
  });

  it('counts a project’s texts, leaving out withdrawn records', () => {
    const project = staffProjectSchema.parse({
      project: {
        id: 'p',
        organisation_id: 'o',
        slug: 's',
        title: 'Plein',
        summary: 'Over het plein',
        theme: 'Wonen',
        area: 'Noord',
        publication: 'published',
        translations: { en: { title: 'Square', summary: 'About', theme: 'Housing', area: 'North' } },
      },
      organisation: { id: 'o', slug: 'o', name: 'O', role: 'editor' },
      updates: [
        { id: 'u1', title: 'Nieuws', body_md: 'Tekst', publication: 'published', translations: {} },
        { id: 'u2', title: 'Weg', body_md: 'Weg', publication: 'unpublished', translations: {} },
      ],
      motions: [
        {
          id: 'm1',
          title: 'Motie',
          submitted_by: 'Groen',
          asks: 'Bomen',
          publication: 'draft',
          translations: { en: { title: 'Motion', submitted_by: 'Green', asks: 'Trees' } },
        },
      ],
      council_letters: [
        { id: 'l1', title: 'Brief', summary: 'Stand van zaken', publication: 'published', translations: { en: { title: 'Letter' } } },
      ],
    });
    // The update's two texts and the letter's summary; the motion is translated in full.
    expect(untranslatedInProject(project)).toBe(3);
  });

  it('marks a form field with Dutch but no English, and maps an API hint to the English box', () => {
    expect(lacksEnglish({ title: 'Nieuws', 'en:title': ' ' }, 'title')).toBe(true);
    expect(lacksEnglish({ title: 'Nieuws', 'en:title': 'News' }, 'title')).toBe(false);
    expect(lacksEnglish({ title: '', 'en:title': '' }, 'title')).toBe(false);
    expect(englishFieldOfHint('translations.en.rationale')).toBe('en:rationale');
    expect(englishFieldOfHint('rationale')).toBeNull();
  });
});
