import { Injectable } from '@nestjs/common';
import type { Law68Policies } from '../domain/law68-policies.js';
import { computeLaw68Position } from '../domain/law68-position.calculator.js';
import type { Law68Position } from '../domain/law68-position.types.js';
import {
  computePositionAmounts,
  type PositionAmounts,
  type PositionAmountsRequest,
} from '../domain/position-amounts.calculator.js';
import type { Law68Input } from '../domain/workforce.types.js';
import { Law68Error } from '../law68.error.js';

export interface ComputeQuotaInput extends Law68Input {
  policies?: Partial<Law68Policies>;
  /** Working days and delays to price, if the consultant wants the amounts too. */
  amounts?: PositionAmountsRequest;
}

export interface ComputedQuota {
  position: Law68Position;
  amounts: PositionAmounts | null;
}

/**
 * The calculator a consultant uses in a meeting: the position of a posted workforce, with its
 * working, and nothing stored. Bad input is a 400 naming every wrong field.
 */
@Injectable()
export class ComputeQuotaUseCase {
  execute(input: ComputeQuotaInput): ComputedQuota {
    const { policies, amounts, ...workforce } = input;
    const position = Law68Error.guard(() => computeLaw68Position(workforce, { policies }));
    return {
      position,
      amounts: amounts
        ? Law68Error.guard(() => computePositionAmounts(position, amounts), 'amounts.')
        : null,
    };
  }
}
