import { describe, expect, it } from 'vitest';
import { tokens, wordDiff, type DiffPart } from '../../../src/lib/history/word-diff.ts';

const before = (parts: DiffPart[]) =>
  parts
    .filter((part) => part.kind !== 'added')
    .map((part) => part.text)
    .join('');
const after = (parts: DiffPart[]) =>
  parts
    .filter((part) => part.kind !== 'removed')
    .map((part) => part.text)
    .join('');

describe('wordDiff', () => {
  it('marks the changed word, not the line', () => {
    expect(wordDiff('de school gaat open', 'de school gaat dicht')).toEqual([
      { kind: 'same', text: 'de school gaat ' },
      { kind: 'removed', text: 'open' },
      { kind: 'added', text: 'dicht' },
    ]);
  });

  it('gives both texts back exactly, whitespace and all', () => {
    const cases: Array<[string, string]> = [
      ['', 'nieuw'],
      ['oud', ''],
      ['a b c d', 'a c d e'],
      ['x y', 'y x'],
      ['De raad besluit in maart.\n\nDaarna volgt de uitvoering.', 'De raad besluit in april, na de zomer.\n\nDaarna volgt de uitvoering.'],
      ['  inspringing\tmet tab', 'inspringing met\ttab  '],
      ['<script>alert(1)</script> 🎉', '<script>alert(2)</script> 🎉👩🏽‍🌾'],
    ];
    for (const [a, b] of cases) {
      const parts = wordDiff(a, b);
      expect(before(parts), `${a} → ${b}`).toBe(a);
      expect(after(parts), `${a} → ${b}`).toBe(b);
    }
  });

  it('says nothing changed when nothing did', () => {
    expect(wordDiff('gelijk', 'gelijk')).toEqual([{ kind: 'same', text: 'gelijk' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('shows a text rewritten beyond reading as replaced as a whole, in one piece each', () => {
    const old = Array.from({ length: 2000 }, (_, index) => `oud${index}`).join(' ');
    const rewritten = Array.from({ length: 2000 }, (_, index) => `nieuw${index}`).join(' ');
    expect(wordDiff(old, rewritten)).toEqual([
      { kind: 'removed', text: old },
      { kind: 'added', text: rewritten },
    ]);
  });

  it('shows a rewritten sentence as the old one, then the new one, not as a zigzag of the words they share', () => {
    const old = 'Er valt nu niets meer te kiezen. U kunt wel vragen stellen over de werkzaamheden en de omleiding.';
    const rewritten = 'U kiest mee welke kant van de straat de oversteekplaats krijgt, tot de bouw begint.';
    const parts = wordDiff(old, rewritten);
    expect(parts.filter((part) => part.kind !== 'same').length).toBeLessThanOrEqual(2);
    expect(before(parts)).toBe(old);
    expect(after(parts)).toBe(rewritten);
  });

  it('keeps a long unchanged stretch between two changes as it is', () => {
    expect(
      wordDiff('Op maandag begint de aannemer met de eerste straat in april', 'Op dinsdag begint de aannemer met de eerste straat in mei'),
    ).toEqual([
      { kind: 'same', text: 'Op ' },
      { kind: 'removed', text: 'maandag' },
      { kind: 'added', text: 'dinsdag' },
      { kind: 'same', text: ' begint de aannemer met de eerste straat in ' },
      { kind: 'removed', text: 'april' },
      { kind: 'added', text: 'mei' },
    ]);
  });

  it('joins two changed words with only a space between them into one change', () => {
    expect(wordDiff('de school gaat open', 'de bieb ging open')).toEqual([
      { kind: 'same', text: 'de ' },
      { kind: 'removed', text: 'school gaat' },
      { kind: 'added', text: 'bieb ging' },
      { kind: 'same', text: ' open' },
    ]);
  });

  it('splits into words and the whitespace between them', () => {
    expect(tokens('a  b\nc')).toEqual(['a', '  ', 'b', '\n', 'c']);
  });
});
