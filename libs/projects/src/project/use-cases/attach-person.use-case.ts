import { Injectable } from '@nestjs/common';
import { CandidateCaseReader } from '#libs/candidates';
import type { Actor } from '#libs/platform';
import { ProjectRepository } from '../project.repository.js';
import { periodProblems, withinProjectProblems } from '../project.rules.js';
import type { ProjectPersonInput } from '../project.types.js';
import { ProjectsError } from '../projects.error.js';

/**
 * Takes a person into a project from a date (and, if given, until one), with the personalised plan
 * when signed. A person may be in several projects over time, or again in the same one.
 */
@Injectable()
export class AttachPersonUseCase {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly cases: CandidateCaseReader,
  ) {}

  async execute(actor: Actor, projectId: string, input: ProjectPersonInput) {
    const project = await this.projects.get(actor.organisationId, projectId);
    if (!project) throw ProjectsError.projectNotFound();
    const problems = [
      ...periodProblems(
        { field: 'joinedOn', value: input.joinedOn },
        { field: 'leftOn', value: input.leftOn },
      ),
      ...withinProjectProblems('joinedOn', input.joinedOn, project),
      ...withinProjectProblems('leftOn', input.leftOn, project),
      ...withinProjectProblems('personalPlanOn', input.personalPlanOn, project),
      ...periodProblems(
        { field: 'joinedOn', value: input.joinedOn },
        { field: 'personalPlanOn', value: input.personalPlanOn },
      ),
    ];
    if (!(await this.cases.caseOf(actor.organisationId, input.candidateId)))
      problems.push({ field: 'candidateId', message: 'persona non trovata' });
    if (problems.length > 0) throw ProjectsError.invalid(problems);
    const id = await this.projects.addPerson(actor.organisationId, projectId, input);
    return { id, projectId, ...input, leftOn: input.leftOn ?? null };
  }
}
