import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { TestSession } from './sessions.js';

/** A valid tax code for the fixture's person (tax codes are unique within an organisation). */
export const FIXTURE_TAX_CODE = 'HDDMNA85T50Z336X';

/** A complete, valid candidate as a tutor would enter it: a mother free during school hours. */
export function candidateBody(overrides: Record<string, unknown> = {}) {
  return {
    firstName: 'Amina',
    lastName: 'Haddad',
    taxCode: null,
    birthDate: '1985-12-10',
    gender: 'F',
    email: 'amina.haddad@example.org',
    home: { municipalityCode: '015146' },
    maxTravelKm: 8,
    italianLevel: 'A2',
    education: 'LOWER_SECONDARY',
    digitalSkills: ['SMARTPHONE'],
    availability: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:30', end: '16:00' })),
    drivingLicences: [],
    rightToWork: { kind: 'PERMIT', expiresOn: '2028-05-31' },
    skills: [{ code: null, label: 'pulizie domestiche' }],
    experiences: [{ occupationCode: null, occupationText: 'addetta alle pulizie', months: 24 }],
    preferredContractTypes: ['A.02.00'],
    targetGroups: ['PARENT'],
    referral: { kind: 'QUBI', name: 'Qubì Municipio 2' },
    legalBasis: 'CONSENT',
    consent: {
      privacyNoticeVersion: '2026-01',
      givenAt: '2026-01-15T10:00:00Z',
      bulletin: true,
      shareWithCompanies: true,
    },
    ...overrides,
  };
}

/** Creates a candidate (`candidateBody` with the overrides) as `session`; returns its id. */
export async function createTestCandidate(
  app: INestApplication,
  session: TestSession,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await request(app.getHttpServer())
    .post('/api/candidates')
    .set('Authorization', session.auth)
    .send(candidateBody(overrides))
    .expect(201);
  return response.body.id;
}
