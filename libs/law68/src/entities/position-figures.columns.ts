import { Column } from 'typeorm';
import type { Law68Band } from '../domain/quota.calculator.js';
import type { PositionFigures } from '../position/position.types.js';

/** The figures of a position kept in columns (declarations, current positions, history). */
export abstract class PositionFiguresColumns implements PositionFigures {
  @Column({ type: 'text' }) band: Law68Band;
  @Column({ type: 'integer' }) b3: number;
  @Column({ type: 'integer' }) q3: number;
  @Column({ type: 'integer' }) q18: number;
  @Column({ type: 'integer' }) coverage: number;
  @Column({ type: 'integer' }) exempted: number;
  @Column({ type: 'integer' }) suspended: number;
  @Column({ name: 'uncovered_disabled', type: 'integer' }) uncoveredDisabled: number;
  @Column({ name: 'uncovered_art18', type: 'integer' }) uncoveredArt18: number;
}

/** bigint and numeric come back from pg as text. */
export const numberColumn = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
