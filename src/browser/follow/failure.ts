import type { RpcOutcome } from '../api.ts';

export interface FailureText {
  networkError: string;
  otherError: string;
  tooMany?: string;
}

/**
 * What to tell a resident when a call failed: the API's own message for what they can act on (400, 404, 410,
 * 429: it is written for residents, in their language), a plain sentence for no answer or a server error.
 *
 * @example
 * failureMessage({ ok: false, status: 0, message: null, hint: null }, text) // => text.networkError
 */
export function failureMessage(outcome: Extract<RpcOutcome, { ok: false }>, text: FailureText): string {
  if (outcome.status === 0) return text.networkError;
  if (outcome.status === 429) return outcome.message ?? text.tooMany ?? text.otherError;
  if (outcome.status >= 400 && outcome.status < 500 && outcome.message) return outcome.message;
  return text.otherError;
}
