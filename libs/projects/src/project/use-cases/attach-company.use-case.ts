import { Injectable } from '@nestjs/common';
import { CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import { ProjectRepository } from '../project.repository.js';
import { periodProblems, withinProjectProblems } from '../project.rules.js';
import type { ProjectCompanyInput } from '../project.types.js';
import { ProjectsError } from '../projects.error.js';

/** Brings a company into a project from a date: its scouting activities then count for the project. */
@Injectable()
export class AttachCompanyUseCase {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly companies: CompaniesRepository,
  ) {}

  async execute(actor: Actor, projectId: string, input: ProjectCompanyInput) {
    const project = await this.projects.get(actor.organisationId, projectId);
    if (!project) throw ProjectsError.projectNotFound();
    const problems = [
      ...periodProblems(
        { field: 'joinedOn', value: input.joinedOn },
        { field: 'leftOn', value: input.leftOn },
      ),
      ...withinProjectProblems('joinedOn', input.joinedOn, project),
      ...withinProjectProblems('leftOn', input.leftOn, project),
    ];
    const { companyNames } = await this.companies.names(
      actor.organisationId,
      [input.companyId],
      [],
    );
    if (!companyNames.has(input.companyId))
      problems.push({ field: 'companyId', message: 'azienda non trovata' });
    if (problems.length > 0) throw ProjectsError.invalid(problems);
    const id = await this.projects.addCompany(actor.organisationId, projectId, input);
    return { id, projectId, ...input, leftOn: input.leftOn ?? null };
  }
}
