import type { Result } from './staff-client.ts';

/**
 * Runs staff API calls so that an expired or revoked session never loses work: when a call fails with
 * sessionExpired, the guard asks for a new sign-in (the workspace opens its sign-in dialog over the form,
 * which stays mounted) and retries the same call once after it. When the staff member closes the dialog
 * instead, the original error is returned and the form keeps its text (and its draft in the store).
 */
export function createSessionGuard(requestSignIn: () => Promise<boolean>) {
  let pending: Promise<boolean> | null = null;
  return async function run<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
    const first = await call();
    if (first.ok || !first.error.sessionExpired) return first;
    // Several calls may fail at once (a view loading two lists): one dialog serves them all.
    pending ??= requestSignIn().finally(() => {
      pending = null;
    });
    const signedIn = await pending;
    return signedIn ? call() : first;
  };
}

export type SessionGuard = ReturnType<typeof createSessionGuard>;
