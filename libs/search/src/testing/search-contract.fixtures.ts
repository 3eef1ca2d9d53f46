import { randomUUID } from 'node:crypto';
import { asOrganisationId, type OrganisationId } from '#libs/platform';
import type {
  CandidateDocument,
  CompanyDocument,
  CourseDocument,
  VacancyDocument,
} from '../search-documents.types.js';

/** Places in the Milan area, far enough from each other that radius tests have clear margins. */
export const PLACES = {
  milanoDuomo: { code: '015146', name: 'Milano', province: 'MI', lat: 45.4642, lng: 9.19 },
  milanoGaribaldi: { code: '015146', name: 'Milano', province: 'MI', lat: 45.4847, lng: 9.1873 },
  sesto: { code: '015209', name: 'Sesto San Giovanni', province: 'MI', lat: 45.5343, lng: 9.2295 },
  cologno: { code: '015081', name: 'Cologno Monzese', province: 'MI', lat: 45.5286, lng: 9.2783 },
  monza: { code: '108033', name: 'Monza', province: 'MB', lat: 45.5845, lng: 9.2744 },
  melzo: { code: '015140', name: 'Melzo', province: 'MI', lat: 45.4997, lng: 9.4233 },
  bergamo: { code: '016024', name: 'Bergamo', province: 'BG', lat: 45.6983, lng: 9.6773 },
  brescia: { code: '017029', name: 'Brescia', province: 'BS', lat: 45.5416, lng: 10.2118 },
} as const;

type Place = (typeof PLACES)[keyof typeof PLACES];

/**
 * Two organisations with overlapping data, a third for tests that change the index, and a fourth
 * for the Italian search quality cases (their documents stay out of the counts of the others).
 */
export function contractOrganisations() {
  return {
    a: asOrganisationId(randomUUID()),
    b: asOrganisationId(randomUUID()),
    c: asOrganisationId(randomUUID()),
    d: asOrganisationId(randomUUID()),
  };
}

export function vacancy(
  organisationId: OrganisationId,
  place: Place,
  fields: Partial<VacancyDocument> &
    Pick<VacancyDocument, 'title' | 'contractType' | 'publishedAt'>,
): VacancyDocument {
  return {
    id: randomUUID(),
    organisationId,
    occupationCode: null,
    occupationLabel: null,
    occupationSynonyms: [],
    skills: [],
    companyName: 'Cooperativa Sociale Il Ponte',
    municipalityCode: place.code,
    municipalityName: place.name,
    provinceCode: place.province,
    contractLabel: fields.contractType,
    kmZero: false,
    reservedL68: null,
    minItalianLevel: 'A2',
    expiresAt: null,
    status: 'OPEN',
    location: { lat: place.lat, lng: place.lng },
    ...fields,
  };
}

/** Eight vacancies of organisation A, one of B: the expectations of the suite are counted on these. */
export function contractVacancies(org: { a: OrganisationId; b: OrganisationId }) {
  const a = org.a;
  return {
    cameriere: vacancy(a, PLACES.milanoDuomo, {
      title: 'Cameriere di sala',
      occupationLabel: 'Camerieri',
      contractType: 'A.02.00',
      publishedAt: '2025-03-01',
      description: 'Turni serali e nel fine settimana.',
    }),
    barista: vacancy(a, PLACES.sesto, {
      title: 'Barista al banco caffè',
      contractType: 'A.01.00',
      kmZero: true,
      publishedAt: '2025-02-01',
    }),
    pulizieUffici: vacancy(a, PLACES.cologno, {
      title: 'Addetta pulizie uffici',
      contractType: 'A.02.00',
      kmZero: true,
      publishedAt: '2025-03-10',
    }),
    pulizieScale: vacancy(a, PLACES.melzo, {
      title: 'Pulizia scale condominiali',
      contractType: 'A.05.02',
      publishedAt: '2025-01-15',
    }),
    assistente: vacancy(a, PLACES.monza, {
      title: 'Assistente familiare convivente',
      contractType: 'A.01.00',
      publishedAt: '2025-02-20',
      description: 'Assistenza di notte a una signora anziana.',
    }),
    magazziniere: vacancy(a, PLACES.bergamo, {
      title: 'Magazziniere con patentino muletto',
      contractType: 'A.06.01',
      reservedL68: 'DISABILITY',
      publishedAt: '2025-03-05',
    }),
    agricolo: vacancy(a, PLACES.brescia, {
      title: "Operaio dell'azienda agricola",
      contractType: 'A.02.00',
      publishedAt: '2025-01-05',
    }),
    oss: vacancy(a, PLACES.milanoGaribaldi, {
      title: 'OSS per RSA',
      skills: ['igiene della persona', 'mobilizzazione'],
      contractType: 'A.01.00',
      minItalianLevel: 'B1',
      publishedAt: '2025-03-15',
    }),
    otherOrganisation: vacancy(org.b, PLACES.milanoDuomo, {
      title: 'Cameriere',
      contractType: 'A.02.00',
      publishedAt: '2025-03-20',
    }),
  };
}

