import { z } from 'zod';
import { slug, text, webUrl } from './primitives.ts';

/** Same rules as portal.is_theme: a theme token can never close a declaration or inject markup. */
export const themeTokenName = /^--[a-z0-9]+(-[a-z0-9]+)*$/;
export const themeTokenValue = /^[a-zA-Z0-9#%.,()\s'"-]{1,200}$/;

export const themeSchema = z.record(
  z.string().regex(themeTokenName, 'must be a CSS custom property name (--lowercase-words)'),
  z.string().regex(themeTokenValue, 'must be a plain CSS value without braces, semicolons or angle brackets'),
);

/** The document returned by public.get_organisation(org_slug). */
export const organisationSchema = z.strictObject({
  slug,
  name: text,
  website_url: webUrl.nullable(),
  council_name: text,
  theme: themeSchema,
});

export type Organisation = z.infer<typeof organisationSchema>;
export type Theme = z.infer<typeof themeSchema>;
