import { Injectable } from '@nestjs/common';
import { CompaniesError, CompaniesRepository } from '#libs/companies';
import type { Actor, FieldProblem } from '#libs/platform';
import type { Law68Policies } from '../domain/law68-policies.js';
import { computeLaw68Position } from '../domain/law68-position.calculator.js';
import type { Law68Input } from '../domain/workforce.types.js';
import { Law68DeclarationEntity } from '../entities/law68-declaration.entity.js';
import { Law68Error } from '../law68.error.js';
import { CompanyLaw68Reader, toDeclaredWorkforce } from '../position/company-law68.reader.js';
import { evaluateAt } from '../position/company-position.evaluator.js';
import { Law68PositionService } from '../position/law68-position.service.js';
import { figuresOf } from '../position/position.types.js';
import { todayInRome } from '#libs/kernel';
import { type DeclarationView, toDeclarationView } from './declaration.view.js';

export interface DeclarationInput extends Law68Input {
  policies?: Partial<Law68Policies>;
}

/** Rules of a stored declaration on top of the calculator's own. */
function declarationProblems(input: Law68Input, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (typeof input.referenceDate === 'string' && input.referenceDate > today) {
    problems.push({
      field: 'referenceDate',
      message: 'la data di riferimento non può essere futura: si dichiara l’organico in forza',
    });
  }
  (input.provinces ?? []).forEach((province, index) => {
    if (province.conventions !== undefined) {
      problems.push({
        field: `provinces[${index}].conventions`,
        message:
          'le convenzioni si registrano a parte (POST /api/companies/{id}/law68/conventions), così contano nel tempo senza essere contate due volte',
      });
    }
  });
  return problems;
}

/**
 * Records a company's workforce at a reference date: validated by the calculator (400 naming each
 * field, nothing stored), stored with its position on that date, and the current position and its
 * history updated. Declaring the same date again replaces the input and bumps the version.
 */
@Injectable()
export class RecordDeclarationUseCase {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly reader: CompanyLaw68Reader,
    private readonly positions: Law68PositionService,
  ) {}

  async execute(actor: Actor, companyId: string, body: DeclarationInput): Promise<DeclarationView> {
    const { policies = {}, ...input } = body;
    const today = todayInRome();
    const problems = declarationProblems(input, today);
    if (problems.length > 0) throw Law68Error.invalid(problems);
    Law68Error.guard(() => computeLaw68Position(input, { policies }));

    const organisationId = actor.organisationId;
    return this.companies.transaction(async (manager) => {
      const company = await this.companies.getForUpdate(manager, organisationId, companyId);
      if (company.archivedAt) throw CompaniesError.archived();
      const existing = await manager.findOneBy(Law68DeclarationEntity, {
        organisationId,
        companyId,
        referenceDate: input.referenceDate,
      });
      const row =
        existing ??
        manager.create(Law68DeclarationEntity, {
          organisationId,
          companyId,
          referenceDate: input.referenceDate,
          createdBy: actor.userId,
          version: 0,
        });
      Object.assign(row, { input, policies, version: row.version + 1, updatedBy: actor.userId });

      const data = await this.reader.load(manager, organisationId, companyId);
      const declarations = data.declarations
        .filter((d) => d.referenceDate !== input.referenceDate)
        .concat(toDeclaredWorkforce(row))
        .sort((a, b) => a.referenceDate.localeCompare(b.referenceDate));
      const declared = Law68Error.guard(() =>
        evaluateAt({ ...data, declarations }, input.referenceDate)!,
      );
      Object.assign(row, figuresOf(declared.position), {
        position: declared.position,
        computedAt: new Date(),
        updatedAt: new Date(),
      });
      const saved = await manager.save(row);
      await this.positions.refresh(manager, organisationId, companyId, {
        today,
        reason: 'DECLARATION',
        actorId: actor.userId,
      });
      return toDeclarationView(saved);
    });
  }
}
