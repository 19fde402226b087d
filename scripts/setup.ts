// `npm run setup`: the first steps of a real portal on the embedded database (.data/db or PORTAL_DATA_DIR),
// without the demo data. Stop `npm start` first: the database is opened here.
//
//   npm run setup -- organisation <slug> "<name>" [--website https://www.example.nl] [--council "<name>"]
//       creates the organisation (a new database is created first, with the migrations and no demo data)
//   npm run setup -- account <e-mail> --organisation <slug> [--role admin|approver|editor]
//       creates a confirmed staff account with a random password, printed once, and its role (default admin).
//       For an address that already has an account, only the role is added; its password stays as it is.
//
// After the first admin exists, admins add colleagues who have an account in the workspace, under "Team".
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../src/services/local-supabase/database.ts';
import { displayPath } from '../src/services/local-supabase/project-root.ts';
import { dataDirFromEnv } from './lib/data-dir.ts';

const log = (line: string) => console.log(line);
const ROLES = ['admin', 'approver', 'editor'] as const;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

class UsageError extends Error {}

interface Parsed {
  positional: string[];
  options: Map<string, string>;
}

function parse(args: string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      options.set(arg.slice(2), value);
      i += 1;
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

function only(options: Map<string, string>, allowed: string[]): void {
  for (const name of options.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`Unknown option --${name}.`);
  }
}

async function createOrganisation(db: PGlite, { positional, options }: Parsed): Promise<void> {
  only(options, ['website', 'council']);
  const [slug, name] = positional;
  if (!slug || !name) throw new UsageError('Give the slug and the name: organisation <slug> "<name>".');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 80) {
    throw new UsageError(`"${slug}" is not a slug: lowercase letters and digits in words joined by dashes, like gemeente-x.`);
  }
  const website = options.get('website');
  if (website !== undefined && !/^https?:\/\/[^\s<>"]+$/.test(website))
    throw new UsageError(`--website must be an http(s) address, not "${website}".`);
  const { rows } = await db.query<{ id: string }>(
    `insert into portal.organisations (slug, name, website_url, council_name)
     values ($1, $2, $3, coalesce($4, 'Gemeenteraad')) on conflict (slug) do nothing returning id`,
    [slug, name.trim(), website ?? null, options.get('council')?.trim() ?? null],
  );
  if (rows.length === 0) throw new UsageError(`An organisation with the slug "${slug}" already exists.`);
  log(`Organisation ${slug} ("${name.trim()}") created.`);
  log(`Next: npm run setup -- account <your e-mail> --organisation ${slug}`);
}

async function createAccount(db: PGlite, { positional, options }: Parsed): Promise<void> {
  only(options, ['organisation', 'role']);
  const [rawEmail] = positional;
  const email = rawEmail?.trim().toLowerCase();
  if (!email || !EMAIL.test(email)) throw new UsageError('Give the e-mail address: account <e-mail> --organisation <slug>.');
  const slug = options.get('organisation');
  if (!slug) throw new UsageError('Say which organisation: --organisation <slug>.');
  const role = options.get('role') ?? 'admin';
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}, not "${role}".`);

  await db.transaction(async (tx) => {
    const organisation = await tx.query<{ id: string }>('select id from portal.organisations where slug = $1', [slug]);
    const organisationId = organisation.rows[0]?.id;
    if (!organisationId) throw new UsageError(`There is no organisation "${slug}": create it first (npm run setup -- organisation ...).`);
    const existing = await tx.query<{ id: string }>('select id from auth.users where lower(email) = $1', [email]);
    let userId = existing.rows[0]?.id;
    let password: string | undefined;
    if (!userId) {
      // 18 random bytes, base64url: 24 characters. Shown once; the database keeps only its bcrypt hash.
      password = randomBytes(18).toString('base64url');
      const created = await tx.query<{ id: string }>(
        `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
           confirmation_token, recovery_token, email_change_token_new, email_change,
           raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
         values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1,
           extensions.crypt($2, extensions.gen_salt('bf')), now(), '', '', '', '',
           '{"provider":"email","providers":["email"]}'::jsonb, '{}'::jsonb, now(), now())
         returning id`,
        [email, password],
      );
      userId = created.rows[0]!.id;
    }
    const membership = await tx.query(
      `insert into portal.staff_memberships (user_id, organisation_id, role) values ($1, $2, $3::portal.staff_role)
       on conflict (user_id, organisation_id) do nothing returning 1`,
      [userId, organisationId, role],
    );
    if (membership.rows.length === 0)
      throw new UsageError(`${email} is already staff of ${slug}; change roles in the workspace, under "Team".`);
    log(`${email} is now ${role} of ${slug}.`);
    if (password) {
      log(`Password (shown only now: keep it in a password manager): ${password}`);
    } else {
      log('The account already existed; its password is unchanged.');
    }
  });
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const parsed = parse(rest);
  if (command !== 'organisation' && command !== 'account') {
    throw new UsageError(
      'Usage: npm run setup -- organisation <slug> "<name>" [--website URL] | account <e-mail> --organisation <slug> [--role admin|approver|editor]',
    );
  }
  const dataDir = dataDirFromEnv();
  // No demo data: a new database gets the migrations only.
  const db = await openDatabase({ dataDir, seedFiles: [], log });
  try {
    if (command === 'organisation') await createOrganisation(db, parsed);
    else await createAccount(db, parsed);
  } finally {
    await db.close();
  }
  log(`Database: ${displayPath(dataDir)}. Start the portal with npm start${command === 'organisation' ? '' : ' and sign in at /beheer/'}.`);
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof UsageError ? '' : 'Setup failed: '}${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
