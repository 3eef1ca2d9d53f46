import type { FieldProblem } from '#libs/kernel';

export type { FieldProblem };

/** RFC 9457 problem details, the one error format of the whole API. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  /** Italian text for people. */
  detail: string;
  /** Stable code for programs. */
  code: string;
  instance?: string;
  errors?: FieldProblem[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `urn:incrocio:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}
