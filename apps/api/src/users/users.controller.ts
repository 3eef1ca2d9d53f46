import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ChangeUserAccessUseCase,
  CreateUserUseCase,
  ListUsersUseCase,
  LogoutEverywhereUseCase,
} from '#libs/accounts';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { ChangeUserAccessDto, CreateUserDto, ListUsersQuery } from './users.dto.js';

@ApiTags('utenti')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly createUser: CreateUserUseCase,
    private readonly listUsers: ListUsersUseCase,
    private readonly changeAccess: ChangeUserAccessUseCase,
    private readonly logoutEverywhere: LogoutEverywhereUseCase,
  ) {}

  @Post()
  @Roles('admin')
  @ApiProblems(409)
  @ApiOperation({ summary: "Crea un utente nell'organizzazione" })
  @ApiProblems(400, 401, 403, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto) {
    return this.createUser.execute(actor.organisationId, body, actor);
  }

  @Get()
  @Roles('admin', 'coordinator', 'tutor', 'consultant')
  @ApiOperation({ summary: "Gli utenti dell'organizzazione (per esempio i tutor da assegnare)" })
  @ApiProblems(400, 401, 403)
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery) {
    return this.listUsers.execute(actor.organisationId, query);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiProblems(409)
  @ApiOperation({
    summary:
      'Cambia ruolo o disattiva un utente (registrato nel registro di audit); le sue sessioni si chiudono subito',
  })
  @ApiProblems(400, 401, 403, 404, 409)
  change(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: ChangeUserAccessDto) {
    return this.changeAccess.execute(actor, id, body);
  }

  @Post(':id/logout-all')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Chiude ogni sessione di un utente dell’organizzazione (registrato nel registro di audit)',
  })
  @ApiNoContentResponse({ description: 'Tutte le sessioni dell’utente chiuse' })
  @ApiProblems(400, 401, 403, 404)
  async logoutAll(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<void> {
    await this.logoutEverywhere.execute(actor, id);
  }
}
