import { ForbiddenError, UnauthenticatedError } from './errors.js';

/** What the request proved about its caller. */
export interface RequestAuth {
  /** Whether mutations are enabled at all (a token is configured). */
  mutationsEnabled: boolean;
  /** Whether the request carried the configured token. */
  authorized: boolean;
}

/** Throws FORBIDDEN when mutations are disabled, UNAUTHENTICATED when the bearer token is missing or wrong. */
export function requireMutationAccess(auth: RequestAuth): void {
  if (!auth.mutationsEnabled) {
    throw new ForbiddenError('mutations are disabled on this server: set TIFA_API_TOKEN to enable them');
  }
  if (!auth.authorized) {
    throw new UnauthenticatedError('this mutation needs the header "Authorization: Bearer <TIFA_API_TOKEN>"');
  }
}
