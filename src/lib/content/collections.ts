/// <reference types="astro/client" />
import { getCollection } from 'astro:content';
import { organisationSchema, type Organisation } from '../api/index.ts';
import { projectEntrySchema, type ProjectEntry } from './project-entry.ts';

// Pages read the collections only through these functions. The loaders validated every document already; the
// data is parsed once more here so that pages get real types instead of the `any` of a schemaless collection.

/** The organisation the site is built for. */
export async function loadOrganisation(): Promise<Organisation> {
  const entries: ReadonlyArray<{ data: unknown }> = await getCollection('organisation');
  const [entry] = entries;
  if (entries.length !== 1 || !entry) {
    throw new Error(`Expected exactly one organisation in the content store, found ${entries.length}.`);
  }
  return organisationSchema.parse(entry.data);
}

// Every page and endpoint asks for the projects, dozens of times per build; the store does not change during
// a build (each build is its own process), so the parsed list is made once. Measured in bench/: parsing on every
// call cost about a third of the build's CPU at 1,000 projects.
let projects: Promise<ProjectEntry[]> | undefined;

/** The published projects, in the order list_projects gave them. */
export function loadProjects(): Promise<ProjectEntry[]> {
  const parsed = projects ?? parseProjects();
  projects = parsed;
  return parsed;
}

async function parseProjects(): Promise<ProjectEntry[]> {
  const entries: ReadonlyArray<{ data: unknown }> = await getCollection('projects');
  return entries.map((entry) => projectEntrySchema.parse(entry.data)).sort((a, b) => a.position - b.position);
}
