import {
  createOrganisation,
  createSession,
  createTestCompany,
  TEST_PASSWORD,
  type TestSession,
  vacancyBody,
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

/**
 * The web console in a real headless Chromium, against the real API, worker, PostgreSQL and Redis.
 * The tutor's main flow is driven with the keyboard only (focus, type, Enter, Space).
 */
describe('web console (browser)', () => {
  let h: ConsoleHarness | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let tutor: TestSession;
  let consultant: TestSession;
  let dayJob: string;
  let eveningJob: string;
  const pages = new Map<string, string>();
  const api = () => request(h!.api.app.getHttpServer());

  beforeAll(async () => {
    h = await startConsoleHarness('console');
    const admin = await createOrganisation(h.api.app, 'Cooperativa Sociale Console');
    tutor = await createSession(h.api.app, admin.organisationId, 'tutor', 'Giulia Tutor');
    consultant = await createSession(
      h.api.app,
      admin.organisationId,
      'consultant',
      'Marco Consulente',
    );
    const company = await createTestCompany(h.api.app, consultant, 1, {
      name: 'Pulizie Brillanti srl',
      headcount: 60,
    });
    const post = (body: object) =>
      api().post('/api/vacancies').set('Authorization', consultant.auth).send(body).expect(201);
    dayJob = (await post(vacancyBody(company, { title: 'Addetta alle pulizie uffici' }))).body.id;
    eveningJob = (
      await post(
        vacancyBody(company, {
          title: 'Pulizie serali negozi',
          shifts: [1, 2, 3, 4, 5].map((day) => ({ day, start: '18:30', end: '22:00' })),
        }),
      )
    ).body.id;
    ({ context, page } = await openPage(h));
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await h?.close();
  }, 60_000);

  async function expectAccessible(name: string) {
    await screenshot(page, name);
    expect(await accessibilityProblems(page)).toEqual([]);
  }

  it('a tutor signs in, takes a person in charge with school hours, opens a "why not", proposes and records a hire, with the keyboard only', async () => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { name: 'Accedi alla console' }).isVisible(),
    ).resolves.toBe(true);
    await expectAccessible('01-accesso');

    // Tab from the top of the page reaches the e-mail box: the form is in the keyboard's path.
    await page.keyboard.press('Tab');
    await page.keyboard.type(tutor.email);
    await type(page, page.getByLabel('Password'), TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Le mie persone' }).waitFor();
    await expectAccessible('02-le-mie-persone-vuota');

    await press(page, page.getByRole('link', { name: 'Nuova persona', exact: true }));
    await page.getByRole('heading', { name: 'Nuova persona in carico' }).waitFor();
    await type(page, page.getByLabel('Nome', { exact: true }), 'Amina');
    await type(page, page.getByLabel('Cognome'), 'Benali');
    await page.getByLabel('Data di nascita').fill('1988-04-12');
    const municipality = page.getByRole('combobox', { name: 'Comune di residenza o domicilio' });
    await type(page, municipality, 'Milan');
    await page.getByRole('option', { name: /^Milano \(MI\)/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect(municipality.inputValue()).resolves.toBe('Milano (MI)');

    await press(page, page.getByRole('button', { name: /Orario scolastico/ }));
    await expect(page.getByLabel('Venerdì, dalle').inputValue()).resolves.toBe('08:30');
    await expect(page.getByLabel('Venerdì, alle').inputValue()).resolves.toBe('16:00');
    await expect(page.getByLabel('Sabato, dalle').count()).resolves.toBe(0);

    const occupation = page.getByRole('combobox', { name: /Aggiungi una professione/ });
    await type(page, occupation, 'badante');
    const offered = page
      .getByRole('listbox', { name: /Aggiungi una professione/ })
      .getByRole('option')
      .first();
    await offered.waitFor();
    expect(await offered.textContent()).toMatch(/badante/i);
    await page.keyboard.press('Enter');
    await press(page, page.getByLabel('Genitore con figli minori'), 'Space');
    await page.getByLabel('Chi ha inviato la persona').selectOption('SOCIAL_SERVICES');
    await type(page, page.getByLabel('Nome del servizio'), 'Servizi sociali Municipio 2');
    await expectAccessible('03-nuova-persona');

    await press(page, page.getByRole('button', { name: 'Prendi in carico' }));
    await page.getByRole('heading', { name: 'Abbinamenti per Amina Benali' }).waitFor();
    const candidateId = new URL(page.url()).pathname.split('/')[2]!;
    pages.set('profile', `/persone/${candidateId}`);
    pages.set('matches', `/persone/${candidateId}/abbinamenti`);
    pages.set('pathway', `/persone/${candidateId}/percorso`);

    // The worker computes the matches; the page shows them without a reload.
    const dayCard = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Addetta alle pulizie uffici' }) });
    await dayCard.waitFor({ timeout: 60_000 });
    expect(await dayCard.textContent()).toMatch(/Pulizie Brillanti srl/);
    await expect(dayCard.getByRole('meter').count()).resolves.toBeGreaterThan(2);
    await expect(
      page.getByRole('heading', { name: 'Pulizie serali negozi' }).count(),
    ).resolves.toBe(0);
    await expectAccessible('04-abbinamenti');

    // "Why not" for a vacancy that is not in the list: looked up by its title.
    await type(page, page.getByRole('combobox', { name: /Cerca un’offerta/ }), 'serali');
    // The worker indexes the vacancy for search through the outbox.
    await page.getByRole('option', { name: /Pulizie serali negozi/ }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.getByText('Abbinamento non possibile').waitFor();
    expect(page.url()).toContain(`/abbinamenti/${eveningJob}`);
    const failed = page.getByRole('listitem').filter({ hasText: 'Non rispettato' });
    expect(await failed.first().textContent()).toMatch(/orari|disponibil/i);
    await expectAccessible('05-perche-no');

    await press(page, page.getByRole('link', { name: /Torna agli abbinamenti/ }));
    await press(page, dayCard.getByRole('button', { name: 'Proponi' }));
    await dayCard.getByText('Proposta registrata').waitFor();

    // The caseload now names the next action: news on the proposal before it expires.
    await press(page, page.getByRole('link', { name: 'Le mie persone', exact: true }));
    const row = page.getByRole('row').filter({ hasText: 'Benali Amina' });
    await row.getByText('Aggiornare la proposta (proposta dal tutor)').waitFor();
    expect(await row.textContent()).toMatch(/entro il \d{1,2}\/\d{1,2}\/\d{4}/);
    await press(page, row.getByRole('link', { name: /^Percorso/ }));
    await page.getByRole('heading', { name: 'Percorso di Amina Benali' }).waitFor();
    const proposal = page.getByRole('region', {
      name: /Addetta alle pulizie uffici – Pulizie Brillanti srl/,
    });
    for (const step of ['Candidatura inviata all’azienda', 'Colloquio fissato']) {
      await press(page, proposal.getByRole('button', { name: step }));
      await press(page, proposal.getByRole('button', { name: 'Registra' }));
      await proposal.getByRole('button', { name: step }).waitFor({ state: 'detached' });
    }
    await press(page, proposal.getByRole('button', { name: 'Assunzione' }));
    await expect(proposal.getByLabel('Tipo di contratto (codice CO)').inputValue()).resolves.toBe(
      'A.02.00',
    );
    await type(page, proposal.getByLabel('Ore settimanali'), '24');
    await press(page, proposal.getByLabel('Lavoro a km zero'), 'Space');
    await expectAccessible('06-registra-assunzione');
    await press(page, proposal.getByRole('button', { name: 'Registra' }));
    await proposal.getByText('Stato: Assunzione').waitFor();
    await page.getByText(/Tempo determinato \(A\.02\.00\) dal/).waitFor();
    await expectAccessible('07-percorso');

    const placements = await api()
      .get(`/api/candidates/${candidateId}/placements`)
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(placements.body).toEqual([
      expect.objectContaining({
        contractType: 'A.02.00',
        weeklyHours: 24,
        kmZero: true,
        vacancyId: dayJob,
      }),
    ]);
    const person = await api()
      .get(`/api/candidates/${candidateId}`)
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(person.body.targetGroups).toEqual(['PARENT']);
    expect(person.body.referral).toEqual(
      expect.objectContaining({ kind: 'SOCIAL_SERVICES', name: 'Servizi sociali Municipio 2' }),
    );
    expect(person.body.availability).toEqual(
      [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:30', end: '16:00' })),
    );
  }, 180_000);

  it('shows each main page with the person’s data, accessible, with at most three API calls on load', async () => {
    await page.goto(pages.get('matches')!);
    await page.getByRole('heading', { name: 'Addetta alle pulizie uffici' }).waitFor();
    const routes: Array<[string, string, string]> = [
      ['08-le-mie-persone', '/persone', 'Benali Amina'],
      ['09-scheda', pages.get('profile')!, 'Dati particolari (art. 9 GDPR)'],
      ['10-abbinamenti', pages.get('matches')!, 'Addetta alle pulizie uffici'],
      ['11-percorso', pages.get('pathway')!, 'Stato: Assunzione'],
      ['12-ricerca', '/ricerca', 'Pulizie serali negozi'],
      ['13-candidati-offerta', `/offerte/${dayJob}/candidati`, 'Benali Amina'],
    ];
    for (const [name, path, expected] of routes) {
      const calls: string[] = [];
      const count = (req: { url(): string }) => {
        if (new URL(req.url()).pathname.startsWith('/api/'))
          calls.push(new URL(req.url()).pathname);
      };
      page.on('request', count);
      await page.goto(path);
      await page.getByText(expected).first().waitFor();
      await page.waitForLoadState('networkidle');
      page.off('request', count);
      expect({ path, calls: calls.length <= 3 ? 'ok' : calls }).toEqual({ path, calls: 'ok' });
      await expectAccessible(name);
    }
    const caseload = await page.goto('/persone');
    expect(caseload?.headers()['content-type']).toMatch(/text\/html/);
  }, 180_000);

  it('keeps what was typed when the session expires: the password dialog, then the same request again', async () => {
    await page.goto('/persone/nuova');
    await type(page, page.getByLabel('Nome', { exact: true }), 'Lucia');
    await type(page, page.getByLabel('Cognome'), 'Ferri');
    await page.getByLabel('Data di nascita').fill('1979-11-03');
    await type(
      page,
      page.getByRole('combobox', { name: 'Comune di residenza o domicilio' }),
      'Sesto S',
    );
    await page.getByRole('option', { name: /Sesto San Giovanni/ }).waitFor();
    await page.keyboard.press('Enter');
    // The server refuses the next request as it does an expired token.
    await page.route(
      '**/api/candidates',
      (route) =>
        route.continue({
          headers: { ...route.request().headers(), authorization: 'Bearer scaduto' },
        }),
      { times: 1 },
    );
    await press(page, page.getByRole('button', { name: 'Prendi in carico' }));
    const dialog = page.getByRole('dialog', { name: 'La sessione è scaduta' });
    await dialog.waitFor();
    await expect(page.getByLabel('Nome', { exact: true }).inputValue()).resolves.toBe('Lucia');
    await screenshot(page, '14-sessione-scaduta');
    await type(page, dialog.getByLabel('Password'), TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Abbinamenti per Lucia Ferri' }).waitFor();
    const list = await api()
      .get('/api/candidates?q=Ferri')
      .set('Authorization', tutor.auth)
      .expect(200);
    expect(list.body.total).toBe(1);
  }, 60_000);

  it('shows the API’s Italian messages next to the fields they name', async () => {
    await page.goto('/persone/nuova');
    await type(page, page.getByLabel('Nome', { exact: true }), 'Senza');
    await press(page, page.getByRole('button', { name: 'Prendi in carico' }));
    await page.getByText('Controlla i campi segnalati.').waitFor();
    const lastName = page.getByLabel('Cognome');
    await expect(lastName.getAttribute('aria-invalid')).resolves.toBe('true');
    const message = page.locator(`#${await lastName.getAttribute('aria-describedby')}`);
    expect(await message.textContent()).toMatch(/\S/);
    await expect(
      page
        .getByRole('combobox', { name: 'Comune di residenza o domicilio' })
        .getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await expectAccessible('15-errori-nei-campi');
  }, 60_000);

  it('shows each role only the menu it may use, also on a phone', async () => {
    const phone = await openPage(h!, 'phone');
    try {
      const p = phone.page;
      await p.goto('/');
      await type(p, p.getByLabel('E-mail'), consultant.email);
      await type(p, p.getByLabel('Password'), TEST_PASSWORD);
      await p.keyboard.press('Enter');
      await p.getByRole('heading', { name: 'Ricerca' }).waitFor();
      const menu = p.getByRole('navigation', { name: 'Menu principale' });
      expect(await menu.getByRole('link').allTextContents()).toEqual([
        'Ricerca',
        'Aziende',
        'Calcolo quota',
        'Offerte',
        'Scouting',
        'Territorio',
      ]);
      await type(p, p.getByLabel('Cosa cerchi'), 'serali');
      await p.getByText('1 risultato').waitFor();
      await screenshot(p, '16-ricerca-telefono-consulente');
      expect(await accessibilityProblems(p)).toEqual([]);
      await p.goto('/persone/nuova');
      await p.getByText('Questa pagina non è disponibile per il tuo ruolo.').waitFor();

      await p.evaluate(() => sessionStorage.clear());
      await p.goto('/');
      await type(p, p.getByLabel('E-mail'), tutor.email);
      await type(p, p.getByLabel('Password'), TEST_PASSWORD);
      await p.keyboard.press('Enter');
      await p.getByText('Benali Amina').waitFor();
      expect(await menu.getByRole('link').allTextContents()).toEqual([
        'Le mie persone',
        'Nuova persona',
        'Ricerca',
        'Bollettino',
      ]);
      await screenshot(p, '17-le-mie-persone-telefono');
      await p.goto(pages.get('matches')!);
      await p.getByRole('heading', { name: 'Addetta alle pulizie uffici' }).waitFor();
      await screenshot(p, '18-abbinamenti-telefono');
      expect(await accessibilityProblems(p)).toEqual([]);
    } finally {
      await phone.context.close();
    }
  }, 90_000);

  it('leaves the API and the bulletin pages their own 404s', async () => {
    await api()
      .get('/api/nessuna-risorsa')
      .expect(404)
      .expect('content-type', /problem\+json/);
    const bulletin = await api().get('/bollettino/nessuna-area/2026-01');
    expect(bulletin.status).toBeGreaterThanOrEqual(400);
    expect(bulletin.text).not.toContain('<div id="root">');
    await api().get('/assets/nessun-file.js').expect(404);
    const spa = await api().get('/persone/qualcuno/percorso').expect(200);
    expect(spa.text).toContain('<div id="root">');
  });
});
