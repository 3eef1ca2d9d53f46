import {
  candidateBody,
  createOrganisation,
  createSession,
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

/** The person's page in a real Chromium: the tutor limits where a person may work by municipality. */
describe('web console: allowed municipalities (browser)', () => {
  let h: ConsoleHarness | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let tutor: TestSession;
  let person: string;
  const api = () => request(h!.api.app.getHttpServer());

  beforeAll(async () => {
    h = await startConsoleHarness('console_allowed_area');
    const admin = await createOrganisation(h.api.app, 'Cooperativa Aree');
    tutor = await createSession(h.api.app, admin.organisationId, 'tutor', 'Paola Tutor');
    person = (
      await api()
        .post('/api/candidates')
        .set('Authorization', tutor.auth)
        .send(candidateBody({ firstName: 'Marco', lastName: 'Rinaldi', email: null }))
        .expect(201)
    ).body.id;
    ({ context, page } = await openPage(h));
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await h?.close();
  }, 60_000);

  it('adds Lodi to the allowed municipalities, saves it on the record and shows it by name', async () => {
    await page.goto('/');
    await type(page, page.getByLabel('E-mail'), tutor.email);
    await type(page, page.getByLabel('Password'), TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Le mie persone' }).waitFor();
    await page.goto(`/persone/${person}`);
    await page.getByRole('heading', { name: 'Marco Rinaldi' }).waitFor();

    const picker = page.getByRole('combobox', { name: /Comuni in cui può lavorare/ });
    await type(page, picker, 'Lodi');
    await page.getByRole('option', { name: /^Lodi \(LO\)/ }).waitFor();
    await page.keyboard.press('Enter');
    const chosen = page.getByRole('list', { name: 'Comuni consentiti' });
    await chosen.getByText('Lodi (LO)').waitFor();
    await press(page, page.getByRole('button', { name: 'Salva la scheda' }));
    await page.getByText('Scheda salvata.').waitFor();
    await screenshot(page, 'allowed-area-01-comuni-consentiti');
    expect(await accessibilityProblems(page)).toEqual([]);

    const record = await api()
      .get(`/api/candidates/${person}`)
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(record.body.allowedArea).toEqual({ municipalityCodes: ['098031'] });

    // Removing the only municipality removes the limit.
    await press(page, chosen.getByRole('button', { name: 'Rimuovi Lodi (LO)' }));
    await press(page, page.getByRole('button', { name: 'Salva la scheda' }));
    await page.getByText('Scheda salvata.').waitFor();
    const after = await api()
      .get(`/api/candidates/${person}`)
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(after.body.allowedArea).toBeNull();
  }, 90_000);
});
