import { Injectable } from '@nestjs/common';
import { CompaniesError, CompaniesRepository } from '#libs/companies';
import { type FieldProblem, RecordChanges } from '#libs/platform';
import { TaxonomyService } from '#libs/taxonomy';
import type { EntityManager } from 'typeorm';
import { VacancyEntity } from './entities/vacancy.entity.js';
import { VacanciesError } from './vacancies.error.js';
import type { VacancyInput, VacancyPatch } from './vacancy.input.js';
import { checkNulls, checkVacancyRules } from './vacancy.rules.js';

/**
 * Applies a create or update to a vacancy inside the caller's transaction: copies the fields,
 * checks the rules and every reference (company and site of the actor's organisation, the site of
 * that company, known taxonomy codes), copies the site's place onto the vacancy and records the
 * change for search and matching.
 */
@Injectable()
export class VacancyWriter {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly changes: RecordChanges,
    private readonly companies: CompaniesRepository,
  ) {}

  async apply(
    manager: EntityManager,
    vacancy: VacancyEntity,
    input: VacancyPatch | VacancyInput,
  ): Promise<VacancyEntity> {
    const nulls = checkNulls(input);
    if (nulls.length > 0) throw VacanciesError.invalid(nulls);
    assignInput(vacancy, input);
    const problems = checkVacancyRules(vacancy);

    // A shared lock: archiving the company waits for this vacancy, and then counts it.
    const company = await this.companies.findForShare(
      manager,
      vacancy.organisationId,
      vacancy.companyId,
    );
    if (!company) {
      problems.push({ field: 'companyId', message: 'azienda non trovata' });
    } else if (company.archivedAt) {
      throw CompaniesError.archived();
    }
    const site = await this.companies.findSite(manager, vacancy.organisationId, vacancy.siteId);
    if (!site) {
      problems.push({ field: 'siteId', message: 'sede non trovata' });
    } else if (company && site.companyId !== company.id) {
      problems.push({ field: 'siteId', message: "la sede non appartiene all'azienda indicata" });
    }
    problems.push(...(await this.resolveTaxonomy(manager, vacancy, input)));
    if (problems.length > 0) throw VacanciesError.invalid(problems);

    vacancy.kmZero ??= company!.kmZero;
    vacancy.municipalityCode = site!.municipalityCode;
    vacancy.siteLat = site!.lat;
    vacancy.siteLng = site!.lng;
    const saved = await manager.save(VacancyEntity, vacancy);
    await this.changes.recorded(manager, {
      type: 'vacancy',
      id: saved.id,
      organisationId: saved.organisationId,
      kind: 'upsert',
    });
    return saved;
  }

  /**
   * Codes must be in the vocabulary. Free text sent without a code is looked up ('badante' is
   * 5.5.2.3.0); when nothing matches, the text stands alone and the code is cleared.
   */
  private async resolveTaxonomy(
    manager: EntityManager,
    vacancy: VacancyEntity,
    input: VacancyPatch,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (input.occupationCode) {
      const unknown = await this.taxonomy.unknownCodes(
        'OCCUPATION',
        [input.occupationCode],
        manager,
      );
      if (unknown.length > 0) {
        problems.push({
          field: 'occupationCode',
          message: 'professione non presente nel vocabolario',
        });
      }
    } else if (input.occupationText) {
      const found = await this.taxonomy.resolve('OCCUPATION', input.occupationText, manager);
      vacancy.occupationCode = found?.code ?? null;
    }
    if (input.requiredSkills) {
      const unknown = new Set(
        await this.taxonomy.unknownCodes(
          'SKILL',
          vacancy.requiredSkills.flatMap((skill) => (skill.code ? [skill.code] : [])),
          manager,
        ),
      );
      for (const [index, skill] of vacancy.requiredSkills.entries()) {
        if (skill.code && unknown.has(skill.code)) {
          problems.push({
            field: `requiredSkills[${index}].code`,
            message: 'competenza non presente nel vocabolario',
          });
        } else if (!skill.code && skill.text) {
          skill.code = (await this.taxonomy.resolve('SKILL', skill.text, manager))?.code ?? null;
        }
      }
    }
    return problems;
  }
}

function text(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/** Copies the fields the input carries; those left out keep their value. */
function assignInput(vacancy: VacancyEntity, input: VacancyPatch | VacancyInput): void {
  if ('companyId' in input) vacancy.companyId = input.companyId;
  if (input.siteId !== undefined) vacancy.siteId = input.siteId;
  if (input.title !== undefined) vacancy.title = input.title.trim();
  if (input.description !== undefined) vacancy.description = input.description.trim();
  if (input.occupationCode !== undefined) vacancy.occupationCode = text(input.occupationCode);
  if (input.occupationText !== undefined) vacancy.occupationText = text(input.occupationText);
  if (input.requiredSkills !== undefined) {
    vacancy.requiredSkills = input.requiredSkills.map((skill) => ({
      code: text(skill.code),
      text: text(skill.text),
    }));
  }
  if (input.minItalianLevel !== undefined) vacancy.minItalianLevel = input.minItalianLevel;
  if (input.shifts !== undefined) {
    vacancy.shifts = input.shifts.map(({ day, start, end }) => ({ day, start, end }));
  }
  if (input.flexibleHours !== undefined) vacancy.flexibleHours = input.flexibleHours;
  if (input.contractType !== undefined) vacancy.contractType = input.contractType;
  if (input.weeklyHours !== undefined) vacancy.weeklyHours = input.weeklyHours;
  if (input.positions !== undefined) vacancy.positions = input.positions;
  if (input.reservedL68 !== undefined) vacancy.reservedL68 = input.reservedL68;
  if (input.kmZero !== undefined) vacancy.kmZero = input.kmZero;
  if (input.adultsOnly !== undefined) vacancy.adultsOnly = input.adultsOnly;
  if (input.requiredLicences !== undefined) vacancy.requiredLicences = input.requiredLicences;
  if (input.tasks !== undefined) vacancy.tasks = input.tasks;
  if (input.source !== undefined) vacancy.source = input.source;
  if (input.status !== undefined) vacancy.status = input.status;
  if (input.publishedAt !== undefined) vacancy.publishedAt = input.publishedAt;
  if (input.expiresAt !== undefined) vacancy.expiresAt = input.expiresAt;
  if (input.startDate !== undefined) vacancy.startDate = input.startDate;
}
