import { readFile } from 'node:fs/promises';
import {
  createOrganisation,
  createSession,
  createTestCandidate,
  createTestCompany,
  TEST_PASSWORD,
  type TestSession,
  vacancyBody,
  waitFor,
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
import { todayInRome } from '#libs/kernel';

/** Every special-category value of one person: none may reach a consultant's page or its API calls. */
const SECRETS = {
  health: 'Segretosalute epilessia farmacoresistente',
  justiceMeasure: 'Segretogiustizia affidamento in prova',
  permitType: 'Segretoasilo permesso umanitario',
  violenceCentre: 'Segretoviolenza CAV Niguarda',
  violenceNotes: 'Segretoviolenza percorso di protezione',
  l68Office: 'Segretocollocamento ufficio di Milano',
  referral: 'Segretoinvio centro antiviolenza',
};
/** A tile server the test browser never reaches: every request outside the machine is refused. */
const TILES = 'https://tiles.example.org/osm/{z}/{x}/{y}.png';
const SENSITIVE_GROUP_LABELS = [
  'Area penale',
  'Richiedente asilo o titolare di protezione',
  'Donna in uscita da violenza',
];

/**
 * The company consultants' console in a real headless Chromium, against the real API, worker,
 * PostgreSQL and Redis: companies and Law 68, scouting, vacancies. No request leaves the machine
 * (map tiles included: the map must draw its markers without them).
 */
describe('web console for company consultants (browser)', () => {
  let h: ConsoleHarness | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let consultant: TestSession;
  let coordinator: TestSession;
  let cleaning: { id: string; siteId: string };
  let warehouse: { id: string; siteId: string };
  let bakery: { id: string; siteId: string };
  let vacancyId: string;
  let reservedVacancyId: string;
  let personId: string;
  const blockedTiles: string[] = [];
  const api = () => request(h!.api.app.getHttpServer());

  beforeAll(async () => {
    h = await startConsoleHarness('console-consultants', { MAP_TILE_URL: TILES });
    const admin = await createOrganisation(h.api.app, 'Consorzio Consulenti Aziende');
    consultant = await createSession(
      h.api.app,
      admin.organisationId,
      'consultant',
      'Paola Consulente',
    );
    coordinator = await createSession(
      h.api.app,
      admin.organisationId,
      'coordinator',
      'Carla Coordina',
    );
    cleaning = await createTestCompany(h.api.app, consultant, 11, {
      name: 'Pulizie Brambilla srl',
      headcount: 63,
    });
    warehouse = await createTestCompany(h.api.app, consultant, 12, {
      name: 'Magazzini Lombardi spa',
      headcount: 120,
    });
    bakery = await createTestCompany(h.api.app, consultant, 13, {
      name: 'Panetteria Sotto Casa',
      headcount: 4,
      kmZero: true,
    });
    // The warehouse is below quota from the start: 2 uncovered positions on the map and in the priorities.
    await api()
      .post(`/api/companies/${warehouse.id}/law68/declarations`)
      .set('Authorization', consultant.auth)
      .send({
        referenceDate: '2025-12-31',
        registeredOfficeProvince: 'MI',
        provinces: [
          {
            province: 'MI',
            totalEmployees: 63,
            disabledEmployees: [{ count: 2 }],
            art18Employees: 1,
          },
        ],
      })
      .expect(201);
    personId = await createTestCandidate(h.api.app, coordinator, {
      firstName: 'Rosalba',
      lastName: 'Quintavalle',
      email: null,
      targetGroups: ['DISABILITY_L68', 'CRIMINAL_JUSTICE', 'ASYLUM', 'VIOLENCE', 'PARENT'],
      referral: { kind: 'ANTI_VIOLENCE_CENTRE', name: SECRETS.referral },
      sensitive: {
        health: { notes: SECRETS.health },
        justice: { authority: 'UEPE', measure: SECRETS.justiceMeasure, endsOn: '2027-06-30' },
        asylum: { status: 'REFUGEE', permitType: SECRETS.permitType, reception: 'SAI' },
        violence: { antiViolenceCentre: SECRETS.violenceCentre, notes: SECRETS.violenceNotes },
        l68: {
          category: 'DISABILITY',
          percent: 67,
          registeredInList: true,
          certifyingBody: 'INPS',
          registrationOffice: SECRETS.l68Office,
        },
      },
    });
    vacancyId = (
      await api()
        .post('/api/vacancies')
        .set('Authorization', consultant.auth)
        .send(vacancyBody(cleaning, { title: 'Addetta pulizie mattina' }))
        .expect(201)
    ).body.id;
    reservedVacancyId = (
      await api()
        .post('/api/vacancies')
        .set('Authorization', consultant.auth)
        .send(
          vacancyBody(cleaning, { title: 'Addetta pulizie riservata', reservedL68: 'DISABILITY' }),
        )
        .expect(201)
    ).body.id;
    ({ context, page } = await openPage(h));
    await blockOutsideRequests(context, h.baseUrl, blockedTiles);
    await signIn(page, consultant);
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await h?.close();
  }, 60_000);

  async function expectAccessible(p: Page, name: string) {
    await screenshot(p, name);
    expect(await accessibilityProblems(p)).toEqual([]);
  }

  it('shows a consultant the menu of the companies, scouting and vacancies, and no tutor page', async () => {
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Ricerca',
      'Aziende',
      'Calcolo quota',
      'Offerte',
      'Scouting',
      'Territorio',
    ]);
    await page.goto('/persone');
    await page.getByText('Questa pagina non è disponibile per il tuo ruolo.').waitFor();
  });

  it('records a workforce declaration and sees the uncovered position, then a convention covers it', async () => {
    await page.goto('/aziende');
    const row = page.getByRole('row').filter({ hasText: 'Magazzini Lombardi spa' });
    await row.getByText('Sotto quota').waitFor();
    expect(await row.textContent()).toMatch(/Sotto quota\s*2\s*0/);
    await expectAccessible(page, 'c01-aziende');

    await press(page, page.getByRole('link', { name: 'Pulizie Brambilla srl' }));
    await page.getByRole('heading', { name: 'Pulizie Brambilla srl', level: 1 }).waitFor();
    await page.getByText('Nessun organico registrato').waitFor();
    const declaration = page.getByRole('group', { name: 'Registra l’organico' });
    await expect(declaration.getByLabel('Data di riferimento').inputValue()).resolves.toMatch(
      /^\d{4}-12-31$/,
    );
    await type(page, declaration.getByLabel('Dipendenti in forza'), '63');
    await declaration.getByLabel('Lavoratori disabili in forza (art. 1)').fill('3');
    await declaration.getByLabel('Lavoratori art. 18 in forza').fill('1');
    await press(page, page.getByRole('button', { name: 'Registra l’organico' }));
    await page.getByText('Organico registrato: la posizione è aggiornata.').waitFor();

    const position = page.getByRole('region', { name: 'Posizione L. 68 oggi' });
    const figure = (label: string) =>
      position.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=../dd');
    await figure('Scoperti disabili').getByText('1').waitFor();
    await expect(figure('Quota disabili \\(art. 3\\)').textContent()).resolves.toBe('4');
    await expect(figure('Posti coperti').textContent()).resolves.toBe('3');
    // The working, step by step, each with its article, as the API returns it.
    const working = position.getByRole('table', { name: 'Il calcolo, passo per passo' });
    expect(await working.getByRole('row').count()).toBeGreaterThan(3);
    expect(await working.textContent()).toMatch(/art\. 3/);
    expect(await working.textContent()).toMatch(/Organico dichiarato/);

    const convention = page.getByRole('group', { name: 'Aggiungi una convenzione' });
    await convention.getByLabel('Tipo di convenzione').selectOption('ART12BIS');
    await convention.getByLabel('Posti (assunzioni programmate o lavoratori inseriti)').fill('1');
    await type(
      page,
      convention.getByLabel('Cooperativa sociale (obbligatoria per 12-bis e 14)'),
      'Cooperativa sociale Il Germoglio',
    );
    await press(page, page.getByRole('button', { name: 'Aggiungi la convenzione' }));
    await page.getByText('Convenzione registrata: la posizione è aggiornata.').waitFor();
    await figure('Scoperti disabili').getByText('0').waitFor();
    await expect(figure('Posti coperti').textContent()).resolves.toBe('4');
    await page.getByText(/Cooperativa sociale Il Germoglio · in corso/).waitFor();

    // Coverage over time: the chart, and the table that says the same.
    const coverage = page.getByRole('region', { name: 'Copertura nel tempo' });
    await coverage.getByRole('img', { name: 'Andamento di quota e posti coperti' }).waitFor();
    const history = coverage.getByRole('table').getByRole('row');
    await history.filter({ hasText: 'Convenzione' }).last().waitFor();
    expect(await history.filter({ hasText: 'Organico' }).count()).toBeGreaterThan(0);
    expect(await history.filter({ hasText: 'Convenzione' }).last().textContent()).toMatch(/4\s*0$/);
    await expectAccessible(page, 'c02-azienda-legge-68');

    const stored = await api()
      .get(`/api/companies/${cleaning.id}/law68`)
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(stored.body.position).toEqual(
      expect.objectContaining({ coverage: 4, uncoveredDisabled: 0, uncoveredArt18: 0 }),
    );
    expect(stored.body.conventions).toEqual([
      expect.objectContaining({ type: 'ART12BIS', positions: 1 }),
    ]);

    // Ending it before it started is refused, in Italian, and changes nothing; then it ends today.
    const today = todayInRome();
    const endDate = page.getByLabel(/^Data di fine: /);
    await endDate.fill('2020-01-01');
    await press(page, page.getByRole('button', { name: /^Concludi la convenzione/ }));
    const refused = page.getByRole('alert').filter({ hasText: /\S/ });
    await refused.first().waitFor();
    const unchanged = await api()
      .get(`/api/companies/${cleaning.id}/law68/conventions`)
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(unchanged.body[0]).toEqual(expect.objectContaining({ endDate: null, version: 1 }));
    await endDate.fill(today);
    await press(page, page.getByRole('button', { name: /^Concludi la convenzione/ }));
    await waitFor(
      async () =>
        (
          await api()
            .get(`/api/companies/${cleaning.id}/law68/conventions`)
            .set('Authorization', consultant.auth)
        ).body[0],
      (convention) => convention.endDate === today && convention.version === 2,
    );
  }, 120_000);

  it('refuses an impossible workforce with the API’s Italian message next to the field', async () => {
    await page.goto(`/aziende/${bakery.id}`);
    const declaration = page.getByRole('group', { name: 'Registra l’organico' });
    await declaration.getByLabel('Dipendenti in forza').fill('');
    await press(page, page.getByRole('button', { name: 'Registra l’organico' }));
    const total = declaration.getByLabel('Dipendenti in forza');
    await declaration.locator('input[aria-invalid="true"]').first().waitFor();
    await expect(total.getAttribute('aria-invalid')).resolves.toBe('true');
    const message = page.locator(`#${await total.getAttribute('aria-describedby')}`);
    expect(await message.textContent()).toMatch(/\S/);
    const declarations = await api()
      .get(`/api/companies/${bakery.id}/law68/declarations`)
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(declarations.body).toEqual([]);
  }, 60_000);

  it('answers "quanti ne deve assumere?" on a phone, with the working step by step', async () => {
    const phone = await openPage(h!, 'phone');
    try {
      await blockOutsideRequests(phone.context, h!.baseUrl, blockedTiles);
      await signIn(phone.page, consultant);
      const p = phone.page;
      await p.goto('/calcolo-quota');
      await p.getByRole('heading', { name: 'Calcolo della quota' }).waitFor();
      await type(p, p.getByLabel('Dipendenti in forza'), '150');
      await p.getByLabel('Lavoratori disabili in forza (art. 1)').fill('4');
      await press(p, p.getByRole('button', { name: 'Calcola' }));
      const result = p.getByRole('region', { name: 'Risultato' });
      await result.getByText(/Deve assumere ancora \d+ persone?\./).waitFor();
      const steps = result.getByRole('table', { name: 'Il calcolo, passo per passo' });
      expect(await steps.textContent()).toMatch(/L\. 68\/1999/);
      const width = await p.evaluate<number>('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(390);
      await expectAccessible(p, 'c03-calcolo-quota-telefono');
      // The answer is the API's: the same workforce sent to the calculator gives the same figures.
      const computed = await api()
        .post('/api/law68/quota')
        .set('Authorization', consultant.auth)
        .send({
          referenceDate: await p.getByLabel('Data di riferimento').inputValue(),
          registeredOfficeProvince: 'MI',
          employerKind: 'ORDINARY',
          provinces: [
            {
              province: 'MI',
              totalEmployees: 150,
              disabledEmployees: [{ count: 4 }],
              art18Employees: 0,
            },
          ],
        })
        .expect(200);
      const owed = computed.body.position.uncoveredDisabled + computed.body.position.uncoveredArt18;
      expect(owed).toBeGreaterThan(0);
      await result.getByText(`Deve assumere ancora ${owed} persone.`).waitFor();
    } finally {
      await phone.context.close();
    }
  }, 90_000);

  it('moves a company on the scouting board with the mouse and with the keyboard, each move recorded', async () => {
    await page.goto('/scouting');
    const column = (name: string) =>
      page.getByRole('list', { name: 'Fasi dello scouting' }).getByRole('listitem', { name });
    const card = (name: string) =>
      page.locator('li.scouting-card').filter({ has: page.getByRole('link', { name }) });
    await column('Da contattare').getByRole('link', { name: 'Magazzini Lombardi spa' }).waitFor();
    await expectAccessible(page, 'c04-scouting');

    await dragWithMouse(page, card('Magazzini Lombardi spa'), column('Contattata'));
    await column('Contattata').getByRole('link', { name: 'Magazzini Lombardi spa' }).waitFor();
    await page.getByText('Magazzini Lombardi spa è ora nella fase “Contattata”.').waitFor();

    // Keyboard only: the "Sposta in" select (type-ahead), then Tab to Sposta and Enter.
    await page.getByLabel('Sposta Magazzini Lombardi spa in').focus();
    await page.keyboard.type('Consulenza');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await column('Consulenza in corso')
      .getByRole('link', { name: 'Magazzini Lombardi spa' })
      .waitFor();

    const scouting = await api()
      .get(`/api/scouting/companies/${warehouse.id}`)
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(scouting.body.stage).toBe('CONSULTANCY');
    expect(scouting.body.stageHistory.map((s: { toStage: string }) => s.toStage).sort()).toEqual([
      'CONSULTANCY',
      'CONTACTED',
    ]);

    // The company page shows both moves.
    await press(
      page,
      card('Magazzini Lombardi spa').getByRole('link', { name: 'Magazzini Lombardi spa' }),
    );
    const history = page.getByRole('region', { name: 'Scouting' });
    await history
      .getByText(/Consulenza in corso/)
      .first()
      .waitFor();
    expect(await history.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/: Contattata$/),
        expect.stringMatching(/: Consulenza in corso$/),
      ]),
    );
    await page.goBack();

    // A call with a next action, then done.
    const form = page.getByRole('group', { name: 'Registra un contatto' });
    await form.getByLabel('Azienda', { exact: true }).selectOption(warehouse.id);
    await form.getByLabel('Tipo di contatto').selectOption('VISIT');
    await type(page, form.getByLabel('Azione successiva'), 'Inviare la bozza di convenzione');
    await form.getByLabel('Entro il').fill('2027-01-15');
    await press(page, page.getByRole('button', { name: 'Registra il contatto' }));
    const action = page
      .getByRole('region', { name: 'Azioni successive' })
      .getByRole('listitem')
      .filter({ hasText: 'Inviare la bozza di convenzione' });
    await action.waitFor();
    expect(await action.textContent()).toMatch(/Magazzini Lombardi spa · entro il 15\/0?1\/2027/);
    await expectAccessible(page, 'c05-scouting-contatto');
    await press(page, action.getByRole('button', { name: /Segna come fatta/ }));
    await action.waitFor({ state: 'detached' });
  }, 90_000);

  it('draws the territory map with no tiles reachable, lists the same points, and exports the priorities', async () => {
    const served = await page.goto('/territorio');
    expect(served?.headers()['content-security-policy']).toMatch(
      /img-src 'self' data: https:\/\/tiles\.example\.org/,
    );
    const map = page.getByRole('region', {
      name: 'Mappa delle aziende con posti scoperti e delle attività a km zero',
    });
    await map.waitFor();
    // One marker for the company below quota, one for the km zero bakery: vector shapes, no tiles.
    // Polled through a locator: a string evaluated in the page would break its CSP (no unsafe-eval).
    await waitFor(
      () => page.locator('.markers-map path.leaflet-interactive').count(),
      (n) => n === 2,
    );
    const points = page.getByRole('table', { name: 'Punti della mappa' });
    expect(await points.getByRole('row').allTextContents()).toEqual([
      expect.stringContaining('Azienda'),
      expect.stringMatching(/Magazzini Lombardi spa.*Azienda con posti scoperti.*2/),
      expect.stringMatching(/Panetteria Sotto Casa.*Attività a km zero/),
    ]);
    await waitFor(
      async () => blockedTiles.length,
      (n) => n > 0,
    );
    expect(blockedTiles.every((url) => url.startsWith('https://tiles.example.org/osm/'))).toBe(
      true,
    );
    await expectAccessible(page, 'c06-territorio');

    const km = page.getByRole('region', { name: 'Attività a km zero vicine' });
    await type(page, km.getByRole('combobox', { name: 'Vicino al comune' }), 'Milan');
    await page.getByRole('option', { name: /^Milano \(MI\)/ }).waitFor();
    await page.keyboard.press('Enter');
    await km.getByRole('link', { name: 'Panetteria Sotto Casa' }).waitFor();

    const priorities = page.getByRole('region', { name: 'Priorità di visita' });
    await priorities.getByRole('link', { name: 'Magazzini Lombardi spa' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page, priorities.getByRole('button', { name: 'Scarica la lista (CSV)' })),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('Magazzini Lombardi spa');
    expect(csv).not.toContain('Pulizie Brambilla srl');
  }, 90_000);

  it('creates and edits a vacancy: shifts, CO contract code, Law 68 reservation, km zero, expiry', async () => {
    await page.goto('/offerte/nuova');
    await page.getByRole('heading', { name: 'Nuova offerta' }).waitFor();
    await page.getByLabel('Azienda', { exact: true }).selectOption(bakery.id);
    await page.getByLabel('Sede di lavoro', { exact: true }).selectOption(bakery.siteId);
    await type(page, page.getByLabel('Titolo dell’offerta'), 'Aiuto panettiere');
    await type(page, page.getByLabel('Professione con le parole dell’azienda'), 'aiuto fornaio');
    await type(
      page,
      page.getByRole('combobox', { name: /Professione dal vocabolario/ }),
      'aiuto cuoco',
    );
    const occupation = page
      .getByRole('listbox', { name: /Professione dal vocabolario/ })
      .getByRole('option')
      .first();
    await occupation.waitFor();
    const occupationLabel = (await occupation.textContent())!;
    await page.keyboard.press('Enter');
    await page.getByLabel('Tipo di contratto (codice CO)').selectOption('A.03.09');
    await press(page, page.getByRole('button', { name: /^Mattine/ }));
    await press(page, page.getByRole('button', { name: 'Aggiungi fascia: Sabato' }));
    await page.getByLabel('Sabato, dalle').fill('05:00');
    await page.getByLabel('Sabato, alle').fill('11:00');
    await page.getByLabel('Riserva L. 68/1999').selectOption('DISABILITY');
    await press(page, page.getByLabel('Lavoro a km zero (attività di quartiere)'), 'Space');
    await page.getByLabel('Data di scadenza').fill('2027-03-31');
    await expectAccessible(page, 'c07-nuova-offerta');
    await press(page, page.getByRole('button', { name: 'Salva l’offerta' }));
    await page.getByRole('heading', { name: 'Offerta: Aiuto panettiere' }).waitFor();
    const id = new URL(page.url()).pathname.split('/')[2]!;

    const created = await api()
      .get(`/api/vacancies/${id}`)
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(created.body).toEqual(
      expect.objectContaining({
        companyId: bakery.id,
        contractType: 'A.03.09',
        occupationText: 'aiuto fornaio',
        occupationCode: expect.stringMatching(/^\d/),
        reservedL68: 'DISABILITY',
        kmZero: true,
        expiresAt: expect.stringMatching(/^2027-03-31/),
        status: 'OPEN',
        version: 1,
      }),
    );
    expect(occupationLabel).toContain(created.body.occupationLabel);
    expect(created.body.shifts).toEqual([
      ...[1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '13:00' })),
      { day: 6, start: '05:00', end: '11:00' },
    ]);

    await page.getByLabel('Titolo dell’offerta').fill('Aiuto panettiere (mattina presto)');
    await page.getByLabel('Ore settimanali').fill('31');
    await page.getByLabel('Stato', { exact: true }).selectOption('CLOSED');
    await press(page, page.getByRole('button', { name: 'Salva l’offerta' }));
    await page
      .getByRole('heading', { name: 'Offerta: Aiuto panettiere (mattina presto)' })
      .waitFor();
    const edited = await api()
      .get(`/api/vacancies/${id}`)
      .set('Authorization', consultant.auth)
      .expect(200);
    expect(edited.body).toEqual(
      expect.objectContaining({ weeklyHours: 31, status: 'CLOSED', version: 2, kmZero: true }),
    );
    await expectAccessible(page, 'c08-modifica-offerta');

    await page.goto('/offerte');
    await page
      .getByRole('link', { name: 'Aiuto panettiere (mattina presto)', exact: true })
      .waitFor();
    await expectAccessible(page, 'c09-offerte');
  }, 90_000);

  it('never shows a consultant special-category data, on any page or in what the pages fetch', async () => {
    // The person fits the vacancy: the consultant sees her ranked, never why she is protected.
    const fetched: string[] = [];
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return;
      fetched.push(await response.text().catch(() => ''));
    });
    const pages: Array<[string, string, string]> = [
      ['c10-candidati-offerta', `/offerte/${vacancyId}/candidati`, 'Quintavalle Rosalba'],
      ['c11-perche', `/persone/${personId}/abbinamenti/${vacancyId}`, 'Addetta pulizie mattina'],
      ['c12-aziende', '/aziende', 'Pulizie Brambilla srl'],
      ['c13-azienda', `/aziende/${cleaning.id}`, 'Il calcolo, passo per passo'],
      ['c14-calcolo', '/calcolo-quota', 'Calcolo della quota'],
      ['c15-offerte', '/offerte', 'Addetta pulizie mattina'],
      ['c16-offerta', `/offerte/${vacancyId}`, 'Offerta: Addetta pulizie mattina'],
      ['c17-nuova-offerta', '/offerte/nuova', 'Nuova offerta'],
      ['c18-scouting', '/scouting', 'Magazzini Lombardi spa'],
      ['c19-territorio', '/territorio', 'Panetteria Sotto Casa'],
      ['c20-ricerca', '/ricerca', 'Ricerca'],
    ];
    for (const [name, path, expected] of pages) {
      await page.goto(path);
      await page.getByText(expected).first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const text = await page.locator('body').innerText();
      for (const secret of [...Object.values(SECRETS), ...SENSITIVE_GROUP_LABELS])
        expect({ path, found: text.includes(secret) ? secret : null }).toEqual({
          path,
          found: null,
        });
      await expectAccessible(page, name);
    }
    // A vacancy reserved under Law 68 would tell, by listing the person, that she is registered.
    await page.goto(`/offerte/${reservedVacancyId}/candidati`);
    await page.getByRole('heading', { name: /Addetta pulizie riservata/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main').innerText()).not.toContain('Quintavalle');
    await page.goto('/ricerca');
    const search = page.getByLabel('Cosa cerchi');
    await type(page, search, 'Quintavalle');
    await page.waitForLoadState('networkidle');
    const everything = fetched.join('\n') + (await page.locator('body').innerText());
    for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
    // The same values are there for those on the case: the test would see them if they leaked.
    const onCase = await api()
      .get(`/api/candidates/${personId}`)
      .set('Authorization', coordinator.auth)
      .expect(200);
    expect(JSON.stringify(onCase.body)).toContain(SECRETS.health);
  }, 180_000);
});

/** A person's drag: press on the card's edge, move in steps to the column, release. */
async function dragWithMouse(
  page: Page,
  source: ReturnType<Page['locator']>,
  target: ReturnType<Page['locator']>,
): Promise<void> {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + 4, from.y + 4);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 10 });
  await page.mouse.up();
}

async function signIn(page: Page, session: TestSession): Promise<void> {
  await page.goto('/');
  await type(page, page.getByLabel('E-mail'), session.email);
  await type(page, page.getByLabel('Password'), TEST_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Menu principale' }).waitFor();
}

/** Nothing leaves the machine: requests to other hosts (map tiles) fail, and are counted. */
async function blockOutsideRequests(
  context: BrowserContext,
  baseUrl: string,
  blocked: string[],
): Promise<void> {
  await context.route(
    (url) => url.origin !== baseUrl,
    (route) => {
      blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
}