export function contractCompanies(org: { a: OrganisationId; b: OrganisationId }) {
  const company = (
    organisationId: OrganisationId,
    place: Place,
    fields: Pick<CompanyDocument, 'name' | 'atecoCode' | 'atecoLabel' | 'l68Status'>,
  ): CompanyDocument => ({
    id: randomUUID(),
    organisationId,
    vatNumber: String(Math.floor(Math.random() * 1e11)).padStart(11, '0'),
    municipalityCode: place.code,
    municipalityName: place.name,
    provinceCode: place.province,
    kmZero: false,
    location: { lat: place.lat, lng: place.lng },
    ...fields,
  });
  const restaurant = {
    name: 'Ristorante Da Mario',
    atecoCode: '56.10.11',
    atecoLabel: 'Ristorazione con somministrazione',
  };
  return {
    restaurant: company(org.a, PLACES.milanoDuomo, { ...restaurant, l68Status: 'NOT_OBLIGED' }),
    logistics: company(org.a, PLACES.melzo, {
      name: 'Logistica Martesana Srl',
      atecoCode: '52.10.20',
      atecoLabel: 'Magazzini di custodia e deposito',
      l68Status: 'UNCOVERED',
    }),
    otherOrganisation: company(org.b, PLACES.milanoDuomo, { ...restaurant, l68Status: 'COVERED' }),
  };
}

export function contractCourses(org: { a: OrganisationId; b: OrganisationId }) {
  const course = (
    organisationId: OrganisationId,
    fields: Pick<CourseDocument, 'kind' | 'title' | 'cefrLevel' | 'startsOn'>,
  ): CourseDocument => ({
    id: randomUUID(),
    organisationId,
    description: 'Iscrizione gratuita presso il CPIA.',
    provider: 'CPIA 5 Milano',
    municipalityCode: PLACES.milanoDuomo.code,
    municipalityName: PLACES.milanoDuomo.name,
    endsOn: null,
    location: null,
    ...fields,
  });
  return {
    italian: course(org.a, {
      kind: 'ITALIAN_COURSE',
      title: 'Italiano per il lavoro',
      cefrLevel: 'A2',
      startsOn: '2025-04-01',
    }),
    haccp: course(org.a, {
      kind: 'TRAINING',
      title: 'Corso HACCP per la cucina',
      cefrLevel: null,
      startsOn: '2025-05-10',
    }),
    otherOrganisation: course(org.b, {
      kind: 'ITALIAN_COURSE',
      title: 'Italiano di base',
      cefrLevel: 'A1',
      startsOn: '2025-04-15',
    }),
  };
}

export function contractCandidates(org: { a: OrganisationId; b: OrganisationId }) {
  const candidate = (
    organisationId: OrganisationId,
    fields: Pick<CandidateDocument, 'fullName' | 'italianLevel' | 'skills' | 'occupations'>,
  ): CandidateDocument => ({
    id: randomUUID(),
    organisationId,
    municipalityCode: PLACES.milanoDuomo.code,
    municipalityName: PLACES.milanoDuomo.name,
    ...fields,
  });
  return {
    giulia: candidate(org.a, {
      fullName: 'Giulia Bianchi',
      italianLevel: 'B2',
      skills: ['stiro'],
      occupations: ['Addetta pulizie'],
    }),
    mohamed: candidate(org.a, {
      fullName: 'Mohamed Diallo',
      italianLevel: 'A2',
      skills: ['muletto'],
      occupations: ['Magazziniere'],
    }),
    otherOrganisation: candidate(org.b, {
      fullName: 'Giulia Rossi',
      italianLevel: 'A2',
      skills: ['pulizie'],
      occupations: ['Colf'],
    }),
  };
}

/**
 * Vacancies of organisation D for the cases of issue #13: a stop word as the only query, words the
 * Italian stemmer used to join or split, and many offers that score the same.
 */
export function contractQualityVacancies(org: { d: OrganisationId }) {
  const d = org.d;
  const sameScore = Array.from({ length: 12 }, (_, i) =>
    vacancy(d, PLACES.melzo, {
      title: 'Operatore ecologico',
      description: 'Raccolta differenziata porta a porta.',
      contractType: 'A.02.00',
      // Three dates, four offers each: the order must still be the same every time.
      publishedAt: ['2025-06-01', '2025-06-15', '2025-06-08'][i % 3],
    }),
  );
  return {
    reception: vacancy(d, PLACES.sesto, {
      title: 'Addetto accoglienza',
      description: 'Chi arriva deve capire il perché delle regole del centro.',
      contractType: 'A.02.00',
      publishedAt: '2025-05-01',
    }),
    cashier: vacancy(d, PLACES.sesto, {
      title: 'Cassiera per supermercato',
      description: 'Turni di sei ore, perciò part-time; scontrini e resi.',
      contractType: 'A.02.00',
      publishedAt: '2025-05-02',
    }),
    porter: vacancy(d, PLACES.monza, {
      title: 'Facchino al mercato ortofrutticolo',
      description: 'Carico e scarico di casse di frutta.',
      contractType: 'A.01.00',
      publishedAt: '2025-05-03',
    }),
    workers: vacancy(d, PLACES.bergamo, {
      title: 'Operai per la linea di confezionamento',
      contractType: 'A.01.00',
      publishedAt: '2025-05-04',
    }),
    rooms: vacancy(d, PLACES.monza, {
      title: 'Riassetto delle camere in hotel',
      contractType: 'A.01.00',
      publishedAt: '2025-05-05',
    }),
    sameScore,
  };
}
