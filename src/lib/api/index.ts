// The typed read API of the portal: zod schemas that mirror the jsonb documents of the SQL functions, the
// supabase-js client and callApi, which joins the two.
export * from './build-config.ts';
export * from './call-api.ts';
export * from './check.ts';
export * from './changes.ts';
export * from './client.ts';
export * from './council-moment.ts';
export * from './enums.ts';
export * from './lesson.ts';
export * from './organisation.ts';
export * from './person.ts';
export * from './primitives.ts';
export * from './project-card.ts';
export * from './project-timeline.ts';
export * from './promise.ts';
export * from './public-record.ts';
export * from './retention.ts';
