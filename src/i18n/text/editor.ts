import type { Locale } from '../locales.ts';
import type { ReadabilityLevel } from '../../lib/readability/readability.ts';

// UI text of the Markdown editor in the staff workspace and its readability hint, Dutch first; English must
// match it key for key (the type says so). The editor island imports this file directly instead of the whole
// dictionary, so the island stays small.

export const editorNl = {
  help: 'U kunt Markdown gebruiken: **vet**, *schuin*, ## tussenkop, - voor een lijstje, [linktekst](https://…). Plaatjes worden niet getoond.',
  required: '(verplicht)',
  errorPrefix: 'Fout:',
  characters: (count: number, max: number) => `${count.toLocaleString('nl-NL')} van ${max.toLocaleString('nl-NL')} tekens`,
  preview: 'Voorbeeld',
  previewLabel: 'Voorbeeld van de tekst',
  previewEmpty: 'Er is nog geen tekst om te tonen.',
  previewHelp: 'Zo ziet de tekst eruit op de projectpagina. Links werken alleen met een volledig webadres (https://…).',
  hint: {
    tip: 'Tip:',
    fine: 'de tekst is goed te lezen.',
    score: (score: number, level: string) => `Leesbaarheid: ${score} van de 100 (${level}). Voor taalniveau B1 is 60 of meer goed.`,
    longSentences: (max: number) => `Maak deze zinnen korter. Ze hebben meer dan ${max} woorden:`,
    sentence: (start: string, words: number) => `“${start}” (${words} woorden)`,
    hardWords: 'Deze woorden zijn moeilijk:',
    officialese: (word: string, alternative: string) => `“${word}”: schrijf liever “${alternative}”`,
    longWord: (word: string) => `“${word}”: een lang woord. Kunt u het splitsen of anders zeggen?`,
    more: (count: number) => `En nog ${count}.`,
    neverBlocks: 'Dit is een advies. U kunt de tekst altijd opslaan.',
  },
  level: {
    easy: 'makkelijk',
    fairlyEasy: 'vrij makkelijk',
    fairlyHard: 'vrij moeilijk',
    hard: 'moeilijk',
    veryHard: 'erg moeilijk',
  } satisfies Record<ReadabilityLevel, string>,
};

export type EditorText = typeof editorNl;

export const editorEn: EditorText = {
  help: 'You can use Markdown: **bold**, *italic*, ## subheading, - for a list, [link text](https://…). Images are not shown.',
  required: '(required)',
  errorPrefix: 'Error:',
  characters: (count: number, max: number) => `${count.toLocaleString('en-GB')} of ${max.toLocaleString('en-GB')} characters`,
  preview: 'Preview',
  previewLabel: 'Preview of the text',
  previewEmpty: 'There is no text to show yet.',
  previewHelp: 'This is how the text looks on the project page. Links only work with a full web address (https://…).',
  hint: {
    tip: 'Tip:',
    fine: 'the text is easy to read.',
    score: (score: number, level: string) => `Readability: ${score} out of 100 (${level}). For plain language (B1), 60 or more is good.`,
    longSentences: (max: number) => `Make these sentences shorter. They have more than ${max} words:`,
    sentence: (start: string, words: number) => `“${start}” (${words} words)`,
    hardWords: 'These words are hard:',
    officialese: (word: string, alternative: string) => `“${word}”: better write “${alternative}”`,
    longWord: (word: string) => `“${word}”: a long word. Can you split it or say it differently?`,
    more: (count: number) => `And ${count} more.`,
    neverBlocks: 'This is advice. You can always save the text.',
  },
  level: {
    easy: 'easy',
    fairlyEasy: 'fairly easy',
    fairlyHard: 'fairly hard',
    hard: 'hard',
    veryHard: 'very hard',
  },
};

/** The editor's text in a language. */
export function editorText(locale: Locale): EditorText {
  return locale === 'nl' ? editorNl : editorEn;
}
