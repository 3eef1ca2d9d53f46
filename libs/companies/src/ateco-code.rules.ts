/**
 * ATECO codes (ISTAT classification of economic activities, ATECO 2007 and 2025) at any level below
 * the section letter: division '56', group '56.1', class '56.10', category '56.10.1', sub-category
 * '56.10.11'. Divisions run from 01 to 99.
 */
const ATECO_CODE = /^(0[1-9]|[1-9]\d)(\.\d(\d(\.\d{1,2})?)?)?$/;

export function isAtecoCode(value: string): boolean {
  return ATECO_CODE.test(value);
}
