import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Where `npm run build` writes the console (apps/web), relative to the project folder. */
export const WEB_ROOT = resolve(process.cwd(), 'dist/web');

/** Paths the console never answers: the API and the public bulletin pages keep their own 404s. */
const SERVER_PATHS = /^\/(api|bollettino)(\/|$)/;

/** Settings the console reads from its page (`<meta name="incrocio-…">`), not from an endpoint. */
export interface ConsoleSettings {
  mapTileUrl?: string;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The web console at `/`: its built files, and `index.html` for the console's own routes (a page
 * reloaded at /persone/... opens the console on that page). Hashed assets are cached for a year.
 */
export function serveWebConsole(
  app: NestExpressApplication,
  root = WEB_ROOT,
  settings: ConsoleSettings = {},
): void {
  const index = resolve(root, 'index.html');
  if (!existsSync(index)) return;
  const page = readFileSync(index, 'utf8').replace(
    '<meta name="incrocio-map-tiles" content="" />',
    `<meta name="incrocio-map-tiles" content="${escapeAttribute(settings.mapTileUrl ?? '')}" />`,
  );
  const assets = express.static(root, {
    index: false,
    setHeaders(res, path) {
      if (path.includes('/assets/'))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (SERVER_PATHS.test(req.path)) return next();
    assets(req, res, () => {
      const isPage =
        (req.method === 'GET' || req.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(req.path);
      if (!isPage) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(page);
    });
  });
}
