import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { asOrganisationId } from '../tenancy/organisation-id.js';
import { ForbiddenError } from '../problem/domain.error.js';
import { type Role, ROLES } from '../tenancy/actor.js';
import { type AuthenticatedRequest, IS_PUBLIC, ROLES_ALLOWED } from './auth.decorators.js';
import { SessionStates } from './session-state.js';

export interface AccessTokenClaims {
  sub: string;
  org: string;
  role: Role;
  /** The user's session version when the token was issued: a later change of access bumps it. */
  sv: number;
  /** The login (refresh-token family) the token belongs to: logging out ends it. */
  sid: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks the bearer token of every request (unless @Public): its signature, then that the account
 * still exists, is active, has the role and organisation the token claims and the same session
 * version, and that the login was not ended; then the roles an endpoint allows.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private sessions?: SessionStates;

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException();
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException();
    }
    if (!(await this.stillValid(claims))) throw new UnauthorizedException();
    request.actor = {
      userId: claims.sub,
      organisationId: asOrganisationId(claims.org),
      role: claims.role,
      ip: request.ip,
    };

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    if (allowed && !allowed.includes(claims.role)) throw new ForbiddenError();
    return true;
  }

  private async stillValid(claims: AccessTokenClaims): Promise<boolean> {
    const wellFormed =
      typeof claims.sub === 'string' &&
      UUID.test(claims.sub) &&
      typeof claims.sid === 'string' &&
      UUID.test(claims.sid) &&
      typeof claims.org === 'string' &&
      ROLES.includes(claims.role) &&
      Number.isInteger(claims.sv);
    if (!wellFormed) return false;
    // Resolved on first use: the accounts lib provides it, and platform may not import accounts.
    this.sessions ??= this.moduleRef.get(SessionStates, { strict: false });
    const state = await this.sessions.current(claims.sub, claims.sid);
    return (
      state !== undefined &&
      state.active &&
      state.loginOpen &&
      state.role === claims.role &&
      state.organisationId === claims.org &&
      state.sessionVersion === claims.sv
    );
  }
}
