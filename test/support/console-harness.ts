import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { REPO_ROOT } from '#libs/testing';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { WEB_ROOT } from '../../apps/api/src/web-console.js';
import { startTestApi, type TestApi } from './test-api.js';
import { startTestWorker } from './test-worker.js';

/** Debian's Chromium (`apt-get install chromium`): no browser is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(REPO_ROOT, 'var/screenshots');

export interface ConsoleHarness {
  api: TestApi;
  worker: INestApplicationContext;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real API serving the built console on a free port, the real worker, and a headless Chromium.
 * Whatever was started is stopped by `close`, even when a later step of the start failed.
 */
export async function startConsoleHarness(
  label: string,
  /** Settings for the API and the worker (e.g. SMTP_URL of an in-process SMTP server, MAP_TILE_URL). */
  overrides: Record<string, string> = {},
): Promise<ConsoleHarness> {
  if (!existsSync(resolve(WEB_ROOT, 'index.html')))
    throw new Error(`console non compilata in ${WEB_ROOT}: esegui prima npm run build`);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium non trovato in ${CHROMIUM}: apt-get install chromium`);
  let api: TestApi | undefined;
  let worker: INestApplicationContext | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await worker?.close();
    await api?.close();
  };
  try {
    api = await startTestApi(label, overrides);
    worker = await startTestWorker(api.config);
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=it-IT',
      ],
    });
    await mkdir(SCREENSHOTS, { recursive: true });
    return { api, worker, browser, baseUrl: `http://127.0.0.1:${port}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A page in a fresh context (its own sessionStorage), Italian, desktop or phone sized. */
export async function openPage(
  h: ConsoleHarness,
  viewport: 'desktop' | 'phone' = 'desktop',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext({
    baseURL: h.baseUrl,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    viewport: viewport === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  // Generous: the whole suite runs browsers, APIs and workers side by side on two cores.
  page.setDefaultTimeout(30_000);
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Serious and critical axe-core violations of WCAG 2.1 A and AA (contrast included). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

/** Keyboard only: focus the control and press a key, as a person using Tab and Enter would. */
export async function press(page: Page, locator: ReturnType<Page['locator']>, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

export async function type(page: Page, locator: ReturnType<Page['locator']>, text: string) {
  await locator.focus();
  await page.keyboard.type(text);
}
