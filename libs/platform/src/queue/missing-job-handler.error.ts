/** A registered job that no processor handles: the worker must not start without it. */
export class MissingJobHandlerError extends Error {
  constructor(readonly jobs: string[]) {
    super(
      `nessun gestore per i lavori ${jobs.join(', ')}: il worker non parte / ` +
        `no handler for the jobs ${jobs.join(', ')}: the worker refuses to start`,
    );
    this.name = 'MissingJobHandlerError';
  }
}
