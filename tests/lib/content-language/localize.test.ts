import { describe, expect, it } from 'vitest';
import { anyUntranslated, localize, localizeFields, localizeOptional, sectionNotice } from '../../../src/lib/content-language/localize.ts';
import { untranslatedNotice } from '../../../src/i18n/text/translation.ts';

// The one choice of language for what staff write: English where there is an English version, the Dutch text
// otherwise, marked as Dutch and announced once.

const decision = {
  title: 'Drempels in de Schoolstraat',
  rationale: 'Omdat ouders vroegen om <b>minder</b> snelheid.',
  source_note: null as string | null,
  translations: { en: { title: 'Speed bumps in Schoolstraat' } },
};

describe('localize', () => {
  it('gives an English reader the English version, in the page’s language (no lang attribute)', () => {
    expect(localize(decision, 'title', 'en')).toEqual({ text: 'Speed bumps in Schoolstraat', lang: undefined, translated: true });
  });

  it('gives an English reader the Dutch text marked lang="nl" where there is no English version', () => {
    expect(localize(decision, 'rationale', 'en')).toEqual({ text: decision.rationale, lang: 'nl', translated: false });
  });

  it('always gives a Dutch reader the Dutch text, whatever the translations say', () => {
    expect(localize(decision, 'title', 'nl')).toEqual({ text: decision.title, lang: undefined, translated: true });
  });

  it('treats a blank or null English version as none', () => {
    const blank = { title: 'Schoolzone', translations: { en: { title: '  ' } } };
    const nulled = { title: 'Schoolzone', translations: { en: { title: null } } };
    expect(localize(blank, 'title', 'en')).toEqual({ text: 'Schoolzone', lang: 'nl', translated: false });
    expect(localize(nulled, 'title', 'en').lang).toBe('nl');
  });

  it('reads records without translations, with an empty object, or with null as Dutch only', () => {
    expect(localize({ title: 'Schoolzone' }, 'title', 'en').lang).toBe('nl');
    expect(localize({ title: 'Schoolzone', translations: {} }, 'title', 'en').lang).toBe('nl');
    expect(localize({ title: 'Schoolzone', translations: null }, 'title', 'en').lang).toBe('nl');
  });

  it('does not announce an empty Dutch field as untranslated', () => {
    expect(localize({ note: '' }, 'note', 'en')).toEqual({ text: '', lang: undefined, translated: true });
  });
});

describe('localizeOptional and localizeFields', () => {
  it('keeps a null field null: nothing to show, nothing to announce', () => {
    expect(localizeOptional(decision, 'source_note', 'en')).toBeNull();
    const fields = localizeFields(decision, ['title', 'source_note'], 'en');
    expect(fields).toEqual({ text: { title: 'Speed bumps in Schoolstraat', source_note: null }, lang: {}, untranslated: false });
  });

  it('marks each field on its own and says whether any stands in untranslated', () => {
    const fields = localizeFields(decision, ['title', 'rationale'], 'en');
    expect(fields.text).toEqual({ title: 'Speed bumps in Schoolstraat', rationale: decision.rationale });
    expect(fields.lang).toEqual({ rationale: 'nl' });
    expect(fields.untranslated).toBe(true);
    expect(localizeFields(decision, ['title', 'rationale'], 'nl')).toEqual({
      text: { title: decision.title, rationale: decision.rationale },
      lang: {},
      untranslated: false,
    });
  });
});

describe('sectionNotice', () => {
  it('says once, in English, that some text of a section is shown in Dutch', () => {
    const items = [localize(decision, 'title', 'en'), localize(decision, 'rationale', 'en'), localize({ t: 'Ander' }, 't', 'en')];
    expect(anyUntranslated(items)).toBe(true);
    expect(sectionNotice('en', items)).toBe(untranslatedNotice.en);
  });

  it('says nothing when everything is translated, and never on a Dutch page', () => {
    expect(sectionNotice('en', [localize(decision, 'title', 'en'), null, { untranslated: false }])).toBeNull();
    expect(sectionNotice('nl', [localize(decision, 'rationale', 'nl')])).toBeNull();
    expect(sectionNotice('en', [])).toBeNull();
  });
});
