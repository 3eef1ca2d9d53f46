import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canReadSensitive } from '#libs/candidates';
import type { Actor } from '#libs/platform';
import { DataSource, In } from 'typeorm';
import { PlacementEntity } from '../entities/placement.entity.js';
import { ProposalEventEntity } from '../entities/proposal-event.entity.js';
import { ProposalEntity } from '../entities/proposal.entity.js';
import { PathwayError } from '../pathway.error.js';
import { toProposalView, type ProposalView } from '../proposal.view.js';

export type ProposalScope =
  { candidateId: string } | { vacancyId: string } | { proposalId: string };

/** A proposal in a list, with what a person reads to recognise the vacancy. */
export interface ProposalListItem extends ProposalView {
  vacancyTitle: string;
  companyName: string;
}

export interface ProposalList {
  items: ProposalListItem[];
  /** Proposals for reserved (Law 68) vacancies of people not on the reader's cases, only counted. */
  withheld: number;
}

/** The proposals of a candidate, of a vacancy, or one proposal, each with its log. */
@Injectable()
export class ListProposalsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, scope: ProposalScope): Promise<ProposalList> {
    const org = actor.organisationId;
    const [table, id] =
      'candidateId' in scope
        ? ['candidates', scope.candidateId]
        : 'vacancyId' in scope
          ? ['vacancies', scope.vacancyId]
          : ['proposals', scope.proposalId];
    const [exists] = await this.dataSource.query(
      `SELECT 1 FROM ${table} WHERE id = $1 AND organisation_id = $2`,
      [id, org],
    );
    if (!exists)
      throw PathwayError.notFound(
        table === 'candidates' ? 'CANDIDATE' : table === 'vacancies' ? 'VACANCY' : 'PROPOSAL',
      );
    const where =
      'candidateId' in scope
        ? { candidateId: id }
        : 'vacancyId' in scope
          ? { vacancyId: id }
          : { id };
    const proposals = await this.dataSource.manager.find(ProposalEntity, {
      where: { ...where, organisationId: org },
      order: { createdAt: 'DESC' },
    });
    const ids = proposals.map((proposal) => proposal.id);
    const visibility: Array<{
      id: string;
      assigned_tutor_ids: string[];
      reserved: boolean;
      vacancy_title: string;
      company_name: string;
    }> = ids.length
      ? await this.dataSource.query(
          `SELECT p.id, c.assigned_tutor_ids, (v.reserved_l68 IS NOT NULL) AS reserved,
                  v.title AS vacancy_title, co.name AS company_name
             FROM proposals p JOIN candidates c ON c.id = p.candidate_id JOIN vacancies v ON v.id = p.vacancy_id
             JOIN companies co ON co.id = v.company_id
            WHERE p.id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const hidden = new Set(
      visibility
        .filter(
          (row) =>
            row.reserved && !canReadSensitive(actor, { assignedTutorIds: row.assigned_tutor_ids }),
        )
        .map((row) => row.id),
    );
    const shown = proposals.filter((proposal) => !hidden.has(proposal.id));
    if ('proposalId' in scope && shown.length === 0) throw PathwayError.notFound('PROPOSAL');
    const shownIds = shown.map((proposal) => proposal.id);
    const [events, placements] = shownIds.length
      ? await Promise.all([
          this.dataSource.manager.find(ProposalEventEntity, {
            where: { proposalId: In(shownIds) },
            order: { id: 'ASC' },
          }),
          this.dataSource.manager.find(PlacementEntity, {
            select: { id: true, proposalId: true },
            where: { proposalId: In(shownIds) },
          }),
        ])
      : [[], []];
    return {
      items: shown.map((proposal) => {
        const vacancy = visibility.find((row) => row.id === proposal.id)!;
        return {
          ...toProposalView(
            proposal,
            events.filter((event) => event.proposalId === proposal.id),
            placements.filter((placement) => placement.proposalId === proposal.id),
          ),
          vacancyTitle: vacancy.vacancy_title,
          companyName: vacancy.company_name,
        };
      }),
      withheld: hidden.size,
    };
  }
}
