import { strFromU8, unzipSync } from 'fflate';

/** The paragraphs of a .docx as plain text, read the way a reader would: every <w:t> of a <w:p>, joined. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const document = files['word/document.xml'];
  if (!document) throw new Error('The .docx has no word/document.xml');
  const xml = strFromU8(document);
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((part) => (part[0] === '<w:br/>' ? '\n' : decode(part[1] ?? '')))
      .join(''),
  );
}

function decode(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
