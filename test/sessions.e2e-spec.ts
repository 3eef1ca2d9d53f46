import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import {
  candidateBody,
  createOrganisation,
  createSession,
  expectProblem,
  type TestSession,
  TEST_PASSWORD,
} from '#libs/testing';
import { startTestApi, type TestApi } from './support/test-api.js';
import request from 'supertest';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Revocable sessions: issue 12, defect 1 (tokens were checked only by their signature). */
describe('revocable sessions (e2e)', () => {
  let api: TestApi;
  let admin: TestSession;
  const http = () => request(api.app.getHttpServer());
  const bearer = (tokens: Tokens) => `Bearer ${tokens.accessToken}`;

  const logIn = async (session: TestSession): Promise<Tokens> =>
    (
      await http()
        .post('/api/auth/login')
        .send({ email: session.email, password: TEST_PASSWORD })
        .expect(200)
    ).body as Tokens;
  const refresh = (refreshToken: string) => http().post('/api/auth/refresh').send({ refreshToken });
  const me = (auth: string) => http().get('/api/auth/me').set('Authorization', auth);
  const auditCount = async (action: string, subjectId: string) => {
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int FROM audit_log WHERE action = $1 AND subject_id = $2`,
      [action, subjectId],
    );
    return count as number;
  };

  beforeAll(async () => {
    // Many logins in a minute: the login throttle has its own test in accounts.e2e-spec.ts.
    api = await startTestApi('sessions', { RATE_LIMITS_ENABLED: 'false' });
    admin = await createOrganisation(api.app);
  });
  afterAll(() => api?.close());

  describe('the defect: a token outlives the account it was issued for', () => {
    it('refuses the token of a user deactivated since, at once', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      await http().get('/api/users').set('Authorization', tutor.auth).expect(200);
      await http()
        .patch(`/api/users/${tutor.userId}`)
        .set('Authorization', admin.auth)
        .send({ active: false })
        .expect(200);
      expectProblem(
        await http().get('/api/users').set('Authorization', tutor.auth),
        401,
        'UNAUTHENTICATED',
      );
      expect(await auditCount('USER_DEACTIVATED', tutor.userId)).toBe(1);
      expect(await auditCount('SESSIONS_REVOKED', tutor.userId)).toBe(1);
    });

    it('refuses a demoted tutor the special-category data the old token would still read', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      const { body: person } = await http()
        .post('/api/candidates')
        .set('Authorization', tutor.auth)
        .send(
          candidateBody({
            targetGroups: ['VIOLENCE'],
            sensitive: { violence: { antiViolenceCentre: 'CAV Niguarda', notes: 'protezione' } },
          }),
        )
        .expect(201);
      const before = await http()
        .get(`/api/candidates/${person.id}`)
        .set('Authorization', tutor.auth)
        .expect(200);
      expect(before.body.sensitive.violence.notes).toBe('protezione');

      await http()
        .patch(`/api/users/${tutor.userId}`)
        .set('Authorization', admin.auth)
        .send({ role: 'consultant' })
        .expect(200);
      const after = await http()
        .get(`/api/candidates/${person.id}`)
        .set('Authorization', tutor.auth);
      expectProblem(after, 401, 'UNAUTHENTICATED');
      expect(JSON.stringify(after.body)).not.toContain('protezione');

      // Logged in again, the consultant sees the person without the special categories.
      const again = await logIn(tutor);
      const asConsultant = await http()
        .get(`/api/candidates/${person.id}`)
        .set('Authorization', bearer(again))
        .expect(200);
      expect(JSON.stringify(asConsultant.body)).not.toContain('protezione');
      expect(await auditCount('ROLE_CHANGED', tutor.userId)).toBe(1);
    });

    it('refuses a correctly signed token for a user who does not exist, or no longer does', async () => {
      const jwt = api.app.get(JwtService);
      const forged = await jwt.signAsync({
        sub: randomUUID(),
        org: admin.organisationId,
        role: 'admin',
        sv: 1,
        sid: randomUUID(),
      });
      expectProblem(
        await http().get('/api/users').set('Authorization', `Bearer ${forged}`),
        401,
        'UNAUTHENTICATED',
      );

      const gone = await createSession(api.app, admin.organisationId, 'coordinator');
      await api.db.query(`DELETE FROM users WHERE id = $1`, [gone.userId]);
      expectProblem(
        await http().get('/api/users').set('Authorization', gone.auth),
        401,
        'UNAUTHENTICATED',
      );
    });

    it('refuses a token whose role or organisation is not the account’s', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      const { sid } = api.app.get(JwtService).decode<{ sid: string }>(tutor.auth.slice(7));
      const jwt = api.app.get(JwtService);
      const claims = { sub: tutor.userId, sv: 1, sid };
      const asAdmin = await jwt.signAsync({ ...claims, org: admin.organisationId, role: 'admin' });
      const elsewhere = await jwt.signAsync({ ...claims, org: randomUUID(), role: 'tutor' });
      for (const token of [asAdmin, elsewhere]) {
        expectProblem(await me(`Bearer ${token}`), 401, 'UNAUTHENTICATED');
      }
      await me(tutor.auth).expect(200);
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each refresh gives a new pair and the old refresh token is spent', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      const first = await logIn(tutor);
      const second = (await refresh(first.refreshToken).expect(200)).body as Tokens;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await me(bearer(second)).expect(200);
      const third = (await refresh(second.refreshToken).expect(200)).body as Tokens;
      await me(bearer(third)).expect(200);
      // One family, each token spent in turn, stored only as its SHA-256.
      const stored: Array<{ rotated: boolean; isThird: boolean }> = await api.db.query(
        `SELECT t.rotated_at IS NOT NULL AS rotated, t.token_hash = sha256(convert_to($2, 'UTF8')) AS "isThird"
           FROM refresh_tokens t JOIN login_sessions s ON s.id = t.session_id
          WHERE s.user_id = $1 AND s.created_at = (SELECT max(created_at) FROM login_sessions WHERE user_id = $1)
          ORDER BY t.created_at, t.rotated_at NULLS LAST`,
        [tutor.userId, third.refreshToken],
      );
      expect(stored).toEqual([
        { rotated: true, isThird: false },
        { rotated: true, isThird: false },
        { rotated: false, isThird: true },
      ]);
    });

    it('revoke the whole login when a rotated refresh token is used again', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      const first = await logIn(tutor);
      const second = (await refresh(first.refreshToken).expect(200)).body as Tokens;
      expectProblem(await refresh(first.refreshToken), 401, 'SESSION_REVOKED');
      expectProblem(await refresh(second.refreshToken), 401, 'SESSION_REVOKED');
      expectProblem(await me(bearer(second)), 401, 'UNAUTHENTICATED');
      await me(tutor.auth).expect(200); // another login of the same user goes on
      expect(await auditCount('REFRESH_TOKEN_REUSED', tutor.userId)).toBe(1);
    });

    it('refuse an unknown token with 401 and a malformed one with 400, changing nothing', async () => {
      expectProblem(await refresh('A'.repeat(43)), 401, 'SESSION_REVOKED');
      const malformed = await refresh("'; DROP TABLE users; --");
      expectProblem(malformed, 400, 'VALIDATION_FAILED');
    });

    it('are refused for a deactivated user', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      const tokens = await logIn(tutor);
      await http()
        .patch(`/api/users/${tutor.userId}`)
        .set('Authorization', admin.auth)
        .send({ active: false })
        .expect(200);
      expectProblem(await refresh(tokens.refreshToken), 401, 'SESSION_REVOKED');
    });
  });

  describe('logging out', () => {
    it('ends one login: its refresh and access tokens stop, the others go on', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      const tokens = await logIn(tutor);
      await http().post('/api/auth/logout').send({ refreshToken: tokens.refreshToken }).expect(204);
      expectProblem(await refresh(tokens.refreshToken), 401, 'SESSION_REVOKED');
      expectProblem(await me(bearer(tokens)), 401, 'UNAUTHENTICATED');
      await me(tutor.auth).expect(200);
      expect(await auditCount('LOGOUT', tutor.userId)).toBe(1);
    });

    it('everywhere: every login of the user ends, and a new one works', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      const other = await logIn(tutor);
      await http().post('/api/auth/logout-all').set('Authorization', tutor.auth).expect(204);
      for (const auth of [tutor.auth, bearer(other)]) {
        expectProblem(await me(auth), 401, 'UNAUTHENTICATED');
      }
      expectProblem(await refresh(other.refreshToken), 401, 'SESSION_REVOKED');
      await me(bearer(await logIn(tutor))).expect(200);
      expect(await auditCount('SESSIONS_REVOKED', tutor.userId)).toBe(1);
    });

    it('everywhere refuses a body, so a stray request does not end the sessions by mistake', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      expectProblem(
        await http()
          .post('/api/auth/logout-all')
          .set('Authorization', tutor.auth)
          .send({ everywhere: true }),
        400,
        'BODY_NOT_ALLOWED',
      );
      await me(tutor.auth).expect(200);
    });

    it('an admin ends every login of a user of the organisation, and nobody else can', async () => {
      const tutor = await createSession(api.app, admin.organisationId, 'tutor');
      const coordinator = await createSession(api.app, admin.organisationId, 'coordinator');
      expectProblem(
        await http()
          .post(`/api/users/${tutor.userId}/logout-all`)
          .set('Authorization', coordinator.auth),
        403,
        'FORBIDDEN',
      );
      const stranger = await createOrganisation(api.app, 'Altra organizzazione');
      expectProblem(
        await http()
          .post(`/api/users/${tutor.userId}/logout-all`)
          .set('Authorization', stranger.auth),
        404,
        'USER_NOT_FOUND',
      );
      await me(tutor.auth).expect(200);
      await http()
        .post(`/api/users/${tutor.userId}/logout-all`)
        .set('Authorization', admin.auth)
        .expect(204);
      expectProblem(await me(tutor.auth), 401, 'UNAUTHENTICATED');
      const [entry] = await api.db.query(
        `SELECT actor_user_id, details FROM audit_log WHERE action = 'SESSIONS_REVOKED' AND subject_id = $1`,
        [tutor.userId],
      );
      expect(entry).toEqual({ actor_user_id: admin.userId, details: { reason: 'admin' } });
    });
  });

  it('documents the new operations with their success body and problem+json errors', async () => {
    const { body: document } = await http().get('/api/docs-json').expect(200);
    for (const [path, status] of [
      ['/api/auth/refresh', '200'],
      ['/api/auth/logout', '204'],
      ['/api/auth/logout-all', '204'],
      ['/api/users/{id}/logout-all', '204'],
    ]) {
      const responses = document.paths[path].post.responses;
      expect(responses[status]).toBeDefined();
      const errors = Object.keys(responses).filter((code) => code >= '400');
      expect(errors.length).toBeGreaterThan(0);
      for (const code of errors) {
        expect(Object.keys(responses[code].content ?? {})).toEqual(['application/problem+json']);
      }
    }
  });
});
