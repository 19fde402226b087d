/**
 * Splits a SQL script into its statements, the way the Supabase CLI records a migration in
 * supabase_migrations.schema_migrations.statements.
 *
 * It knows enough Postgres lexing for migrations: line and block comments, single- and double-quoted
 * strings, and dollar-quoted bodies ($$ ... $$, $fn$ ... $fn$). Backslash escapes in E'' strings are not
 * handled; the statements are a record of what ran, the script itself is executed whole.
 *
 * @example splitStatements("create table t (a text default ';');\n-- done\nselect 1;")
 * // ["create table t (a text default ';')", "-- done\nselect 1"]
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
    } else if (ch === '/' && next === '*') {
      i = skipBlockComment(sql, i);
    } else if (ch === "'" || ch === '"') {
      i = skipQuoted(sql, i, ch);
    } else if (ch === '$') {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))?.[0];
      if (tag && !/[A-Za-z0-9_]/.test(sql[i - 1] ?? '')) {
        const end = sql.indexOf(tag, i + tag.length);
        i = end === -1 ? sql.length : end + tag.length;
      } else {
        i++;
      }
    } else if (ch === ';') {
      push(statements, sql.slice(start, i));
      start = ++i;
    } else {
      i++;
    }
  }
  push(statements, sql.slice(start));
  return statements;
}

function skipQuoted(sql: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] === quote) {
      // A doubled quote is an escaped quote inside the string.
      if (sql[j + 1] === quote) j += 2;
      else return j + 1;
    } else {
      j++;
    }
  }
  return j;
}

function skipBlockComment(sql: string, i: number): number {
  // Postgres block comments nest.
  let depth = 0;
  let j = i;
  while (j < sql.length) {
    if (sql[j] === '/' && sql[j + 1] === '*') {
      depth++;
      j += 2;
    } else if (sql[j] === '*' && sql[j + 1] === '/') {
      depth--;
      j += 2;
      if (depth === 0) return j;
    } else {
      j++;
    }
  }
  return j;
}

function push(statements: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed !== '' && !isOnlyComments(trimmed)) statements.push(trimmed);
}

function isOnlyComments(text: string): boolean {
  return (
    text
      .replace(/--[^\n]*(\n|$)/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim() === ''
  );
}
