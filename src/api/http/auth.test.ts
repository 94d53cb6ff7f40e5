import { describe, expect, it } from 'vitest';
import { authenticate } from './auth.js';
import { requireMutationAccess } from '../graphql/mutationAccess.js';

describe('authenticate + requireMutationAccess', () => {
  it.each([
    ['no token configured', null, 'Bearer x', 'FORBIDDEN'],
    ['no header', 's3cret', undefined, 'UNAUTHENTICATED'],
    ['wrong token', 's3cret', 'Bearer nope', 'UNAUTHENTICATED'],
    ['not a bearer header', 's3cret', 'Basic s3cret', 'UNAUTHENTICATED'],
    ['right token', 's3cret', 'Bearer s3cret', null],
    ['right token, lower-case scheme', 's3cret', 'bearer s3cret', null],
  ])('%s', (_name, token, header, code) => {
    const auth = authenticate(token, header);
    if (code === null) expect(() => requireMutationAccess(auth)).not.toThrow();
    else expect(() => requireMutationAccess(auth)).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code }) }));
  });
});
