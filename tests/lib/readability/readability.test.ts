import { describe, expect, it } from 'vitest';
import { analyseReadability, levelOf, readingScore } from '../../../src/lib/readability/readability.ts';
import { findOfficialese } from '../../../src/lib/readability/officialese.ts';

const words = (report: ReturnType<typeof analyseReadability>) => report.hardWords.map((word) => `${word.reason}:${word.word}`);

describe('analyseReadability in Dutch', () => {
  it('finds nothing to say about plain text, and scores it easy', () => {
    const report = analyseReadability('De weg gaat dicht. Wij leggen een nieuw fietspad aan. U kunt er in mei weer langs.', 'nl');
    expect(report.longSentences).toEqual([]);
    expect(report.hardWords).toEqual([]);
    expect(report.sentences).toBe(3);
    expect(report.words).toBe(17);
    expect(report.level).toBe('easy');
  });

  it('flags officialese with its plain alternative, and long compounds', () => {
    const report = analyseReadability(
      'Wij faciliteren dit **middels** een bewonersbijeenkomst, in het kader van de rioolwaterzuiveringsinstallatie.',
      'nl',
    );
    expect(words(report)).toEqual([
      'officialese:faciliteren',
      'officialese:middels',
      'officialese:in het kader van',
      'long:bewonersbijeenkomst',
      'long:rioolwaterzuiveringsinstallatie',
    ]);
    expect(report.hardWords[0]?.alternative).toBe('mogelijk maken');
    expect(report.hardWords[2]?.alternative).toBe('bij, voor');
  });

  it('finds inflected officialese and phrases over a line break', () => {
    expect(findOfficialese('Het wordt gefaciliteerd ten\nbehoeve van de buurt.', 'nl').map((found) => found.entry.term)).toEqual([
      'faciliteren',
      'ten behoeve van',
    ]);
    // Part of another word is no match.
    expect(findOfficialese('De conformiteit en de reedsschap.', 'nl')).toEqual([]);
  });

  it('flags a sentence of more than 20 words, with its first words', () => {
    const long =
      'Wij gaan in de komende maanden samen met de bewoners van de wijk en de winkeliers kijken hoe het plein er straks uit moet zien.';
    const report = analyseReadability(`Kort. ${long}`, 'nl');
    expect(report.longSentences).toHaveLength(1);
    expect(report.longSentences[0]?.text).toBe(long);
    expect(report.longSentences[0]?.words).toBe(25);
    expect(report.longSentences[0]?.start).toBe('Wij gaan in de komende maanden…');
  });

  it('scores one very long sentence as hard, and never below 0', () => {
    const sentence = `${Array.from({ length: 120 }, () => 'bewonersparticipatietraject').join(' ')}.`;
    const report = analyseReadability(sentence, 'nl');
    expect(report.sentences).toBe(1);
    expect(report.longSentences).toHaveLength(1);
    expect(report.score).toBe(0);
    expect(report.level).toBe('veryHard');
    expect(report.hardWords).toHaveLength(1);
  });

  it('does not count URLs, e-mail addresses, numbers or Markdown syntax as hard words', () => {
    const report = analyseReadability(
      'Lees [het plan](https://www.demodam.example/omgevingsvisie/uitgebreide-toelichting) op https://www.demodam.example/rioolwaterzuivering of mail omgevingsvisie-team@demodam.example. Het kost € 1.250.000,00 in 2026.',
      'nl',
    );
    expect(report.hardWords).toEqual([]);
    expect(report.sentences).toBe(2);
  });

  it('does not end a sentence at o.a. or bijv.', () => {
    expect(analyseReadability('Er komen o.a. bomen en bijv. bankjes.', 'nl').sentences).toBe(1);
  });

  it('gives no score for empty text', () => {
    expect(analyseReadability('', 'nl')).toEqual({ sentences: 0, words: 0, score: null, level: null, longSentences: [], hardWords: [] });
    expect(analyseReadability('## \n\n---\n', 'nl').score).toBeNull();
  });
});

describe('analyseReadability in English', () => {
  it('flags officialese and words of four or more syllables', () => {
    const report = analyseReadability(
      'We will commence the works prior to the summer. The community evening is in accordance with the plan.',
      'en',
    );
    expect(words(report)).toEqual(['officialese:commence', 'officialese:prior to', 'officialese:in accordance with', 'long:community']);
    expect(report.hardWords.map((word) => word.alternative)).toEqual(['start', 'before', 'under, in line with', null]);
  });

  it('finds inflected forms in either spelling', () => {
    expect(findOfficialese('The hall was utilized; we are facilitating it.', 'en').map((found) => found.entry.alternative)).toEqual([
      'use',
      'help',
    ]);
  });

  it('keeps "e.g." inside a sentence and scores short plain text as easy', () => {
    const report = analyseReadability('Bring a coat, e.g. a rain coat. We start at ten.', 'en');
    expect(report.sentences).toBe(2);
    expect(report.level).toBe('easy');
  });

  it('flags a long sentence', () => {
    const report = analyseReadability(
      'We are going to look at how the square should look in the future together with the people who live and work in the area.',
      'en',
    );
    expect(report.longSentences.map((sentence) => sentence.words)).toEqual([25]);
  });
});

describe('readingScore and levelOf', () => {
  it('apply Flesch-Douma in Dutch and Flesch reading ease in English', () => {
    // 10 words per sentence, 1.5 syllables per word.
    expect(readingScore(10, 1.5, 'nl')).toBe(Math.round(206.835 - 9.3 - 115.5));
    expect(readingScore(10, 1.5, 'en')).toBe(Math.round(206.835 - 10.15 - 126.9));
    expect(readingScore(1, 1, 'nl')).toBe(100);
  });

  it('names the bands', () => {
    expect([95, 80, 79, 60, 55, 50, 49, 30, 29, 0].map(levelOf)).toEqual([
      'easy',
      'easy',
      'fairlyEasy',
      'fairlyEasy',
      'fairlyHard',
      'fairlyHard',
      'hard',
      'hard',
      'veryHard',
      'veryHard',
    ]);
  });
});
