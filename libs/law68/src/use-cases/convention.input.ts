import { isValidVatNumber } from '#libs/kernel';
import type { FieldProblem } from '#libs/platform';
import { LAW68_IN_FORCE_FROM } from '../domain/law68-parameters.js';
import { formatDate } from '../domain/working.js';
import type { Law68ConventionEntity } from '../entities/law68-convention.entity.js';
import {
  CONVENTION_TYPE_LABELS,
  type RegisteredConventionType,
} from '../position/position.types.js';

export interface ConventionInput {
  type: RegisteredConventionType;
  /** Province of the prospetto section it counts in; defaults to the company's legal seat. */
  provinceCode?: string;
  cooperativeName?: string | null;
  cooperativeVatNumber?: string | null;
  /** Art. 11: hires programmed; art. 12-bis and 14: disabled workers hosted by the cooperative. */
  positions: number;
  /** Art. 14 only: the most positions the territorial framework lets this employer count. */
  frameworkMaxPositions?: number | null;
  startDate: string;
  endDate?: string | null;
  reference?: string | null;
  notes?: string | null;
}

export type ConventionPatch = Partial<Omit<ConventionInput, 'type'>> & { version?: number };

/** The rules a convention must obey once merged with what is stored, every problem at once. */
export function conventionProblems(
  convention: Omit<ConventionInput, 'provinceCode'>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { type, startDate, endDate } = convention;
  if (startDate < LAW68_IN_FORCE_FROM) {
    problems.push({
      field: 'startDate',
      message: `anteriore all'entrata in vigore della L. 68/1999 (${formatDate(LAW68_IN_FORCE_FROM)})`,
    });
  }
  if (endDate && endDate < startDate) {
    problems.push({
      field: 'endDate',
      message: `la data di fine (${formatDate(endDate)}) precede la data di inizio (${formatDate(startDate)})`,
    });
  }
  if (type !== 'ART11' && !convention.cooperativeName?.trim()) {
    problems.push({
      field: 'cooperativeName',
      message: 'indica la cooperativa sociale che ospita i lavoratori',
    });
  }
  if (type === 'ART14' && (convention.frameworkMaxPositions ?? null) === null) {
    problems.push({
      field: 'frameworkMaxPositions',
      message:
        'per l’art. 14 indica il massimo di posizioni computabili secondo la convenzione quadro',
    });
  }
  if (type !== 'ART14' && (convention.frameworkMaxPositions ?? null) !== null) {
    problems.push({ field: 'frameworkMaxPositions', message: 'ammesso solo per l’art. 14' });
  }
  if (convention.cooperativeVatNumber && !isValidVatNumber(convention.cooperativeVatNumber)) {
    problems.push({ field: 'cooperativeVatNumber', message: 'partita IVA non valida' });
  }
  return problems;
}

export interface ConventionView extends Law68ConventionEntity {
  typeLabel: string;
  /** In course on the day it was read. */
  active: boolean;
}

export function toConventionView(row: Law68ConventionEntity, today: string): ConventionView {
  return {
    ...row,
    typeLabel: CONVENTION_TYPE_LABELS[row.type],
    active: row.startDate <= today && (row.endDate === null || row.endDate >= today),
  };
}
