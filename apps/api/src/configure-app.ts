import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig, createValidationPipe, ProblemFilter } from '#libs/platform';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import { OpenApiDocument } from './openapi/openapi.controller.js';
import { serveWebConsole } from './web-console.js';
import { queueBoardCookieAsBearer } from './admin/queue-board.js';

/** Routes outside the `/api` prefix: the public bulletin pages. */
export const API_PREFIX_EXCLUDE = ['bollettino/{*path}'];

/**
 * Everything the HTTP application needs besides its modules: the same in production and in the
 * end-to-end tests, so that tests exercise exactly what users get.
 */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api', { exclude: API_PREFIX_EXCLUDE });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.HTTP_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.HTTP_BODY_LIMIT, extended: false });
  // The console's maps load their tiles from the configured server, and nothing else from outside.
  const tiles = config.MAP_TILE_URL
    ? [new URL(config.MAP_TILE_URL.replace(/[{}]/g, '')).origin]
    : [];
  const strict = helmet({
    contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', ...tiles] } },
  });
  const docs = helmet({ contentSecurityPolicy: false });
  app.use((req: { path: string }, res: unknown, next: () => void) =>
    (req.path.startsWith('/api/docs') ? docs : strict)(req as never, res as never, next),
  );
  app.use(noStoreOutsideBulletinPages);
  app.use(queueBoardCookieAsBearer);
  serveWebConsole(app, undefined, { mapTileUrl: config.MAP_TILE_URL });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const document = createOpenApiDocument(app);
  app.get(OpenApiDocument).document = document;
  if (config.openApiPublic) {
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  }
  return app;
}

/**
 * Answers of the API carry personal data (and errors may echo it): no browser, proxy or CDN may keep
 * them. The public bulletin pages set their own, cacheable, header; the console's files (fingerprinted
 * scripts and styles, the page that loads them) carry no personal data and are served as static files.
 */
function noStoreOutsideBulletinPages(
  req: { path: string },
  res: { setHeader(name: string, value: string): void },
  next: () => void,
): void {
  if (req.path === '/api' || req.path.startsWith('/api/')) {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Pragma', 'no-cache');
  }
  next();
}
