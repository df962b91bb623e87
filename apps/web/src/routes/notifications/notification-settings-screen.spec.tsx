import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { OperationDefinitionNode } from 'graphql';
import { Client, Provider, type Exchange, type Operation, type OperationResult } from 'urql';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { delay, fromValue, mergeMap, pipe } from 'wonka';
import { NotificationSettingsScreen } from './notification-settings-screen';

type Prefs = {
  categories: { category: string; customised: boolean; email: string; push: boolean }[];
  pushSubscriptions: number;
  quietHours: { startMinute: number; endMinute: number; timeZone: string } | null;
};

const defaults = (): Prefs => ({
  categories: [
    { category: 'CONSULT_REQUESTS', customised: false, email: 'IMMEDIATE', push: true },
    { category: 'CASE_REPLIES', customised: false, email: 'DIGEST', push: false },
    { category: 'CASE_OUTCOMES', customised: false, email: 'IMMEDIATE', push: false },
  ],
  pushSubscriptions: 0,
  quietHours: null,
});

/** A stand-in API: answers the settings query and records every mutation with its variables. */
function server(prefs: Prefs, calls: { name: string; variables: unknown }[], fail = false): Exchange {
  return () => (ops$) =>
    pipe(
      ops$,
      mergeMap((operation: Operation) => {
        const name = (operation.query.definitions[0] as OperationDefinitionNode).name?.value ?? '';
        if (operation.kind === 'teardown') return fromValue(null as unknown as OperationResult);
        if (operation.kind === 'mutation') calls.push({ name, variables: operation.variables });
        const data =
          name === 'NotificationSettings'
            ? { notificationPreferences: prefs, pushPublicKey: 'BPublicKeyOfTheServer-_' }
            : name === 'SubscribePush'
              ? { subscribePush: true }
              : { [name === 'SetQuietHours' ? 'setQuietHours' : 'setNotificationPreference']: prefs };
        const result = fail
          ? ({
              operation,
              data: undefined,
              error: { message: 'boom', graphQLErrors: [], networkError: new Error('offline') },
              stale: false,
              hasNext: false,
            } as unknown as OperationResult)
          : ({ operation, data, stale: false, hasNext: false } as OperationResult);
        return pipe(fromValue(result), delay(1));
      }),
    );
}

function show(prefs: Prefs, calls: { name: string; variables: unknown }[] = [], fail = false) {
  const client = new Client({ url: '/graphql', exchanges: [server(prefs, calls, fail)] });
  const { hook } = memoryLocation({ path: '/settings/notifications' });
  render(
    <Provider value={client}>
      <Router hook={hook}>
        <NotificationSettingsScreen />
      </Router>
    </Provider>,
  );
}

afterEach(() => {
  cleanup();
  delete (globalThis as Record<string, unknown>).PushManager;
  delete (navigator as unknown as Record<string, unknown>).serviceWorker;
  delete (globalThis as Record<string, unknown>).Notification;
});

describe('NotificationSettingsScreen', () => {
  it('should show each category with its e-mail mode and push choice, and save a change', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    show(defaults(), calls);
    const replies = await screen.findByLabelText('E-mail for Replies to your cases');
    expect((replies as HTMLSelectElement).value).toBe('DIGEST');
    expect(
      screen.getByLabelText<HTMLInputElement>('Push for Consult requests for you or your specialties')
        .checked,
    ).toBe(true);
    expect(screen.getByLabelText<HTMLSelectElement>('E-mail for Case outcome follow-ups').value).toBe(
      'IMMEDIATE',
    );

    fireEvent.change(replies, { target: { value: 'OFF' } });
    fireEvent.click(screen.getByLabelText('Push for Case outcome follow-ups'));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual([
      {
        name: 'SetNotificationPreference',
        variables: { input: { category: 'CASE_REPLIES', email: 'OFF', push: false } },
      },
      {
        name: 'SetNotificationPreference',
        variables: { input: { category: 'CASE_OUTCOMES', email: 'IMMEDIATE', push: true } },
      },
    ]);
  });

  it('should save quiet hours as minutes of the day in a time zone, and turn them off', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    show(
      { ...defaults(), quietHours: { startMinute: 1380, endMinute: 360, timeZone: 'America/Chicago' } },
      calls,
    );
    expect(await screen.findByText('Quiet from 23:00 to 06:00 (America/Chicago).')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '22:30' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '07:15' } });
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Europe/Paris' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save quiet hours' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      name: 'SetQuietHours',
      variables: { input: { startMinute: 1350, endMinute: 435, timeZone: 'Europe/Paris' } },
    });
    const off = screen.getByRole<HTMLButtonElement>('button', { name: 'Turn quiet hours off' });
    // disabled while the save is under way
    await waitFor(() => expect(off.disabled).toBe(false));
    fireEvent.click(off);
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toEqual({ name: 'SetQuietHours', variables: { input: null } });
  });

  it('should say so when the browser cannot take push', async () => {
    show(defaults());
    expect(
      await screen.findByText('This browser cannot receive push notifications. E-mail still reaches you.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn on push in this browser' })).toBeNull();
    expect(screen.getByText(/No browser receives push yet/)).toBeTruthy();
  });

  it("should subscribe this browser with the server's key and register the subscription", async () => {
    const calls: { name: string; variables: unknown }[] = [];
    let askedKey: Uint8Array | null = null;
    const bytes = (values: number[]) => new Uint8Array(values).buffer;
    (globalThis as Record<string, unknown>).PushManager = class {};
    (globalThis as Record<string, unknown>).Notification = {
      requestPermission: () => Promise.resolve('granted'),
    };
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: {
        register: (url: string) => {
          expect(url).toBe('/push-sw.js');
          return Promise.resolve({
            pushManager: {
              getSubscription: () => Promise.resolve(null),
              subscribe: (options: { applicationServerKey: Uint8Array }) => {
                askedKey = options.applicationServerKey;
                return Promise.resolve({
                  endpoint: 'https://push.example/abc',
                  getKey: (name: string) => (name === 'p256dh' ? bytes([251, 255, 1]) : bytes([0, 1, 2, 3])),
                });
              },
            },
          });
        },
      },
    });
    show(defaults(), calls);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on push in this browser' }));
    expect(await screen.findByText('Push is on for this browser.')).toBeTruthy();
    // 'BPublicKeyOfTheServer-_' decoded from base64url
    expect(Array.from(askedKey!)).toEqual(Array.from(Buffer.from('BPublicKeyOfTheServer-_', 'base64url')));
    expect(calls).toEqual([
      {
        name: 'SubscribePush',
        variables: { input: { endpoint: 'https://push.example/abc', p256dh: '-_8B', auth: 'AAECAw' } },
      },
    ]);
  });

  it('should tell the clinician when the browser refuses notifications, registering nothing', async () => {
    const calls: { name: string; variables: unknown }[] = [];
    (globalThis as Record<string, unknown>).PushManager = class {};
    (globalThis as Record<string, unknown>).Notification = {
      requestPermission: () => Promise.resolve('denied'),
    };
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: { register: () => Promise.resolve({}) },
    });
    show(defaults(), calls);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on push in this browser' }));
    expect(await screen.findByText(/did not allow notifications/)).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('should show an error in words when the settings cannot be loaded', async () => {
    show(defaults(), [], true);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
