import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asOrganisationId } from '#libs/platform';
import { DataSource } from 'typeorm';
import { OrganisationEntity, type OrganisationKind } from '../entities/organisation.entity.js';
import { CreateUserUseCase, type UserView } from './create-user.use-case.js';

/** A new organisation with its first administrator: how a fresh install gets its first account. */
@Injectable()
export class CreateOrganisationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly createUser: CreateUserUseCase,
  ) {}

  async execute(input: {
    name: string;
    kind: OrganisationKind;
    admin: { email: string; displayName: string; password: string };
  }): Promise<{ organisation: OrganisationEntity; admin: UserView }> {
    const organisation = await this.dataSource
      .getRepository(OrganisationEntity)
      .save({ name: input.name.trim(), kind: input.kind });
    const admin = await this.createUser.execute(asOrganisationId(organisation.id), {
      ...input.admin,
      role: 'admin',
    });
    return { organisation, admin };
  }
}
