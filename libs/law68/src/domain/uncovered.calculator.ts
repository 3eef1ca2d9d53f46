import { isActive } from './coverage.calculator.js';
import { Fraction } from './fraction.js';
import { parameterAt, type Law68Parameters } from './law68-parameters.js';
import type { Law68Policies } from './law68-policies.js';
import type { Compensation, IsoDate, ProvinceWorkforce } from './workforce.types.js';
import { ARTICLES, formatNumber, formatPercent, type WorkingStep } from './working.js';

export interface ProvinceShortfallInput {
  workforce: ProvinceWorkforce;
  /** Quotas and base of this section. */
  q3: number;
  q18: number;
  b3: number;
  coverage: number;
  referenceDate: IsoDate;
}

export interface ShortfallFigures {
  exemptedAuthorised: number;
  exemptedSelfCertified: number;
  exempted: number;
  suspended: number;
  legacyAbatement: number;
  /** +n for an E (surplus given away), -n for an R (shortfall compensated). */
  compensationDisabled: number;
  compensationArt18: number;
  art18InForce: number;
  uncoveredDisabled: number;
  uncoveredArt18: number;
}

export interface ProvinceShortfall {
  figures: ShortfallFigures;
  working: WorkingStep[];
}

type ShortfallPolicies = Pick<Law68Policies, 'suspension' | 'legacyArt18Abatement'>;

/**
 * Uncovered positions of one section (§1.4, PRODIS calcola_riepilogo_provinciale):
 * max(0, Q3 - coverage - exempted - suspended ± compensation) and max(0, Q18 - art. 18 in forza ±
 * compensation).
 */
export function computeProvinceShortfall(
  input: ProvinceShortfallInput,
  parameters: Law68Parameters,
  policies: ShortfallPolicies,
): ProvinceShortfall {
  const working: WorkingStep[] = [];
  const exemption = exemptedPositions(input, parameters, working);
  const suspended = suspendedPositions(input, policies, working);
  const art18InForce = input.workforce.art18Employees ?? 0;
  const legacyAbatement = policies.legacyArt18Abatement
    ? legacyAbatementOf(input, art18InForce, working)
    : 0;
  const compensationDisabled = signed(input.workforce.compensationDisabled);
  const compensationArt18 = signed(input.workforce.compensationArt18);

  const balance =
    input.q3 -
    input.coverage -
    exemption.exempted -
    suspended -
    legacyAbatement +
    compensationDisabled;
  const uncoveredDisabled = Math.max(0, balance);
  working.push({
    step: 'uncovered.disabled',
    article: ARTICLES.uncovered,
    description: `Scoperture disabili: max(0, quota ${input.q3} - copertura ${input.coverage} - esonerati ${exemption.exempted} - sospesi ${suspended}${legacyAbatement ? ` - abbattimento ${legacyAbatement}` : ''}${compensationText(input.workforce.compensationDisabled)})`,
    value: `${uncoveredDisabled}`,
  });

  const uncoveredArt18 = Math.max(0, input.q18 - art18InForce + compensationArt18);
  working.push({
    step: 'uncovered.art18',
    article: ARTICLES.quotaArt18,
    description: `Scoperture art. 18: max(0, quota ${input.q18} - lavoratori art. 18 in forza ${art18InForce}${compensationText(input.workforce.compensationArt18)})`,
    value: `${uncoveredArt18}`,
  });

  return {
    figures: {
      ...exemption,
      suspended,
      legacyAbatement,
      compensationDisabled,
      compensationArt18,
      art18InForce,
      uncoveredDisabled,
      uncoveredArt18,
    },
    working,
  };
}

/**
 * R(authorised % × Q3) plus the self-certified positions, together no more than R(legal max × Q3):
 * the self-certified part gives way first, as art. 5 c.3-bis caps it within the total.
 */
