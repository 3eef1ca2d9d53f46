import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { CreateOrganisationUseCase, CreateUserUseCase } from '#libs/accounts';
import { asOrganisationId, type OrganisationId, type Role } from '#libs/platform';
import request from 'supertest';

export interface TestSession {
  userId: string;
  organisationId: OrganisationId;
  role: Role;
  email: string;
  password: string;
  /** `Authorization` header value. */
  auth: string;
}

export const TEST_PASSWORD = 'password-di-prova-lunga';

/** Logs in through the real endpoint, as a user would. */
export async function login(
  app: INestApplication,
  email: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const response = await request(app.getHttpServer())
    .post('/api/auth/login')
    .send({ email, password })
    .expect(200);
  return `Bearer ${response.body.accessToken as string}`;
}

/** An organisation with its admin, logged in. */
export async function createOrganisation(
  app: INestApplication,
  name = 'Consorzio di prova',
): Promise<TestSession> {
  const email = `admin-${randomBytes(4).toString('hex')}@example.org`;
  const { organisation, admin } = await app.get(CreateOrganisationUseCase).execute({
    name,
    kind: 'CONSORTIUM',
    admin: { email, displayName: 'Amministratrice', password: TEST_PASSWORD },
  });
  return {
    userId: admin.id,
    organisationId: asOrganisationId(organisation.id),
    role: 'admin',
    email,
    password: TEST_PASSWORD,
    auth: await login(app, email),
  };
}

/** A user with the given role in the organisation, logged in. */
export async function createSession(
  app: INestApplication,
  organisationId: OrganisationId,
  role: Role,
  displayName?: string,
): Promise<TestSession> {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.org`;
  const user = await app.get(CreateUserUseCase).execute(organisationId, {
    email,
    displayName: displayName ?? `Utente ${role}`,
    role,
    password: TEST_PASSWORD,
  });
  return {
    userId: user.id,
    organisationId,
    role,
    email,
    password: TEST_PASSWORD,
    auth: await login(app, email),
  };
}
