import type { FieldProblem } from '#libs/platform';
import type { CandidateInput } from './candidate.input.js';
import { isValidTaxCode } from '#libs/kernel';

const MIN_WORKING_AGE = 15;

/** Fields a record cannot do without: a PATCH may leave them out, never set them to null. */
const REQUIRED_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'home',
  'maxTravelKm',
  'italianLevel',
  'rightToWork',
  'legalBasis',
  'consent',
] as const satisfies ReadonlyArray<keyof CandidateInput>;

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * Rules the DTO cannot express: they depend on several fields or on today. Returns every problem,
 * so the tutor fixes the form once.
 */
export function checkCandidateRules(input: Partial<CandidateInput>, today: string): FieldProblem[] {
  const problems: FieldProblem[] = REQUIRED_FIELDS.filter((field) => input[field] === null).map(
    (field) => ({
      field,
      message: 'campo obbligatorio: non può essere vuoto',
    }),
  );
  if (input.taxCode && !isValidTaxCode(input.taxCode)) {
    problems.push({ field: 'taxCode', message: 'codice fiscale non valido' });
  }
  if (input.birthDate) {
    if (input.birthDate > today)
      problems.push({ field: 'birthDate', message: 'la data di nascita è nel futuro' });
    else if (ageOn(input.birthDate, today) < MIN_WORKING_AGE) {
      problems.push({
        field: 'birthDate',
        message: `la persona deve avere almeno ${MIN_WORKING_AGE} anni`,
      });
    } else if (ageOn(input.birthDate, today) > 100) {
      problems.push({ field: 'birthDate', message: 'data di nascita non plausibile' });
    }
  }
  const rightToWork = input.rightToWork;
  if (
    rightToWork &&
    (rightToWork.kind === 'PERMIT' || rightToWork.kind === 'PERMIT_RENEWAL') &&
    !rightToWork.expiresOn
  ) {
    problems.push({
      field: 'rightToWork.expiresOn',
      message: 'indica la scadenza del permesso di soggiorno',
    });
  }
  if (
    rightToWork &&
    (rightToWork.kind === 'EU_CITIZEN' || rightToWork.kind === 'NONE') &&
    rightToWork.expiresOn
  ) {
    problems.push({
      field: 'rightToWork.expiresOn',
      message: 'la scadenza vale solo per un permesso di soggiorno',
    });
  }
  problems.push(...checkAllowedArea(input.allowedArea));
  const l68 = input.sensitive?.l68;
  if (l68?.certificateDate && l68.reviewDate && l68.reviewDate < l68.certificateDate) {
    problems.push({
      field: 'sensitive.l68.reviewDate',
      message: 'la revisione non può precedere il certificato',
    });
  }
  return problems;
}

/**
 * An allowed area is a circle (centre and radius, all three), a set of municipalities, or both: an
 * area with a part of a circle, or with nothing, would limit nothing or something unclear.
 */
function checkAllowedArea(area: CandidateInput['allowedArea']): FieldProblem[] {
  if (!area) return [];
  const circle = [area.lat, area.lng, area.radiusKm].filter((value) => value != null);
  if (circle.length !== 0 && circle.length !== 3) {
    return [{ field: 'allowedArea', message: "per un'area circolare servono centro e raggio" }];
  }
  if (circle.length === 0 && (area.municipalityCodes?.length ?? 0) === 0) {
    return [
      {
        field: 'allowedArea',
        message: 'indica i comuni consentiti oppure un centro con il raggio in chilometri',
      },
    ];
  }
  return [];
}
