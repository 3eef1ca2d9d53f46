import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { ProjectRepository } from '../project.repository.js';
import { withinProjectProblems } from '../project.rules.js';
import { NETWORK_ACTIVITY_KINDS, type NetworkActivityInput } from '../project.types.js';
import { ProjectsError } from '../projects.error.js';

/** Records a meeting with an institution, or an organisation brought into the local network. */
@Injectable()
export class RecordNetworkActivityUseCase {
  constructor(private readonly projects: ProjectRepository) {}

  async execute(actor: Actor, projectId: string, input: NetworkActivityInput) {
    const project = await this.projects.get(actor.organisationId, projectId);
    if (!project) throw ProjectsError.projectNotFound();
    const problems = withinProjectProblems('occurredOn', input.occurredOn, project);
    if (problems.length > 0) throw ProjectsError.invalid(problems);
    const id = await this.projects.addNetworkActivity(
      actor.organisationId,
      projectId,
      actor.userId,
      input,
    );
    return {
      id,
      projectId,
      ...input,
      notes: input.notes ?? '',
      kindLabel: NETWORK_ACTIVITY_KINDS[input.kind],
    };
  }
}
