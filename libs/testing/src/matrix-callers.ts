import { LicenseExpiryService } from '@curbside/licensing';
import type { DataSource } from 'typeorm';
import type { GraphqlClient } from './graphql-client.js';
import type { Session } from './identity-fixtures.js';
import type { TestApp } from './test-app.js';

/** One column of a permission matrix: who calls, and the bearer token sent (none when anonymous). */
export interface MatrixCaller<N extends string = string> {
  name: N;
  account: Session;
  token: string | undefined;
}

/**
 * The callers of a permission matrix, `names[i]` calling as `accounts[i]` with its own access token;
 * the one named `anonymous` sends none (its account only owns what a cell may aim at).
 */
export function matrixCallers<N extends string>(
  names: readonly N[],
  accounts: readonly Session[],
): Record<N, MatrixCaller<N>> {
  if (names.length !== accounts.length) throw new Error('matrixCallers: one account per caller name');
  const entries = names.map((name, i) => [
    name,
    { name, account: accounts[i], token: name === 'anonymous' ? undefined : accounts[i].accessToken },
  ]);
  return Object.fromEntries(entries) as Record<N, MatrixCaller<N>>;
}

/** Suspends each clinician as `admin` (the matrix's suspended caller); throws when one is refused. */
export async function suspendClinicians(
  client: GraphqlClient,
  admin: Session,
  clinicians: readonly Session[],
): Promise<void> {
  for (const who of clinicians) {
    const res = await client.request(
      'mutation S($id: ID!) { suspendClinician(clinicianId: $id, reason: "Matrix caller") { id } }',
      { id: who.id },
      { token: admin.accessToken },
    );
    if (res.errors) throw new Error(`suspendClinician failed: ${JSON.stringify(res.errors)}`);
  }
}

/**
 * Makes approved licences lapse (expiring yesterday, UTC) and runs the expiry sweep, so that their
 * holders become the matrix's expired callers. Returns what the sweep reports.
 */
export async function lapseLicenses(
  t: TestApp,
  licenseIds: readonly string[],
): Promise<Awaited<ReturnType<LicenseExpiryService['sweep']>>> {
  await t.database.dataSource.query(
    "UPDATE license SET expires_on = (now() AT TIME ZONE 'UTC')::date - 1 WHERE id = ANY($1::uuid[])",
    [licenseIds],
  );
  return t.api.app.get(LicenseExpiryService).sweep();
}

/**
 * Sets a clinician back to unverified, licence and all: no operation does it, and a matrix wants an
 * unverified caller who owns content made while verified.
 */
export async function setBackToUnverified(dataSource: DataSource, clinicianId: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const licenses = 'SELECT id FROM license WHERE clinician_id = $1';
    await manager.query(`DELETE FROM notification WHERE license_id IN (${licenses})`, [clinicianId]);
    await manager.query('DELETE FROM license WHERE clinician_id = $1', [clinicianId]);
    await manager.query("UPDATE clinician SET verification_status = 'UNVERIFIED' WHERE id = $1", [
      clinicianId,
    ]);
  });
}

/** Each clinician's verification status as the API tells them (`me`), in order. */
export async function verificationStatuses(
  client: GraphqlClient,
  clinicians: readonly Session[],
): Promise<string[]> {
  const statuses: string[] = [];
  for (const who of clinicians) {
    const res = await client.request<{ me: { verificationStatus: string } }>(
      '{ me { verificationStatus } }',
      {},
      { token: who.accessToken },
    );
    if (!res.data) throw new Error(`me failed: ${JSON.stringify(res.errors)}`);
    statuses.push(res.data.me.verificationStatus);
  }
  return statuses;
}
