import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import {
  AttachCompanyUseCase,
  AttachPersonUseCase,
  CreateProjectUseCase,
  GetProjectUseCase,
  ListProjectsUseCase,
  PROJECT_MANAGERS,
  PROJECT_STAFF,
  RecordCourseUseCase,
  RecordNetworkActivityUseCase,
} from '#libs/projects';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import {
  NetworkActivityDto,
  ProjectCompanyDto,
  ProjectCourseDto,
  ProjectDto,
  ProjectPersonDto,
} from './project.dto.js';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
@Roles(...PROJECT_STAFF)
export class ProjectsController {
  constructor(
    private readonly createProject: CreateProjectUseCase,
    private readonly getProject: GetProjectUseCase,
    private readonly listProjects: ListProjectsUseCase,
    private readonly attachPerson: AttachPersonUseCase,
    private readonly attachCompany: AttachCompanyUseCase,
    private readonly recordCourse: RecordCourseUseCase,
    private readonly recordNetworkActivity: RecordNetworkActivityUseCase,
  ) {}

  @Post()
  @Roles(...PROJECT_MANAGERS)
  @ApiProblems(409)
  @ApiOperation({ summary: 'Crea un progetto: ente finanziatore, periodo, territorio, obiettivi' })
  create(@CurrentActor() actor: Actor, @Body() body: ProjectDto) {
    return this.createProject.execute(actor, body);
  }

  @Get()
  @ApiOperation({ summary: 'I progetti dell’organizzazione, dal più recente' })
  list(@CurrentActor() actor: Actor) {
    return this.listProjects.execute(actor);
  }

  @Get(':id')
  @ApiProblems(404)
  @ApiOperation({ summary: 'Un progetto' })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.getProject.execute(actor, id);
  }

  @Post(':id/people')
  @Roles('coordinator', 'tutor')
  @ApiProblems(404)
  @ApiOperation({
    summary:
      'Prende in carico una persona nel progetto (da una data, con il progetto personalizzato)',
  })
  person(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: ProjectPersonDto) {
    return this.attachPerson.execute(actor, id, body);
  }

  @Post(':id/companies')
  @Roles('coordinator', 'consultant')
  @ApiProblems(404)
  @ApiOperation({ summary: 'Aggiunge un’azienda al progetto da una data' })
  company(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: ProjectCompanyDto) {
    return this.attachCompany.execute(actor, id, body);
  }

  @Post(':id/courses')
  @Roles('coordinator', 'tutor')
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Registra un corso di italiano o di competenze digitali di una persona',
  })
  course(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: ProjectCourseDto) {
    return this.recordCourse.execute(actor, id, body);
  }

  @Post(':id/network-activities')
  @Roles('coordinator', 'consultant')
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Registra un incontro con le istituzioni o un’organizzazione entrata nella rete',
  })
  network(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: NetworkActivityDto) {
    return this.recordNetworkActivity.execute(actor, id, body);
  }
}
