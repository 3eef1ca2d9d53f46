/**
 * What a test opened (servers, connections, applications), closed in the reverse order by `close()`
 * whatever happened. A setup registers each thing as soon as it is open and calls `close()` from
 * afterAll (or from its own catch): a beforeAll that threw halfway then leaves nothing open to keep
 * Jest alive.
 */
export class OpenedResources {
  private readonly closers: Array<() => unknown> = [];

  /** Registers what was just opened, with how to close it, and returns it. */
  keep<T>(resource: T, close: (resource: T) => unknown): T {
    this.closers.push(() => close(resource));
    return resource;
  }

  /** Closes everything, the last opened first; every closer runs even if another one fails. */
  async close(): Promise<void> {
    const errors: unknown[] = [];
    for (const close of this.closers.splice(0).reverse()) {
      try {
        await close();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'risorse di test non chiuse');
  }
}
