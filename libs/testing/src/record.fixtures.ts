import type { INestApplication } from '@nestjs/common';
import { vatCheckDigit } from '#libs/kernel';
import request from 'supertest';
import type { TestSession } from './sessions.js';

/** ISTAT codes of the municipalities the tests place people, sites and vacancies in. */
export const MILANO = '015146';
export const MELZO = '015142';
export const BERGAMO = '016024';

/** A valid, made-up partita IVA for test company `n`, of the tax office `office` (Milano's by default). */
export function testVatNumber(n: number, office = '015'): string {
  const first10 = `${String(n).padStart(7, '0')}${office}`;
  return first10 + vatCheckDigit(first10);
}

/** Creates a company with one site (Milano unless said otherwise) and returns its ids. */
export async function createTestCompany(
  app: INestApplication,
  session: TestSession,
  n: number,
  overrides: {
    name?: string;
    municipalityCode?: string;
    kmZero?: boolean;
    headcount?: number;
  } = {},
): Promise<{ id: string; siteId: string }> {
  const response = await request(app.getHttpServer())
    .post('/api/companies')
    .set('Authorization', session.auth)
    .send({
      name: overrides.name ?? `Azienda ${n}`,
      vatNumber: testVatNumber(n),
      headcount: overrides.headcount ?? 20,
      kmZero: overrides.kmZero ?? false,
      sites: [
        {
          address: 'Via Padova 36',
          municipalityCode: overrides.municipalityCode ?? MILANO,
          legalSeat: true,
        },
      ],
    });
  if (response.status !== 201)
    throw new Error(`azienda non creata: ${JSON.stringify(response.body)}`);
  return { id: response.body.id, siteId: response.body.sites[0].id };
}

/** A valid vacancy body at the company's site: cleaning, mornings, fixed term. */
export function vacancyBody(
  company: { id: string; siteId: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    companyId: company.id,
    siteId: company.siteId,
    title: 'Addetta alle pulizie uffici',
    occupationCode: '8.1.4.3.0',
    minItalianLevel: 'A1',
    contractType: 'A.02.00',
    source: 'SCOUTING',
    shifts: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '13:00' })),
    ...overrides,
  };
}
