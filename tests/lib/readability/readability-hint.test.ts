import { describe, expect, it } from 'vitest';
import { editorEn, editorNl } from '../../../src/i18n/text/editor.ts';
import { maxLongSentencesShown, readabilityHint } from '../../../src/islands/workspace/markdown/readability-hint.ts';
import { analyseReadability } from '../../../src/lib/readability/readability.ts';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('readabilityHint', () => {
  it('says nothing while there is no text', () => {
    expect(readabilityHint(analyseReadability('', 'nl'), editorNl, 'nl')).toBeNull();
  });

  it('says the text is fine when it is', () => {
    const hint = readabilityHint(analyseReadability('De weg gaat dicht. U kunt er in mei weer langs.', 'nl'), editorNl, 'nl');
    expect(hint?.fine).toBe(editorNl.hint.fine);
    expect(hint?.lists).toEqual([]);
    expect(hint?.score).toMatch(/^Leesbaarheid: \d+ van de 100 \(makkelijk\)/);
  });

  it('lists at most three long sentences by their first words, then hard words with alternatives', () => {
    const long =
      'Wij gaan in de komende maanden samen met de bewoners van de wijk en de winkeliers kijken hoe het plein er straks uit moet zien.';
    const text = `${Array.from({ length: 5 }, () => long).join(' ')} We will commence prior to May.`;
    const hint = readabilityHint(analyseReadability(text, 'en'), editorEn, 'en');
    expect(hint?.lists.map((list) => list.title)).toEqual([
      'Make these sentences shorter. They have more than 20 words:',
      'These words are hard:',
    ]);
    expect(hint?.lists[0]?.items).toHaveLength(maxLongSentencesShown);
    expect(hint?.lists[0]?.items[0]).toBe('“Wij gaan in de komende maanden…” (25 words)');
    expect(hint?.lists[0]?.more).toBe('And 2 more.');
    expect(hint?.lists[1]?.items.slice(0, 2)).toEqual(['“commence”: better write “start”', '“prior to”: better write “before”']);
    expect(hint?.fine).toBeNull();
  });
});

describe('editor text', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(keyPaths(editorEn).sort()).toEqual(keyPaths(editorNl).sort());
    for (const text of [editorNl, editorEn]) {
      for (const value of Object.values(text)) if (typeof value === 'string') expect(value.trim()).not.toBe('');
    }
  });
});
