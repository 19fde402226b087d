import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/readability/sentences.ts';
import { syllables, tokenize } from '../../../src/lib/readability/words.ts';

describe('splitSentences', () => {
  it('splits Dutch at sentence ends but not at abbreviations, initials or numbers', () => {
    expect(
      splitSentences('Wij bouwen o.a. een brug. Klaar in 2027! Dat kost ca. 3.5 miljoen. J. Jansen zegt: klopt dat? Ja.', 'nl'),
    ).toEqual(['Wij bouwen o.a. een brug.', 'Klaar in 2027!', 'Dat kost ca. 3.5 miljoen.', 'J. Jansen zegt: klopt dat?', 'Ja.']);
  });

  it('splits English and keeps "e.g." and "i.e." inside a sentence', () => {
    expect(splitSentences('Some trees, e.g. oaks, stay. Others go, i.e. The Elms. Mr. Smith agrees.', 'en')).toEqual([
      'Some trees, e.g. oaks, stay.',
      'Others go, i.e. The Elms.',
      'Mr. Smith agrees.',
    ]);
  });

  it('ends a sentence at every line and drops list markers and empty lines', () => {
    expect(splitSentences('Kop\n\n- een\n- twee\n3. drie\n\n   \n', 'nl')).toEqual(['Kop', 'een', 'twee', 'drie']);
  });

  it('does not split inside an address', () => {
    expect(splitSentences('Zie www.demodam.example/plan.pdf of mail info@demodam.example. Dank u.', 'nl')).toEqual([
      'Zie www.demodam.example/plan.pdf of mail info@demodam.example.',
      'Dank u.',
    ]);
  });

  it('gives nothing for empty text or text without words', () => {
    expect(splitSentences('', 'nl')).toEqual([]);
    expect(splitSentences(' -- … ', 'en')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('tells words, numbers and addresses apart', () => {
    expect(tokenize('Zie https://x.example/a, of bel 14 020 (€ 3,50).').map((token) => `${token.kind}:${token.text}`)).toEqual([
      'word:Zie',
      'address:https://x.example/a',
      'word:of',
      'word:bel',
      'number:14',
      'number:020',
      'number:3,50',
    ]);
  });
});

describe('syllables', () => {
  it.each([
    ['bewonersavond', 5],
    ['brug', 1],
    ['vrijdag', 2],
    ['coördinatie', 5],
    ['geïnteresseerd', 5],
  ])('counts Dutch %s as %i', (word, count) => {
    expect(syllables(word, 'nl')).toBe(count);
  });

  it.each([
    ['use', 1],
    ['make', 1],
    ['table', 2],
    ['needed', 2],
    ['community', 4],
    ['facilitate', 4],
  ])('counts English %s as %i', (word, count) => {
    expect(syllables(word, 'en')).toBe(count);
  });
});
