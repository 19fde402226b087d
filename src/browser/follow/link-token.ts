// The pages a mail links to carry the token in the URL's hash (`#token=…&subscription=…`): a hash never reaches
// a server log or a Referer header. The page reads it once, keeps it in sessionStorage (this tab only, gone
// when the tab closes) so a reload or the language switch still works, and removes it from the address bar so
// it does not end up in a bookmark, a screenshot or the history list.

/**
 * Which page's link: each keeps its own. The unsubscribe page gets a manage token (the link in a mail's body) or
 * an unsubscribe token (the one-click address of a mail's header, opened in a browser), so it keeps neither
 * where the manage page would take it for a manage token.
 */
export type LinkPurpose = 'confirm' | 'manage' | 'unsubscribe';

export interface LinkValues {
  token: string | null;
  subscription: string | null;
  /** The project slug, when the mail's link names it (for the way back after an expired link). */
  project: string | null;
}

const storageKey = (purpose: LinkPurpose) => `portal-follow-${purpose}`;

/** Remembers a token for this tab, for example the manage token the confirmation answered with. */
export function rememberToken(purpose: LinkPurpose, values: Partial<LinkValues>): void {
  try {
    sessionStorage.setItem(storageKey(purpose), JSON.stringify(values));
  } catch {
    // Storage can be off (private mode, a policy): the page still works until it is reloaded.
  }
}

/** What this tab remembered for a purpose, without looking at the address bar. */
export function remembered(purpose: LinkPurpose): Partial<LinkValues> {
  try {
    const raw = sessionStorage.getItem(storageKey(purpose));
    const parsed = raw === null ? null : (JSON.parse(raw) as unknown);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<LinkValues>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The link's values: from the hash when it has a token (then remembered and removed from the address bar),
 * else what this tab remembered.
 */
export function readLinkValues(purpose: LinkPurpose): LinkValues {
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromHash = hash.get('token');
  if (fromHash) {
    const values = { token: fromHash, subscription: text(hash.get('subscription')), project: text(hash.get('project')) };
    rememberToken(purpose, values);
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
    return values;
  }
  const stored = remembered(purpose);
  return { token: text(stored.token), subscription: text(stored.subscription), project: text(stored.project) };
}
