// Database text goes into XML (RSS) and iCalendar as plain text. Both formats forbid most control characters,
// and a lone carriage return would end an iCalendar line early (the ics package only escapes \n and \r\n), so
// text is cleaned once here before any serialiser sees it.

/** C0 controls other than tab and line feed, DEL, C1 controls, lone surrogates and the two non-characters XML forbids. */
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe for XML 1.0 and iCalendar TEXT: line endings become \n, forbidden characters are dropped, the
 * rest (quotes, angle brackets, right-to-left marks, emoji) is kept for the serialiser to escape.
 *
 * @example
 * cleanText('a\r\nb\rc\u0007') // => 'a\nb\nc'
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(forbidden, '');
}

/**
 * Escapes text for a place where a reader interprets it as HTML. RSS readers render an item's description as
 * HTML after the XML parser has decoded it once, so plain text must be HTML-escaped before the XML serialiser
 * escapes it again; otherwise `<script>` in the database reaches the reader as a tag.
 *
 * @example
 * escapeHtml('<b>"Tom" & \'Jerry\'</b>') // => '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Shortens text to at most `max` characters (code points, so an emoji is never cut in half) with an ellipsis,
 * for titles built from long fields such as a promise's text.
 *
 * @example
 * shorten('Wij planten twintig bomen', 10) // => 'Wij plant…'
 */
export function shorten(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max
    ? text
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Text on one line, for titles: cleaned, with every run of white space (line breaks included) as one space.
 *
 * @example
 * oneLine('Nieuw  plan\nvoor het park ') // => 'Nieuw plan voor het park'
 */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Joins labelled lines into plain text with blank lines between them, skipping empty values.
 *
 * @example
 * paragraphsOf(['Besluit', 'Waarom: omdat', null]) // => 'Besluit\n\nWaarom: omdat'
 */
export function paragraphsOf(lines: ReadonlyArray<string | null | undefined | false>): string {
  return lines
    .filter((line): line is string => typeof line === 'string' && line.trim() !== '')
    .map(cleanText)
    .join('\n\n');
}
