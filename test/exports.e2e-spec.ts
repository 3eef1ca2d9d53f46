import ExcelJS from 'exceljs';
import { createTestCompany, type TestSession } from '#libs/testing';
import {
  createMatchingCast,
  type createCompany,
  type MatchingHarness,
  startMatchingHarness,
  waitForComputations,
} from './support/matching-harness.js';
import { MUNICIPIO_2 } from './support/bulletin/bulletin-e2e.js';
import { candidateBody } from '#libs/testing';

type Sheet = { header: string[]; rows: string[][] };
/** The fields of the JSON lists that the tests compare with the files. */
type Item = {
  id: string;
  name: string;
  email: string;
  vatNumber: string;
  summary: string;
  countsTowardL68?: boolean;
  l68Category?: string | null;
  candidate: { id: string };
  vacancy: { id: string };
};

/** A response body kept as bytes, whatever its type. */
function binary(response: unknown, callback: (error: Error | null, body: Buffer) => void) {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** A CSV as an Italian Excel writes it: BOM, semicolons, CRLF, quotes doubled. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r') continue;
    else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}

async function parseXlsx(file: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.push(Array.from(values, (value) => (value == null ? '' : String(value))));
  });
  return rows;
}

describe('list exports (e2e)', () => {
  let h: MatchingHarness;
  let tutor: TestSession;
  let otherTutor: TestSession;
  let consultant: TestSession;
  let company: Awaited<ReturnType<typeof createCompany>>;
  const ids: Record<string, string> = {};

  const get = (session: TestSession, path: string) =>
    h.http().get(path).set('Authorization', session.auth);
  const post = (session: TestSession, path: string, body: object) =>
    h.http().post(path).set('Authorization', session.auth).send(body);

  async function download(
    session: TestSession,
    path: string,
    format: 'csv' | 'xlsx',
    via: 'query' | 'accept' = 'query',
  ): Promise<Sheet> {
    const separator = path.includes('?') ? '&' : '?';
    const request =
      via === 'query'
        ? get(session, `${path}${separator}format=${format}`)
        : get(session, path).set(
            'Accept',
            format === 'csv'
              ? 'text/csv'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          );
    const response = await request.buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toContain(format === 'csv' ? 'text/csv' : 'sheet');
    expect(response.headers['content-disposition']).toMatch(new RegExp(`\\.${format}"$`));
    const file = response.body as Buffer;
    const [header = [], ...rows] =
      format === 'csv' ? parseCsv(file.toString('utf8')) : await parseXlsx(file);
    return { header, rows };
  }

  const column = (sheet: Sheet, header: string) => {
    const index = sheet.header.indexOf(header);
    if (index < 0) throw new Error(`colonna ${header} assente: ${sheet.header.join(', ')}`);
    return sheet.rows.map((row) => row[index] ?? '');
  };

  const exportsAudited = async (
    subjectType: string,
  ): Promise<Array<{ details: Record<string, unknown> & { filters: Record<string, unknown> } }>> =>
    h.db.query(
      `SELECT details FROM audit_log WHERE action = 'DATA_EXPORTED' AND subject_type = $1
        ORDER BY id`,
      [subjectType],
    );

  beforeAll(async () => {
    h = await startMatchingHarness('exports', { worker: true });
    ({ tutor, otherTutor, consultant, company } = await createMatchingCast(h));
    await createTestCompany(h.app, consultant, 2, { name: '=HYPERLINK("http://x")', kmZero: true });
    await createTestCompany(h.app, consultant, 3, { name: 'Forno Bianchi', kmZero: true });
    for (const [key, body] of Object.entries({
      amina: candidateBody(),
      luca: candidateBody({
        firstName: 'Luca',
        lastName: '+Rossi',
        email: null,
        targetGroups: ['DISABILITY_L68'],
        sensitive: { l68: { category: 'DISABILITY', percent: 60, registeredInList: true } },
      }),
      sara: candidateBody({ firstName: 'Sara', email: null, italianLevel: 'B2' }),
    })) {
      ids[key] = (await post(tutor, '/api/candidates', body).expect(201)).body.id;
    }
    ids.cleaning = (
      await post(consultant, '/api/vacancies', company.vacancy()).expect(201)
    ).body.id;
    await post(
      consultant,
      '/api/vacancies',
      company.vacancy({ title: 'Magazziniere', contractType: 'A.01.00' }),
    ).expect(201);
    await post(tutor, '/api/placements', {
      candidateId: ids.luca,
      companyId: company.id,
      contractType: 'A.02.00',
      weeklyHours: 20,
      startDate: '2026-03-02',
    }).expect(201);
    const area = await post(tutor, '/api/bulletin/areas', MUNICIPIO_2).expect(201);
    await post(tutor, '/api/bulletin/subscribers', {
      candidateId: ids.amina,
      areaIds: [area.body.id],
    }).expect(202);
    await waitForComputations(h.db, 'vacancy', ids.cleaning, 1);
  });
  afterAll(() => h?.close());

  it.each(['csv', 'xlsx'] as const)(
    'exports companies, vacancies and people as %s with the filters of the JSON list',
    async (format) => {
      const companies = await get(consultant, '/api/companies?kmZero=true&sort=name').expect(200);
      const companySheet = await download(
        consultant,
        '/api/companies?kmZero=true&sort=name',
        format,
      );
      expect(column(companySheet, 'ID')).toEqual(companies.body.items.map((c: Item) => c.id));
      expect(column(companySheet, 'Ragione sociale')).toEqual(
        companies.body.items.map((c: Item) => (c.name.startsWith('=') ? `'${c.name}` : c.name)),
      );
      expect(column(companySheet, 'Ragione sociale')).toContain(`'=HYPERLINK("http://x")`);
      expect(column(companySheet, 'Partita IVA')).toEqual(
        companies.body.items.map((c: Item) => c.vatNumber),
      );

      const vacancies = await get(consultant, '/api/vacancies?contractType=A.02.00').expect(200);
      const vacancySheet = await download(
        consultant,
        '/api/vacancies?contractType=A.02.00',
        format,
        'accept',
      );
      expect(vacancies.body.total).toBe(1);
      expect(column(vacancySheet, 'ID')).toEqual([ids.cleaning]);
      expect(column(vacancySheet, 'Titolo')).toEqual(['Addetta alle pulizie uffici']);

      const people = await get(consultant, '/api/candidates?sort=lastName&pageSize=2').expect(200);
      const peopleSheet = await download(
        consultant,
        '/api/candidates?sort=lastName&pageSize=2',
        format,
      );
      expect(people.body.total).toBe(3);
      const all = await get(consultant, '/api/candidates?sort=lastName&pageSize=100').expect(200);
      expect(column(peopleSheet, 'ID')).toEqual(all.body.items.map((c: Item) => c.id));
      expect(column(peopleSheet, 'Cognome')).toContain(`'+Rossi`);
      expect(peopleSheet.header.join(' ')).not.toMatch(/sensibil|L68|salute|giustizia/i);
      expect(peopleSheet.rows.flat().join(' ')).not.toMatch(/DISABILITY|L68/);

      const caseload = await get(tutor, '/api/caseload?sort=lastName').expect(200);
      const caseloadSheet = await download(tutor, '/api/caseload?sort=lastName', format);
      expect(column(caseloadSheet, 'ID')).toEqual(caseload.body.items.map((c: Item) => c.id));
      expect(column(caseloadSheet, 'Nuovi abbinamenti')).toHaveLength(3);
    },
  );

  it('answers a bad format with a problem and writes no audit entry', async () => {
    const before = (await exportsAudited('organisation')).length;
    const response = await get(consultant, '/api/candidates?format=pdf').expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await exportsAudited('organisation')).length).toBe(before);
  });

  it('audits the export of people and never writes their filters as free text', async () => {
    const before = (await exportsAudited('organisation')).length;
    await download(consultant, '/api/candidates?q=Haddad&minItalianLevel=A1', 'csv');
    const entries = await exportsAudited('organisation');
    expect(entries.length).toBe(before + 1);
    const details = entries.at(-1)?.details;
    expect(details).toMatchObject({ export: 'persone', format: 'csv' });
    expect(JSON.stringify(details)).not.toContain('Haddad');
    expect(details?.filters.minItalianLevel).toBe('A1');
  });

  it('writes the Law 68 columns of placements only for a reader on the case', async () => {
    const forTutor = await download(tutor, `/api/candidates/${ids.luca}/placements`, 'xlsx');
    const json = await get(tutor, `/api/candidates/${ids.luca}/placements`).expect(200);
    expect(column(forTutor, 'ID')).toEqual(json.body.map((p: Item) => p.id));
    expect(json.body[0].countsTowardL68).toBeDefined();
    expect(column(forTutor, 'Conta per la Legge 68')).toEqual(
      json.body.map((p: Item) => (p.countsTowardL68 ? 'sì' : 'no')),
    );
    expect(column(forTutor, 'Categoria Legge 68')).toEqual(
      json.body.map((p: Item) => p.l68Category ?? ''),
    );
    for (const reader of [consultant, otherTutor]) {
      for (const format of ['csv', 'xlsx'] as const) {
        const sheet = await download(reader, `/api/candidates/${ids.luca}/placements`, format);
        expect(column(sheet, 'ID')).toEqual(json.body.map((p: Item) => p.id));
        expect(sheet.header.join(' ')).not.toMatch(/Legge 68/);
      }
    }
    const audited = await exportsAudited('candidate');
    expect(audited.filter((entry) => entry.details.export === 'esiti')).toHaveLength(5);
  });

  it('exports the matches of a vacancy and of a person as the JSON lists show them', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const json = await get(consultant, `/api/vacancies/${ids.cleaning}/matches?markSeen=false`);
      const sheet = await download(
        consultant,
        `/api/vacancies/${ids.cleaning}/matches?markSeen=false`,
        format,
      );
      expect(json.body.items.length).toBeGreaterThan(0);
      expect(column(sheet, 'Persona')).toEqual(json.body.items.map((m: Item) => m.candidate.id));
      expect(column(sheet, 'Sintesi')).toEqual(json.body.items.map((m: Item) => m.summary));
      const mine = await get(tutor, `/api/candidates/${ids.amina}/matches?markSeen=false`);
      const mySheet = await download(
        tutor,
        `/api/candidates/${ids.amina}/matches?markSeen=false`,
        format,
      );
      expect(column(mySheet, 'Offerta')).toEqual(mine.body.items.map((m: Item) => m.vacancy.id));
    }
    expect((await exportsAudited('vacancy')).length).toBe(2);
  });

  it('exports the bulletin subscribers for the editors, audited', async () => {
    const json = await get(tutor, '/api/bulletin/subscribers').expect(200);
    expect(json.body.items.length).toBeGreaterThan(0);
    for (const format of ['csv', 'xlsx'] as const) {
      const sheet = await download(tutor, '/api/bulletin/subscribers', format);
      expect(column(sheet, 'E-mail')).toEqual(json.body.items.map((s: Item) => s.email));
    }
    await get(consultant, '/api/bulletin/subscribers?format=csv').expect(403);
    const entries = await exportsAudited('organisation');
    expect(entries.filter((e) => e.details.export === 'iscritti-bollettino')).toHaveLength(2);
  });
});
