import { sealCandidateSensitive } from '#libs/candidates';
import type { EntityManager } from 'typeorm';
import { BatchWriter } from './batch.writer.js';
import type { DemoCalendar } from './calendar.js';
import { drawCandidate } from './candidate-factory.js';
import { drawCompany, type DemoCompany } from './company-factory.js';
import type { DemoDataOptions, DemoTable } from './demo-data.types.js';
import {
  drawOrganisation,
  organisationRow,
  type DemoOrganisation,
} from './organisation-factory.js';
import { Territory, type Municipality } from './places.js';
import { type Rng, WeightedTable } from './prng.js';
import { drawVacancy } from './vacancy-factory.js';

/** What the bulk steps need from the first one. */
export interface DemoSetup {
  organisations: DemoOrganisation[];
  territories: Territory[];
  companies: DemoCompany[];
}

/**
 * The steps of one generation, in foreign-key order. Each table draws from its own stream of the
 * seed, so a change to how companies are drawn leaves the candidates as they were. Candidates and
 * vacancies go through one or more lanes (connections): rows are drawn in one sequence and dealt
 * to the lanes in turn, so the data do not depend on how many lanes write them.
 */
export class DemoSteps {
  readonly counts: Record<DemoTable, number> = {
    organisations: 0,
    users: 0,
    companies: 0,
    company_sites: 0,
    candidates: 0,
    candidate_sensitive: 0,
    vacancies: 0,
    vacancy_networks: 0,
  };

  constructor(
    private readonly root: Rng,
    private readonly calendar: DemoCalendar,
    private readonly options: DemoDataOptions,
  ) {}

  private writer(
    manager: EntityManager,
    table: DemoTable,
    total: number | null,
    after?: BatchWriter,
  ) {
    return new BatchWriter(manager, table, {
      batchRows: this.options.batchRows,
      after,
      onBatch: (rows) => {
        this.counts[table] += rows;
        this.options.onProgress?.({ table, written: this.counts[table], total });
      },
    });
  }

  /** Organisations with their staff, companies with their sites: small, written on one connection. */
  async setup(
    manager: EntityManager,
    municipalities: readonly Municipality[],
    homeTowns: readonly Municipality[],
    passwordHash: string,
  ): Promise<DemoSetup> {
    const orgRng = this.root.fork('organisations');
    const slugs = new Set<string>();
    const organisations: DemoOrganisation[] = [];
    for (let i = 0; i < this.options.organisations; i += 1) {
      const town = homeTowns[i % homeTowns.length];
      organisations.push(drawOrganisation(orgRng, i, town, passwordHash, slugs, this.calendar));
    }
    const orgWriter = this.writer(manager, 'organisations', organisations.length);
    const users = organisations.flatMap((o) => o.userRows);
    const userWriter = this.writer(manager, 'users', users.length, orgWriter);
    for (const organisation of organisations)
      await orgWriter.add(organisationRow(organisation, this.calendar));
    for (const row of users) await userWriter.add(row);
    await userWriter.close();

    const territories = organisations.map((o) => new Territory(o.homeTown, municipalities));
    const companyRng = this.root.fork('companies');
    const vatNumbers = organisations.map(() => new Set<string>());
    const companies: DemoCompany[] = [];
    const companyWriter = this.writer(manager, 'companies', this.options.companies);
    const siteWriter = this.writer(manager, 'company_sites', null, companyWriter);
    for (let i = 0; i < this.options.companies; i += 1) {
      const o = i % organisations.length;
      const draft = drawCompany(
        companyRng,
        organisations[o].id,
        territories[o],
        vatNumbers[o],
        this.calendar,
      );
      companies.push(draft.company);
      await companyWriter.add(draft.row);
      for (const row of draft.siteRows) await siteWriter.add(row);
    }
    await siteWriter.close();
    return { organisations, territories, companies };
  }

  async candidates(
    lanes: readonly EntityManager[],
    { organisations, territories }: DemoSetup,
  ): Promise<void> {
    const rng = this.root.fork('candidates');
    const cipher = this.options.dataCipher;
    const taxCodes = organisations.map(() => new Set<string>());
    const writers = lanes.map((manager) => {
      const candidates = this.writer(manager, 'candidates', this.options.candidates);
      return {
        candidates,
        sensitive: this.writer(manager, 'candidate_sensitive', null, candidates),
      };
    });
    for (let i = 0; i < this.options.candidates; i += 1) {
      const o = i % organisations.length;
      const draft = drawCandidate(
        rng,
        organisations[o],
        territories[o],
        taxCodes[o],
        this.calendar,
      );
      const lane = writers[i % writers.length];
      await lane.candidates.add(draft.row);
      if (draft.sensitiveRow) {
        const sealed = sealCandidateSensitive(cipher, draft.sensitiveRow);
        await lane.sensitive.add({
          candidate_id: sealed.candidateId,
          organisation_id: sealed.organisationId,
          key_id: sealed.keyId,
          sealed: sealed.sealed,
          l68_index: sealed.l68Index,
          updated_at: draft.row.created_at,
        });
      }
    }
    await Promise.all(writers.map((lane) => lane.sensitive.close()));
  }

  async vacancies(lanes: readonly EntityManager[], { companies }: DemoSetup): Promise<void> {
    if (companies.length === 0) return;
    const rng = this.root.fork('vacancies');
    const writers = lanes.map((manager) =>
      this.writer(manager, 'vacancies', this.options.vacancies),
    );
    // Larger firms advertise more often, though not in proportion to their size.
    const employers = new WeightedTable(companies, (c) => 1 + Math.log2(1 + c.headcount));
    for (let i = 0; i < this.options.vacancies; i += 1) {
      await writers[i % writers.length].add(drawVacancy(rng, employers.draw(rng), this.calendar));
    }
    await Promise.all(writers.map((writer) => writer.close()));
  }
}
