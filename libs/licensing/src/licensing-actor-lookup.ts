import type { ActorLookup, SessionKey } from '@curbside/auth';
import type { Actor } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface ActorRow {
  session_id: string;
  clinician_id: string;
  role: 'CLINICIAN' | 'ADMIN';
  verification_status: string;
  has_valid_license: boolean;
}

/**
 * Who is behind a session, in one indexed query per request (or per batch of open sockets): a
 * revoked session or a suspended clinician is nobody, and a VERIFIED clinician whose every licence
 * has lapsed counts as EXPIRED at once, before the expiry sweep has run.
 */
@Injectable()
export class LicensingActorLookup implements ActorLookup {
  constructor(private readonly dataSource: DataSource) {}

  async findActor(sessionId: string, clinicianId: string): Promise<Actor | null> {
    const [actor] = await this.findActors([{ sessionId, clinicianId }]);
    return actor;
  }

  async findActors(keys: readonly SessionKey[]): Promise<(Actor | null)[]> {
    if (keys.length === 0) return [];
    const rows = await this.dataSource.query<ActorRow[]>(
      `SELECT s.id AS session_id, s.clinician_id, c.role, c.verification_status,
              EXISTS (SELECT 1 FROM license l
                       WHERE l.clinician_id = c.id AND l.status = 'VERIFIED' AND l.expires_on >= current_date
                     ) AS has_valid_license
         FROM session s JOIN clinician c ON c.id = s.clinician_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL`,
      [keys.map((k) => k.sessionId)],
    );
    const bySession = new Map(rows.map((r) => [r.session_id, r]));
    return keys.map(({ sessionId, clinicianId }) => {
      const row = bySession.get(sessionId);
      // a token's session must belong to the clinician the token names
      if (!row || row.clinician_id !== clinicianId || row.verification_status === 'SUSPENDED') return null;
      const lapsed =
        row.role === 'CLINICIAN' && row.verification_status === 'VERIFIED' && !row.has_valid_license;
      return {
        clinicianId,
        sessionId,
        role: row.role,
        verificationStatus: lapsed ? 'EXPIRED' : row.verification_status,
      };
    });
  }
}
