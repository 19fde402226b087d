// One-click unsubscribe (RFC 8058) for hosted Supabase: the Edge Function a mail's List-Unsubscribe header points
// to, <SUPABASE_URL>/functions/v1/unsubscribe?token=&subscription=&lang=. What it does is in ../_shared/unsubscribe.ts,
// which the local stand-in serves too (src/services/local-supabase/unsubscribe-route.ts) and the tests run against both; this
// file only hands it Deno's requests and environment.
// Deploy with `supabase functions deploy unsubscribe` (verify_jwt = false in supabase/config.toml, since a mail
// client sends no key). Secrets: PUBLIC_SITE_URL; SUPABASE_URL and SUPABASE_ANON_KEY are provided.

import { unsubscribeEdgeFunction } from '../_shared/unsubscribe.ts';

Deno.serve(unsubscribeEdgeFunction((name) => Deno.env.get(name)));
