import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor, Role } from '../tenancy/actor.js';

export const IS_PUBLIC = 'incrocio:public';
export const ROLES_ALLOWED = 'incrocio:roles';

/** Guards are on by default: an endpoint is reachable without a token only when it says so. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts an endpoint to some roles (admin is not implied). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_ALLOWED, roles);

export interface AuthenticatedRequest extends Request {
  actor?: Actor;
}

/** The authenticated actor of the request, set by the AuthGuard. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public endpoint');
  return actor;
});
