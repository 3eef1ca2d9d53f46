import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import {
  BulletinError,
  CONSENT_TEXTS,
  CURRENT_CONSENT_VERSION,
  ConfirmSubscriptionUseCase,
  ListPublicAreasUseCase,
  RequestSubscriptionUseCase,
  SECTION_CODES,
  SECTION_TITLES,
  subscriptionPages,
  type SubscriptionView,
  UnsubscribeUseCase,
  UpdateSubscriptionPreferencesUseCase,
  ViewSubscriptionUseCase,
} from '#libs/bulletin';
import { Public } from '#libs/platform';
import type { Request, Response } from 'express';
import { ResponseBody } from '../openapi/response-body.decorator.js';
import {
  OneClickUnsubscribeDto,
  PreferencesDto,
  SubscribeDto,
  TokenQuery,
} from './bulletin-subscription.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

const PUBLIC_LIMIT = { default: { limit: 10, ttl: 60_000 } };
const LINK_LIMIT = { default: { limit: 30, ttl: 60_000 } };

/**
 * Subscriptions without an account: the form, the double opt-in link, one-click unsubscribe
 * (RFC 8058) and preferences. The pages answer people (HTML); API clients asking for JSON get it.
 * A GET never changes anything: link scanners open every link of an e-mail.
 */
@ApiTags('bollettino (pubblico)')
@Public()
@Controller('bulletin/subscriptions')
export class BulletinSubscriptionsController {
  constructor(
    private readonly listPublicAreas: ListPublicAreasUseCase,
    private readonly requestSubscription: RequestSubscriptionUseCase,
    private readonly confirmSubscription: ConfirmSubscriptionUseCase,
    private readonly viewSubscription: ViewSubscriptionUseCase,
    private readonly unsubscribeSubscriber: UnsubscribeUseCase,
    private readonly updatePreferences: UpdateSubscriptionPreferencesUseCase,
  ) {}

  @Get('form')
  @ApiOperation({ summary: 'Aree, sezioni e testo del consenso per il modulo di iscrizione' })
  async form() {
    return {
      areas: await this.listPublicAreas.execute(),
      sections: SECTION_CODES.map((code) => ({ code, title: SECTION_TITLES[code] })),
      consent: { version: CURRENT_CONSENT_VERSION, text: CONSENT_TEXTS[CURRENT_CONSENT_VERSION] },
    };
  }

  @Post()
  @HttpCode(202)
  @Throttle(PUBLIC_LIMIT)
  @ApiProblems(404, 422)
  @ApiOperation({
    summary:
      'Chiede l’iscrizione: parte un’e-mail di conferma (la risposta è la stessa per ogni indirizzo)',
  })
  async subscribe(@Body() body: SubscribeDto, @Req() req: Request) {
    await this.requestSubscription.execute(body, req.ip ?? null);
    return {
      detail:
        'Se l’indirizzo è corretto, riceverai a breve un’e-mail con il link per confermare l’iscrizione.',
    };
  }

  @Get('confirm')
  @Throttle(LINK_LIMIT)
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'Pagina di conferma (il pulsante invia la conferma)' })
  confirmPage(@Query() _query: TokenQuery, @Res() res: Response) {
    res.type('html').send(subscriptionPages.confirmAsk());
  }

  @Post('confirm')
  @HttpCode(200)
  @Throttle(LINK_LIMIT)
  @ApiProduces('application/json', 'text/html')
  @ResponseBody<Awaited<ReturnType<ConfirmSubscriptionUseCase['execute']>>>()
  @ApiProblems(404)
  @ApiOperation({ summary: 'Conferma l’iscrizione (doppio opt-in)' })
  confirm(@Query() query: TokenQuery, @Req() req: Request, @Res() res: Response) {
    return reply(req, res, async () => {
      const result = await this.confirmSubscription.execute(query.token, req.ip ?? null);
      return { json: result, html: subscriptionPages.confirmed() };
    });
  }

  @Get('unsubscribe')
  @Throttle(LINK_LIMIT)
  @ApiProduces('application/json', 'text/html')
  @ResponseBody<SubscriptionView>()
  @ApiProblems(404)
  @ApiOperation({ summary: 'Pagina di disiscrizione (il pulsante annulla l’iscrizione)' })
  unsubscribePage(@Query() query: TokenQuery, @Req() req: Request, @Res() res: Response) {
    return reply(req, res, async () => {
      const view = await this.viewSubscription.execute(query.token);
      return { json: view, html: subscriptionPages.unsubscribeAsk(view) };
    });
  }

  @Post('unsubscribe')
  @HttpCode(200)
  @Throttle(LINK_LIMIT)
  @ApiProduces('application/json', 'text/html')
  @ResponseBody<{ status: 'UNSUBSCRIBED' }>()
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Annulla l’iscrizione con un clic (RFC 8058: List-Unsubscribe=One-Click)',
  })
  unsubscribe(
    @Query() query: TokenQuery,
    @Body() body: OneClickUnsubscribeDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return reply(req, res, async () => {
      const method = body.source === 'page' ? 'UNSUBSCRIBE_PAGE' : 'ONE_CLICK';
      await this.unsubscribeSubscriber.execute(query.token, method, req.ip ?? null);
      return { json: { status: 'UNSUBSCRIBED' }, html: subscriptionPages.unsubscribed() };
    });
  }

  @Get('preferences')
  @Throttle(LINK_LIMIT)
  @ApiProduces('application/json', 'text/html')
  @ResponseBody<SubscriptionView>()
  @ApiProblems(404)
  @ApiOperation({ summary: 'Le aree e le sezioni scelte' })
  preferencesPage(@Query() query: TokenQuery, @Req() req: Request, @Res() res: Response) {
    return reply(req, res, async () => {
      const view = await this.viewSubscription.execute(query.token);
      return { json: view, html: subscriptionPages.preferences(view, false) };
    });
  }

  @Post('preferences')
  @HttpCode(200)
  @Throttle(LINK_LIMIT)
  @ApiProduces('application/json', 'text/html')
  @ResponseBody<SubscriptionView>()
  @ApiProblems(404)
  @ApiOperation({ summary: 'Cambia le aree e le sezioni scelte' })
  savePreferences(
    @Query() query: TokenQuery,
    @Body() body: PreferencesDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return reply(req, res, async () => {
      const view = await this.updatePreferences.execute(query.token, body, req.ip ?? null);
      return { json: view, html: subscriptionPages.preferences(view, true) };
    });
  }
}

/** HTML for browsers (and their errors as pages), JSON for API clients. */
async function reply(
  req: Request,
  res: Response,
  run: () => Promise<{ json: object; html: string }>,
): Promise<void> {
  const html = req.accepts(['json', 'html']) === 'html';
  try {
    const result = await run();
    if (html) res.type('html').send(result.html);
    else res.json(result.json);
  } catch (error) {
    if (!html || !(error instanceof BulletinError)) throw error;
    res.status(error.status).type('html').send(subscriptionPages.invalidLink(error.detail));
  }
}
