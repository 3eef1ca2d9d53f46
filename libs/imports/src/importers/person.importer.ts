import { Injectable } from '@nestjs/common';
import {
  checkCandidateRules,
  CreateCandidateUseCase,
  LEGAL_BASES,
  type LegalBasis,
  RIGHT_TO_WORK_KINDS,
  type RightToWorkKind,
} from '#libs/candidates';
import { MunicipalitiesService } from '#libs/geo';
import { todayInRome } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import { Gazetteer } from '../domain/municipality-place.rules.js';
import { checkPersonRow, type ImportedPerson } from '../domain/people-import.rules.js';
import type { KindImporter, RowImporter } from './kind-importer.types.js';

const VOCABULARY = {
  legalBases: Object.keys(LEGAL_BASES) as LegalBasis[],
  rightToWorkKinds: RIGHT_TO_WORK_KINDS,
};

/**
 * A caseload kept in Excel: the ordinary part of each person's record only. A file never brings
 * special-category data (health, justice, asylum, violence): those are entered on the case.
 */
@Injectable()
export class PersonImporter implements KindImporter {
  readonly kind = 'people' as const;

  constructor(
    private readonly municipalities: MunicipalitiesService,
    private readonly createCandidate: CreateCandidateUseCase,
  ) {}

  async prepare(): Promise<RowImporter<ImportedPerson<LegalBasis, RightToWorkKind>>> {
    const gazetteer = new Gazetteer(await this.municipalities.all());
    return {
      check: (values) => checkPersonRow(values, gazetteer, VOCABULARY),
      ownerProblems: async (input) => checkCandidateRules(input, todayInRome()),
      write: async (actor: Actor, input) => (await this.createCandidate.execute(actor, input)).id,
    };
  }
}
