import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { testClient, withClient, type Handler } from '../admin/admin-test-client';
import { ForgotPasswordScreen } from './forgot-password';
import { SignInScreen } from './sign-in';

const SAME_ANSWER = /If an account exists for that address, we have sent it a link/;

function show(handler: Handler) {
  const { client, calls } = testClient({ RequestPasswordReset: handler });
  render(withClient(client, <ForgotPasswordScreen />, '/forgot-password'));
  return calls;
}

async function ask(email: string): Promise<void> {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
  await screen.findByRole(email.includes('limited') ? 'alert' : 'status');
}

afterEach(cleanup);

describe('ForgotPasswordScreen', () => {
  it('should offer a "Forgot password?" link on the sign-in screen', () => {
    const { client } = testClient({});
    render(withClient(client, <SignInScreen />, '/sign-in'));
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('should send the address and say the same thing whatever the address', async () => {
    const calls = show(() => ({ requestPasswordReset: true }));
    await ask('known@clinic.test');
    const first = screen.getByRole('status').textContent;
    expect(first).toMatch(SAME_ANSWER);
    expect(calls).toEqual([{ name: 'RequestPasswordReset', variables: { email: 'known@clinic.test' } }]);
    cleanup();
    show(() => ({ requestPasswordReset: true }));
    await ask('nobody@clinic.test');
    expect(screen.getByRole('status').textContent).toBe(first);
  });

  it('should say in words when the requests are limited, and keep the form', async () => {
    show(() => ({ errorCode: 'RATE_LIMITED' }));
    await ask('limited@clinic.test');
    expect(screen.getByRole('alert').textContent).toBe(
      'Too many attempts. Please wait a few minutes and try again.',
    );
    expect(screen.queryByText(SAME_ANSWER)).toBeNull();
    expect(screen.getByLabelText('Email')).toBeTruthy();
  });
});