function exemptedPositions(
  input: ProvinceShortfallInput,
  parameters: Law68Parameters,
  working: WorkingStep[],
) {
  const authorised = input.workforce.authorisedExemption;
  const selfCertified = input.workforce.selfCertifiedExemption;
  const activeAuthorised =
    authorised && isActive(authorised, input.referenceDate) ? authorised : undefined;
  const activeSelfCertified =
    selfCertified && isActive(selfCertified, input.referenceDate) ? selfCertified : undefined;
  if (!activeAuthorised && !activeSelfCertified) {
    return { exemptedAuthorised: 0, exemptedSelfCertified: 0, exempted: 0 };
  }
  const maxPercent = parameterAt(
    parameters.exemptionMaxPercent,
    input.referenceDate,
    'referenceDate',
    'massimo esonero parziale',
  ).value;
  const sector = activeAuthorised?.sector ?? 'ORDINARY';
  const legalMax =
    sector === 'SECURITY_OR_TRANSPORT' ? maxPercent.securityOrTransport : maxPercent.ordinary;
  const capExact = Fraction.percentOf(legalMax, input.q3);
  const cap = Number(capExact.legalRound());

  let exemptedAuthorised = 0;
  if (activeAuthorised) {
    const exact = Fraction.percentOf(activeAuthorised.percent, input.q3);
    exemptedAuthorised = Math.min(cap, Number(exact.legalRound()));
    working.push({
      step: 'exemption.authorised',
      article: ARTICLES.authorisedExemption,
      description: `Esonero parziale autorizzato del ${formatPercent(activeAuthorised.percent)}: ${formatPercent(activeAuthorised.percent)} × ${input.q3} = ${formatNumber(exact)}; R(${formatNumber(exact)})`,
      value: `${exemptedAuthorised}`,
    });
  }
  let exemptedSelfCertified = 0;
  if (activeSelfCertified) {
    const room = Math.max(0, cap - exemptedAuthorised);
    exemptedSelfCertified = Math.min(activeSelfCertified.positions, room);
    working.push({
      step: 'exemption.selfCertified',
      article: ARTICLES.selfCertifiedExemption,
      description:
        exemptedSelfCertified < activeSelfCertified.positions
          ? `Esonero autocertificato (tasso INAIL ≥ 60‰): ${activeSelfCertified.positions} posizioni dichiarate, ridotte a ${exemptedSelfCertified} perché l'esonero complessivo non può superare il ${legalMax}% della quota: R(${legalMax}% × ${input.q3}) = ${cap}`
          : `Esonero autocertificato (tasso INAIL ≥ 60‰): ${activeSelfCertified.positions} posizioni, entro il massimo complessivo di ${cap} (${legalMax}% della quota)`,
      value: `${exemptedSelfCertified}`,
    });
  }
  return {
    exemptedAuthorised,
    exemptedSelfCertified,
    exempted: exemptedAuthorised + exemptedSelfCertified,
  };
}

function suspendedPositions(
  input: ProvinceShortfallInput,
  policies: ShortfallPolicies,
  working: WorkingStep[],
): number {
  const active = (input.workforce.suspensions ?? []).filter((s) =>
    isActive(s, input.referenceDate),
  );
  if (active.length === 0) return 0;
  const workers = Fraction.sum(active.map((s) => Fraction.fromDecimal(s.suspendedWorkers)));
  let suspended: number;
  let description: string;
  if (policies.suspension === 'DECLARED_POSITIONS') {
    suspended = Math.min(input.q3, Number(workers.legalRound()));
    description = `Sospensione in corso: ${formatNumber(workers)} posizioni sospese dichiarate (politica "DECLARED_POSITIONS"), al massimo la quota ${input.q3}`;
  } else {
    const share =
      input.b3 === 0 ? Fraction.ZERO : Fraction.min(Fraction.ONE, workers.div(input.b3));
    const exact = share.mul(input.q3);
    suspended = Number(exact.legalRound());
    description = `Sospensione in corso: obbligo sospeso in proporzione all'attività sospesa (politica "PROPORTIONAL_TO_BASE"): ${input.q3} × ${formatNumber(workers)} lavoratori sospesi / base ${input.b3} = ${formatNumber(exact)}; R(${formatNumber(exact)})`;
  }
  working.push({
    step: 'suspension',
    article: ARTICLES.suspension,
    description,
    value: `${suspended}`,
  });
  return suspended;
}

function legacyAbatementOf(
  input: ProvinceShortfallInput,
  art18InForce: number,
  working: WorkingStep[],
): number {
  const excess = Math.max(0, art18InForce - input.q18);
  const on17Jan2000 = input.workforce.art18EmployeesOn17Jan2000 ?? 0;
  const abatement = Math.min(input.q18, excess, on17Jan2000);
  working.push({
    step: 'uncovered.legacyAbatement',
    article: ARTICLES.legacyAbatement,
    description: `Abbattimento storico (politica attiva): min(quota art. 18 ${input.q18}, eccedenza art. 18 ${excess}, in servizio al 17/01/2000 ${on17Jan2000})`,
    value: `${abatement}`,
  });
  return abatement;
}

function signed(compensation: Compensation | undefined): number {
  if (!compensation) return 0;
  return compensation.kind === 'E' ? compensation.positions : -compensation.positions;
}

function compensationText(compensation: Compensation | undefined): string {
  if (!compensation || compensation.positions === 0) return '';
  return compensation.kind === 'E'
    ? ` + ${compensation.positions} ceduti in compensazione (E)`
    : ` - ${compensation.positions} ricevuti in compensazione (R)`;
}
