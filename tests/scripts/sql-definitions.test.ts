// One definition per SQL object (ARCHITECTURE.md): until the first production release no migration replaces,
// alters, re-grants or re-comments what another migration created. After that release this test gets a list of
// the frozen migrations whose objects later ones may replace.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMigrations, repeatedDefinitions } from '../../scripts/lib/sql-definitions.ts';

const migrations = readMigrations(join(import.meta.dirname, '..', '..', 'supabase', 'migrations'));

describe('the SQL objects of supabase/migrations', () => {
  it('are read from every migration', () => {
    expect(migrations.length).toBeGreaterThan(10);
  });

  it('are each defined in one migration only', () => {
    expect(repeatedDefinitions(migrations)).toEqual([]);
  });

  it('a replaced function, a re-granted table, a column added again and a re-commented function are each caught', () => {
    const first = {
      file: '1_first.sql',
      text: [
        'create table portal.things (id uuid primary key, name text not null);',
        "comment on function portal.count_things() is 'Counts.';",
        'create or replace function portal.count_things() returns int language sql as $$ select 1 $$;',
        'grant select on portal.things to anon;',
      ].join('\n'),
    };
    const second = {
      file: '2_second.sql',
      text: [
        'create or replace function portal.count_things() returns int language sql as $$ select 2 $$;',
        "comment on function portal.count_things() is 'Counts again.';",
        'grant select (id) on portal.things to authenticated;',
        'alter table portal.things add column name text;',
      ].join('\n'),
    };
    expect(repeatedDefinitions([first, second]).map((definition) => definition.object)).toEqual([
      'column portal.things.name',
      'comment on function portal.count_things',
      'function portal.count_things',
    ]);
    // A grant of other columns to another role is its own object; the same table grant twice is not.
    const regrant = { file: '3_third.sql', text: 'grant select on portal.things to anon;' };
    expect(repeatedDefinitions([first, regrant])).toEqual([
      { object: 'privileges on table portal.things', files: ['1_first.sql', '3_third.sql'] },
    ]);
  });
});
