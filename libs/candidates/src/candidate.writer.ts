import { Injectable } from '@nestjs/common';
import { UsersReader } from '#libs/accounts';
import { AuditService } from '#libs/audit';
import { MunicipalitiesService } from '#libs/geo';
import { type Actor, type FieldProblem, RecordChanges } from '#libs/platform';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { type CandidatePatch, isRevealingReferral, splitTargetGroups } from './candidate.input.js';
import { checkCandidateRules } from './candidate.rules.js';
import { CandidatesError } from './candidates.error.js';
import { CandidatesRepository } from './candidates.repository.js';
import type { CandidateEntity } from './entities/candidate.entity.js';
import { normaliseTaxCode } from '#libs/kernel';

const SENSITIVE_FIELDS = ['l68', 'health', 'justice', 'asylum', 'violence'] as const;

/**
 * Applies a create or update to a candidate inside the caller's transaction: checks the rules and
 * the references, puts every field in its table (ordinary or special-category), audits sensitive
 * changes by field name and records the change for search and matching.
 */
@Injectable()
export class CandidateWriter {
  constructor(
    private readonly municipalities: MunicipalitiesService,
    private readonly users: UsersReader,
    private readonly audit: AuditService,
    private readonly changes: RecordChanges,
    private readonly repository: CandidatesRepository,
  ) {}

  async apply(
    manager: EntityManager,
    actor: Actor,
    candidate: CandidateEntity,
    input: CandidatePatch,
    today: string,
  ): Promise<CandidateEntity> {
    const problems: FieldProblem[] = checkCandidateRules(input, today);
    problems.push(...(await this.checkReferences(actor, input)));
    if (problems.length > 0) throw CandidatesError.invalid(problems);

    const {
      home,
      rightToWork,
      targetGroups,
      referral,
      sensitive,
      taxCode,
      version: _version,
      ...plain
    } = input;
    Object.assign(candidate, plain);
    if (taxCode !== undefined) candidate.taxCode = taxCode ? normaliseTaxCode(taxCode) : null;
    if (home) {
      const municipality = await this.municipalities.findByCode(home.municipalityCode);
      candidate.homeMunicipalityCode = home.municipalityCode;
      candidate.homeLat = home.lat ?? municipality!.lat;
      candidate.homeLng = home.lng ?? municipality!.lng;
    }
    if (rightToWork) {
      candidate.rightToWorkKind = rightToWork.kind;
      candidate.rightToWorkExpiresOn = rightToWork.expiresOn ?? null;
    }
    if (plain.pathwayStatus !== undefined) {
      candidate.closedAt =
        plain.pathwayStatus === 'CLOSED' ? (candidate.closedAt ?? new Date()) : null;
    }
    const groups = targetGroups ? splitTargetGroups(targetGroups) : undefined;
    if (groups) candidate.targetGroups = groups.ordinary;
    if (referral !== undefined)
      candidate.referral = isRevealingReferral(referral) ? null : referral;
    const saved = await this.repository.save(manager, candidate).catch((error: unknown) => {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'candidates_tax_code_key'
      ) {
        throw CandidatesError.taxCodeTaken();
      }
      throw error;
    });

    const changed: string[] = [];
    const row = await this.repository.sensitiveForWrite(manager, saved);
    if (groups) {
      if (groups.sensitive.join() !== row.targetGroups.join()) changed.push('targetGroups');
      row.targetGroups = groups.sensitive;
    }
    if (referral !== undefined) {
      const revealing = isRevealingReferral(referral) ? referral : null;
      if (JSON.stringify(revealing) !== JSON.stringify(row.referral ?? null))
        changed.push('referral');
      row.referral = revealing;
    }
    for (const field of SENSITIVE_FIELDS) {
      const value = sensitive?.[field];
      if (value === undefined) continue;
      changed.push(field);
      (row as unknown as Record<string, unknown>)[field] = value;
    }
    await this.repository.saveSensitive(manager, row);
    if (changed.length > 0) {
      await this.audit.record(
        {
          action: 'SENSITIVE_CHANGED',
          actor,
          subjectType: 'candidate',
          subjectId: saved.id,
          details: { fields: changed },
        },
        manager,
      );
    }
    await this.changes.recorded(manager, {
      type: 'candidate',
      id: saved.id,
      organisationId: saved.organisationId,
      kind: 'upsert',
    });
    return saved;
  }

  private async checkReferences(actor: Actor, input: CandidatePatch): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (input.home && !(await this.municipalities.findByCode(input.home.municipalityCode))) {
      problems.push({
        field: 'home.municipalityCode',
        message: 'comune sconosciuto (usa il codice ISTAT)',
      });
    }
    const allowed = input.allowedArea?.municipalityCodes ?? [];
    if (allowed.length > 0) {
      const known = await this.municipalities.findByCodes(allowed);
      allowed.forEach((code, index) => {
        if (!known.has(code))
          problems.push({
            field: `allowedArea.municipalityCodes[${index}]`,
            message: 'comune sconosciuto (usa il codice ISTAT)',
          });
      });
    }
    if (input.assignedTutorIds && input.assignedTutorIds.length > 0) {
      const tutors = await this.users.activeTutorIds(actor.organisationId, input.assignedTutorIds);
      input.assignedTutorIds.forEach((id, index) => {
        if (!tutors.includes(id))
          problems.push({
            field: `assignedTutorIds[${index}]`,
            message: "non è un tutor attivo dell'organizzazione",
          });
      });
    }
    return problems;
  }
}
