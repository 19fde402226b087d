import { z } from 'zod';
import { absoluteUrl } from '../feeds/links.ts';
import { openDataPaths } from './open-data-paths.ts';
import { ledgerIndexOpenDataSchema, ledgerPageOpenDataSchema } from '../ledger/ledger-document.ts';
import { monitorOpenDataSchema } from '../monitor/monitor-data.ts';
import { portalOpenDataSchema, projectOpenDataSchema } from './open-data-documents.ts';

/** A JSON Schema document (draft 2020-12) as plain JSON. */
export type JsonSchema = Record<string, unknown>;

/**
 * The published JSON Schemas, generated from the same zod schemas that validate the API at build time and the
 * files on the way out, so the schema, the files and the API cannot disagree. Strict objects become
 * `additionalProperties: false` and every key is required (nullable keys too), so a missing or an extra field
 * fails validation.
 */
export function projectJsonSchema(site: URL | string | undefined): JsonSchema {
  return withId(z.toJSONSchema(projectOpenDataSchema, { target: 'draft-2020-12' }), absoluteUrl(openDataPaths.projectSchema, site));
}

export function portalJsonSchema(site: URL | string | undefined): JsonSchema {
  return withId(z.toJSONSchema(portalOpenDataSchema, { target: 'draft-2020-12' }), absoluteUrl(openDataPaths.portalSchema, site));
}

export function ledgerJsonSchema(site: URL | string | undefined): JsonSchema {
  return withId(z.toJSONSchema(ledgerIndexOpenDataSchema, { target: 'draft-2020-12' }), absoluteUrl(openDataPaths.ledgerSchema, site));
}

export function ledgerPageJsonSchema(site: URL | string | undefined): JsonSchema {
  return withId(z.toJSONSchema(ledgerPageOpenDataSchema, { target: 'draft-2020-12' }), absoluteUrl(openDataPaths.ledgerPageSchema, site));
}

export function monitorJsonSchema(site: URL | string | undefined): JsonSchema {
  return withId(z.toJSONSchema(monitorOpenDataSchema, { target: 'draft-2020-12' }), absoluteUrl(openDataPaths.monitorSchema, site));
}

function withId(schema: JsonSchema, id: string): JsonSchema {
  const { $schema, ...rest } = schema;
  return { $schema, $id: id, ...rest };
}
