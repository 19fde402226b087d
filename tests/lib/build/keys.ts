import { randomBytes } from 'node:crypto';
import { signApiKey } from '../../../src/services/local-supabase/keys.ts';

// Keys shaped as Supabase's (HS256 JWTs with a role claim), signed with a throwaway secret: the build reads the
// role claim of the key it is given, and the fake APIs of these tests do not check signatures.
const secret = randomBytes(32).toString('base64url');

export const ANON_KEY = await signApiKey(secret, 'anon');
export const SERVICE_ROLE_KEY = await signApiKey(secret, 'service_role');
