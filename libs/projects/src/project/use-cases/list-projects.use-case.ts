import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { ProjectRepository } from '../project.repository.js';
import type { ProjectView } from '../project.types.js';

/** The organisation's projects, the most recent first. */
@Injectable()
export class ListProjectsUseCase {
  constructor(private readonly projects: ProjectRepository) {}

  async execute(actor: Actor): Promise<{ items: ProjectView[] }> {
    return { items: await this.projects.list(actor.organisationId) };
  }
}
