import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../src/lib/format/text.ts';

describe('paragraphs', () => {
  it('splits at blank lines and joins the lines of one paragraph', () => {
    expect(paragraphs('Eerste regel\ntweede regel.\n\n\nNieuwe alinea.\r\n\r\nLaatste.')).toEqual([
      'Eerste regel tweede regel.',
      'Nieuwe alinea.',
      'Laatste.',
    ]);
  });

  it('keeps markup as text: escaping is the page template’s job', () => {
    expect(paragraphs('<script>alert(1)</script>')).toEqual(['<script>alert(1)</script>']);
  });

  it('drops empty paragraphs', () => {
    expect(paragraphs('\n\n  \n\n')).toEqual([]);
  });
});
