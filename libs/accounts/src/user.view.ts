import type { UserEntity } from './entities/user.entity.js';

export type UserView = Pick<
  UserEntity,
  | 'id'
  | 'organisationId'
  | 'email'
  | 'displayName'
  | 'role'
  | 'active'
  | 'lastLoginAt'
  | 'createdAt'
>;

export function toUserView(user: UserEntity): UserView {
  const { id, organisationId, email, displayName, role, active, lastLoginAt, createdAt } = user;
  return { id, organisationId, email, displayName, role, active, lastLoginAt, createdAt };
}
