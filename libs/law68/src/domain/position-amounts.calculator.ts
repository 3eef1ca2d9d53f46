import {
  computeExemptionContribution,
  computeLateProspettoSanction,
  computeUncoveredSanction,
} from './amounts.calculator.js';
import { DEFAULT_LAW68_PARAMETERS, type Law68Parameters } from './law68-parameters.js';
import type { Law68Position } from './law68-position.types.js';
import type { IsoDate } from './workforce.types.js';
import type { WorkingStep } from './working.js';

/** 31 January after the reference year: the prospetto photographs 31 December (art. 9 c.6). */
export function prospettoDueDate(referenceDate: IsoDate): IsoDate {
  return `${Number(referenceDate.slice(0, 4)) + 1}-01-31`;
}

export interface PositionAmountsRequest {
  /** Date whose amounts apply to the uncovered positions and the exemption. */
  date: IsoDate;
  uncoveredWorkingDays?: number;
  exemptionWorkingDays?: number;
  prospettoDelayDays?: number;
  /** Defaults to 31 January after the position's reference date. */
  prospettoDueDate?: IsoDate;
}

export interface PositionAmounts {
  uncoveredSanctionCents: number;
  exemptionContributionCents: number;
  lateProspettoSanctionCents: number;
  totalCents: number;
  working: WorkingStep[];
}

/** The amounts of a computed position, for the days the caller gives. */
export function computePositionAmounts(
  position: Pick<
    Law68Position,
    'uncoveredDisabled' | 'exemptedAuthorised' | 'exemptedSelfCertified' | 'referenceDate'
  >,
  request: PositionAmountsRequest,
  parameters: Law68Parameters = DEFAULT_LAW68_PARAMETERS,
): PositionAmounts {
  const sanction = computeUncoveredSanction(
    {
      uncoveredPositions: position.uncoveredDisabled,
      workingDays: request.uncoveredWorkingDays ?? 0,
      date: request.date,
    },
    parameters,
  );
  const contribution = computeExemptionContribution(
    {
      authorisedPositions: position.exemptedAuthorised,
      selfCertifiedPositions: position.exemptedSelfCertified,
      workingDays: request.exemptionWorkingDays ?? 0,
      date: request.date,
    },
    parameters,
  );
  const late = computeLateProspettoSanction(
    {
      delayDays: request.prospettoDelayDays ?? 0,
      dueDate: request.prospettoDueDate ?? prospettoDueDate(position.referenceDate),
    },
    parameters,
  );
  return {
    uncoveredSanctionCents: sanction.cents,
    exemptionContributionCents: contribution.cents,
    lateProspettoSanctionCents: late.cents,
    totalCents: sanction.cents + contribution.cents + late.cents,
    working: [...sanction.working, ...contribution.working, ...late.working],
  };
}
