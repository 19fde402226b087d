import { strToU8, zipSync } from 'fflate';
import type { Locale } from '../../i18n/index.ts';
import type { Block, ParticipationReport, Run } from './participation-report.ts';

// The participation report as a Word document (Office Open XML, .docx), written from the report's view model: the
// parts Word needs and nothing more (document, styles with real heading levels for the navigation pane and screen
// readers, a bullet list definition, document properties). No library: a dependency that writes the current time
// into every file would make each build's document differ; here every byte follows from the report, and the zip
// entries carry the report's date.

const wordLanguage: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Characters XML 1.0 does not allow, whatever the escaping: left out rather than failing the document. */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xml(text: string): string {
  return text.replace(notXml, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function runXml(part: Run, bold = false): string {
  const properties = [bold ? '<w:b/>' : '', part.lang ? `<w:lang w:val="${wordLanguage[part.lang]}"/>` : ''].join('');
  // Line breaks in a text become Word line breaks; xml:space keeps leading and trailing spaces ("U zei: ").
  const lines = part.text.split(/\r?\n/).map((line) => `<w:t xml:space="preserve">${xml(line)}</w:t>`);
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}${lines.join('<w:br/>')}</w:r>`;
}

function paragraphXml(runs: Run[], style?: string, options: { bold?: boolean; bullet?: boolean } = {}): string {
  const properties = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    options.bullet ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '',
  ].join('');
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs.map((part) => runXml(part, options.bold)).join('')}</w:p>`;
}

function cellXml(runs: Run[], header: boolean): string {
  return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paragraphXml(runs, undefined, { bold: header })}</w:tc>`;
}

function blockXml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return paragraphXml(block.runs);
    case 'heading':
      return paragraphXml([block.text], 'Heading3');
    case 'facts':
      return block.items.map((item) => paragraphXml([{ text: `${item.term}: ` }, item.value])).join('');
    case 'list':
      return block.items.map((item) => paragraphXml(item, 'ListParagraph', { bullet: true })).join('');
    case 'table':
      return [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>',
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${block.head.map((cell) => cellXml([{ text: cell }], true)).join('')}</w:tr>`,
        ...block.rows.map((row) => `<w:tr>${row.map((cell) => cellXml([cell], false)).join('')}</w:tr>`),
        '</w:tbl>',
        // Word wants a paragraph between a table and what follows.
        '<w:p/>',
      ].join('');
  }
}

const namespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function documentXml(report: ParticipationReport): string {
  const body = [
    paragraphXml([{ text: report.title }], 'Title'),
    paragraphXml([{ text: report.intro }]),
    paragraphXml([{ text: report.asOf }]),
    ...report.sections.flatMap((section) => [paragraphXml([{ text: section.heading }], 'Heading2'), ...section.blocks.map(blockXml)]),
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${namespaces}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

function stylesXml(locale: Locale): string {
  const heading = (id: string, name: string, size: number, level: number) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="${level}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<w:styles ${namespaces}>`,
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="${wordLanguage[locale]}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`,
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>',
    heading('Heading2', 'heading 2', 30, 1),
    heading('Heading3', 'heading 3', 24, 2),
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>',
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '</w:styles>',
  ].join('');
}

const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${namespaces}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const packageRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

function coreXml(report: ParticipationReport, day: string): string {
  const moment = `${day}T12:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(report.title)}</dc:title><dc:creator>${xml(report.organisation)}</dc:creator><dc:language>${wordLanguage[report.locale]}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${moment}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${moment}</dcterms:modified></cp:coreProperties>`;
}

const appXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Participatieportaal</Application></Properties>`;

/**
 * The report as the bytes of a .docx file.
 *
 * @param day the report's date (YYYY-MM-DD): its document properties and the zip entries carry it, so the same
 *   report on the same day is the same file
 */
export function reportDocx(report: ParticipationReport, day: string): Uint8Array {
  const mtime = new Date(`${day}T12:00:00Z`);
  const file = (text: string): [Uint8Array, { mtime: Date; level: 6 }] => [strToU8(text), { mtime, level: 6 }];
  return zipSync({
    '[Content_Types].xml': file(contentTypes),
    '_rels/.rels': file(packageRels),
    'docProps/core.xml': file(coreXml(report, day)),
    'docProps/app.xml': file(appXml),
    'word/_rels/document.xml.rels': file(documentRels),
    'word/document.xml': file(documentXml(report)),
    'word/styles.xml': file(stylesXml(report.locale)),
    'word/numbering.xml': file(numberingXml),
  });
}
