import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { UserRow } from './auth-responses.ts';

/**
 * GoTrue's bookkeeping in auth.users, auth.sessions and auth.refresh_tokens. The Auth routes run as the
 * database superuser (GoTrue's own role), outside the role switching of the RPC route.
 */

const USER_COLUMNS = `id::text as id, aud, role, email, encrypted_password, email_confirmed_at, last_sign_in_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until, is_anonymous`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Session {
  id: string;
  createdAt: Date;
  refreshToken: string;
}

export type Rotation = { kind: 'rotated'; user: UserRow; session: Session } | { kind: 'not_found' } | { kind: 'already_used' };

export async function findUserByEmail(db: PGlite, email: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users where lower(email) = lower($1) and deleted_at is null limit 1`,
    [email],
  );
  return rows[0];
}

export async function findUserById(db: PGlite, id: string): Promise<UserRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const { rows } = await db.query<UserRow>(`select ${USER_COLUMNS} from auth.users where id = $1::uuid and deleted_at is null`, [id]);
  return rows[0];
}

/** A bcrypt hash from auth.users, so that a dummy comparison for unknown e-mail addresses costs the same. */
export async function sampleHash(db: PGlite): Promise<string | undefined> {
  const { rows } = await db.query<{ hash: string }>(
    `select encrypted_password as hash from auth.users where encrypted_password like '$2%' limit 1`,
  );
  return rows[0]?.hash;
}

/** Starts a session for a user who just signed in: a session row, its first refresh token, last_sign_in_at. */
export async function startSession(db: PGlite, userId: string): Promise<{ user: UserRow; session: Session }> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; created_at: Date }>(
      `insert into auth.sessions (id, user_id, created_at, updated_at)
       values (gen_random_uuid(), $1::uuid, now(), now()) returning id::text as id, created_at`,
      [userId],
    );
    const session = rows[0];
    if (!session) throw new Error('Inserting a session returned no row.');
    const refreshToken = newRefreshToken();
    await tx.query(
      `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
       select instance_id, $1, id::text, false, now(), now(), null, $2::uuid from auth.users where id = $3::uuid`,
      [refreshToken, session.id, userId],
    );
    const updated = await tx.query<UserRow>(
      `update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1::uuid returning ${USER_COLUMNS}`,
      [userId],
    );
    const user = updated.rows[0];
    if (!user) throw new Error('The user disappeared while signing in.');
    return { user, session: { id: session.id, createdAt: session.created_at, refreshToken } };
  });
}

/**
 * Exchanges a refresh token for its successor (rotation: the old one is revoked, the new one records it as
 * parent). Presenting a revoked token again means it leaked or was replayed, so, as GoTrue with rotation
 * enabled and no reuse interval, every token of that session is revoked.
 */
export async function rotateRefreshToken(db: PGlite, token: string): Promise<Rotation> {
  return db.transaction(async (tx): Promise<Rotation> => {
    const { rows } = await tx.query<{ id: number; revoked: boolean; session_id: string; created_at: Date; user_id: string }>(
      `select rt.id, rt.revoked, s.id::text as session_id, s.created_at, s.user_id::text as user_id
         from auth.refresh_tokens rt join auth.sessions s on s.id = rt.session_id
        where rt.token = $1
        for update of rt`,
      [token],
    );
    const current = rows[0];
    if (!current) return { kind: 'not_found' };
    if (current.revoked) {
      await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1::uuid`, [current.session_id]);
      return { kind: 'already_used' };
    }
    const users = await tx.query<UserRow>(`select ${USER_COLUMNS} from auth.users where id = $1::uuid and deleted_at is null`, [
      current.user_id,
    ]);
    const user = users.rows[0];
    if (!user) return { kind: 'not_found' };

    const refreshToken = newRefreshToken();
    await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1`, [current.id]);
    await tx.query(
      `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
       values ((select instance_id from auth.users where id = $3::uuid), $1, $3, false, now(), now(), $2, $4::uuid)`,
      [refreshToken, token, current.user_id, current.session_id],
    );
    await tx.query(`update auth.sessions set updated_at = now() where id = $1::uuid`, [current.session_id]);
    return { kind: 'rotated', user, session: { id: current.session_id, createdAt: current.created_at, refreshToken } };
  });
}

export async function sessionExists(db: PGlite, sessionId: string): Promise<boolean> {
  if (!UUID.test(sessionId)) return false;
  const { rows } = await db.query(`select 1 from auth.sessions where id = $1::uuid`, [sessionId]);
  return rows.length > 0;
}

export type LogoutScope = 'local' | 'global' | 'others';

/** Ends sessions as GoTrue's logout does: deleting a session deletes its refresh tokens with it. */
export async function endSessions(db: PGlite, userId: string, sessionId: string, scope: LogoutScope): Promise<void> {
  if (scope === 'global') {
    await db.query(`delete from auth.sessions where user_id = $1::uuid`, [userId]);
  } else {
    const keep = scope === 'others';
    await db.query(`delete from auth.sessions where user_id = $1::uuid and (id = $2::uuid) <> $3`, [userId, sessionId, keep]);
  }
}

function newRefreshToken(): string {
  return randomBytes(24).toString('base64url');
}
