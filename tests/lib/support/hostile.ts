/**
 * Hostile text for test documents: every text field carries a marker naming it plus payloads that would do
 * harm if a page ever rendered them as HTML, so an unescaped field fails the test that looks for its marker.
 *
 * @example
 * hostile('title') // => 'title <script>alert("title")</script> "><img src=x onerror=alert(1)> & \'quote\''
 */
export function hostile(marker: string): string {
  return `${marker} <script>alert("${marker}")</script> "><img src=x onerror=alert(1)> & 'quote'`;
}

