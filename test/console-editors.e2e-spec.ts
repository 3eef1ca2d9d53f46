import {
  candidateBody,
  createOrganisation,
  createSession,
  TEST_PASSWORD,
  type TestSession,
} from '#libs/testing';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import {
  eventually,
  seedCompany,
  seedVacancy,
} from '../libs/bulletin/src/testing/bulletin.fixtures.js';
import {
  type TestSmtpServer,
  startTestSmtpServer,
} from '../libs/bulletin/src/testing/test-smtp-server.js';
import { dayInRome, MUNICIPIO_2, tokenIn } from './support/bulletin/bulletin-e2e.js';
import { FAST_DELIVERY } from './support/bulletin/bulletin-test-env.js';
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
 * The console of bulletin editors, coordinators and admins in a real headless Chromium, against the
 * real API, worker, PostgreSQL, Redis and an in-process SMTP server.
 */
describe('web console for editors, coordinators and admins (browser)', () => {
  let smtp: TestSmtpServer | undefined;
  let h: ConsoleHarness | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let admin: TestSession;
  let coordinator: TestSession;
  let tutor: TestSession;
  const READERS = ['lettrice@example.org', 'lettore@example.org'];
  const OFFERS = ['Addetta alle pulizie', 'Aiuto cuoco', 'Magazziniere'];
  const api = () => request(h!.api.app.getHttpServer());

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    h = await startConsoleHarness('console_editors', { ...FAST_DELIVERY, SMTP_URL: smtp.url });
    admin = await createOrganisation(h.api.app, 'Cooperativa Sociale Redazione');
    coordinator = await createSession(
      h.api.app,
      admin.organisationId,
      'coordinator',
      'Carla Coordinatrice',
    );
    tutor = await createSession(h.api.app, admin.organisationId, 'tutor', 'Giulia Tutor');
    await api()
      .post('/api/bulletin/areas')
      .set('Authorization', tutor.auth)
      .send(MUNICIPIO_2)
      .expect(201);
    const owner = {
      organisationId: admin.organisationId,
      ...(await seedCompany(h.api.db, admin.organisationId, 'Pulizie Brillanti srl')),
    };
    for (const [i, title] of OFFERS.entries())
      await seedVacancy(h.api.db, owner, { title, publishedOn: dayInRome(-3 + i) });
    for (const email of READERS) {
      await api()
        .post('/api/bulletin/subscriptions')
        .send({ email, areas: [MUNICIPIO_2.slug], consent: true })
        .expect(202);
      const [confirmation] = await eventually(
        async () => smtp!.receivedBy(email),
        (mails) => mails.length >= 1,
      );
      await api()
        .post(`/api/bulletin/subscriptions/confirm?token=${tokenIn(confirmation!.text, 'confirm')}`)
        .set('Accept', 'application/json')
        .expect(200);
    }
    ({ context, page } = await openPage(h));
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await h?.close();
    await smtp?.close();
  }, 60_000);

  async function expectAccessible(p: Page, name: string) {
    await screenshot(p, name);
    expect(await accessibilityProblems(p)).toEqual([]);
  }

  async function signIn(p: Page, who: TestSession) {
    await p.goto('/');
    await p.evaluate(() => sessionStorage.clear());
    await p.goto('/');
    await type(p, p.getByLabel('E-mail'), who.email);
    await type(p, p.getByLabel('Password'), TEST_PASSWORD);
    await p.keyboard.press('Enter');
    await p.getByRole('navigation', { name: 'Menu principale' }).waitFor();
  }

  const offerTitles = (p: Page) =>
    p
      .getByRole('region', { name: 'Offerte di lavoro' })
      .getByRole('listitem')
      .locator('strong')
      .allTextContents();

  it('an editor composes this week’s edition, reorders it with the mouse and with the keyboard, previews, approves and sends it, and sees it delivered', async () => {
    await signIn(page, tutor);
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Le mie persone',
      'Nuova persona',
      'Ricerca',
      'Bollettino',
    ]);
    await press(page, menu.getByRole('link', { name: 'Bollettino' }));
    await page.getByRole('heading', { name: MUNICIPIO_2.name }).waitFor();
    await page.getByRole('rowheader', { name: 'lettrice@example.org' }).waitFor();
    expect(
      await page.getByRole('row').filter({ hasText: 'lettrice@example.org' }).textContent(),
    ).toMatch(/Attiva.*dato il \d{1,2}\/\d{1,2}\/\d{4}/);
    const reader = page.getByRole('row').filter({ hasText: 'lettrice@example.org' });
    await press(page, reader.getByText('Storico del consenso'));
    await reader.getByText(/Richiesta \(modulo sul sito, testo 2026-11\)/).waitFor();
    await reader.getByText(/– Conferma \(collegamento nell’e-mail/).waitFor();
    await expectAccessible(page, 'editors-01-bollettino');

    // A useful service for the area, added from the contents page; a missing title is named.
    await press(page, page.getByRole('link', { name: /Gestisci i contenuti/ }));
    await page.getByRole('heading', { name: 'Contenuti del bollettino' }).waitFor();
    await page.getByLabel('Tipo', { exact: true }).first().selectOption('USEFUL_SERVICE');
    await type(page, page.getByLabel('Ente o ufficio'), 'Comune di Milano');
    await press(page, page.getByRole('button', { name: 'Aggiungi' }));
    const title = page.getByLabel('Titolo', { exact: true });
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    await type(page, title, 'Sportello casa');
    await press(page, page.getByLabel(MUNICIPIO_2.name), 'Space');
    await press(page, page.getByRole('button', { name: 'Aggiungi' }));
    await page.getByText('“Sportello casa” aggiunto.').waitFor();
    await page.getByRole('rowheader', { name: 'Sportello casa' }).waitFor();
    await expectAccessible(page, 'editors-01b-contenuti');
    await press(page, page.getByRole('link', { name: 'Torna al bollettino' }));

    await press(page, page.getByRole('button', { name: 'Componi questa settimana' }));
    await page
      .getByRole('heading', { name: /^Edizione Milano – Municipio 2 – settimana/ })
      .waitFor();
    const editionId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('region', { name: 'Offerte di lavoro' }).waitFor();
    const composed = await offerTitles(page);
    await page.getByRole('region', { name: 'Servizi utili' }).getByText('Sportello casa').waitFor();
    expect([...composed].sort()).toEqual([...OFFERS].sort());
    await expectAccessible(page, 'editors-02-edizione-bozza');

    // Mouse: the last offer dragged onto the first.
    const items = page.getByRole('region', { name: 'Offerte di lavoro' }).getByRole('listitem');
    await items.nth(2).dragTo(items.nth(0));
    const dragged = [composed[2]!, composed[0]!, composed[1]!];
    await eventually(
      () => offerTitles(page),
      (titles) => titles.join('|') === dragged.join('|'),
      10_000,
    );

    // Keyboard only: the first offer one place down, then the last one dropped.
    await press(page, page.getByRole('button', { name: `Sposta giù: ${dragged[0]}` }));
    await page.getByText(`${dragged[0]} ora è in posizione 2.`).waitFor();
    const moved = [dragged[1]!, dragged[0]!, dragged[2]!];
    expect(await offerTitles(page)).toEqual(moved);
    await press(page, page.getByRole('button', { name: `Togli: ${moved[2]}` }));
    await page.getByText(`${moved[2]} tolto dall’edizione.`).waitFor();
    expect(await offerTitles(page)).toEqual(moved.slice(0, 2));

    const saved = await api()
      .get(`/api/bulletin/editions/${editionId}`)
      .set('Authorization', tutor.auth)
      .expect(200);
    const offers = saved.body.sections.find((s: { code: string }) => s.code === 'OPEN_MARKET');
    expect(offers.items.map((i: { title: string }) => i.title)).toEqual(moved.slice(0, 2));

    await press(page, page.getByRole('button', { name: 'Anteprima dell’e-mail' }));
    const email = page.frameLocator('iframe[title="Anteprima dell’e-mail"]');
    await email.getByText(moved[0]!).first().waitFor();
    await expect(email.getByText(moved[2]!).count()).resolves.toBe(0);
    await expectAccessible(page, 'editors-03-anteprima-email');
    await press(page, page.getByRole('button', { name: 'Anteprima della pagina pubblica' }));
    await page
      .frameLocator('iframe[title="Anteprima della pagina pubblica"]')
      .getByText(moved[1]!)
      .first()
      .waitFor();
    await screenshot(page, 'editors-04-anteprima-pagina');

    await press(page, page.getByRole('button', { name: 'Approva' }));
    await page.getByText('L’edizione è approvata: il contenuto non cambia più.').waitFor();
    await expect(page.getByRole('button', { name: /^Sposta/ }).count()).resolves.toBe(0);
    await press(page, page.getByRole('button', { name: 'Invia agli iscritti' }));
    const delivered = page.getByRole('row').filter({ hasText: 'Consegnate' });
    await eventually(
      async () => ((await delivered.count()) ? await delivered.textContent() : ''),
      (text) => /Consegnate\s*2/.test(text ?? ''),
      60_000,
    );
    await expectAccessible(page, 'editors-05-consegnate');

    // A copy whose fate is unknown (as the reconciliation leaves it) is sent again from the page.
    await h!.api.db.query(
      `UPDATE bulletin_deliveries d SET status = 'UNCERTAIN' FROM bulletin_subscribers s
        WHERE s.id = d.subscriber_id AND d.edition_id = $1 AND s.email = $2`,
      [editionId, READERS[0]],
    );
    await page.reload();
    const uncertain = page.getByRole('region', { name: 'Copie con esito incerto' });
    await uncertain.getByText(READERS[0]!).waitFor();
    await expectAccessible(page, 'editors-05b-esito-incerto');
    await press(page, uncertain.getByRole('button', { name: `Invia di nuovo a ${READERS[0]}` }));
    await eventually(
      async () => smtp!.receivedBy(READERS[0]!),
      (m) => m.length >= 3,
    );
    await eventually(
      async () => ((await delivered.count()) ? await delivered.textContent() : ''),
      (text) => /Consegnate\s*2/.test(text ?? ''),
      30_000,
    );
    await expect(uncertain.count()).resolves.toBe(0);

    // A new area, from the bulletin page: a wrong code is named next to its field.
    await press(page, page.getByRole('link', { name: 'Torna al bollettino' }));
    await press(page, page.getByText('Nuova area'));
    const form = page.getByRole('form', { name: 'Nuova area' });
    await type(page, form.getByLabel('Nome dell’area'), 'Sesto San Giovanni');
    await type(page, form.getByLabel('Codice nell’indirizzo pubblico'), 'Sesto SG');
    await type(page, form.getByRole('combobox', { name: 'Aggiungi un comune' }), 'Sesto S');
    await page.getByRole('option', { name: /Sesto San Giovanni/ }).waitFor();
    await page.keyboard.press('Enter');
    await press(page, form.getByRole('button', { name: 'Crea l’area' }));
    const slug = form.getByLabel('Codice nell’indirizzo pubblico');
    await form.locator('[aria-invalid="true"]').first().waitFor();
    await expect(slug.getAttribute('aria-invalid')).resolves.toBe('true');
    await slug.fill('sesto-san-giovanni');
    await press(page, form.getByRole('button', { name: 'Crea l’area' }));
    await page.getByText('Area Sesto San Giovanni creata.').waitFor();
    await page.getByRole('option', { name: 'Sesto San Giovanni' }).waitFor({ state: 'attached' });
    await expectAccessible(page, 'editors-05c-nuova-area');

    for (const reader of READERS) {
      const mails = await eventually(
        async () => smtp!.receivedBy(reader),
        (m) => m.length >= 2,
      );
      const copy = mails[1]!;
      expect(copy.text).toContain(moved[0]!);
      expect(copy.text).not.toContain(moved[2]!);
      expect(copy.text.indexOf(moved[0]!)).toBeLessThan(copy.text.indexOf(moved[1]!));
    }
  }, 240_000);

  it('a coordinator sees the team’s caseloads and erases a person after a confirmation that names what is erased', async () => {
    const person = await api()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody({ firstName: 'Eulalia', lastName: 'Trombettoni' }))
      .expect(201);
    await api()
      .post('/api/candidates')
      .set('Authorization', tutor.auth)
      .send(candidateBody({ firstName: 'Rosa', lastName: 'Ferri' }))
      .expect(201);

    await signIn(page, coordinator);
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Le mie persone',
      'Nuova persona',
      'Ricerca',
      'Aziende',
      'Calcolo quota',
      'Offerte',
      'Scouting',
      'Territorio',
      'Bollettino',
      'Coordinamento',
      'Rendicontazione',
      'Registro degli accessi',
    ]);
    await press(page, menu.getByRole('link', { name: 'Coordinamento' }));
    const tutorRow = page.getByRole('row').filter({ hasText: 'Giulia Tutor' });
    await tutorRow.waitFor();
    expect((await tutorRow.getByRole('cell').allTextContents()).slice(0, 2)).toEqual(['2', '0']);
    await page.getByRole('img', { name: /Grafico delle persone in carico/ }).waitFor();
    await expectAccessible(page, 'editors-06-coordinamento');

    await type(page, page.getByLabel('Cerca una persona per nome o cognome'), 'Trombettoni');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      press(page, page.getByRole('button', { name: 'Esporta i dati di Eulalia Trombettoni' })),
    ]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(JSON.stringify(exported)).toContain('Trombettoni');
    await press(page, page.getByRole('button', { name: 'Cancella i dati di Eulalia Trombettoni' }));
    const dialog = page.getByRole('dialog', { name: 'Cancellare i dati di Eulalia Trombettoni?' });
    await dialog.waitFor();
    const said = await dialog.textContent();
    expect(said).toMatch(/Eulalia Trombettoni \(nata\/o il 10\/12\/1985\)/);
    expect(said).toMatch(/dati particolari sigillati/);
    expect(said).toMatch(/iscrizione al bollettino/);
    await expectAccessible(page, 'editors-07-conferma-cancellazione');
    // Cancelling changes nothing.
    await press(page, dialog.getByRole('button', { name: 'Annulla' }));
    await api()
      .get(`/api/candidates/${person.body.id}`)
      .set('Authorization', coordinator.auth)
      .expect(200);

    await press(page, page.getByRole('button', { name: 'Cancella i dati di Eulalia Trombettoni' }));
    await press(page, dialog.getByRole('button', { name: 'Cancella definitivamente' }));
    await page.getByText('I dati di Eulalia Trombettoni sono stati cancellati.').waitFor();
    await page.getByText('Nessuna persona trovata.').waitFor();

    const list = await api()
      .get('/api/candidates?q=Trombettoni')
      .set('Authorization', coordinator.auth)
      .expect(200);
    expect(list.body.total).toBe(0);
    const again = await api()
      .post(`/api/candidates/${person.body.id}/erase`)
      .set('Authorization', coordinator.auth);
    expect(again.status).toBe(409);

    await press(page, menu.getByRole('link', { name: 'Registro degli accessi' }));
    await page.getByRole('rowheader', { name: 'Cancellazione di una persona' }).waitFor();
    await expectAccessible(page, 'editors-08-registro');
  }, 120_000);

  it('an admin manages roles and opens the queue dashboard; a tutor cannot reach it', async () => {
    await signIn(page, admin);
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Ricerca',
      'Utenti e ruoli',
      'Registro degli accessi',
    ]);
    await press(page, menu.getByRole('link', { name: 'Utenti e ruoli' }));
    const role = page.getByLabel('Ruolo di Giulia Tutor');
    await role.selectOption('consultant');
    await page.getByText('Ruolo di Giulia Tutor aggiornato.').waitFor();
    const users = await api().get('/api/users').set('Authorization', admin.auth).expect(200);
    expect(users.body.find((u: { id: string }) => u.id === tutor.userId).role).toBe('consultant');
    await role.selectOption('tutor');
    await eventually(
      () => role.inputValue(),
      (value) => value === 'tutor',
      10_000,
    );
    await expectAccessible(page, 'editors-09-utenti');

    const [board] = await Promise.all([
      page.context().waitForEvent('page'),
      press(page, page.getByRole('button', { name: 'Apri la dashboard delle code' })),
    ]);
    await board.getByText('bulletin-delivery').first().waitFor();
    await screenshot(board, 'editors-10-dashboard-code');
    await board.close();

    // A tutor's browser gets no board, with or without the console.
    const other = await openPage(h!);
    try {
      await signIn(other.page, await createSession(h!.api.app, admin.organisationId, 'tutor'));
      await expect(other.page.getByRole('link', { name: 'Utenti e ruoli' }).count()).resolves.toBe(
        0,
      );
      const response = await other.page.goto('/api/admin/queues');
      expect(response?.status()).toBe(401);
      await other.page.goto('/utenti');
      await other.page.getByText('Questa pagina non è disponibile per il tuo ruolo.').waitFor();
    } finally {
      await other.context.close();
    }
  }, 120_000);
});
