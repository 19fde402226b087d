import type { PersonCard } from '../api/person.ts';

/** A person's public card. There is no e-mail field: the API never gives one and the page never shows one. */
export interface PersonView {
  name: string;
  jobTitle: string;
  department: string | null;
  portfolio: string | null;
  phone: { text: string; href: string } | null;
  contactUrl: string | null;
}

/**
 * Only the public card fields are copied, so nothing else a document might carry can reach the page.
 *
 * @example
 * personView({ name: 'A', job_title: 'B', department: null, portfolio: null, phone: '020 123 45 67', contact_url: null }).phone
 * // => { text: '020 123 45 67', href: 'tel:0201234567' }
 */
export function personView(person: PersonCard): PersonView {
  return {
    name: person.name,
    jobTitle: person.job_title,
    department: person.department,
    portfolio: person.portfolio,
    phone: person.phone === null ? null : { text: person.phone, href: `tel:${person.phone.replace(/[^0-9+]/g, '')}` },
    contactUrl: person.contact_url,
  };
}
