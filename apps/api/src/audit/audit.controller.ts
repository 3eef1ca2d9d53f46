import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction, QueryAuditLogUseCase } from '#libs/audit';
import { type Actor, CurrentActor, PageQuery, Roles } from '#libs/platform';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ example: 'candidate' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  subjectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  subjectId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional({ example: '2026-11-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly queryAuditLog: QueryAuditLogUseCase) {}

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOperation({
    summary:
      "Il registro di audit dell'organizzazione: letture di dati sensibili, accessi, permessi, esportazioni",
  })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQuery) {
    return this.queryAuditLog.execute(actor, query);
  }
}
