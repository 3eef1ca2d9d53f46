import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CandidateFilter,
  type CandidateSummary,
  canReadSensitive,
  ListCandidatesUseCase,
} from '#libs/candidates';
import { newMatchCounts } from '#libs/matching';
import type { Actor, Page } from '#libs/platform';
import { DataSource } from 'typeorm';
import { ACTIVE_PROPOSAL_STATES, PROPOSAL_STATES, type ProposalState } from '../proposal-states.js';

/** The next thing to do for a person: news to record on the proposal that expires first. */
export interface NextAction {
  proposalId: string;
  vacancyTitle: string;
  state: ProposalState;
  label: string;
  /** The proposal expires without news at this time. */
  dueAt: Date;
}

export interface CaseloadItem extends CandidateSummary {
  /** The latest of: the profile changed, a proposal moved, an outcome or a placement was recorded. */
  lastActivityAt: Date;
  activeProposals: number;
  nextAction: NextAction | null;
  /** Matches that appeared after the reader's previous visit to the person's list. */
  newMatches: number;
}

interface SignalRow {
  candidate_id: string;
  last_event_at: Date | null;
  active: number;
}
interface NextRow {
  candidate_id: string;
  proposal_id: string;
  state: ProposalState;
  expires_at: Date;
  title: string;
}

/**
 * GET /caseload: a tutor's day ("Le mie persone"): each person of the candidate list with when
 * something last happened, the next action and its date, and the new matches since the last visit.
 */
@Injectable()
export class ListCaseloadUseCase {
  constructor(
    private readonly candidates: ListCandidatesUseCase,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute(actor: Actor, filter: CandidateFilter): Promise<Page<CaseloadItem>> {
    const page = await this.candidates.execute(actor, filter);
    const ids = page.items.map((c) => c.id);
    const org = actor.organisationId;
    const [signals, next, fresh] = await Promise.all([
      ids.length
        ? (this.dataSource.query(
            `SELECT c.id AS candidate_id,
                    greatest((SELECT max(e.at) FROM proposal_events e JOIN proposals p ON p.id = e.proposal_id
                               WHERE p.candidate_id = c.id AND p.organisation_id = $1),
                             (SELECT max(s.recorded_at) FROM soft_outcomes s
                               WHERE s.candidate_id = c.id AND s.organisation_id = $1),
                             (SELECT max(pl.created_at) FROM placements pl
                               WHERE pl.candidate_id = c.id AND pl.organisation_id = $1)) AS last_event_at,
                    (SELECT count(*)::int FROM proposals p
                      WHERE p.candidate_id = c.id AND p.organisation_id = $1
                        AND p.state = ANY($3::text[])) AS active
               FROM unnest($2::uuid[]) AS c(id)`,
            [org, ids, ACTIVE_PROPOSAL_STATES],
          ) as Promise<SignalRow[]>)
        : Promise.resolve([] as SignalRow[]),
      ids.length
        ? (this.dataSource.query(
            `SELECT DISTINCT ON (p.candidate_id) p.candidate_id, p.id AS proposal_id, p.state,
                    p.expires_at, v.title
               FROM proposals p JOIN vacancies v ON v.id = p.vacancy_id
              WHERE p.organisation_id = $1 AND p.candidate_id = ANY($2::uuid[])
                AND p.expires_at IS NOT NULL AND p.state = ANY($3::text[])
                AND (v.reserved_l68 IS NULL OR p.candidate_id = ANY($4::uuid[]))
              ORDER BY p.candidate_id, p.expires_at`,
            [
              org,
              ids,
              ACTIVE_PROPOSAL_STATES,
              ids.filter((id) => this.onCase(actor, page.items, id)),
            ],
          ) as Promise<NextRow[]>)
        : Promise.resolve([] as NextRow[]),
      newMatchCounts(
        this.dataSource.manager,
        actor,
        page.items.map((c) => ({ id: c.id, disclose: canReadSensitive(actor, c) })),
      ),
    ]);
    return {
      ...page,
      items: page.items.map((candidate) => {
        const signal = signals.find((s) => s.candidate_id === candidate.id);
        const action = next.find((n) => n.candidate_id === candidate.id);
        const updated = new Date(candidate.updatedAt);
        const event = signal?.last_event_at ? new Date(signal.last_event_at) : null;
        return {
          ...candidate,
          lastActivityAt: event && event > updated ? event : updated,
          activeProposals: signal?.active ?? 0,
          nextAction: action
            ? {
                proposalId: action.proposal_id,
                vacancyTitle: action.title,
                state: action.state,
                label: `Aggiornare la proposta (${PROPOSAL_STATES[action.state].toLowerCase()})`,
                dueAt: action.expires_at,
              }
            : null,
          newMatches: fresh.get(candidate.id) ?? 0,
        };
      }),
    };
  }

  private onCase(actor: Actor, items: CandidateSummary[], id: string): boolean {
    return canReadSensitive(
      actor,
      items.find((c) => c.id === id)!,
    );
  }
}
