import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppConfig } from '#libs/platform';
import { REPO_ROOT } from '#libs/testing';

export const BUILT_WORKER = resolve(REPO_ROOT, 'dist/apps/worker/src/main.js');

/** Sources whose compiled copy the crash test runs: dist must be at least as new. */
const WATCHED = [
  [
    'libs/bulletin/src/delivery/send-delivery.use-case.ts',
    'dist/libs/bulletin/src/delivery/send-delivery.use-case.js',
  ],
  [
    'libs/bulletin/src/delivery/deliveries.sql.ts',
    'dist/libs/bulletin/src/delivery/deliveries.sql.js',
  ],
  [
    'libs/platform/src/mail/smtp-connection-pool.ts',
    'dist/libs/platform/src/mail/smtp-connection-pool.js',
  ],
  [
    'apps/worker/src/bulletin/bulletin-delivery.processor.ts',
    'dist/apps/worker/src/bulletin/bulletin-delivery.processor.js',
  ],
];

/** The crash test kills a real worker process, which runs the build: stop early if it is missing or old. */
export function assertBuiltWorker(): void {
  for (const [source, built] of WATCHED) {
    const compiled = resolve(REPO_ROOT, built);
    if (!existsSync(BUILT_WORKER) || !existsSync(compiled)) {
      throw new Error('Questo test avvia il worker compilato: esegui prima `npm run build`.');
    }
    if (statSync(resolve(REPO_ROOT, source)).mtimeMs > statSync(compiled).mtimeMs) {
      throw new Error(`dist non è aggiornato (${source} è più recente): esegui \`npm run build\`.`);
    }
  }
}

export interface ChildWorker {
  process: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Starts `node dist/apps/worker/src/main.js` on the test's schema, queue prefix and SMTP server. */
export function spawnWorker(config: AppConfig, extra: Record<string, string> = {}): ChildWorker {
  const settings = Object.fromEntries(
    Object.entries(config).filter(
      ([key, value]) => /^[A-Z_]+$/.test(key) && value !== undefined && typeof value !== 'object',
    ),
  );
  const child = spawn(process.execPath, [BUILT_WORKER], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...stringify(settings), LOG_LEVEL: 'warn', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { process: child, output: () => output, exited };
}

function stringify(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)]));
}
