import { readFileSync } from 'node:fs';

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

/** The hostile Markdown of tests/fixtures/hostile-seed.sql, read from the SQL so the two cannot drift apart. */
export function hostileMarkdown(marker: string): string {
  const sql = readFileSync('tests/fixtures/hostile-seed.sql', 'utf8');
  const body = /function pg_temp\.hostile_markdown[\s\S]*?select '([\s\S]*?)' \|\| pg_temp\.hostile/.exec(sql)?.[1];
  if (!body) throw new Error('hostile_markdown not found in the fixture');
  return body.replace(/' \|\| marker \|\| '/g, marker).replace(/''/g, "'");
}
