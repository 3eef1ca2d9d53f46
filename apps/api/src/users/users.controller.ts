import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChangeUserAccessUseCase, CreateUserUseCase, ListUsersUseCase } from '#libs/accounts';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { ChangeUserAccessDto, CreateUserDto, ListUsersQuery } from './users.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

@ApiTags('utenti')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly createUser: CreateUserUseCase,
    private readonly listUsers: ListUsersUseCase,
    private readonly changeAccess: ChangeUserAccessUseCase,
  ) {}

  @Post()
  @Roles('admin')
  @ApiProblems(409)
  @ApiOperation({ summary: "Crea un utente nell'organizzazione" })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto) {
    return this.createUser.execute(actor.organisationId, body, actor);
  }

  @Get()
  @Roles('admin', 'coordinator', 'tutor', 'consultant')
  @ApiOperation({ summary: "Gli utenti dell'organizzazione (per esempio i tutor da assegnare)" })
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery) {
    return this.listUsers.execute(actor.organisationId, query);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Cambia ruolo o disattiva un utente (registrato nel registro di audit)',
  })
  change(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: ChangeUserAccessDto) {
    return this.changeAccess.execute(actor, id, body);
  }
}
