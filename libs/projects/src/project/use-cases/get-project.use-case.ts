import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { ProjectRepository } from '../project.repository.js';
import type { ProjectView } from '../project.types.js';
import { ProjectsError } from '../projects.error.js';

/** One project of the organisation, or 404. */
@Injectable()
export class GetProjectUseCase {
  constructor(private readonly projects: ProjectRepository) {}

  async execute(actor: Actor, id: string): Promise<ProjectView> {
    const project = await this.projects.get(actor.organisationId, id);
    if (!project) throw ProjectsError.projectNotFound();
    return project;
  }
}
