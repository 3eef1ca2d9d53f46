import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ChangeNetworkUseCase,
  CreateNetworkUseCase,
  ListNetworksUseCase,
  type NetworkView,
} from '#libs/accounts';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { RefreshNetworkVacanciesUseCase } from '#libs/vacancies';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { CreateNetworkDto, NetworkCoordinatorDto, NetworkMemberDto } from './network.dto.js';

@ApiTags('reti di organizzazioni')
@ApiBearerAuth()
@Controller('networks')
export class NetworksController {
  constructor(
    private readonly createNetwork: CreateNetworkUseCase,
    private readonly changeNetwork: ChangeNetworkUseCase,
    private readonly listNetworks: ListNetworksUseCase,
    private readonly refreshVacancies: RefreshNetworkVacanciesUseCase,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary:
      "Crea una rete di organizzazioni: l'organizzazione dell'amministratore ne è il primo membro e la coordina (registrato nel registro di audit)",
  })
  @ApiProblems(400, 401, 403, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateNetworkDto): Promise<NetworkView> {
    return this.createNetwork.execute(actor, body);
  }

  @Get()
  @Roles('admin', 'coordinator', 'tutor', 'consultant')
  @ApiOperation({ summary: "Le reti di cui l'organizzazione fa parte, con i loro membri" })
  @ApiProblems(401, 403)
  list(@CurrentActor() actor: Actor): Promise<NetworkView[]> {
    return this.listNetworks.execute(actor.organisationId);
  }

  @Get(':id')
  @Roles('admin', 'coordinator', 'tutor', 'consultant')
  @ApiOperation({ summary: "Una rete di cui l'organizzazione fa parte" })
  @ApiProblems(400, 401, 403, 404)
  get(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<NetworkView> {
    return this.listNetworks.one(actor.organisationId, id);
  }

  @Post(':id/members')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      "Aggiunge un'organizzazione alla rete (solo l'amministratore dell'organizzazione coordinatrice; registrato nel registro di audit)",
  })
  @ApiProblems(400, 401, 403, 404)
  async addMember(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: NetworkMemberDto,
  ): Promise<NetworkView> {
    await this.changeNetwork.execute(actor, id, { kind: 'addMember', ...body });
    await this.refreshVacancies.execute(id);
    return this.listNetworks.one(actor.organisationId, id);
  }

  @Delete(':id/members/:organisationId')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({
    summary:
      "Toglie un'organizzazione dalla rete (l'amministratore dell'organizzazione coordinatrice, o quello dell'organizzazione che esce; registrato nel registro di audit). Le sue offerte condivise non sono più viste dagli altri membri, né lei vede le loro",
  })
  @ApiNoContentResponse({ description: "L'organizzazione non fa più parte della rete" })
  @ApiProblems(400, 401, 403, 404, 409)
  async removeMember(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('organisationId') organisationId: string,
  ): Promise<void> {
    await this.changeNetwork.execute(actor, id, { kind: 'removeMember', organisationId });
    await this.refreshVacancies.execute(id);
  }

  @Put(':id/coordinator')
  @Roles('admin')
  @ApiOperation({
    summary:
      "Nomina l'organizzazione che coordina la rete, tra i suoi membri (solo l'amministratore dell'organizzazione coordinatrice; registrato nel registro di audit)",
  })
  @ApiProblems(400, 401, 403, 404, 409)
  async nameCoordinator(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() body: NetworkCoordinatorDto,
  ): Promise<NetworkView> {
    await this.changeNetwork.execute(actor, id, { kind: 'nameCoordinator', ...body });
    return this.listNetworks.one(actor.organisationId, id);
  }
}
