import { describe, expect, it } from '@jest/globals';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { friendlyError } from './errors';
import { AuthRequestError } from './session';

describe('friendlyError', () => {
  it('should turn an error code into words a clinician understands, never the code itself', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('A verified licence is needed to do this', { extensions: { code: 'NOT_VERIFIED' } }),
      ],
    });
    const friendly = friendlyError(error);
    expect(friendly.code).toBe('NOT_VERIFIED');
    expect(friendly.message).toContain('verified licence');
    expect(friendly.message).not.toContain('NOT_VERIFIED');
  });

  it('should show the server message for input problems and hide it for internal errors', () => {
    const bad = new CombinedError({
      graphQLErrors: [
        new GraphQLError('This password is too common; choose another', {
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ],
    });
    expect(friendlyError(bad).message).toBe('This password is too common; choose another');
    const internal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ],
    });
    expect(friendlyError(internal).message).toBe(
      'Something went wrong on our side. Please try again in a moment.',
    );
  });

  it('should explain a lost connection and a refused sign-in', () => {
    expect(friendlyError(new CombinedError({ networkError: new TypeError('Failed to fetch') })).code).toBe(
      'NETWORK',
    );
    const refused = new AuthRequestError({
      code: 'UNAUTHENTICATED',
      message: 'The email or password is not correct',
    });
    expect(friendlyError(refused).message).toBe('The email or password is not correct');
  });
});
