import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { LoginUseCase } from '#libs/accounts';
import { type Actor, CurrentActor, Public } from '#libs/platform';
import type { Request } from 'express';
import { LoginDto } from './login.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

@ApiTags('accesso')
@Controller('auth')
export class AuthController {
  constructor(private readonly login: LoginUseCase) {}

  @Public()
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @Post('login')
  @HttpCode(200)
  @ApiProblems(401)
  @ApiOperation({ summary: 'Accesso con e-mail e password; restituisce un token di breve durata' })
  loginWithPassword(@Body() body: LoginDto, @Req() req: Request) {
    return this.login.execute({ email: body.email, password: body.password, ip: req.ip });
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: "L'utente collegato" })
  me(@CurrentActor() actor: Actor) {
    return { userId: actor.userId, organisationId: actor.organisationId, role: actor.role };
  }
}
