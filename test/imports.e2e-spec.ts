import ExcelJS from 'exceljs';
import {
  expectProblem,
  tableCounts,
  type TestSession,
  testVatNumber,
  waitFor,
} from '#libs/testing';
import {
  createMatchingCast,
  type MatchingHarness,
  startMatchingHarness,
} from './support/matching-harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ImportBody = {
  id: string;
  status: string;
  headers: string[];
  suggestedMapping: Record<string, string>;
  progress: { percent: number };
  rows: { read: number; valid: number; created: number; unchanged: number; rejected: number };
};
type Problem = { row: number; column: string; message: string };

/** The tables an import may write to besides the records it imports: its own. */
const IMPORT_TABLES = ['imports', 'import_file_chunks', 'import_problems'];

function csv(rows: string[][]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((row) => row.join(';')).join('\r\n')}\r\n`);
}

async function xlsx(rows: Array<Array<string | number | Date>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Annunci');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('imports (e2e, API + worker)', () => {
  let h: MatchingHarness;
  let tutor: TestSession;
  let consultant: TestSession;

  const get = (session: TestSession, path: string) =>
    h.http().get(path).set('Authorization', session.auth);

  function upload(session: TestSession, kind: string, file: Buffer, type = 'text/csv') {
    return h
      .http()
      .post(`/api/imports?kind=${kind}&fileName=prova`)
      .set('Authorization', session.auth)
      .set('Content-Type', type)
      .send(file);
  }

  async function runAndWait(
    session: TestSession,
    id: string,
    action: 'dry-run' | 'run',
    mapping: Record<string, string>,
  ): Promise<ImportBody> {
    await h
      .http()
      .post(`/api/imports/${id}/${action}`)
      .set('Authorization', session.auth)
      .send({ mapping })
      .expect(202);
    return waitFor(
      async () => (await get(session, `/api/imports/${id}`).expect(200)).body as ImportBody,
      (body) => ['CHECKED', 'DONE', 'FAILED'].includes(body.status),
      30_000,
    );
  }

  const problemsOf = async (session: TestSession, id: string): Promise<Problem[]> =>
    (await get(session, `/api/imports/${id}/problems?pageSize=100`).expect(200)).body.items;

  /** Records reach search in the background: counting tables waits until nothing is pending. */
  const recordCounts = async () => {
    await waitFor(
      async () => (await h.db.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n,
      (pending) => pending === 0,
      20_000,
    );
    const counts = await tableCounts(h.db);
    for (const table of IMPORT_TABLES) delete counts[table];
    return counts;
  };

  beforeAll(async () => {
    h = await startMatchingHarness('imports', { worker: true });
    ({ tutor, consultant } = await createMatchingCast(h));
  });
  afterAll(() => h?.close());

  const companiesFile = csv([
    ['Codice', 'Ragione sociale', 'P.IVA', 'Indirizzo', 'Comune', 'Provincia', 'Addetti'],
    ['C1', 'Forno Rossi', testVatNumber(11), 'Via Roma 1', 'Milano', 'MI', '12'],
    ['C2', 'Partita sbagliata', '12345678901', 'Via Roma 2', 'Milano', '', ''],
    ['C3', 'Comune inventato', testVatNumber(13), 'Via Roma 3', 'Paperopoli', '', ''],
    ['C4', '', testVatNumber(14), 'Via Roma 4', 'Bergamo', '', ''],
    ['C1', 'Doppione', testVatNumber(15), 'Via Roma 5', 'Melzo', '', ''],
    ['C6', 'Cascina Bianchi', testVatNumber(16), 'Cascina 1', '015142', '', '40'],
  ]);
  const companyMapping = {
    sourceId: 'Codice',
    name: 'Ragione sociale',
    vatNumber: 'P.IVA',
    address: 'Indirizzo',
    municipality: 'Comune',
    province: 'Provincia',
    headcount: 'Addetti',
  };
  const companyProblems: Problem[] = [
    {
      row: 3,
      column: 'P.IVA',
      message: 'partita IVA non valida (11 cifre con la cifra di controllo)',
    },
    {
      row: 4,
      column: 'Comune',
      message: 'comune sconosciuto: controlla il nome o usa il codice ISTAT',
    },
    { row: 5, column: 'Ragione sociale', message: 'campo obbligatorio vuoto' },
    { row: 6, column: 'Codice', message: 'valore ripetuto: è già alla riga 2' },
  ];

  it('checks companies in a dry run that writes nothing, then imports the valid ones once', async () => {
    const uploaded = await upload(consultant, 'companies', companiesFile).expect(201);
    const id = uploaded.body.id as string;
    expect(uploaded.body.headers).toEqual(Object.values(companyMapping));
    expect(uploaded.body.suggestedMapping).toMatchObject({
      sourceId: 'Codice',
      name: 'Ragione sociale',
      vatNumber: 'P.IVA',
      municipality: 'Comune',
    });

    const before = await recordCounts();
    const checked = await runAndWait(consultant, id, 'dry-run', companyMapping);
    expect(checked.status).toBe('CHECKED');
    expect(checked.rows).toEqual({ read: 6, valid: 2, created: 0, unchanged: 0, rejected: 4 });
    expect(await problemsOf(consultant, id)).toEqual(companyProblems);
    expect(await recordCounts()).toEqual(before);

    const done = await runAndWait(consultant, id, 'run', companyMapping);
    expect(done.status).toBe('DONE');
    expect(done.progress.percent).toBe(100);
    expect(done.rows).toMatchObject({ created: 2, rejected: 4 });
    expect(await problemsOf(consultant, id)).toEqual(companyProblems);
    const list = await get(consultant, '/api/companies?sort=name').expect(200);
    const names = list.body.items.map((c: { name: string }) => c.name);
    expect(names).toEqual(['Azienda 1', 'Cascina Bianchi', 'Forno Rossi']);
    const cascina = list.body.items.find((c: { name: string }) => c.name === 'Cascina Bianchi');
    expect(cascina).toMatchObject({ headcount: 40, sites: [{ municipalityCode: '015142' }] });
    const forno = list.body.items.find((c: { name: string }) => c.name === 'Forno Rossi');
    expect(forno.sites[0]).toMatchObject({ municipalityCode: '015146', address: 'Via Roma 1' });

    const after = await recordCounts();
    const again = (await upload(consultant, 'companies', companiesFile).expect(201)).body.id;
    const second = await runAndWait(consultant, again, 'run', companyMapping);
    expect(second.rows).toMatchObject({ created: 0, unchanged: 2, rejected: 4 });
    const { imported_records: _records, ...withoutImportLog } = await recordCounts();
    const { imported_records: _before, ...expected } = after;
    expect(withoutImportLog).toEqual(expected);
  });

  it('imports vacancies from XLSX at the company with their partita IVA, reporting bad rows', async () => {
    const file = await xlsx([
      ['Rif', 'Titolo', 'Professione', 'Partita IVA', 'Contratto', 'Scadenza', 'Ore'],
      [
        'V1',
        'Aiuto cuoco',
        'aiuto cuoco',
        testVatNumber(11),
        'A.02.00',
        new Date(Date.UTC(2027, 11, 31)),
        20,
      ],
      ['V2', 'Magazziniere', 'magazziniere', testVatNumber(1), 'A.01.00', '45/13/2027', 40],
      ['V3', 'Cameriere', 'cameriere', testVatNumber(99), 'A.02.00', '31/12/2027', 30],
      ['V4', '', '', testVatNumber(1), 'A.02.00', '', ''],
      ['V1', 'Aiuto cuoco bis', 'aiuto cuoco', testVatNumber(11), 'A.02.00', '', ''],
      ['V6', 'Pulizie uffici', '', testVatNumber(1), 'A.01.00', '30/06/2027', '12,5'],
      [
        'V7',
        'Pulizie scale',
        'addetta alle pulizie',
        testVatNumber(1),
        'A.01.00',
        '30/06/2027',
        '12,5',
      ],
    ]);
    const uploaded = await upload(consultant, 'vacancies', file, XLSX).expect(201);
    const mapping = {
      sourceId: 'Rif',
      title: 'Titolo',
      companyVat: 'Partita IVA',
      occupationText: 'Professione',
      contractType: 'Contratto',
      expiresAt: 'Scadenza',
      weeklyHours: 'Ore',
    };
    expect(uploaded.body.suggestedMapping).toEqual(mapping);
    const done = await runAndWait(consultant, uploaded.body.id, 'run', mapping);
    const vacancyProblems = await problemsOf(consultant, uploaded.body.id);
    expect(vacancyProblems).toEqual([
      {
        row: 3,
        column: 'Scadenza',
        message: 'data inesistente: controlla giorno e mese (GG/MM/AAAA)',
      },
      {
        row: 4,
        column: 'Partita IVA',
        message:
          "nessuna azienda dell'organizzazione con questa partita IVA: importa prima le aziende",
      },
      { row: 5, column: 'Titolo', message: 'campo obbligatorio vuoto' },
      { row: 6, column: 'Rif', message: 'valore ripetuto: è già alla riga 2' },
      {
        row: 7,
        column: 'Professione',
        message: 'indica la professione: un codice del vocabolario o una descrizione libera',
      },
    ]);
    expect(done.rows).toEqual({ read: 7, valid: 2, created: 2, unchanged: 0, rejected: 5 });
    const vacancies = await get(consultant, '/api/vacancies?sort=title').expect(200);
    expect(
      vacancies.body.items.map((v: { title: string; expiresAt: string; weeklyHours: number }) => [
        v.title,
        v.expiresAt,
        v.weeklyHours,
      ]),
    ).toEqual([
      ['Aiuto cuoco', '2027-12-31', 20],
      ['Pulizie scale', '2027-06-30', 12.5],
    ]);
    const again = (await upload(consultant, 'vacancies', file, XLSX).expect(201)).body.id;
    const second = await runAndWait(consultant, again, 'run', mapping);
    expect(second.rows).toMatchObject({ created: 0, unchanged: 2, rejected: 5 });
    expect((await get(consultant, '/api/vacancies').expect(200)).body.total).toBe(2);
  });

  it('imports a caseload for a tutor, a date in the wrong format reported', async () => {
    const file = csv([
      [
        'Codice',
        'Nome',
        'Cognome',
        'Data di nascita',
        'Comune di residenza',
        'Livello di italiano',
        'Diritto al lavoro',
        'Base giuridica',
        'Versione informativa',
        'Informativa data il',
      ],
      [
        'P1',
        'Marta',
        'Colombo',
        '12/03/1990',
        'Milano',
        'B1',
        'EU_CITIZEN',
        'CONSENT',
        '2026-01',
        '10/01/2026',
      ],
      [
        'P2',
        'Ivan',
        'Petrov',
        '31.12.90',
        'Milano',
        'A2',
        'PERMIT',
        'CONSENT',
        '2026-01',
        '10/01/2026',
      ],
    ]);
    await upload(consultant, 'people', file).expect(403);
    const uploaded = await upload(tutor, 'people', file).expect(201);
    const done = await runAndWait(tutor, uploaded.body.id, 'run', uploaded.body.suggestedMapping);
    expect(done.rows).toMatchObject({ created: 1, rejected: 1 });
    expect(await problemsOf(tutor, uploaded.body.id)).toEqual([
      { row: 3, column: 'Data di nascita', message: 'data non valida: scrivila come GG/MM/AAAA' },
    ]);
    const people = await get(tutor, '/api/candidates').expect(200);
    expect(people.body.items.map((p: { lastName: string }) => p.lastName)).toEqual(['Colombo']);
    const personal = await get(tutor, `/api/candidates/${people.body.items[0].id}/export`).expect(
      200,
    );
    expect(personal.body.sections.imports.importedFrom).toEqual([
      { sourceId: 'P1', importedAt: expect.any(String) },
    ]);
  });

  it('refuses a mapping without a required column, and a file that is not CSV or XLSX', async () => {
    const uploaded = await upload(consultant, 'companies', companiesFile).expect(201);
    const { vatNumber: _vat, ...incomplete } = companyMapping;
    const response = await h
      .http()
      .post(`/api/imports/${uploaded.body.id}/run`)
      .set('Authorization', consultant.auth)
      .send({ mapping: { ...incomplete, name: 'Inesistente' } });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'mapping.name', message: 'la colonna "Inesistente" non è nel file' },
        {
          field: 'mapping.vatNumber',
          message: 'indica la colonna di "Partita IVA" (obbligatorio)',
        },
      ]),
    );
    expect(
      (await get(consultant, `/api/imports/${uploaded.body.id}`).expect(200)).body.status,
    ).toBe('UPLOADED');
    expectProblem(
      await upload(consultant, 'companies', Buffer.from('%PDF-1.4'), 'application/pdf'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    await get(tutor, `/api/imports/${uploaded.body.id}`).expect(404);
    const imports = async () => (await h.db.query(`SELECT count(*)::int AS n FROM imports`))[0].n;
    const before = await imports();
    expectProblem(await upload(consultant, 'companies', Buffer.from('')), 400, 'UNREADABLE_FILE');
    expectProblem(
      await h
        .http()
        .post('/api/imports?kind=contracts')
        .set('Authorization', consultant.auth)
        .set('Content-Type', 'text/csv')
        .send(companiesFile),
      400,
      'VALIDATION_FAILED',
    );
    expect(await imports()).toBe(before);
  });
});
