import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationId, Role } from '#libs/platform';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity.js';
import { toUserView, type UserView } from './create-user.use-case.js';

@Injectable()
export class ListUsersUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(organisationId: OrganisationId, filter: { role?: Role } = {}): Promise<UserView[]> {
    const users = await this.dataSource.getRepository(UserEntity).find({
      where: { organisationId, ...(filter.role ? { role: filter.role } : {}) },
      order: { displayName: 'ASC' },
    });
    return users.map(toUserView);
  }

  /** The ids among `userIds` that are active tutors of the organisation. */
  async tutorIds(organisationId: OrganisationId, userIds: string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM users WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND role = 'tutor' AND active`,
      [organisationId, userIds],
    );
    return rows.map((row) => row.id);
  }
}
