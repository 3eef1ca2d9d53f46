import { Injectable } from '@nestjs/common';
import type { FieldProblem, IsoDate } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import { ProjectRepository } from '../project/project.repository.js';
import { ProjectsError } from '../project/projects.error.js';
import type { ReportScope } from './funder-report.reader.js';

export interface ReportQuery {
  /** Absent: the whole organisation. */
  projectId?: string;
  /** Default, for a project: its own period. */
  from?: IsoDate;
  to?: IsoDate;
}

export interface ReportHeader {
  scope: {
    kind: 'PROJECT' | 'ORGANISATION';
    projectId: string | null;
    name: string;
    funder: string | null;
    territory: string | null;
  };
  period: { from: IsoDate; to: IsoDate };
}

/** The project (or organisation) and period a report is about, checked. */
@Injectable()
export class ReportScopeResolver {
  constructor(private readonly projects: ProjectRepository) {}

  async resolve(
    actor: Actor,
    query: ReportQuery,
  ): Promise<{ scope: ReportScope; header: ReportHeader; targets: Record<string, number> }> {
    const project = query.projectId
      ? await this.projects.get(actor.organisationId, query.projectId)
      : null;
    if (query.projectId && !project) throw ProjectsError.projectNotFound();
    const from = query.from ?? project?.startsOn;
    const to = query.to ?? project?.endsOn;
    const problems: FieldProblem[] = [];
    if (!from) problems.push({ field: 'from', message: 'indica l’inizio del periodo' });
    if (!to) problems.push({ field: 'to', message: 'indica la fine del periodo' });
    if (from && to && to < from)
      problems.push({ field: 'to', message: 'la fine del periodo precede l’inizio' });
    if (problems.length > 0 || !from || !to) throw ProjectsError.invalid(problems);
    return {
      scope: { projectId: project?.id ?? null, from, to },
      targets: project?.targets ?? {},
      header: {
        scope: {
          kind: project ? 'PROJECT' : 'ORGANISATION',
          projectId: project?.id ?? null,
          name: project?.name ?? 'Tutta l’organizzazione',
          funder: project?.funder ?? null,
          territory: project?.territory || null,
        },
        period: { from, to },
      },
    };
  }
}
