import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionStates } from '#libs/platform';
import { SessionStateCache } from './session-state.cache.js';
import { SessionTokensIssuer } from './session-tokens.issuer.js';
import { SessionsRepository } from './sessions.repository.js';
import { LogoutEverywhereUseCase } from './use-cases/logout-everywhere.use-case.js';
import { LogoutUseCase } from './use-cases/logout.use-case.js';
import { RefreshSessionUseCase } from './use-cases/refresh-session.use-case.js';
import { ChangeUserAccessUseCase } from './use-cases/change-user-access.use-case.js';
import { CreateOrganisationUseCase } from './use-cases/create-organisation.use-case.js';
import { CreateUserUseCase } from './use-cases/create-user.use-case.js';
import { ListUsersUseCase } from './use-cases/list-users.use-case.js';
import { LoginUseCase } from './use-cases/login.use-case.js';
import { UsersReader } from './users.reader.js';
import { NetworksRepository } from './networks/networks.repository.js';
import { ChangeNetworkUseCase } from './use-cases/change-network.use-case.js';
import { CreateNetworkUseCase } from './use-cases/create-network.use-case.js';
import { ListNetworksUseCase } from './use-cases/list-networks.use-case.js';
import { UsersRepository } from './users.repository.js';

const useCases = [
  CreateUserUseCase,
  ChangeUserAccessUseCase,
  ListUsersUseCase,
  CreateOrganisationUseCase,
  LogoutUseCase,
  LogoutEverywhereUseCase,
  CreateNetworkUseCase,
  ChangeNetworkUseCase,
  ListNetworksUseCase,
];

const sessions = [
  SessionsRepository,
  SessionStateCache,
  // What the platform's AuthGuard asks at every request.
  { provide: SessionStates, useExisting: SessionStateCache },
];

/** Organisations and users: what every process may need (the worker too, without tokens). */
@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, UserEntity])],
  providers: [
    PasswordHasher,
    UsersRepository,
    UsersReader,
    NetworksRepository,
    ...sessions,
    ...useCases,
  ],
  exports: [PasswordHasher, UsersRepository, UsersReader, ...sessions, ...useCases],
})
export class AccountsModule {}

/** Password login and its tokens: only the API signs them (needs AuthPlatformModule's JwtService). */
@Module({
  imports: [AccountsModule],
  providers: [SessionTokensIssuer, LoginUseCase, RefreshSessionUseCase],
  exports: [LoginUseCase, RefreshSessionUseCase],
})
export class LoginModule {}
