import { z } from 'zod';
import { phone, text, translations, uuid, webUrl } from './primitives.ts';

/**
 * The public card of a person (portal.person_json): work contact details only. The object is strict, so a
 * document that ever carries an e-mail address or any other unexpected key fails the build instead of
 * reaching a page.
 */
export const personCardSchema = z.strictObject({
  id: uuid,
  name: text,
  job_title: text,
  department: z.string().nullable(),
  portfolio: z.string().nullable(),
  phone: phone.nullable(),
  contact_url: webUrl.nullable(),
  translations,
});

export type PersonCard = z.infer<typeof personCardSchema>;
