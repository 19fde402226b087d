/// <reference types="astro/client" />
// The reference gives tsc the astro:content module on a fresh checkout, before `astro sync` has written .astro/.
import { defineCollection } from 'astro:content';
import { organisationLoader, projectsLoader } from './lib/content/loaders.ts';

// Both collections come from the API through supabase-js and are validated with the zod schemas in
// src/lib/api/ inside their loaders, which throw on any error so the build fails instead of publishing a
// partial portal. They carry no Astro schema: Astro 5 validates with its own zod 3, ours is zod 4.
export const collections = {
  organisation: defineCollection({ loader: organisationLoader() }),
  projects: defineCollection({ loader: projectsLoader() }),
};
