import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { asOrganisationId } from '../tenancy/organisation-id.js';
import { ForbiddenError } from '../problem/domain.error.js';
import { type Role, ROLES } from '../tenancy/actor.js';
import { type AuthenticatedRequest, IS_PUBLIC, ROLES_ALLOWED } from './auth.decorators.js';

export interface AccessTokenClaims {
  sub: string;
  org: string;
  role: Role;
}

/** Checks the bearer token of every request (unless @Public) and the roles an endpoint allows. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
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
    if (!claims.sub || !claims.org || !ROLES.includes(claims.role))
      throw new UnauthorizedException();
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
}
