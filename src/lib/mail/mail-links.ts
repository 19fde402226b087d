import type { Locale } from '../../i18n/locales.ts';
import { pathFor, type PageRef } from '../../i18n/routes.ts';

// The links in a mail. The token of a confirm, manage or unsubscribe link travels in the URL's hash, so it
// never reaches a server log or another site's Referer header; the page reads it in the browser.

export interface MailLinks {
  /** The site's own address, without a trailing slash. */
  siteUrl: string;
  locale: Locale;
}

function page(links: MailLinks, ref: PageRef): string {
  return `${links.siteUrl.replace(/\/+$/, '')}${pathFor(ref, links.locale)}`;
}

/** Both values are base64url and uuid in practice; encoding them anyway keeps the hash well-formed. */
function hash(values: Record<string, string | null>): string {
  const parts = Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return `#${parts.join('&')}`;
}

/**
 * The confirm page. It names the project too, so that an expired link can lead straight back to the project
 * to follow it again (the token alone says nothing once it has expired).
 *
 * @example
 * confirmUrl({ siteUrl: 'https://meedoen.example', locale: 'nl' }, 'abc', 'schoolzone') // => 'https://meedoen.example/volgen/bevestigen/#token=abc&project=schoolzone'
 * confirmUrl({ siteUrl: 'https://meedoen.example', locale: 'nl' }, 'abc', null) // => 'https://meedoen.example/volgen/bevestigen/#token=abc'
 */
export function confirmUrl(links: MailLinks, token: string, projectSlug: string | null): string {
  return page(links, { page: 'followConfirm' }) + hash({ token, project: projectSlug });
}

/** @example manageUrl({ siteUrl: 'https://meedoen.example', locale: 'en' }, 'abc') // => 'https://meedoen.example/en/follow/manage/#token=abc' */
export function manageUrl(links: MailLinks, token: string): string {
  return page(links, { page: 'followManage' }) + hash({ token });
}

/**
 * The unsubscribe page: one subscription, or (without one) everything of the recipient.
 *
 * @example
 * unsubscribeUrl({ siteUrl: 'https://meedoen.example', locale: 'nl' }, 'abc', 'f00') // => 'https://meedoen.example/volgen/afmelden/#token=abc&subscription=f00'
 */
export function unsubscribeUrl(links: MailLinks, token: string, subscriptionId: string | null): string {
  return page(links, { page: 'followUnsubscribe' }) + hash({ token, subscription: subscriptionId });
}

export function projectUrl(links: MailLinks, slug: string): string {
  return page(links, { page: 'project', slug });
}

export function joinUrl(links: MailLinks, slug: string): string {
  return page(links, { page: 'projectJoin', slug });
}

export function changesUrl(links: MailLinks, slug: string): string {
  return page(links, { page: 'projectChanges', slug });
}

export function homeUrl(links: MailLinks): string {
  return page(links, { page: 'home' });
}
