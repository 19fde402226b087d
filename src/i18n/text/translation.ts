import type { Locale } from '../locales.ts';

// Text about the English versions of what staff write, Dutch first, plain language (B1). Shared by the public
// pages (the notice where Dutch text stands in for English) and the staff workspace (editing English side by
// side with Dutch, and what still lacks a translation). Imported directly, not through the dictionary, so the
// workspace island does not carry the whole site's text.

/** Said once per section on an English page where some text is shown in Dutch because it has no English version yet. */
export const untranslatedNotice: Record<Locale, string> = {
  nl: 'Deze tekst is nog niet vertaald. U leest hem in het Nederlands.',
  en: 'This text has not been translated yet; it is shown in Dutch.',
};

/** What the field `translations` in the open data files holds, for the table of fields on the open data page. */
export const openDataTranslationsMeaning: Record<Locale, string> = {
  nl: 'Bij elk onderdeel: de Engelse versie van de teksten, als de gemeente die schreef, als {"en": {"<veld>": "<Engelse tekst>"}}. Leeg ({}) als er geen is. De Nederlandse tekst staat altijd in het veld zelf. De Engelse teksten gaan net als de Nederlandse door de goedkeuring en staan in het logboek.',
  en: 'With each item: the English version of its texts, where the municipality wrote one, as {"en": {"<field>": "<English text>"}}. Empty ({}) when there is none. The Dutch text is always in the field itself. English texts are approved like the Dutch ones and are in the ledger.',
};

export const translationWorkspaceNl = {
  /** The label over the Dutch version of a field, next to the English one. */
  dutch: 'Nederlands',
  english: 'Engels',
  englishOptional: 'Engels (mag leeg blijven)',
  /** Explains the English column once per form. */
  formHelp:
    'U schrijft elke tekst in het Nederlands. U kunt er een Engelse versie naast zetten. Engelse lezers zien die versie; zonder versie zien zij het Nederlands. De Engelse tekst gaat mee in de goedkeuring, net als de Nederlandse.',
  /** Starts with the language, so the English box's name never starts like the Dutch one's. */
  englishOf: (label: string) => `In het Engels: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
  missing: 'Nog niet vertaald',
  missingFields: (count: number) => (count === 1 ? '1 tekst nog niet vertaald' : `${count} teksten nog niet vertaald`),
  missingInProject: (count: number) =>
    count === 0
      ? 'Alles vertaald in het Engels'
      : count === 1
        ? '1 tekst nog niet in het Engels'
        : `${count} teksten nog niet in het Engels`,
  allTranslated: 'Alles vertaald',
  dutchFirst: 'Schrijf eerst de Nederlandse tekst. Daarna kunt u hem vertalen.',
};

export const translationWorkspaceEn: typeof translationWorkspaceNl = {
  dutch: 'Dutch',
  english: 'English',
  englishOptional: 'English (may stay empty)',
  formHelp:
    'You write every text in Dutch. You can add an English version next to it. English readers see that version; without one they see the Dutch. The English text goes through approval, just like the Dutch.',
  englishOf: (label: string) => `In English: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
  missing: 'Not translated yet',
  missingFields: (count: number) => (count === 1 ? '1 text not translated yet' : `${count} texts not translated yet`),
  missingInProject: (count: number) =>
    count === 0 ? 'Everything translated into English' : count === 1 ? '1 text not in English yet' : `${count} texts not in English yet`,
  allTranslated: 'Everything translated',
  dutchFirst: 'Write the Dutch text first. Then you can translate it.',
};

export type TranslationWorkspaceText = typeof translationWorkspaceNl;

/** The workspace's text about translations in the staff member's language. */
export function translationWorkspaceText(locale: Locale): TranslationWorkspaceText {
  return locale === 'en' ? translationWorkspaceEn : translationWorkspaceNl;
}
