import type { Role } from '../tenancy/actor.js';

/** What the database says now of the account and the login behind an access token. */
export interface SessionState {
  organisationId: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
  /** The login (refresh-token family) is neither revoked nor past its end. */
  loginOpen: boolean;
}

/**
 * The port the AuthGuard asks at every authenticated request; the accounts lib implements it (with a
 * short cache), since platform knows no tables of its own.
 */
export abstract class SessionStates {
  /** Undefined when the user does not exist. */
  abstract current(userId: string, sessionId: string): Promise<SessionState | undefined>;
}
