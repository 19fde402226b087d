import type { PGlite } from '@electric-sql/pglite';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../src/i18n/index.ts';
import { projectTimelineSchema, type ProjectTimeline } from '../../../src/lib/api/project-timeline.ts';
import { openDatabase } from '../../../src/services/local-supabase/index.ts';
import { reportDocx } from '../../../src/lib/report/docx.ts';
import { blockTexts, buildParticipationReport } from '../../../src/lib/report/participation-report.ts';
import { projectTimelineDocument } from '../support/documents.ts';
import { docxParagraphs } from './docx-text.ts';

// The participation report's Word document against its view model: for every demo project (read through the real
// API function from the real seed) and in both languages, every text the page shows is a paragraph (or part of one)
// of the document, in the same order. tests/e2e/participation-report.spec.ts compares the page itself with the file.

let db: PGlite;
let demo: ProjectTimeline[];
beforeAll(async () => {
  db = await openDatabase({ seedFiles: ['supabase/seed.sql'] });
  const { rows } = await db.query<{ doc: unknown }>(
    `select public.project_timeline(o.slug, p.slug) as doc from portal.projects p join portal.organisations o on o.id = p.organisation_id
     where p.publication = 'published' order by p.slug`,
  );
  demo = rows.map((row) => projectTimelineSchema.parse(row.doc));
});
afterAll(async () => {
  await db?.close();
});

describe('the participation report as a Word document', () => {
  it('holds every text of the report, in order, for every demo project in both languages', () => {
    expect(demo.length).toBeGreaterThan(5);
    for (const timeline of demo) {
      for (const locale of ['nl', 'en'] as const) {
        const report = buildParticipationReport(timeline, locale);
        const paragraphs = docxParagraphs(reportDocx(report, report.day));
        const expected = [
          report.title,
          report.intro,
          report.asOf,
          ...report.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockTexts)]),
        ];
        // Each expected text is found in a paragraph at or after the previous one's: same facts, same order.
        let at = 0;
        for (const text of expected) {
          const found = paragraphs.findIndex((paragraph, index) => index >= at && paragraph.includes(text));
          expect(found, `${timeline.project.slug} (${locale}): "${text.slice(0, 60)}" in the .docx`).toBeGreaterThanOrEqual(0);
          at = found;
        }
      }
    }
  });

  it('names the facts of a project: its promises with status, its decisions with rationale, its groups and gaps', () => {
    const timeline = demo.find(
      (candidate) =>
        candidate.promises.length > 0 && candidate.decisions.length > 0 && candidate.groups.some((group) => group.status === 'gap'),
    )!;
    const report = buildParticipationReport(timeline, 'nl');
    const text = docxParagraphs(reportDocx(report, report.day)).join('\n');
    for (const promise of timeline.promises) expect(text).toContain(promise.body);
    for (const decision of timeline.decisions) expect(text).toContain(decision.rationale);
    for (const group of timeline.groups) expect(text).toContain(group.name);
    for (const promise of timeline.promises) expect(text).toContain(dictionaryFor('nl').promiseStatus[promise.status]);
  });

  it("names the council's part: its role per phase, each motion with how the vote went, and the letters to the council", () => {
    const timeline = demo.find((candidate) => candidate.motions.length > 0 && candidate.council_letters.length > 0)!;
    const report = buildParticipationReport(timeline, 'nl');
    const text = docxParagraphs(reportDocx(report, report.day)).join('\n');
    for (const phase of timeline.phases.filter((candidate) => candidate.council_role !== null)) {
      expect(text).toContain(`${phase.title}: ${dictionaryFor('nl').councilRole[phase.council_role!]}`);
    }
    for (const motion of timeline.motions) {
      expect(text).toContain(motion.title);
      const totalFor = motion.votes.reduce((sum, vote) => sum + vote.for, 0);
      const totalAgainst = motion.votes.reduce((sum, vote) => sum + vote.against, 0);
      if (motion.votes.length > 0) expect(text).toContain(`met ${totalFor} stemmen voor en ${totalAgainst} tegen`);
    }
    for (const letter of timeline.council_letters) expect(text).toContain(letter.title);
  });

  it('is a valid package: content types first, the parts Word needs, well-formed XML, the report language', () => {
    const report = buildParticipationReport(demo[0]!, 'en');
    const files = unzipSync(reportDocx(report, report.day));
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    expect(Object.keys(files).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'word/_rels/document.xml.rels',
        'word/document.xml',
        'word/numbering.xml',
        'word/styles.xml',
      ].sort(),
    );
    const parser = new DOMParserLike();
    for (const [name, bytes] of Object.entries(files)) expect(parser.wellFormed(strFromU8(bytes)), name).toBe(true);
    expect(strFromU8(files['word/styles.xml']!)).toContain('<w:lang w:val="en-GB"/>');
    expect(strFromU8(files['docProps/core.xml']!)).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${report.day}T12:00:00Z</dcterms:created>`,
    );
  });

  it('is the same file for the same report on the same day', () => {
    const report = buildParticipationReport(demo[0]!, 'nl');
    expect(Buffer.from(reportDocx(report, report.day)).equals(Buffer.from(reportDocx(report, report.day)))).toBe(true);
  });

  it('keeps hostile text as text: markup escaped, characters XML cannot hold left out', () => {
    const timeline = projectTimelineDocument('hostile');
    timeline.project.summary = 'a <w:p> & "b" \u0001 </w:t></w:r></w:p><w:p><w:r><w:t>injected';
    const report = buildParticipationReport(timeline, 'nl');
    const files = unzipSync(reportDocx(report, report.day));
    const xml = strFromU8(files['word/document.xml']!);
    expect(new DOMParserLike().wellFormed(xml)).toBe(true);
    const paragraphs = docxParagraphs(reportDocx(report, report.day));
    expect(paragraphs).toContain('a <w:p> & "b"  </w:t></w:r></w:p><w:p><w:r><w:t>injected');
    expect(paragraphs).not.toContain('injected');
  });
});

/** A minimal well-formedness check (balanced tags, no raw "<" or "&" in text): enough to catch broken escaping. */
class DOMParserLike {
  wellFormed(xml: string): boolean {
    const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
    const stack: string[] = [];
    const token = /<\/?([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
    for (const match of body.matchAll(token)) {
      if (match[5]) return false;
      if (match[4] !== undefined) {
        if (/&(?!(amp|lt|gt|quot|apos);)/.test(match[4])) return false;
        continue;
      }
      const [whole, name] = match;
      if (whole.startsWith('</')) {
        if (stack.pop() !== name) return false;
      } else if (!match[3]) stack.push(name!);
    }
    return stack.length === 0;
  }
}
