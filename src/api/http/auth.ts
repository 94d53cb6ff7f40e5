import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestAuth } from '../graphql/mutationAccess.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Reads `Authorization: Bearer <token>` against the configured token (constant-time comparison). */
export function authenticate(apiToken: string | null, authorization: string | undefined): RequestAuth {
  if (apiToken === null) return { mutationsEnabled: false, authorized: false };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return { mutationsEnabled: true, authorized: match !== null && timingSafeEqual(digest(match[1]!), digest(apiToken)) };
}
