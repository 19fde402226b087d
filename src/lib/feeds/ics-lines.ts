// RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets; longer ones are folded with CRLF and one
// space, and a fold must not split a multi-octet UTF-8 character.

const maxOctets = 75;

/**
 * Unfolds iCalendar text and folds it again at 75 octets, never inside a character. The `ics` package folds
 * at 75 characters, which is up to 300 octets for text full of emoji or right-to-left marks.
 *
 * @example
 * foldIcsLines(`SUMMARY:${'é'.repeat(40)}\r\n`) // => 'SUMMARY:' + 'é'.repeat(33) + 'é\r\n ' + …, every line at most 75 octets
 */
export function foldIcsLines(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const last = lines.at(-1) === '' ? lines.pop() : undefined;
  return lines.map(foldLine).join('\r\n') + (last === undefined ? '' : '\r\n');
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // A continuation line starts with a space, which counts towards its 75 octets.
  let limit = maxOctets;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = maxOctets - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
