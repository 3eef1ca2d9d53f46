import { DomainError } from '#libs/kernel';

/** The bulletin's one exception; the pure DomainError of the kernel is mapped to problem+json. */
export const BULLETIN_ERROR_STATUS = {
  INVALID_WEEK_KEY: 400,
  WEEK_NOT_COMPOSABLE: 422,
  INVALID_DATE: 400,
  INVALID_AREA: 400,
  INVALID_COMPOSE_INPUT: 400,
  INVALID_LINK: 400,
  ITEM_NOT_FOUND: 404,
  INVALID_POSITION: 422,
  EDITION_NOT_EDITABLE: 409,
  ILLEGAL_TRANSITION: 409,
  EMPTY_EDITION: 422,
  NOT_FOUND: 404,
  INVALID_CONTENT: 400,
  UNKNOWN_MUNICIPALITY: 400,
  AREA_SLUG_TAKEN: 409,
  EDITION_NOT_APPROVED: 409,
  AREAS_OF_DIFFERENT_ORGANISATIONS: 400,
  INVALID_TOKEN: 404,
  CONSENT_REQUIRED: 422,
  NO_BULLETIN_CONSENT: 409,
  CANDIDATE_WITHOUT_EMAIL: 422,
} as const;

export type BulletinErrorCode = keyof typeof BULLETIN_ERROR_STATUS;

export class BulletinError extends DomainError {
  declare readonly code: BulletinErrorCode;

  constructor(code: BulletinErrorCode, detail: string) {
    super(code, BULLETIN_ERROR_STATUS[code], detail);
  }

  static notFound(what: 'Area' | 'Contenuto' | 'Edizione' | 'Persona'): BulletinError {
    return new BulletinError(
      'NOT_FOUND',
      `${what} non ${what === 'Contenuto' ? 'trovato' : 'trovata'}.`,
    );
  }
}
