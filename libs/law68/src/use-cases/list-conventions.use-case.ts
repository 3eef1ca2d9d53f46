import { Injectable } from '@nestjs/common';
import { todayInRome } from '#libs/kernel';
import { CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { Law68Repository } from '../law68.repository.js';
import { type ConventionView, toConventionView } from './convention.input.js';

@Injectable()
export class ListConventionsUseCase {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly law68: Law68Repository,
  ) {}

  async execute(actor: Actor, companyId: string): Promise<ConventionView[]> {
    await this.companies.get(actor.organisationId, companyId);
    const rows = await this.law68.conventions(actor.organisationId, companyId);
    const today = todayInRome();
    return rows.map((row) => toConventionView(row, today));
  }
}
