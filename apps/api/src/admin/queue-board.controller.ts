import {
  BadRequestException,
  All,
  Controller,
  HttpCode,
  Next,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExcludeEndpoint,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AppConfig, Roles } from '#libs/platform';
import type { NextFunction, Request, Response } from 'express';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { QueueBoard, QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH } from './queue-board.js';

/**
 * The queue dashboard (bull-board) for administrators: every request to it passes the same guard as
 * the API (bearer token, or the cookie below carrying it), and only the admin role gets through.
 */
@ApiTags('amministrazione')
@ApiBearerAuth()
@Controller('admin')
export class QueueBoardController {
  constructor(
    private readonly board: QueueBoard,
    private readonly config: AppConfig,
  ) {}

  @Post('queue-board/access')
  @HttpCode(204)
  @Roles('admin')
  @ApiProblems(401, 403)
  @ApiNoContentResponse({
    description: 'Accesso alla dashboard delle code aperto per questa sessione',
  })
  @ApiOperation({
    summary:
      'Apre la dashboard delle code nel browser: un cookie valido solo per /api/admin/queues, per la durata del token',
  })
  access(@Req() req: Request, @Res({ passthrough: true }) res: Response): void {
    // The request carries nothing but the bearer token: a body is a mistake, or a probe.
    if (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'])
      throw new BadRequestException('questa richiesta non prevede un corpo');
    const token = (req.headers.authorization ?? '').slice('Bearer '.length);
    res.cookie(QUEUE_BOARD_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: QUEUE_BOARD_PATH,
      maxAge: this.config.JWT_TTL_SECONDS * 1000,
    });
  }

  @All(['queues', 'queues/{*path}'])
  @Roles('admin')
  @ApiExcludeEndpoint()
  serve(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.board.handle(req, res, next);
  }
}
