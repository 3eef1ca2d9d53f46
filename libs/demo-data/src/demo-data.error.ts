export type DemoDataErrorCode = 'NO_MUNICIPALITIES' | 'INVALID_SIZE' | 'DATABASE_NOT_EMPTY';

/** Why the demo data could not be generated; the message is for the person running the command. */
export class DemoDataError extends Error {
  constructor(
    readonly code: DemoDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DemoDataError';
  }
}
