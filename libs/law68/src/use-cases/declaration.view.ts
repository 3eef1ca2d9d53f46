import type { Law68DeclarationEntity } from '../entities/law68-declaration.entity.js';
import { figuresOf, type PositionFigures } from '../position/position.types.js';

export interface DeclarationSummary extends PositionFigures {
  id: string;
  referenceDate: string;
  version: number;
  computedAt: Date;
  updatedAt: Date;
  updatedBy: string;
}

export type DeclarationView = DeclarationSummary &
  Pick<Law68DeclarationEntity, 'input' | 'policies' | 'position' | 'createdAt' | 'createdBy'>;

export function toDeclarationSummary(row: Law68DeclarationEntity): DeclarationSummary {
  return {
    id: row.id,
    referenceDate: row.referenceDate,
    version: row.version,
    ...figuresOf(row),
    computedAt: row.computedAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

export function toDeclarationView(row: Law68DeclarationEntity): DeclarationView {
  return {
    ...toDeclarationSummary(row),
    input: row.input,
    policies: row.policies,
    position: row.position,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}
