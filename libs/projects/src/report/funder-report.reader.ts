import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidateTargetGroupsReader } from '#libs/candidates';
import type { IsoDate, TargetGroup } from '#libs/kernel';
import type { Actor, OrganisationId } from '#libs/platform';
import { DataSource } from 'typeorm';
import type {
  BulletinFact,
  CourseFact,
  NetworkFact,
  PersonFact,
  PlacementFact,
  ReportFacts,
  ScoutingFact,
  SoftOutcomeFact,
} from '../domain/report-facts.types.js';
import {
  REPORT_BULLETINS_SQL,
  REPORT_COURSES_SQL,
  REPORT_NETWORK_SQL,
  REPORT_PEOPLE_NAMES_SQL,
  REPORT_PEOPLE_SQL,
  REPORT_PLACEMENTS_SQL,
  REPORT_SCOUTING_SQL,
  REPORT_SOFT_OUTCOMES_SQL,
} from './funder-report.sql.js';

export interface ReportScope {
  /** Null: the whole organisation. */
  projectId: string | null;
  from: IsoDate;
  to: IsoDate;
}

export interface PersonName {
  candidateId: string;
  /** Null when the person was erased: counted, never named. */
  name: string | null;
  erased: boolean;
  assignedTutorIds: string[];
}

/** Reads the records of a funder report (funder-report.sql.ts) and the people's sealed target groups. */
@Injectable()
export class FunderReportReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targetGroups: CandidateTargetGroupsReader,
  ) {}

  async facts(actor: Actor, scope: ReportScope): Promise<ReportFacts> {
    const params = [actor.organisationId, scope.projectId, scope.from, scope.to];
    const query = <T>(sql: string, values: unknown[] = params): Promise<T[]> =>
      this.dataSource.query(sql, values);
    const [placements, softOutcomes, courses, scouting, network, bulletins] = await Promise.all([
      query<PlacementFact>(REPORT_PLACEMENTS_SQL),
      query<SoftOutcomeFact>(REPORT_SOFT_OUTCOMES_SQL),
      query<CourseFact>(REPORT_COURSES_SQL),
      query<ScoutingFact>(REPORT_SCOUTING_SQL),
      query<NetworkFact>(REPORT_NETWORK_SQL),
      query<BulletinFact>(REPORT_BULLETINS_SQL, [actor.organisationId, scope.from, scope.to]),
    ]);
    const referenced = [...placements, ...softOutcomes, ...courses].map((fact) => fact.candidateId);
    const people = await query<PersonFact>(REPORT_PEOPLE_SQL, [
      ...params,
      [...new Set(referenced)],
    ]);
    const sealed = await this.targetGroups.forAggregates(
      actor,
      people.map((person) => person.candidateId),
      'funder-report',
    );
    for (const person of people) {
      const groups = new Set<TargetGroup>([
        ...person.targetGroups,
        ...(sealed.get(person.candidateId) ?? []),
      ]);
      person.targetGroups = [...groups];
    }
    return {
      from: scope.from,
      to: scope.to,
      people,
      placements,
      softOutcomes,
      courses,
      scouting,
      network,
      bulletins,
    };
  }

  names(organisationId: OrganisationId, candidateIds: readonly string[]): Promise<PersonName[]> {
    return this.dataSource.query(REPORT_PEOPLE_NAMES_SQL, [organisationId, [...candidateIds]]);
  }
}
