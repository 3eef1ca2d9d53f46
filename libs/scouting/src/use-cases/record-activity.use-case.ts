import { Injectable } from '@nestjs/common';
import { CompaniesError, CompaniesRepository } from '#libs/companies';
import type { Actor, FieldProblem } from '#libs/platform';
import { ScoutingActivityEntity } from '../entities/scouting-activity.entity.js';
import { PipelineWriter } from '../pipeline.writer.js';
import { ScoutingError } from '../scouting.error.js';
import { type ActivityKind, type ActivityTopic, stageAfterActivity } from '../scouting.types.js';
import { todayInRome } from '../today.js';
import { type ActivityView, toActivityView } from './activity.view.js';

export interface ActivityInput {
  companyId: string;
  kind: ActivityKind;
  topic: ActivityTopic;
  occurredOn: string;
  notes?: string;
  nextAction?: string | null;
  nextActionDue?: string | null;
  /** Who had the contact; the actor by default. */
  consultantId?: string;
}

function activityProblems(input: ActivityInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.occurredOn > today) {
    problems.push({
      field: 'occurredOn',
      message:
        'un’attività si registra dopo averla svolta: per quelle future usa l’azione successiva',
    });
  }
  const hasAction = Boolean(input.nextAction?.trim());
  const hasDue = Boolean(input.nextActionDue);
  if (hasAction !== hasDue) {
    problems.push({
      field: hasAction ? 'nextActionDue' : 'nextAction',
      message: 'indica sia l’azione successiva sia la sua scadenza, o nessuna delle due',
    });
  }
  if (input.nextActionDue && input.nextActionDue < input.occurredOn) {
    problems.push({
      field: 'nextActionDue',
      message: 'la scadenza dell’azione successiva precede la data dell’attività',
    });
  }
  return problems;
}

/**
 * Records a contact with a company and, if given, the next action with its due date. A company not
 * yet approached moves to "contacted" (a consultancy to "consultancy"); the pipeline never moves back.
 */
@Injectable()
export class RecordActivityUseCase {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly pipeline: PipelineWriter,
  ) {}

  async execute(actor: Actor, input: ActivityInput): Promise<ActivityView> {
    const problems = activityProblems(input, todayInRome());
    if (problems.length > 0) throw ScoutingError.invalid(problems);
    const organisationId = actor.organisationId;
    return this.companies.transaction(async (manager) => {
      const company = await this.companies.getForUpdate(manager, organisationId, input.companyId);
      if (company.archivedAt) throw CompaniesError.archived();
      const consultantId = input.consultantId ?? actor.userId;
      if (consultantId !== actor.userId) {
        await this.pipeline.checkConsultant(manager, organisationId, consultantId);
      }
      const saved = await manager.save(
        manager.create(ScoutingActivityEntity, {
          organisationId,
          companyId: company.id,
          consultantId,
          kind: input.kind,
          topic: input.topic,
          occurredOn: input.occurredOn,
          notes: input.notes?.trim() ?? '',
          nextAction: input.nextAction?.trim() || null,
          nextActionDue: input.nextActionDue ?? null,
          createdBy: actor.userId,
        }),
      );
      const current = (await this.pipeline.current(manager, organisationId, company.id))?.stage;
      const next = stageAfterActivity(current ?? 'TO_CONTACT', input.kind);
      if (next !== current) {
        await this.pipeline.move(manager, organisationId, company.id, {
          stage: next,
          actorId: actor.userId,
          note: 'Aggiornata dall’attività registrata',
          consultantId: current === undefined ? consultantId : undefined,
        });
      }
      return toActivityView(saved);
    });
  }
}
