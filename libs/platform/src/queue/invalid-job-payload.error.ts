/** A payload that does not match its job's schema (an extra field, a wrong type, a missing id). */
export class InvalidJobPayloadError extends Error {
  constructor(
    readonly job: string,
    readonly problems: string[],
  ) {
    super(`dati del lavoro ${job} non validi / invalid job payload: ${problems.join('; ')}`);
    this.name = 'InvalidJobPayloadError';
  }
}
