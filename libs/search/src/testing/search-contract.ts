import type { DataSource } from 'typeorm';
import { SearchOutbox } from '../outbox/search-outbox.service.js';
import type { SearchPort } from '../search.port.js';
import {
  contractCandidates,
  contractCompanies,
  contractCourses,
  contractOrganisations,
  contractQualityVacancies,
  contractVacancies,
} from './search-contract.fixtures.js';
import { describeQualityContract } from './search-contract.quality.js';
import { describeQueryContract } from './search-contract.queries.js';
import { describeSyncContract } from './search-contract.sync.js';

export interface SearchContractFixture {
  search: SearchPort;
  /** The test's own database schema, migrated: the outbox lives there whatever the backend. */
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface SearchContractContext {
  search: SearchPort;
  dataSource: DataSource;
  outbox: SearchOutbox;
  org: ReturnType<typeof contractOrganisations>;
  vacancies: ReturnType<typeof contractVacancies>;
  companies: ReturnType<typeof contractCompanies>;
  courses: ReturnType<typeof contractCourses>;
  candidates: ReturnType<typeof contractCandidates>;
  quality: ReturnType<typeof contractQualityVacancies>;
}

/**
 * The behaviour every search adapter must have, as tutors and consultants rely on it. Each adapter's
 * integration test calls this once; `skipReason` registers the tests as skipped (never as passed)
 * when the backend cannot be reached.
 */
export function describeSearchContract(
  name: string,
  setup: () => Promise<SearchContractFixture>,
  skipReason?: string,
): void {
  const describeOrSkip = skipReason ? describe.skip : describe;
  describeOrSkip(`search contract: ${name}${skipReason ? ` (${skipReason})` : ''}`, () => {
    let fixture: SearchContractFixture | undefined;
    let context: SearchContractContext;

    beforeAll(async () => {
      fixture = await setup();
      const org = contractOrganisations();
      context = {
        search: fixture.search,
        dataSource: fixture.dataSource,
        outbox: new SearchOutbox(fixture.dataSource, fixture.search),
        org,
        vacancies: contractVacancies(org),
        companies: contractCompanies(org),
        courses: contractCourses(org),
        candidates: contractCandidates(org),
        quality: contractQualityVacancies(org),
      };
      await context.search.ensureSettings();
      await context.search.upsert('vacancies', Object.values(context.vacancies));
      const { sameScore, ...quality } = context.quality;
      await context.search.upsert('vacancies', [...Object.values(quality), ...sameScore]);
      await context.search.upsert('companies', Object.values(context.companies));
      await context.search.upsert('courses', Object.values(context.courses));
      await context.search.upsert('candidates', Object.values(context.candidates));
    }, 120_000);

    afterAll(async () => {
      await fixture?.close();
    }, 60_000);

    it('answers its health check and applies its settings again without error', async () => {
      await expect(context.search.health()).resolves.toBeUndefined();
      await expect(context.search.ensureSettings()).resolves.toBeUndefined();
    });

    describeQueryContract(() => context);
    describeQualityContract(() => context);
    // Last: these change the indexes (the final test replaces a whole index).
    describeSyncContract(() => context);
  });
}
