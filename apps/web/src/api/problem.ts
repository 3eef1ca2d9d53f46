/** An RFC 9457 problem as the API sends it: an Italian `detail` and, for invalid input, the fields. */
export interface ProblemBody {
  title?: string;
  detail?: string;
  code?: string;
  errors?: Array<{ field: string; message: string }>;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: ProblemBody,
  ) {
    super(body.detail ?? body.title ?? `Errore ${status}`);
  }

  /** The message about one field (`home.municipalityCode`, `availability.0.end`), if any. */
  fieldError(field: string): string | undefined {
    return this.body.errors?.find((e) => e.field === field || e.field.startsWith(`${field}.`))
      ?.message;
  }
}

export function problemOf(error: unknown): ApiProblem | null {
  return error instanceof ApiProblem ? error : null;
}
