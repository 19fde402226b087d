/**
 * Splits text into paragraphs at blank lines, for showing Markdown as plain escaped text until the sanitised
 * Markdown renderer exists. Single line breaks inside a paragraph become spaces.
 *
 * @example
 * paragraphs('Eerste alinea\nloopt door.\n\nTweede <b>alinea</b>.') // => ['Eerste alinea loopt door.', 'Tweede <b>alinea</b>.']
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block.length > 0);
}
