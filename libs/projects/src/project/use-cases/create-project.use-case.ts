import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { ProjectRepository } from '../project.repository.js';
import { periodProblems, targetProblems } from '../project.rules.js';
import type { ProjectInput, ProjectView } from '../project.types.js';
import { ProjectsError } from '../projects.error.js';

/** Creates a project: its funder, period, territory and the target of each report figure. */
@Injectable()
export class CreateProjectUseCase {
  constructor(private readonly projects: ProjectRepository) {}

  async execute(actor: Actor, input: ProjectInput): Promise<ProjectView> {
    const problems = [
      ...periodProblems(
        { field: 'startsOn', value: input.startsOn },
        { field: 'endsOn', value: input.endsOn },
      ),
      ...targetProblems(input.targets),
    ];
    if (problems.length > 0) throw ProjectsError.invalid(problems);
    const id = await this.projects.create(actor.organisationId, input);
    if (!id) throw ProjectsError.duplicateName();
    return (await this.projects.get(actor.organisationId, id))!;
  }
}
