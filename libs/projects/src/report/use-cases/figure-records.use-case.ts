import { Injectable } from '@nestjs/common';
import { AuditService } from '#libs/audit';
import { canReadSensitive } from '#libs/candidates';
import type { IsoDate } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import type { FigureCode, RecordType } from '../../domain/funder-figures.js';
import { recordsOfCell } from '../../domain/funder-report.calculator.js';
import { type Dimension, isSensitiveCell } from '../../domain/report-dimensions.js';
import { ProjectsError } from '../../project/projects.error.js';
import { FunderReportReader } from '../funder-report.reader.js';
import type { ReportQuery } from '../report-scope.resolver.js';
import { FunderReportUseCase } from './funder-report.use-case.js';

export interface FigureRecordsQuery extends ReportQuery {
  figure: FigureCode;
  dimension?: Dimension;
  value?: string;
  page: number;
  pageSize: number;
}

export interface FigureRecord {
  recordType: RecordType;
  recordId: string;
  on: IsoDate | null;
  description: string;
  /** The person the record is about; name null when erased (counted, never named). */
  person: { candidateId: string; name: string | null; erased: boolean } | null;
}

export interface FigureRecords {
  figure: FigureCode;
  label: string;
  dimension: Dimension | null;
  value: string | null;
  page: number;
  pageSize: number;
  /** Every record the figure (or cell) counts; null for a special-category cell read by someone not coordinating. */
  total: number | null;
  items: FigureRecord[];
  /** Records counted but not listed (the actor is not on those people's cases); null as total. */
  withheld: number | null;
}

/**
 * Opens a figure (or one cell of a breakdown) into the records it counts. A special-category
 * figure (Law 68) or a cell of a special-category target group lists only the people whose case the actor works on (tutors
 * assigned, coordinators), each read audited; the others are only counted as withheld.
 */
@Injectable()
export class FigureRecordsUseCase {
  constructor(
    private readonly report: FunderReportUseCase,
    private readonly reader: FunderReportReader,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: Actor, query: FigureRecordsQuery): Promise<FigureRecords> {
    const { figure: code, dimension, value, page, pageSize, ...scope } = query;
    if ((dimension === undefined) !== (value === undefined))
      throw ProjectsError.invalid([
        {
          field: dimension ? 'value' : 'dimension',
          message: 'indica sia la dimensione sia la voce',
        },
      ]);
    const { figures } = await this.report.count(actor, scope);
    const figure = figures.find((candidate) => candidate.code === code)!;
    const cell = dimension && value !== undefined ? { dimension, value } : undefined;
    const records = recordsOfCell(figure, cell);
    const sensitive =
      figure.sensitive || (cell ? isSensitiveCell(cell.dimension, cell.value) : false);
    const people = new Map(
      (
        await this.reader.names(
          actor.organisationId,
          records.flatMap((record) => (record.candidateId ? [record.candidateId] : [])),
        )
      ).map((person) => [person.candidateId, person]),
    );
    const visible = records.filter((record) => {
      if (!sensitive) return true;
      const person = record.candidateId ? people.get(record.candidateId) : undefined;
      return person !== undefined && canReadSensitive(actor, person);
    });
    const items: FigureRecord[] = [];
    const disclosed = new Set<string>();
    for (const record of visible.slice((page - 1) * pageSize, page * pageSize)) {
      const person = record.candidateId ? people.get(record.candidateId) : undefined;
      if (sensitive && person) disclosed.add(person.candidateId);
      items.push({
        recordType: record.recordType,
        recordId: record.recordId,
        on: record.on,
        description: record.description,
        person: person
          ? { candidateId: person.candidateId, name: person.name, erased: person.erased }
          : null,
      });
    }
    // How many people of a special-category group there are is itself for those coordinating.
    const hideTotals = sensitive && actor.role !== 'coordinator';
    for (const candidateId of disclosed) {
      await this.audit.record({
        action: 'SENSITIVE_READ',
        actor,
        subjectType: 'candidate',
        subjectId: candidateId,
        details: {
          purpose: 'funder-report-records',
          fields: [figure.sensitive ? 'l68' : 'targetGroups'],
          figure: code,
        },
      });
    }
    return {
      figure: code,
      label: figure.label,
      dimension: dimension ?? null,
      value: value ?? null,
      page,
      pageSize,
      total: hideTotals ? null : records.length,
      items,
      withheld: hideTotals ? null : records.length - visible.length,
    };
  }
}
