import { z } from 'zod';

// Building blocks shared by the document schemas. Where a value ends up in a URL, an attribute or a style, the
// database's own check is repeated here, so a row that slipped past it still cannot reach a page.

/** A Postgres `date` as jsonb renders it: `2026-11-28`. */
export const isoDate = z.iso.date();

/** A Postgres `timestamptz` as jsonb renders it: `2026-11-28T09:30:00.123456+01:00`. */
export const isoTimestamp = z.iso.datetime({ offset: true });

/** A Postgres `uuid`; any 8-4-4-4-12 hex string, because Postgres accepts uuids of every version. */
export const uuid = z.guid();

/** Same rule as portal.is_slug: slugs become directory names and URL path segments. */
export const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug: lowercase letters and digits in dash-separated words');

/** Same rule as portal.is_web_url: only http(s), no spaces or markup characters, so never javascript: or data:. */
export const webUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s<>"]+$/, 'must be an http(s) URL without spaces or markup characters');

/** Same rule as the check on portal.people.phone. */
export const phone = z.string().regex(/^[0-9 +()-]{6,20}$/, 'must be a telephone number');

/** Required text: the columns behind it are `not null` with a minimum length of 1. */
export const text = z.string().min(1);

/** A whole number, as Postgres integer and smallint columns render in jsonb. */
export const wholeNumber = z.int();

/**
 * The English versions of a record's texts (portal.normalise_translations): {} when there are none, otherwise
 * {"en": {"<field>": "<English text>"}}, never a blank text. The site picks the text for the reader through
 * src/lib/content-language. The API always sends it; absent means the same as {} (Dutch only), so a document
 * built by hand (a test, an export from before English versions) stays valid.
 */
export const translations = z.strictObject({ en: z.record(z.string().min(1), z.string().min(1)).optional() }).optional();
