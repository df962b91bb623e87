import type { ActorLookup } from '@curbside/auth';
import type { Actor } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface ActorRow {
  role: 'CLINICIAN' | 'ADMIN';
  verification_status: string;
  has_valid_license: boolean;
}

/**
 * Who is behind a session, in one indexed query per request: a revoked session or a suspended
 * clinician is nobody, and a VERIFIED clinician whose every licence has lapsed counts as EXPIRED
 * at once, before the expiry sweep has run.
 */
@Injectable()
export class LicensingActorLookup implements ActorLookup {
  constructor(private readonly dataSource: DataSource) {}

  async findActor(sessionId: string, clinicianId: string): Promise<Actor | null> {
    const rows = await this.dataSource.query<ActorRow[]>(
      `SELECT c.role, c.verification_status,
              EXISTS (SELECT 1 FROM license l
                       WHERE l.clinician_id = c.id AND l.status = 'VERIFIED' AND l.expires_on >= current_date
                     ) AS has_valid_license
         FROM session s JOIN clinician c ON c.id = s.clinician_id
        WHERE s.id = $1 AND s.clinician_id = $2 AND s.revoked_at IS NULL`,
      [sessionId, clinicianId],
    );
    const row = rows[0];
    if (!row || row.verification_status === 'SUSPENDED') return null;
    const lapsed =
      row.role === 'CLINICIAN' && row.verification_status === 'VERIFIED' && !row.has_valid_license;
    return {
      clinicianId,
      sessionId,
      role: row.role,
      verificationStatus: lapsed ? 'EXPIRED' : row.verification_status,
    };
  }
}
