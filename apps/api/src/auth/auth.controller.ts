import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import {
  LoginUseCase,
  LogoutEverywhereUseCase,
  LogoutUseCase,
  RefreshSessionUseCase,
} from '#libs/accounts';
import { type Actor, CurrentActor, Public } from '#libs/platform';
import type { Request } from 'express';
import { LoginDto } from './login.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { refuseBody } from './no-body.js';
import { RefreshTokenDto } from './session.dto.js';

@ApiTags('accesso')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly logoutSession: LogoutUseCase,
    private readonly logoutEverywhere: LogoutEverywhereUseCase,
  ) {}

  @Public()
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Accesso con e-mail e password; restituisce un token di accesso di breve durata e un refresh token',
  })
  @ApiProblems(400, 401, 413, 429)
  loginWithPassword(@Body() body: LoginDto, @Req() req: Request) {
    return this.login.execute({ email: body.email, password: body.password, ip: req.ip });
  }

  @Public()
  @Throttle({ default: { limit: 30, ttl: 60_000 } })
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Scambia il refresh token con una nuova coppia di token; un refresh token già usato chiude la sessione',
  })
  @ApiProblems(400, 401, 413, 429)
  refresh(@Body() body: RefreshTokenDto, @Req() req: Request) {
    return this.refreshSession.execute({ refreshToken: body.refreshToken, ip: req.ip });
  }

  @Public()
  @Throttle({ default: { limit: 30, ttl: 60_000 } })
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Chiude la sessione del refresh token (i suoi token smettono di valere subito)',
  })
  @ApiNoContentResponse({ description: 'Sessione chiusa (anche se era già chiusa)' })
  @ApiProblems(400, 413, 429)
  async logout(@Body() body: RefreshTokenDto, @Req() req: Request): Promise<void> {
    await this.logoutSession.execute({ refreshToken: body.refreshToken, ip: req.ip });
  }

  @Post('logout-all')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Esce da tutti i dispositivi: chiude ogni sessione dell’utente collegato (senza corpo)',
  })
  @ApiNoContentResponse({ description: 'Tutte le sessioni chiuse' })
  @ApiProblems(400, 401)
  async logoutAll(@CurrentActor() actor: Actor, @Req() req: Request): Promise<void> {
    refuseBody(req);
    await this.logoutEverywhere.execute(actor);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: "L'utente collegato" })
  @ApiProblems(401)
  me(@CurrentActor() actor: Actor) {
    return { userId: actor.userId, organisationId: actor.organisationId, role: actor.role };
  }
}
