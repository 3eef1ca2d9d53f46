import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { QUEUE_NAMES } from '#libs/platform';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export const QUEUE_BOARD_PATH = '/api/admin/queues';
export const QUEUE_BOARD_COOKIE = 'incrocio_queue_board';

/** bull-board over every queue of Incrocio, served under {@link QUEUE_BOARD_PATH}. */
@Injectable()
export class QueueBoard {
  private router?: RequestHandler;

  constructor(private readonly moduleRef: ModuleRef) {}

  handle(req: Request, res: Response, next: NextFunction): void {
    this.router ??= this.build();
    // The board's routes are relative to its mount point.
    req.url = req.originalUrl.slice(QUEUE_BOARD_PATH.length) || '/';
    this.router(req, res, next);
  }

  private build(): RequestHandler {
    const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: QUEUE_NAMES.map(
        (name) =>
          new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })),
      ),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Incrocio – code dei lavori' } },
    });
    return serverAdapter.getRouter() as RequestHandler;
  }
}

/**
 * A browser opening the board cannot send the bearer header: the cookie set by the access endpoint
 * carries the token, on the board's path only, and the API's guard checks it as usual.
 */
export function queueBoardCookieAsBearer(req: Request, _res: Response, next: NextFunction): void {
  if (!req.headers.authorization && req.path.startsWith(QUEUE_BOARD_PATH)) {
    const cookie = (req.headers.cookie ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === QUEUE_BOARD_COOKIE);
    if (cookie?.[1]) req.headers.authorization = `Bearer ${decodeURIComponent(cookie[1])}`;
  }
  next();
}
