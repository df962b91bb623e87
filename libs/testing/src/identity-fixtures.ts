import { npiCheckDigit } from '@curbside/licensing';
import type { GraphqlClient } from './graphql-client.js';

export const STRONG_PASSWORD = 'correct-horse-battery-staple-42';

let npiSeed = 100_000_000 + Math.floor(Math.random() * 800_000_000);
let licenseSeed = Math.floor(Math.random() * 1_000_000);

/** A fresh NPI with a valid check digit. */
export function nextNpi(): string {
  const base = String(npiSeed++ % 1_000_000_000).padStart(9, '0');
  return `${base}${npiCheckDigit(base)}`;
}

export function nextLicenseNumber(): string {
  return `TST-${licenseSeed++}`;
}

export function futureDate(days = 365): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface Session {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

const AUTH_FIELDS = 'accessToken refreshToken clinician { id verificationStatus }';

export async function register(client: GraphqlClient, name: string, email?: string): Promise<Session> {
  const address =
    email ??
    `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@clinic.test`;
  const res = await client.request<{
    register: { accessToken: string; refreshToken: string; clinician: { id: string } };
  }>(`mutation R($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`, {
    input: { email: address, password: STRONG_PASSWORD, displayName: name },
  });
  if (!res.data?.register) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  const r = res.data.register;
  return { id: r.clinician.id, email: address, accessToken: r.accessToken, refreshToken: r.refreshToken };
}

export async function login(
  client: GraphqlClient,
  email: string,
  password = STRONG_PASSWORD,
): Promise<Session> {
  const res = await client.request<{
    login: { accessToken: string; refreshToken: string; clinician: { id: string } };
  }>(`mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { ${AUTH_FIELDS} } }`, {
    e: email,
    p: password,
  });
  if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  const r = res.data.login;
  return { id: r.clinician.id, email, accessToken: r.accessToken, refreshToken: r.refreshToken };
}

export async function submitLicense(
  client: GraphqlClient,
  session: Session,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await client.request<{ submitLicense: { id: string } }>(
    `mutation S($input: SubmitLicenseInput!) { submitLicense(input: $input) { id status } }`,
    {
      input: {
        npi: nextNpi(),
        jurisdiction: 'MT',
        licenseNumber: nextLicenseNumber(),
        credential: 'MD',
        expiresOn: futureDate(),
        ...overrides,
      },
    },
    { token: session.accessToken },
  );
  if (!res.data?.submitLicense) throw new Error(`submitLicense failed: ${JSON.stringify(res.errors)}`);
  return res.data.submitLicense.id;
}

export async function approveLicense(
  client: GraphqlClient,
  admin: Session,
  licenseId: string,
): Promise<void> {
  const res = await client.request(
    `mutation A($input: ReviewLicenseInput!) { reviewLicense(input: $input) { id status } }`,
    { input: { licenseId, decision: 'APPROVE' } },
    { token: admin.accessToken },
  );
  if (res.errors) throw new Error(`reviewLicense failed: ${JSON.stringify(res.errors)}`);
}

/** A clinician with a verified licence, ready to read case content. */
export async function verifiedClinician(
  client: GraphqlClient,
  admin: Session,
  name: string,
): Promise<Session> {
  const session = await register(client, name);
  const licenseId = await submitLicense(client, session);
  await approveLicense(client, admin, licenseId);
  return session;
}
