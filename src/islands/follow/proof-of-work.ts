// The proof of work of the follow forms, with the ALTCHA widget (npm `altcha`, MIT). FollowForm.tsx imports this
// module dynamically when a resident sends the form, so the widget (about 35 kB gzipped, with its PBKDF2 workers
// inlined) stays out of every page's first load. The widget runs invisibly: the form itself says what is going
// on, in the page's language, in its live region; there is nothing for the resident to click or read here.
//
// The challenge comes from the database (public.follow_challenge), is solved in Web Workers on the resident's
// own device, and the solution goes to follow_project, which checks it. No request goes anywhere else: the
// widget is given the challenge itself, has no verifyUrl, and its human-interaction collector is off.
import 'altcha';

/**
 * Solves a challenge of follow_challenge and resolves with the payload follow_project takes as `altcha` (base64
 * of the challenge and its solution), or null when this browser could not solve it (no Web Crypto or workers,
 * or no solution within the widget's 90 seconds).
 *
 * @example
 * const payload = await solveFollowChallenge(await rpc(target, 'follow_challenge', { input: {} }));
 * // => 'eyJjaGFsbGVuZ2UiOnsicGFyYW1ldGVycyI6…' or null
 */
export async function solveFollowChallenge(challenge: unknown): Promise<string | null> {
  const widget = document.createElement('altcha-widget');
  widget.setAttribute('display', 'invisible');
  widget.setAttribute('auto', 'off');
  widget.setAttribute('challenge', JSON.stringify(challenge));
  // No artificial delay: the work itself is the wait. No footer or logo: nothing of the widget is shown.
  widget.setAttribute('configuration', JSON.stringify({ minDuration: 0, hideFooter: true, hideLogo: true, humanInteractionSignature: false }));
  const mounted = new Promise<void>((resolve) => widget.addEventListener('load', () => resolve(), { once: true }));
  // Outside the form: the widget listens to the submit and reset of the form it sits in, and must not here.
  document.body.append(widget);
  try {
    await mounted;
    const result = await widget.verify();
    return result?.payload ?? null;
  } catch {
    return null;
  } finally {
    widget.remove();
  }
}
