import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { ChangeUserAccessUseCase } from './use-cases/change-user-access.use-case.js';
import { CreateOrganisationUseCase } from './use-cases/create-organisation.use-case.js';
import { CreateUserUseCase } from './use-cases/create-user.use-case.js';
import { ListUsersUseCase } from './use-cases/list-users.use-case.js';
import { LoginUseCase } from './use-cases/login.use-case.js';
import { UsersReader } from './users.reader.js';
import { UsersRepository } from './users.repository.js';

const useCases = [
  CreateUserUseCase,
  ChangeUserAccessUseCase,
  ListUsersUseCase,
  CreateOrganisationUseCase,
];

/** Organisations and users: what every process may need (the worker too, without tokens). */
@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, UserEntity])],
  providers: [PasswordHasher, UsersRepository, UsersReader, ...useCases],
  exports: [PasswordHasher, UsersRepository, UsersReader, ...useCases],
})
export class AccountsModule {}

/** Password login and its tokens: only the API signs them (needs AuthPlatformModule's JwtService). */
@Module({
  imports: [AccountsModule],
  providers: [LoginUseCase],
  exports: [LoginUseCase],
})
export class LoginModule {}
