import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate } from '#libs/kernel';
import type { OrganisationId } from '#libs/platform';
import { DataSource } from 'typeorm';
import type {
  NetworkActivityInput,
  ProjectCompanyInput,
  ProjectCourseInput,
  ProjectInput,
  ProjectPersonInput,
  ProjectView,
} from './project.types.js';
import {
  INSERT_NETWORK_ACTIVITY_SQL,
  INSERT_PROJECT_CANDIDATE_SQL,
  INSERT_PROJECT_COMPANY_SQL,
  INSERT_PROJECT_COURSE_SQL,
  INSERT_PROJECT_SQL,
  PROJECT_PEOPLE_SQL,
  PROJECT_SQL,
  PROJECTS_SQL,
} from './projects.sql.js';

export interface ProjectPersonRow {
  id: string;
  candidateId: string;
  joinedOn: IsoDate;
  leftOn: IsoDate | null;
  personalPlanOn: IsoDate | null;
}

/** The projects tables; every query carries the organisation (another one's project is not found). */
@Injectable()
export class ProjectRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The new project's id, or null when the organisation already has a project of that name. */
  async create(organisationId: OrganisationId, input: ProjectInput): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.dataSource.query(INSERT_PROJECT_SQL, [
      organisationId,
      input.name.trim(),
      input.funder.trim(),
      input.startsOn,
      input.endsOn,
      input.territory?.trim() ?? '',
      input.municipalityCodes ?? [],
      JSON.stringify(input.targets ?? {}),
    ]);
    return rows[0]?.id ?? null;
  }

  async get(organisationId: OrganisationId, id: string): Promise<ProjectView | null> {
    const [row]: ProjectView[] = await this.dataSource.query(PROJECT_SQL, [organisationId, id]);
    return row ?? null;
  }

  list(organisationId: OrganisationId): Promise<ProjectView[]> {
    return this.dataSource.query(PROJECTS_SQL, [organisationId]);
  }

  people(organisationId: OrganisationId, projectId: string): Promise<ProjectPersonRow[]> {
    return this.dataSource.query(PROJECT_PEOPLE_SQL, [organisationId, projectId]);
  }

  async addPerson(
    organisationId: OrganisationId,
    projectId: string,
    input: ProjectPersonInput,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(INSERT_PROJECT_CANDIDATE_SQL, [
      organisationId,
      projectId,
      input.candidateId,
      input.joinedOn,
      input.leftOn ?? null,
      input.personalPlanOn ?? null,
    ]);
    return row.id;
  }

  async addCompany(
    organisationId: OrganisationId,
    projectId: string,
    input: ProjectCompanyInput,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(INSERT_PROJECT_COMPANY_SQL, [
      organisationId,
      projectId,
      input.companyId,
      input.joinedOn,
      input.leftOn ?? null,
    ]);
    return row.id;
  }

  async addCourse(
    organisationId: OrganisationId,
    projectId: string,
    input: ProjectCourseInput,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(INSERT_PROJECT_COURSE_SQL, [
      organisationId,
      projectId,
      input.candidateId,
      input.kind,
      input.startedOn,
      input.endedOn ?? null,
    ]);
    return row.id;
  }

  async addNetworkActivity(
    organisationId: OrganisationId,
    projectId: string,
    userId: string,
    input: NetworkActivityInput,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(INSERT_NETWORK_ACTIVITY_SQL, [
      organisationId,
      projectId,
      input.kind,
      input.occurredOn,
      input.counterpart.trim(),
      input.notes?.trim() ?? '',
      userId,
    ]);
    return row.id;
  }
}
