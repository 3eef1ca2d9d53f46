/** One problem in the calculator's input: the field path and what is wrong with it, in Italian. */
export interface Law68InputIssue {
  /** Path in the input object, e.g. "provinces[0].partTimers[1].weeklyHours". */
  field: string;
  message: string;
}

/**
 * Thrown when the input cannot be computed. It carries every problem found, not just the first, so
 * a form can mark all the wrong fields at once. The calculator is pure: nothing was stored.
 */
export class Law68InputError extends Error {
  readonly code = 'LAW68_INVALID_INPUT';

  constructor(readonly issues: readonly Law68InputIssue[]) {
    super(
      `Dati non validi per il calcolo L. 68/1999: ${issues
        .map((issue) => `${issue.field}: ${issue.message}`)
        .join('; ')}`,
    );
    this.name = 'Law68InputError';
  }
}
