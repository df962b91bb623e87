import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { testClient, withClient } from '../admin/admin-test-client';
import { AuthRequestError } from '../../lib/session';
import { ResetPasswordScreen } from './reset-password';

const TOKEN = 'Abc_def-0123456789abcdefghijklmnopqrstuvwxy';

function show(hash: string, reset: (token: string, password: string) => Promise<void>) {
  window.location.hash = hash;
  const { client } = testClient({});
  render(withClient(client, <ResetPasswordScreen reset={reset} />, '/reset-password'));
}

function choose(password: string): void {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Save and sign in' }));
}

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('ResetPasswordScreen', () => {
  it('should send the token from the link and the new password', async () => {
    const sent: [string, string][] = [];
    show(`#token=${TOKEN}`, (token, password) => {
      sent.push([token, password]);
      return Promise.resolve();
    });
    choose('a-new-long-password-1');
    await waitFor(() => expect(sent).toEqual([[TOKEN, 'a-new-long-password-1']]));
  });

  it('should say when the link is no longer valid, and offer a new one', async () => {
    show(`#token=${TOKEN}`, () =>
      Promise.reject(
        new AuthRequestError({
          code: 'BAD_USER_INPUT',
          message: 'This password reset link is not valid; it may have expired or been used already',
          fields: ['token'],
        }),
      ),
    );
    choose('a-new-long-password-1');
    expect((await screen.findByRole('alert')).textContent).toContain('not valid');
    expect(screen.getByRole('link', { name: 'Ask for a new one' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save and sign in' }).disabled).toBe(false);
  });

  it('should not offer the form without a token in the link', () => {
    let called = false;
    show('', () => {
      called = true;
      return Promise.resolve();
    });
    expect(screen.getByRole('alert').textContent).toContain('This link is incomplete');
    expect(screen.queryByLabelText('New password')).toBeNull();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toBeTruthy();
    expect(called).toBe(false);
  });
});
