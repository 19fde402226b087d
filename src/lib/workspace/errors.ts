import type { Locale } from '../../i18n/locales.ts';

/** A failed staff API call as the workspace shows it. */
export interface StaffError {
  /** HTTP status; 0 when the API could not be reached at all. */
  status: number;
  /** What to tell the staff member, in their language. */
  message: string;
  /** The form field the message is about (PostgREST's `hint`), when the API named one. */
  field?: string;
  /** SQLSTATE or PostgREST code (22023, PT409, PGRST301, …); '' when unknown. */
  code: string;
  /** The session ended or was revoked: sign in again, then retry the same call. */
  sessionExpired: boolean;
}

/** The parts of a PostgREST error body (or of a failed fetch) the workspace reads. */
export interface RawApiError {
  message?: string | null;
  code?: string | null;
  hint?: string | null;
  details?: string | null;
  name?: string | null;
}

// PostgREST's codes for a JWT that is missing, expired or no longer valid.
const sessionCodes = new Set(['PGRST301', 'PGRST302', 'PGRST303']);

const messages = {
  nl: {
    offline: 'Geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw. Uw tekst blijft bewaard.',
    unknown: 'Er ging iets mis aan de kant van de server. Probeer het later opnieuw. Uw tekst blijft bewaard.',
    expired: 'Uw sessie is verlopen. Log opnieuw in om verder te gaan.',
    unreadable: 'Het antwoord van de server was anders dan verwacht. Probeer het opnieuw of meld het aan de beheerder.',
  },
  en: {
    offline: 'No connection to the server. Check your internet connection and try again. Your text is kept.',
    unknown: 'Something went wrong on the server. Please try again later. Your text is kept.',
    expired: 'Your session has ended. Sign in again to continue.',
    unreadable: 'The server answered something unexpected. Please try again or tell the administrator.',
  },
} as const;

/** Fixed messages of the client side of the workspace, in the staff member's language. */
export function clientMessage(locale: Locale, key: keyof (typeof messages)['nl']): string {
  return messages[locale][key];
}

/**
 * Turns a failed API call into a StaffError. A fetch that got no answer has status 0 (the staff client catches
 * the TypeError): that becomes "Geen verbinding", never a crash.
 *
 * @example
 * toStaffError({ message: 'Vul de titel in.', code: '22023', hint: 'title' }, 400, 'nl')
 * // => { status: 400, message: 'Vul de titel in.', field: 'title', code: '22023', sessionExpired: false }
 */
export function toStaffError(error: RawApiError | null | undefined, status: number, locale: Locale): StaffError {
  const code = error?.code ?? '';
  const hint = error?.hint?.trim() ?? '';
  const sessionExpired = status === 401 || sessionCodes.has(code);
  if (status === 0 || isNetworkFailure(error)) {
    return { status: 0, message: messages[locale].offline, code, sessionExpired: false };
  }
  let message = error?.message?.trim() ?? '';
  if (sessionExpired && (message === '' || /jwt|token/i.test(message))) message = messages[locale].expired;
  // A 5xx carries Postgres's own words (if any): not something a communications officer can act on.
  if (status >= 500 || message === '') message = messages[locale].unknown;
  const result: StaffError = { status, message, code, sessionExpired };
  // updated_at is the hint of a 409; it is no form field to put the message next to.
  if (hint !== '' && hint !== 'updated_at' && /^[a-z_][a-z0-9_.]*$/.test(hint)) result.field = hint;
  return result;
}

function isNetworkFailure(error: RawApiError | null | undefined): boolean {
  const text = `${error?.name ?? ''} ${error?.message ?? ''}`;
  return /Failed to fetch|NetworkError|Load failed|fetch failed|ECONNREFUSED/i.test(text);
}

/** A StaffError for an answer that did not match its schema. */
export function unreadableAnswer(locale: Locale, status = 200): StaffError {
  return { status, message: messages[locale].unreadable, code: 'unreadable', sessionExpired: false };
}

/** True for "someone else changed it" (PostgREST maps PT409 to HTTP 409). */
export function isConflict(error: StaffError): boolean {
  return error.status === 409 || error.code === 'PT409';
}
