import type { FieldProblem } from '#libs/platform';
import { isValidVatNumber } from '#libs/kernel';
import { isAtecoCode } from './ateco-code.rules.js';
import type { CompanyPatch, SiteInput } from './company.input.js';

/** Fields a PATCH may clear with null; any other field sent as null is an error. */
const NULLABLE_FIELDS = ['atecoCode', 'headcount'];

/** A site this far from the centre of its municipality has its coordinates wrong (often swapped). */
export const MAX_SITE_DISTANCE_FROM_MUNICIPALITY_KM = 50;

/**
 * Rules the DTO cannot express, or that callers other than the API must obey too. Returns every
 * problem at once, so the consultant fixes the form in one go.
 */
export function checkCompanyRules(input: CompanyPatch): FieldProblem[] {
  const problems: FieldProblem[] = Object.entries(input)
    .filter(([field, value]) => value === null && !NULLABLE_FIELDS.includes(field))
    .map(([field]) => ({ field, message: 'campo obbligatorio: non può essere vuoto' }));
  if (problems.length > 0) return problems;
  if (input.vatNumber !== undefined && !isValidVatNumber(input.vatNumber)) {
    problems.push({ field: 'vatNumber', message: 'partita IVA non valida' });
  }
  if (input.atecoCode && !isAtecoCode(input.atecoCode)) {
    problems.push({ field: 'atecoCode', message: 'codice ATECO non valido' });
  }
  if (input.sites !== undefined) problems.push(...checkSiteRules(input.sites));
  return problems;
}

function checkSiteRules(sites: SiteInput[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (sites.length === 0) problems.push({ field: 'sites', message: 'indica almeno una sede' });
  const legalSeats = sites.filter((site) => site.legalSeat).length;
  const seenIds = new Set<string>();
  sites.forEach((site, index) => {
    const field = `sites[${index}]`;
    if ((site.lat == null) !== (site.lng == null)) {
      problems.push({
        field: `${field}.${site.lat == null ? 'lat' : 'lng'}`,
        message: 'indica sia la latitudine sia la longitudine, oppure nessuna delle due',
      });
    }
    if (site.legalSeat && legalSeats > 1) {
      problems.push({
        field: `${field}.legalSeat`,
        message: 'una sola sede può essere la sede legale',
      });
    }
    if (site.id !== undefined) {
      if (seenIds.has(site.id)) problems.push({ field: `${field}.id`, message: 'sede ripetuta' });
      seenIds.add(site.id);
    }
  });
  return problems;
}
