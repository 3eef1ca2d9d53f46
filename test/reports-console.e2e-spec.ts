import {
  createOrganisation,
  createSession,
  createTestCandidate,
  TEST_PASSWORD,
  type TestSession,
} from '#libs/testing';
import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import {
  accessibilityProblems,
  type ConsoleHarness,
  openPage,
  press,
  screenshot,
  startConsoleHarness,
  type,
} from './support/console-harness.js';

/** The funder report page of the console, in a real headless Chromium against the real API. */
describe('funder report page (browser)', () => {
  let h: ConsoleHarness | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let coordinator: TestSession;
  const api = () => request(h!.api.app.getHttpServer());

  beforeAll(async () => {
    h = await startConsoleHarness('reports-console');
    const admin = await createOrganisation(h.api.app, 'Cooperativa Rendiconti');
    coordinator = await createSession(h.api.app, admin.organisationId, 'coordinator', 'Carla');
    const project = await api()
      .post('/api/projects')
      .set('Authorization', coordinator.auth)
      .send({
        name: 'Lavoro di Comunità',
        funder: 'Fondazione Cariplo',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        targets: { PEOPLE_IN_CHARGE: 10 },
      })
      .expect(201);
    for (let i = 0; i < 6; i += 1) {
      const candidateId = await createTestCandidate(h.api.app, coordinator, {
        firstName: `Persona${i}`,
        email: `persona${i}@example.org`,
        gender: i < 4 ? 'F' : 'M',
      });
      await api()
        .post(`/api/projects/${project.body.id}/people`)
        .set('Authorization', coordinator.auth)
        .send({ candidateId, joinedOn: '2026-02-01' })
        .expect(201);
    }
    ({ context, page } = await openPage(h));
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await h?.close();
  }, 60_000);

  it('a coordinator picks a project and reads its figures against the targets', async () => {
    await page.goto('/');
    await type(page, page.getByLabel('E-mail'), coordinator.email);
    await type(page, page.getByLabel('Password'), TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/persone');
    await page.goto('/rendicontazione');
    await page.getByRole('heading', { name: 'Rendicontazione' }).waitFor();
    await page
      .getByLabel('Progetto')
      .selectOption({ label: 'Lavoro di Comunità – Fondazione Cariplo' });
    const row = page.getByRole('row', { name: /Persone prese in carico/ }).first();
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/6\s+10\s+60%/);
    await expect(
      page.getByText('Donne: 66,7% delle persone prese in carico').isVisible(),
    ).resolves.toBe(true);
    await press(
      page,
      page.getByLabel('Come esce dall’organizzazione (conteggi piccoli oscurati)'),
      'Space',
    );
    await page
      .getByRole('row', { name: /Donne prese in carico/ })
      .getByText('n.d.')
      .waitFor();
    await screenshot(page, 'reports-01-progetto');
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
