// Which migration defines each SQL object, read from the migrations' text: the check behind "one definition per
// SQL object" (ARCHITECTURE.md). Until the first production release a function, table, column, policy, grant or
// comment is written once, in its final form; a second migration that replaces, alters, renames or re-grants it
// is a repeat a reader has to reconcile. tests/scripts/sql-definitions.test.ts fails on any.
//
// It reads statements, not the catalog: objects made by dynamic SQL (a `do` block looping over tables) are not
// seen, and a statement it does not recognise is ignored rather than guessed at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitStatements } from '../../src/services/local-supabase/sql-statements.ts';

export interface MigrationText {
  file: string;
  text: string;
}

/** An object and every migration that writes it, with what the later ones do ("altered", "dropped", ...). */
export interface Definition {
  object: string;
  files: string[];
}

export function readMigrations(dir: string): MigrationText[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** The parts of a list separated by commas outside parentheses. */
function topLevelParts(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

/** "function a(x), b(y)" or "portal.t, portal.u" → the object names, argument lists dropped. */
function objectList(list: string): string[] {
  return topLevelParts(list).map((name) => name.replace(/\(.*\)$/s, '').trim());
}

/** The objects one statement writes, each as a key like "function portal.x" or "column portal.t.c". */
export function objectsOf(statement: string): string[] {
  const st = statement.replace(/--[^\n]*(\n|$)/g, '\n').trim();
  let m: RegExpExecArray | null;
  if ((m = /^create\s+(?:or\s+replace\s+)?(?:function|procedure)\s+([\w.]+)\s*\(/i.exec(st))) return [`function ${m[1]}`];
  if ((m = /^alter\s+(?:function|procedure)\s+([\w.]+)/i.exec(st))) return [`function ${m[1]}`];
  if ((m = /^comment\s+on\s+(function|table|column|type|schema|policy|trigger|constraint|index|view)\s+(.+?)\s+is\s/is.exec(st))) {
    const target = m[1]!.toLowerCase() === 'function' ? m[2]!.replace(/\(.*\)$/s, '') : m[2]!;
    return [`comment on ${m[1]!.toLowerCase()} ${target.trim()}`];
  }
  if ((m = /^create\s+(?:table|view|materialized\s+view)\s+(?:if\s+not\s+exists\s+)?([\w.]+)\s*([\s\S]*)$/i.exec(st))) {
    const table = m[1]!;
    const body = /^\(([\s\S]*)\)/.exec(m[2]!.trim())?.[1] ?? '';
    const columns = topLevelParts(body)
      .map((part) => /^([a-z_][a-z0-9_]*)\s+(?!key\b)/i.exec(part)?.[1])
      .filter((name): name is string => !!name && !/^(check|unique|primary|foreign|constraint|exclude)$/i.test(name));
    return [`relation ${table}`, ...columns.map((column) => `column ${table}.${column}`)];
  }
  if ((m = /^alter\s+table\s+(?:only\s+)?([\w.]+)\s+([\s\S]*)$/i.exec(st))) {
    const table = m[1]!;
    return objectList(m[2]!.replace(/\n/g, ' ')).map((part) => {
      let p: RegExpExecArray | null;
      if ((p = /^(?:add|alter|drop)\s+column\s+(?:if\s+(?:not\s+)?exists\s+)?(\w+)/i.exec(part))) return `column ${table}.${p[1]}`;
      if ((p = /^(?:add|drop)\s+constraint\s+(?:if\s+exists\s+)?(\w+)/i.exec(part))) return `constraint ${table}.${p[1]}`;
      if (/row\s+level\s+security/i.test(part)) return `row level security ${table}`;
      return `alter table ${table} ${part.split(/\s+/).slice(0, 3).join(' ')}`;
    });
  }
  if ((m = /^(?:create|drop|alter)\s+policy\s+(?:if\s+exists\s+)?("[^"]+"|\w+)\s+on\s+([\w.]+)/i.exec(st)))
    return [`policy ${m[2]}.${m[1]}`];
  if ((m = /^(?:create|drop)\s+(?:constraint\s+)?trigger\s+(?:if\s+exists\s+)?(\w+)[\s\S]*?\son\s+([\w.]+)/i.exec(st)))
    return [`trigger ${m[2]}.${m[1]}`];
  if ((m = /^create\s+(?:unique\s+)?index\s+(?:if\s+not\s+exists\s+)?(\w+)/i.exec(st))) return [`index ${m[1]}`];
  if ((m = /^(?:create|alter)\s+type\s+([\w.]+)/i.exec(st))) return [`type ${m[1]}`];
  if ((m = /^create\s+schema\s+(?:if\s+not\s+exists\s+)?(\w+)/i.exec(st))) return [`schema ${m[1]}`];
  if (
    (m =
      /^(?:grant|revoke)\s+([\s\S]+?)\s+on\s+(function\s+|all\s+functions\s+in\s+schema\s+|schema\s+|table\s+|sequence\s+|type\s+)?([\s\S]+?)\s+(?:to|from)\s/i.exec(
        st,
      ))
  ) {
    const columns = /\(/.test(m[1]!) && !m[2] ? ' (columns)' : '';
    const kind = (m[2] ?? 'table').trim().toLowerCase();
    return objectList(m[3]!).map((name) => `privileges on ${kind} ${name}${columns}`);
  }
  if ((m = /^insert\s+into\s+([\w.]+)[^)]*\)\s*values\s*([\s\S]*)$/i.exec(st))) {
    // A lookup table's row is known by its first value (their primary keys come first).
    return [...m[2]!.matchAll(/(?:^|\)\s*,)\s*\(\s*'([^']*)'/g)].map((row) => `row ${m![1]} ${row[1]}`);
  }
  if ((m = /^(?:update|delete\s+from)\s+([\w.]+)/i.exec(st))) return [`rows of ${m[1]}`];
  return [];
}

/** Every object the migrations write, with the migrations that write it, in the order they run. */
export function definingFiles(migrations: MigrationText[]): Map<string, string[]> {
  const byObject = new Map<string, string[]>();
  for (const { file, text } of migrations) {
    for (const statement of splitStatements(text)) {
      for (const object of objectsOf(statement)) {
        const key = object.replace(/"/g, '').replace(/\s+/g, ' ').toLowerCase();
        const files = byObject.get(key) ?? [];
        if (!files.includes(file)) files.push(file);
        byObject.set(key, files);
      }
    }
  }
  return byObject;
}

/** Every object written by more than one migration, with the migrations in order. */
export function repeatedDefinitions(migrations: MigrationText[]): Definition[] {
  return [...definingFiles(migrations)]
    .filter(([, files]) => files.length > 1)
    .map(([object, files]) => ({ object, files }))
    .sort((a, b) => a.object.localeCompare(b.object));
}
