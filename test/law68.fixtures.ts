import type { INestApplication } from '@nestjs/common';
import {
  BERGAMO,
  candidateBody,
  MELZO,
  MILANO,
  type TestSession,
  testVatNumber,
} from '#libs/testing';
import request from 'supertest';

export { BERGAMO, MELZO, MILANO };

/** A valid partita IVA for company number `n`. */
export function vat(n: number): string {
  return testVatNumber(n, '068');
}

export interface CompanyOptions {
  name?: string;
  atecoCode?: string;
  municipalityCode?: string;
  lat?: number;
  lng?: number;
  kmZero?: boolean;
}

export async function createCompany(
  app: INestApplication,
  session: TestSession,
  n: number,
  options: CompanyOptions = {},
): Promise<string> {
  const site: Record<string, unknown> = {
    address: 'Via Padova 36',
    municipalityCode: options.municipalityCode ?? MILANO,
    legalSeat: true,
  };
  if (options.lat !== undefined) Object.assign(site, { lat: options.lat, lng: options.lng });
  const response = await request(app.getHttpServer())
    .post('/api/companies')
    .set('Authorization', session.auth)
    .send({
      name: options.name ?? `Azienda ${n}`,
      vatNumber: vat(n),
      atecoCode: options.atecoCode ?? '81.21.00',
      kmZero: options.kmZero ?? false,
      sites: [site],
    });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

/** 63 employees in Milano, 2 disabled and 1 art. 18 worker: base 60, quota 4, 2 uncovered. */
export function workforce(
  overrides: Record<string, unknown> = {},
  province: Record<string, unknown> = {},
) {
  return {
    referenceDate: '2025-12-31',
    registeredOfficeProvince: 'MI',
    provinces: [
      {
        province: 'MI',
        totalEmployees: 63,
        disabledEmployees: [{ count: 2 }],
        art18Employees: 1,
        ...province,
      },
    ],
    ...overrides,
  };
}

/**
 * A person registered in the collocamento mirato list (created by a coordinator, who may write
 * special-category data), living in `municipalityCode`.
 */
export async function createRegisteredCandidate(
  app: INestApplication,
  coordinator: TestSession,
  overrides: Record<string, unknown> = {},
  category: 'DISABILITY' | 'ART18' = 'DISABILITY',
): Promise<string> {
  const response = await request(app.getHttpServer())
    .post('/api/candidates')
    .set('Authorization', coordinator.auth)
    .send(
      candidateBody({
        email: null,
        targetGroups: ['DISABILITY_L68'],
        sensitive: {
          l68: {
            category,
            percent: category === 'DISABILITY' ? 67 : undefined,
            registeredInList: true,
          },
        },
        ...overrides,
      }),
    );
  expect(response.status).toBe(201);
  return response.body.id as string;
}
