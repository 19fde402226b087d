import type { Locale } from '../../i18n/index.ts';
import type { PersonCard } from '../api/person.ts';
import { localizeFields, type LocalizedFields } from '../content-language/localize.ts';

/** A person's public card. There is no e-mail field: the API never gives one and the page never shows one. */
export interface PersonView {
  name: string;
  jobTitle: string;
  department: string | null;
  portfolio: string | null;
  phone: { text: string; href: string } | null;
  contactUrl: string | null;
  /** The lang attributes of the texts of the card (src/lib/content-language); a name is not translated. */
  lang: LocalizedFields<'job_title' | 'department' | 'portfolio'>['lang'];
}

/**
 * Only the public card fields are copied, so nothing else a document might carry can reach the page.
 *
 * @example
 * buildPersonView({ name: 'A', job_title: 'B', department: null, portfolio: null, phone: '020 123 45 67', contact_url: null }, 'nl').phone
 * // => { text: '020 123 45 67', href: 'tel:0201234567' }
 */
export function buildPersonView(person: PersonCard, locale: Locale): PersonView {
  const c = localizeFields(person, ['job_title', 'department', 'portfolio'], locale);
  return {
    name: person.name,
    jobTitle: c.text.job_title,
    department: c.text.department,
    portfolio: c.text.portfolio,
    lang: c.lang,
    phone: person.phone === null ? null : { text: person.phone, href: `tel:${person.phone.replace(/[^0-9+]/g, '')}` },
    contactUrl: person.contact_url,
  };
}
