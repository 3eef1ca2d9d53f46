import { Injectable } from '@nestjs/common';
import type { Actor } from '#libs/platform';
import { ProjectRepository } from '../project.repository.js';
import { periodProblems, withinProjectProblems } from '../project.rules.js';
import type { ProjectCourseInput } from '../project.types.js';
import { ProjectsError } from '../projects.error.js';

/** Records that a person of the project follows an Italian or a digital-skills course. */
@Injectable()
export class RecordCourseUseCase {
  constructor(private readonly projects: ProjectRepository) {}

  async execute(actor: Actor, projectId: string, input: ProjectCourseInput) {
    const project = await this.projects.get(actor.organisationId, projectId);
    if (!project) throw ProjectsError.projectNotFound();
    const problems = [
      ...periodProblems(
        { field: 'startedOn', value: input.startedOn },
        { field: 'endedOn', value: input.endedOn },
      ),
      ...withinProjectProblems('startedOn', input.startedOn, project),
    ];
    const members = await this.projects.people(actor.organisationId, projectId);
    if (!members.some((member) => member.candidateId === input.candidateId))
      problems.push({ field: 'candidateId', message: 'la persona non è nel progetto' });
    if (problems.length > 0) throw ProjectsError.invalid(problems);
    const id = await this.projects.addCourse(actor.organisationId, projectId, input);
    return { id, projectId, ...input, endedOn: input.endedOn ?? null };
  }
}
