import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import type { Actor, OrganisationId, Role } from '#libs/platform';
import { DataSource } from 'typeorm';
import { AccountsError } from '../accounts.error.js';
import { PasswordHasher } from '../password-hasher.js';
import { toUserView, type UserView } from '../user.view.js';
import { UsersRepository } from '../users.repository.js';

export interface CreateUserInput {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/**
 * Creates a user in the actor's organisation (or, from the CLI, in a given one).
 *
 * E-mails are unique across organisations (they are the login), so an administrator must not learn
 * from this answer that an address is in use elsewhere: for an address held by another organisation
 * an administrator gets the answer of a success, and nothing is written or sent. A duplicate within
 * the administrator's own organisation is refused (they can see that user anyway), and so is any
 * duplicate from the CLI, whose operator runs the whole installation.
 */
@Injectable()
export class CreateUserUseCase {
  private readonly logger = new Logger('CreateUser');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly users: UsersRepository,
  ) {}

  async execute(
    organisationId: OrganisationId,
    input: CreateUserInput,
    actor?: Actor,
  ): Promise<UserView> {
    // Hashed first whatever happens next, so that the time of the answer does not tell the cases apart.
    const passwordHash = await this.hasher.hash(input.password);
    const email = input.email.trim();
    return this.dataSource.transaction(async (manager) => {
      const holder = await this.users.emailHolderOrganisation(manager, email);
      if (holder === organisationId || (holder && !actor)) throw AccountsError.emailTaken();
      if (holder) {
        // For support ("my colleague cannot log in"): who tried, never the address.
        this.logger.log(
          { actorId: actor?.userId, organisationId },
          'utente non creato: indirizzo e-mail già in uso in un’altra organizzazione',
        );
        return this.answerAsCreated(organisationId, email, input);
      }
      const user = await this.users.saveUser(manager, {
        organisationId,
        email,
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash,
      });
      await this.audit.record(
        {
          action: 'USER_CREATED',
          actor,
          organisationId,
          subjectType: 'user',
          subjectId: user.id,
          details: { role: input.role },
        },
        manager,
      );
      return toUserView(user);
    });
  }

  /** What a success would have answered; the id belongs to no one. */
  private answerAsCreated(
    organisationId: OrganisationId,
    email: string,
    input: CreateUserInput,
  ): UserView {
    return {
      id: randomUUID(),
      organisationId,
      email,
      displayName: input.displayName.trim(),
      role: input.role,
      active: true,
      lastLoginAt: null,
      createdAt: new Date(),
    };
  }
}
